"""Which kinds of stored data an operation changed, declared once beside the operation.

The pages of the window each show some of the store (the participants page the list and the
attendance, the results page the scores, the slides the village and the pre-survey notes).
When one page writes, the others must read again, and only those that show what was written.
So every writing operation the window calls says here, by `@writes(...)` on its definition,
which kinds of data it changes; the window's session runs it and broadcasts that value once
(as Anki's operations return their `OpChanges`). A page never names a kind by a bare string,
and a new operation cannot be broadcast without saying what it changes (`changes_of` refuses).

A value of the domain, free of Qt, because the store and the services declare it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag
from functools import reduce
from operator import or_
from typing import Final, TypeVar


class OpChanges(Flag):
    """A set of kinds of data; `a | b` joins two, `changes & OpChanges.NOTES` asks for one."""

    NOTHING = 0
    EVENT = 1  # an event's details or consent default, a new event
    PARTICIPANTS = 2  # who is registered, their details, role and consent
    ATTENDANCE = 4  # who is checked in
    SCORES = 8  # the pre-test and post-test papers
    QUESTIONS = 16  # an event's test questions (and the scores they rescore)
    NOTES = 32  # the discussion notes and the pre-survey notes (the slides say them)
    COMMITMENTS = 64
    PHOTOS = 128  # the photos and their captions
    INSTITUTION = 256  # the institution and signatories on certificates
    CONTACTS = 512  # the help contacts
    FOLLOW_UPS = 1024  # the programme's follow-up visits


EVERYTHING: Final = reduce(or_, OpChanges, OpChanges.NOTHING)
"""What a restore or a merge changes: the whole store may be another."""

Op = TypeVar("Op", bound=Callable[..., object])

_declared: dict[Callable[..., object], OpChanges] = {}


def writes(changes: OpChanges) -> Callable[[Op], Op]:
    """Declare what the decorated operation changes; the operation itself is left as it is."""

    def declare(operation: Op) -> Op:
        _declared[operation] = changes
        return operation

    return declare


def changes_of(*operations: Callable[..., object]) -> OpChanges:
    """What these operations change together; an undeclared one is a programming error.

    A wrapper made with `functools.wraps` changes what the operation it wraps changes."""
    return reduce(or_, (_declared_by(op) for op in operations), OpChanges.NOTHING)


def _declared_by(operation: Callable[..., object]) -> OpChanges:
    wrapped: object = operation
    while callable(wrapped):
        if wrapped in _declared:
            return _declared[wrapped]
        wrapped = getattr(wrapped, "__wrapped__", None)
    name = getattr(operation, "__qualname__", repr(operation))
    raise LookupError(f"no @writes declaration on {name}")
