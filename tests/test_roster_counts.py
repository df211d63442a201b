"""The counts every report shares (core/roster.py): per group with the gender of those
present, and those present by age band; the absent never count as present."""

from __future__ import annotations

from kerinjing_desktop.core.domain import GROUPS, Participant
from kerinjing_desktop.core.roster import AGE_BANDS, group_counts, present_by_age

EVENT_YEAR = 2024


def person(group: str, gender: str, age: int | None, present: bool = True) -> Participant:
    return Participant(
        registration_id=f"r{group}{gender}{age}{present}",
        person_id="p",
        code="P-001",
        name="N",
        gender=gender,
        birth_year=None if age is None else EVENT_YEAR - age,
        group=group,
        phone="",
        consent=True,
        role="",
        checked_in_at="2024-01-10T08:00:00Z" if present else None,
        event_year=EVENT_YEAR,
    )


def test_group_counts_split_those_present_by_gender():
    first, second = GROUPS[0], GROUPS[1]
    people = [
        person(first, "L", 30),
        person(first, "P", 30),
        person(first, "P", 30),
        person(first, "L", 30, present=False),
        person(second, "P", 30, present=False),
    ]
    counts = {c.group: c for c in group_counts(people)}
    assert [c.group for c in group_counts(people)] == list(GROUPS)
    assert (counts[first].registered, counts[first].present) == (4, 3)
    assert (counts[first].men, counts[first].women) == (1, 2)
    assert (counts[second].registered, counts[second].present) == (1, 0)
    assert (counts[second].men, counts[second].women) == (0, 0)


def test_ages_fall_in_their_bands_at_both_edges_and_unknown_last():
    ages = [17, 18, 25, 26, 55, 56, None, None]
    people = [person(GROUPS[0], "P", age) for age in ages] + [person(GROUPS[0], "P", 30, False)]
    counted = dict(present_by_age(people))
    assert [band for band, _n in present_by_age(people)] == [b for *_r, b in AGE_BANDS] + [None]
    assert counted == {"< 18": 1, "18–25": 2, "26–35": 1, "36–45": 0, "46–55": 1, "> 55": 1,
                       None: 2}  # fmt: skip
