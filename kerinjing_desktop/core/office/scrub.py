"""Striking names and phone numbers from the texts an office output carries.

The privacy filter (publish.py) keeps a note or a commitment only when it is not marked
sensitive, and then only with every name withheld anywhere in the programme and anything that
looks like an Indonesian phone number replaced by a marker. The striking lives here, apart
from the counts and their suppression, because it is the part that reads free text: its own
rules, its own speed (20,000 names against 23,000 texts at 200 laptops), its own tests.
"""

from __future__ import annotations

import functools
import re

NAME_MARK = "[…]"
PHONE_MARK = "[telp]"
# Indonesian numbers as people write them: 08…, +62 8…, 62-8…, with spaces, dots or dashes.
_PHONE = re.compile(r"(?<!\d)(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){6,11}(?!\d)")


def withheld_list(withheld: set[str]) -> tuple[str, ...]:
    """An event's withheld names, cleaned, longest first (so "Siti Rahayu Putri" is struck
    whole before "Siti Rahayu" could leave "Putri" behind)."""
    return tuple(sorted({n.strip() for n in withheld if len(n.strip()) >= 3}, key=len,
                        reverse=True))  # fmt: skip


@functools.lru_cache(maxsize=4096)  # an event's list, for each of its notes
def _lowered(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.lower() for name in names)


def scrub(text: str, withheld: set[str] | tuple[str, ...]) -> str:
    """The text with withheld names (any case) and phone numbers replaced.

    A plain substring test finds the names that occur first: most notes name nobody, and a
    programme has thousands of events, each with its own list of names."""
    names = withheld if isinstance(withheld, tuple) else withheld_list(withheld)
    lowered = text.lower()
    present = [name for name, low in zip(names, _lowered(names), strict=True) if low in lowered]
    if present:
        pattern = re.compile("|".join(re.escape(name) for name in present), re.IGNORECASE)
        text = pattern.sub(NAME_MARK, text)
    return _PHONE.sub(PHONE_MARK, text)


_WORD_START = re.compile(r"\b\w")
_UNFILED: tuple[list[int], dict[str, list[str]]] = ([], {})  # no name starts so


class Everyone:
    """Every name withheld anywhere in the programme, found by where a word of a text starts.

    A person who did not consent in one village may be named in another village's notes, so
    each text loses every withheld name of the programme, not only its own event's. A programme
    withholds up to every registered name (consent is "not named" until ticked), far too many
    to test one by one against every note: names are filed under their first three letters
    and, within those, by their length, and looked up only where a word of the text starts
    with those letters ("Budinya" included): one look-up per length, not one test per name
    (20,000 names at 200 laptops share some thirty first three letters)."""

    def __init__(self, names: tuple[str, ...]):
        # first three letters → (the lengths of its names, shortest first; lowered → names)
        self._by_start: dict[str, tuple[list[int], dict[str, list[str]]]] = {}
        for name, low in zip(names, _lowered(names), strict=True):
            lengths, named = self._by_start.setdefault(low[:3], ([], {}))
            named.setdefault(low, []).append(name)
        for lengths, named in self._by_start.values():
            lengths.extend(sorted({len(low) for low in named}))

    def named_in(self, text: str) -> set[str]:
        lowered = text.lower()
        found: set[str] = set()
        for start in _WORD_START.finditer(lowered):
            at = start.start()
            lengths, named = self._by_start.get(lowered[at : at + 3], _UNFILED)
            for length in lengths:
                found.update(named.get(lowered[at : at + length], ()))
        return found
