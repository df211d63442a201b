"""The talk's clocks: time spent in each part of the day, and how much of it is left."""

from __future__ import annotations

from dataclasses import dataclass, field

from kerinjing_desktop.slides.source import Section


@dataclass
class Timekeeper:
    """Seconds spent per section (keyed by its first slide); kept by the slides page, so a
    presentation stopped for the film and started again goes on counting the same parts."""

    spent: dict[int, float] = field(default_factory=dict)

    def add(self, section: Section | None, seconds: float) -> None:
        key = section.first if section is not None else -1
        self.spent[key] = self.spent.get(key, 0.0) + max(0.0, seconds)

    def left(self, section: Section | None) -> float | None:
        """Planned minus spent seconds (negative when over time); None if nothing planned."""
        if section is None or section.minutes is None:
            return None
        return section.minutes * 60 - self.spent.get(section.first, 0.0)


@dataclass(frozen=True)
class PartClock:
    """One part of the day as the console lists it: short name, time left, is it now."""

    name: str
    left: float | None  # None: no minutes planned
    current: bool


def part_clocks(sections: list[Section], timekeeper: Timekeeper, index: int) -> list[PartClock]:
    """Every part's time left, so a facilitator running long in one part sees what the next
    parts still have (and which prompts to drop). Names are cut at " — " ("Materi 2")."""
    current = None
    for section in sections:
        if section.first <= index:
            current = section.first
    return [
        PartClock(section.name.split(" — ")[0].strip(), timekeeper.left(section),
                  section.first == current)
        for section in sections
    ]  # fmt: skip


def format_clock(seconds: float) -> str:
    """12:05 or 1:02:05 (no sign: the caller says "left" or "over")."""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes:02}:{secs:02}"
