"""What an operation changes (core/changes.py), without the window: the kinds of data are
one bit each, joined with `|`, declared by `@writes` on the operation itself, found through
`functools.wraps` wrappers, and an operation that declares nothing is refused by name."""

from __future__ import annotations

import functools

import pytest

from kerinjing_desktop.core.changes import EVERYTHING, OpChanges, changes_of, writes

KINDS = (
    "EVENT", "PARTICIPANTS", "ATTENDANCE", "SCORES", "QUESTIONS", "NOTES", "COMMITMENTS",
    "PHOTOS", "INSTITUTION", "CONTACTS", "FOLLOW_UPS",
)  # fmt: skip


def test_nothing_is_empty_and_each_kind_is_a_bit_of_its_own():
    assert not OpChanges.NOTHING and OpChanges.NOTHING.value == 0
    kinds = [OpChanges[name] for name in KINDS]
    assert [kind.name for kind in OpChanges] == list(KINDS)
    for kind in kinds:
        assert kind.value > 0 and kind.value & (kind.value - 1) == 0  # one bit
        assert [other for other in kinds if other & kind] == [kind]


def test_everything_holds_every_kind_and_nothing_more():
    assert EVERYTHING.value == 2 ** len(KINDS) - 1
    assert all(OpChanges[name] in EVERYTHING for name in KINDS)


def test_writes_declares_on_the_function_itself_and_returns_it_unchanged():
    def add(a: int, b: int) -> int:
        return a + b

    declared = writes(OpChanges.NOTES | OpChanges.PHOTOS)(add)
    assert declared is add and declared(2, 3) == 5
    assert changes_of(add) == OpChanges.NOTES | OpChanges.PHOTOS


def test_operations_together_change_what_each_changes():
    @writes(OpChanges.SCORES)
    def score() -> None: ...

    @writes(OpChanges.SCORES | OpChanges.ATTENDANCE)
    def check_in() -> None: ...

    assert changes_of(score) == OpChanges.SCORES
    assert changes_of(score, check_in) == OpChanges.SCORES | OpChanges.ATTENDANCE
    assert changes_of() == OpChanges.NOTHING


def test_a_wrapper_of_a_wrapper_changes_what_the_operation_changes():
    @writes(OpChanges.CONTACTS)
    def save() -> None: ...

    @functools.wraps(save)
    def once() -> None: ...

    @functools.wraps(once)
    def twice() -> None: ...

    assert changes_of(twice) == OpChanges.CONTACTS


def test_an_operation_declaring_nothing_is_refused_by_its_name():
    def forgotten() -> None: ...

    @functools.wraps(forgotten)
    def wrapper() -> None: ...

    expected = (
        "no @writes declaration on "
        "test_an_operation_declaring_nothing_is_refused_by_its_name.<locals>.forgotten"
    )
    with pytest.raises(LookupError) as raised:
        changes_of(forgotten)
    assert str(raised.value) == expected
    with pytest.raises(LookupError) as raised:
        changes_of(wrapper)  # named by its __qualname__, which wraps copied
    assert str(raised.value) == expected


def test_an_operation_without_a_name_is_refused_by_its_repr():
    class Job:
        def __call__(self) -> None: ...

        def __repr__(self) -> str:
            return "<job 7>"

    with pytest.raises(LookupError) as raised:
        changes_of(Job())
    assert str(raised.value) == "no @writes declaration on <job 7>"
