"""The check-in desk's counts and the duplicate names check (core/roster.py), exact: the
registered and those present by gender and group, and which registrations share a name."""

from __future__ import annotations

from kerinjing_desktop.core.domain import GROUPS, Participant
from kerinjing_desktop.core.roster import (
    attendance_counts,
    duplicate_names,
    group_counts,
    present_by_age,
)

EVENT_YEAR = 2024


def person(name: str, gender: str = "P", group: str = "PKK", age: int | None = 30,
           present: bool = True) -> Participant:  # fmt: skip
    return Participant(
        registration_id=f"r-{name}-{gender}-{group}-{age}-{present}",
        person_id="p",
        code="P-001",
        name=name,
        gender=gender,
        birth_year=None if age is None else EVENT_YEAR - age,
        group=group,
        phone="",
        consent=True,
        role="peserta",
        checked_in_at="2024-01-10T01:00:00.000Z" if present else None,
        event_year=EVENT_YEAR,
    )


def test_the_desk_counts_everyone_registered_and_splits_those_present():
    people = [
        person("Ani"), person("Budi", "L", "Calon PMI"), person("Citra", "P", "Calon PMI"),
        person("Dedi", "L", "Pelajar", present=False), person("Eka", "P", "Nelayan"),
    ]  # fmt: skip
    counts = attendance_counts(people)
    assert (counts.registered, counts.attended) == (5, 4)
    assert counts.by_gender == {"L": 1, "P": 3}
    assert list(counts.by_group) == list(GROUPS)
    assert counts.by_group == {**dict.fromkeys(GROUPS, 0), "PKK": 1, "Calon PMI": 2}
    empty = attendance_counts([])
    assert (empty.registered, empty.attended, empty.by_gender) == (0, 0, {"L": 0, "P": 0})


def test_the_same_name_written_differently_is_a_duplicate_of_it():
    people = [person("Siti Aminah"), person("  siti   AMINAH "), person("Siti Amina"),
              person("Budi", "L")]  # fmt: skip
    assert duplicate_names(people) == {people[0].registration_id, people[1].registration_id}
    assert duplicate_names(people[2:]) == set()


def test_every_age_band_at_its_edges():
    ages = [0, 17, 18, 25, 26, 35, 36, 45, 46, 55, 56, 120]
    counted = dict(present_by_age([person(f"n{a}", age=a) for a in ages]))
    assert counted == {"< 18": 2, "18–25": 2, "26–35": 2, "36–45": 2, "46–55": 2, "> 55": 2,
                       None: 0}  # fmt: skip


def test_a_group_nobody_came_from_counts_zero_everywhere():
    counts = {c.group: c for c in group_counts([person("Ani"), person("Budi", "L", present=False)])}
    pkk, students = counts["PKK"], counts["Pelajar"]
    assert (pkk.registered, pkk.present, pkk.men, pkk.women) == (2, 1, 0, 1)
    assert (students.registered, students.present, students.men, students.women) == (0, 0, 0, 0)
