"""Facts about an event's list of participants: counts for the check-in desk, duplicates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kerinjing_desktop.core.domain import GENDERS, GROUPS, Participant, name_key
from kerinjing_desktop.core.kinds import Gender


@dataclass(frozen=True)
class Counts:
    registered: int
    attended: int
    by_gender: dict[Gender, int]  # of those who attended
    by_group: dict[str, int]  # of those who attended, in GROUPS order


def attendance_counts(participants: Sequence[Participant]) -> Counts:
    present = [p for p in participants if p.attended]
    genders = Counter(p.gender for p in present)
    groups = Counter(p.group for p in present)
    return Counts(
        registered=len(participants),
        attended=len(present),
        by_gender={g: genders.get(g, 0) for g in GENDERS},
        by_group={g: groups.get(g, 0) for g in GROUPS},
    )


def duplicate_names(participants: Sequence[Participant]) -> set[str]:
    """Registration ids whose name appears more than once (allowed, but worth a look)."""
    counts = Counter(name_key(p.name) for p in participants)
    return {p.registration_id for p in participants if counts[name_key(p.name)] > 1}


# The activity report's age bands, inclusive: under 18 are children (UU 21/2007 treats them
# apart), 18–25 the young adults recruiters approach most. The office's statistics keep
# their own bands (core/office/publish.py), as the programme reports them.
AGE_BANDS: tuple[tuple[int, int, str], ...] = (
    (0, 17, "< 18"),
    (18, 25, "18–25"),
    (26, 35, "26–35"),
    (36, 45, "36–45"),
    (46, 55, "46–55"),
    (56, 200, "> 55"),
)


@dataclass(frozen=True)
class GroupCount:
    group: str
    registered: int
    present: int
    men: int  # of those present
    women: int  # of those present


def group_counts(participants: Sequence[Participant]) -> tuple[GroupCount, ...]:
    """Registered and present per group, in GROUPS order; the present by gender."""
    registered = Counter(p.group for p in participants)
    present = Counter((p.group, p.gender) for p in participants if p.attended)
    return tuple(
        GroupCount(
            group,
            registered.get(group, 0),
            sum(n for (g, _gender), n in present.items() if g == group),
            present.get((group, Gender.MALE), 0),
            present.get((group, Gender.FEMALE), 0),
        )
        for group in GROUPS
    )


def present_by_age(participants: Sequence[Participant]) -> tuple[tuple[str | None, int], ...]:
    """How many of those present fall in each of AGE_BANDS, then (None, n): age not given."""
    counts: Counter[str | None] = Counter()
    for p in participants:
        if p.attended:
            age = p.age
            bands = [b for low, high, b in AGE_BANDS if age is not None and low <= age <= high]
            counts[bands[0] if bands else None] += 1
    return tuple((band, counts.get(band, 0)) for band in [b for *_r, b in AGE_BANDS] + [None])
