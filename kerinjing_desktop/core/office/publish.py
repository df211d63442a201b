"""The privacy filter: the one place that decides what of a programme leaves the office.

Every office output (the Laporan Program, the data package, the web view's copy) is made from
`publish()` and from nothing else, so one set of rules holds everywhere:

- people appear only as counts: no person rows, no names, no phones, no birth years;
- notes and commitments marked sensitive are left out, and in the rest the names of people
  who did not consent (anyone registered at that event) and anything that looks like a phone
  number are replaced by a marker;
- a count from 1 to 4 is suppressed (None, published as empty) and so is a figure drawn from
  fewer than 5 people (a mean, a percentage, an interval); when only one count of a breakdown
  is suppressed, the next smallest is suppressed too, so that it cannot be recovered from the
  total (secondary suppression).

Filtering (period, kabupaten, facilitator) happens before publishing, so a filtered output
suppresses on its own counts.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from kerinjing_desktop.core.domain import AGE_BANDS, GENDERS, GROUPS, age_band  # noqa: F401 (the

# age bands' rule is the filter's too: its tests name it here)
from kerinjing_desktop.core.kinds import TestKind
from kerinjing_desktop.core.office.intervals import mean_interval
from kerinjing_desktop.core.store.programme import ProgrammeData, ProgrammeEvent

MIN_COUNT = 5
NAME_MARK = "[…]"
PHONE_MARK = "[telp]"
# Indonesian numbers as people write them: 08…, +62 8…, 62-8…, with spaces, dots or dashes.
_PHONE = re.compile(r"(?<!\d)(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){6,11}(?!\d)")
DIMENSIONS = ("gender", "age_band", "group")


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    kabupaten: str | None = None
    facilitator: str | None = None

    def keep(self, event: ProgrammeEvent) -> bool:
        return (
            (self.date_from is None or event.date >= self.date_from)
            and (self.date_to is None or event.date <= self.date_to)
            and (self.kabupaten is None or event.kabupaten.casefold() == self.kabupaten.casefold())
            and (
                self.facilitator is None
                or self.facilitator.casefold() in event.facilitators.casefold()
            )
        )


@dataclass(frozen=True)
class EventFigures:
    id: str
    date: str
    village: str
    kecamatan: str
    kabupaten: str
    facilitators: str
    registered: int | None
    attended: int | None
    paired: int | None
    pre_pct: float | None
    post_pct: float | None
    gain_points: float | None  # mean change in percentage points
    gain_low: float | None  # its 95% interval
    gain_high: float | None


@dataclass(frozen=True)
class AreaTotals:
    kabupaten: str
    events: int
    registered: int | None
    attended: int | None
    paired: int | None


@dataclass(frozen=True)
class ReachCount:
    event_id: str  # "" for the whole selection
    dimension: str  # gender, age_band or group
    category: str
    people: int | None


@dataclass(frozen=True)
class QuestionFigures:
    event_id: str  # "" for the whole selection
    question: int
    pairs: int | None
    pre_pct: float | None
    post_pct: float | None


@dataclass(frozen=True)
class PublicText:
    event_id: str
    kind: str
    topic: str
    position: int
    text: str


@dataclass(frozen=True)
class PublicFollowUp:
    event_id: str
    commitment: str
    visited_on: str
    status: str  # not_started, started, done
    note: str


@dataclass
class Published:
    events: list[EventFigures] = field(default_factory=list)
    kabupaten: list[AreaTotals] = field(default_factory=list)
    reach: list[ReachCount] = field(default_factory=list)
    questions: list[QuestionFigures] = field(default_factory=list)
    texts: list[PublicText] = field(default_factory=list)
    total: AreaTotals = AreaTotals("", 0, 0, 0, 0)  # the whole selection
    follow_ups: list[PublicFollowUp] = field(default_factory=list)  # latest word on each


def small(count: int) -> int | None:
    """A count as published: 1 to 4 suppressed."""
    return None if 0 < count < MIN_COUNT else count


def suppress(counts: dict[str, int]) -> dict[str, int | None]:
    """One breakdown (categories of one total), with secondary suppression."""
    shown: dict[str, int | None] = {key: small(value) for key, value in counts.items()}
    hidden = [key for key, value in shown.items() if value is None]
    if len(hidden) == 1:
        others = sorted((v, k) for k, v in shown.items() if v)
        if others:
            shown[others[0][1]] = None
    return shown


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


class _Everyone:
    """Every name withheld anywhere in the programme, found by where a word of a text starts.

    A person who did not consent in one village may be named in another village's notes, so
    each text loses every withheld name of the programme, not only its own event's. A programme
    withholds up to every registered name (consent is "not named" until ticked), far too many
    to test one by one against every note: names are filed under their first three letters
    and tried only where a word of the text starts with those letters ("Budinya" included)."""

    def __init__(self, names: tuple[str, ...]):
        self._by_start: dict[str, list[tuple[str, str]]] = {}
        for name, low in zip(names, _lowered(names), strict=True):
            self._by_start.setdefault(low[:3], []).append((name, low))

    def named_in(self, text: str) -> set[str]:
        lowered = text.lower()
        found: set[str] = set()
        for start in _WORD_START.finditer(lowered):
            at = start.start()
            for name, low in self._by_start.get(lowered[at : at + 3], ()):
                if lowered.startswith(low, at):
                    found.add(name)
        return found


def _pct(points: int, most: int) -> float | None:
    return round(100 * points / most, 1) if most else None


def _gains(pairs: list[tuple[int, int]], max_score: int):
    n = len(pairs)
    if n < MIN_COUNT or not max_score:
        return None, None, None, None, None
    pre = _pct(sum(a for a, _ in pairs), n * max_score)
    post = _pct(sum(b for _, b in pairs), n * max_score)
    diffs = [100 * (b - a) / max_score for a, b in pairs]
    mean, low, high = mean_interval(diffs)
    return pre, post, round(mean, 1), round(low, 1), round(high, 1)


_CATEGORIES = {"gender": GENDERS, "age_band": AGE_BANDS, "group": GROUPS}


def _reach(event_id: str, counters: tuple[Counter[str], ...]) -> list[ReachCount]:
    rows = []
    for dimension, counter in zip(DIMENSIONS, counters, strict=True):
        counts = dict.fromkeys(_CATEGORIES[dimension], 0)
        for category, people in counter.items():
            counts[category] = counts.get(category, 0) + people
        for category, value in suppress(counts).items():
            rows.append(ReachCount(event_id, dimension, category, value))
    return rows


def publish(data: ProgrammeData, filters: Filters | None = None) -> Published:
    """The privacy-filtered figures of the events that pass `filters`."""
    filters = filters or Filters()
    events = [event for event in data.events if filters.keep(event)]
    chosen = {event.id for event in events}
    out = Published()
    registered: dict[str, int] = dict.fromkeys(chosen, 0)
    attended: dict[str, int] = dict.fromkeys(chosen, 0)
    # event id → its attendees counted by gender, age band and group (DIMENSIONS' order)
    counted: dict[str, tuple[Counter[str], ...]] = {
        event_id: (Counter(), Counter(), Counter()) for event_id in chosen
    }
    for row in data.rows_of("reach", chosen):
        registered[row.event_id] += row.people
        if row.attended:
            attended[row.event_id] += row.people
            by_gender, by_band, by_group = counted[row.event_id]
            by_gender[row.gender] += row.people
            by_band[row.age_band] += row.people
            by_group[row.group] += row.people
    areas: dict[str, list[int]] = {}
    overall: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())
    for event in events:
        pairs = data.pairs.get(event.id, [])
        pre, post, gain, low, high = _gains(pairs, data.max_score.get(event.id, 0))
        came = attended[event.id]
        out.events.append(
            EventFigures(event.id, event.date, event.village, event.kecamatan, event.kabupaten,
                         event.facilitators, small(registered[event.id]), small(came),
                         small(len(pairs)), pre, post, gain, low, high)
        )  # fmt: skip
        area = areas.setdefault(event.kabupaten, [0, 0, 0, 0])
        for index, value in enumerate((1, registered[event.id], came, len(pairs))):
            area[index] += value
        counters = counted[event.id]
        for total, counter in zip(overall, counters, strict=True):
            total.update(counter)
        out.reach.extend(_reach(event.id, counters))
    for name in sorted(areas):
        count, reg, att, paired = areas[name]
        out.kabupaten.append(AreaTotals(name, count, small(reg), small(att), small(paired)))
    sums = [sum(area[i] for area in areas.values()) for i in range(4)]
    out.total = AreaTotals("", sums[0], small(sums[1]), small(sums[2]), small(sums[3]))
    out.reach.extend(_reach("", overall))
    out.questions = _questions(data, chosen)
    lists: dict[str, tuple[str, ...]] = {}
    everyone: list[_Everyone] = []  # made for the first text (a filter often strikes none)

    def names_of(event_id: str) -> tuple[str, ...]:
        if event_id not in lists:
            lists[event_id] = withheld_list(data.withheld_names.get(event_id, set()))
        return lists[event_id]

    def struck(event_id: str, text: str) -> str:
        """The event's own names anywhere in the text, and any other village's at a word."""
        if not everyone:
            everyone.append(_Everyone(withheld_list(set().union(*data.withheld_names.values()))))
        names = names_of(event_id)
        others = everyone[0].named_in(text).difference(names)
        return scrub(text, withheld_list(others | set(names)) if others else names)

    for text_row in data.rows_of("texts", chosen):
        event_id = text_row.event_id
        text, topic = struck(event_id, text_row.text), struck(event_id, text_row.topic)
        out.texts.append(PublicText(event_id, text_row.kind, topic, text_row.position, text))
    for item in data.rows_of("follow_ups", chosen):
        out.follow_ups.append(
            PublicFollowUp(item.event_id, struck(item.event_id, item.commitment),
                           item.visited_on, item.status, struck(item.event_id, item.note))
        )  # fmt: skip
    return out


def kept(published: Published) -> dict[str, int]:
    """How many commitments followed up are done, started, not started (latest visit)."""
    counts = {"done": 0, "started": 0, "not_started": 0}
    for item in published.follow_ups:
        counts[item.status] += 1
    return counts


def _questions(data: ProgrammeData, chosen: set[str]) -> list[QuestionFigures]:
    rows, overall = [], {}
    for (event_id, number), tests in sorted(q for q in data.questions.items() if q[0][0] in chosen):
        pairs = len(data.pairs.get(event_id, []))
        slot = overall.setdefault(number, [0, 0, 0, 0, 0])
        values = (pairs, *tests[TestKind.PRE], *tests[TestKind.POST])
        for index, value in enumerate(values):
            slot[index] += value
        rows.append(_question_row(event_id, number, values))
    for number in sorted(overall):
        rows.append(_question_row("", number, tuple(overall[number])))
    return rows


def _question_row(event_id: str, number: int, values) -> QuestionFigures:
    pairs, pre_points, pre_most, post_points, post_most = values
    if pairs < MIN_COUNT:
        return QuestionFigures(event_id, number, small(pairs), None, None)
    return QuestionFigures(
        event_id, number, pairs, _pct(pre_points, pre_most), _pct(post_points, post_most)
    )


def hardest(published: Published, limit: int = 3) -> list[QuestionFigures]:
    """The questions with the lowest post-test score across the selection (stay hard)."""
    overall = [q for q in published.questions if not q.event_id and q.post_pct is not None]
    return sorted(overall, key=lambda q: (q.post_pct, q.question))[:limit]
