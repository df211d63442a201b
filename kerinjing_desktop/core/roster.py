"""Facts about an event's list of participants: counts for the check-in desk, duplicates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kerinjing_desktop.core.domain import GROUPS, Participant, name_key


@dataclass(frozen=True)
class Counts:
    registered: int
    attended: int
    by_gender: dict[str, int]  # of those who attended
    by_group: dict[str, int]  # of those who attended, in GROUPS order


def attendance_counts(participants: Sequence[Participant]) -> Counts:
    present = [p for p in participants if p.attended]
    genders = Counter(p.gender for p in present)
    groups = Counter(p.group for p in present)
    return Counts(
        registered=len(participants),
        attended=len(present),
        by_gender={g: genders.get(g, 0) for g in ("L", "P")},
        by_group={g: groups.get(g, 0) for g in GROUPS},
    )


def duplicate_names(participants: Sequence[Participant]) -> set[str]:
    """Registration ids whose name appears more than once (allowed, but worth a look)."""
    counts = Counter(name_key(p.name) for p in participants)
    return {p.registration_id for p in participants if counts[name_key(p.name)] > 1}
