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
suppresses on its own counts. How names and phone numbers are struck from a text is in
scrub.py; which texts are struck, and with whose names, is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kerinjing_desktop.core.domain import AGE_BANDS, GENDERS, GROUPS, age_band  # noqa: F401 (the

# age bands' rule is the filter's too: its tests name it here)
from kerinjing_desktop.core.kinds import TestKind
from kerinjing_desktop.core.office.intervals import mean_interval

# The markers are the filter's words too: its tests and the report name them here.
from kerinjing_desktop.core.office.scrub import (
    NAME_MARK,  # noqa: F401
    PHONE_MARK,  # noqa: F401
    Everyone,
    scrub,
    withheld_list,
)
from kerinjing_desktop.core.store.programme import (
    EventReach,
    PairSums,
    ProgrammeData,
    ProgrammeEvent,
)

MIN_COUNT = 5
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
    _later: dict[str, Callable[[], list]] = field(default_factory=dict, repr=False, compare=False)
    _selection: dict[str, list] = field(default_factory=dict, repr=False, compare=False)

    def later(self, selection: dict[str, list], **lists: Callable[[], list]) -> None:
        """`reach` and `questions` (each event's rows, then the selection's) made only when
        first read; the selection's rows are `selection` (what the Programme step shows)."""
        for name in lists:
            delattr(self, name)
        self._later, self._selection = dict(lists), selection

    def __getattr__(self, name: str):
        """A list given to `later`, made now (Python asks here only for a missing name)."""
        make = self.__dict__.get("_later", {}).pop(name, None)
        if make is None:
            raise AttributeError(name)
        setattr(self, name, make())
        return self.__dict__[name]

    def selection(self, name: str) -> list:
        """The rows of `reach` or `questions` for the whole selection (event id ""), without
        making every event's rows."""
        if name in self._later:
            return self._selection[name]
        rows: list = getattr(self, name)
        return [row for row in rows if not row.event_id]


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


def _pct(points: int, most: int) -> float | None:
    return round(100 * points / most, 1) if most else None


def _gains(pairs: PairSums | None, max_score: int):
    n = pairs.count if pairs else 0
    if pairs is None or n < MIN_COUNT or not max_score:
        return None, None, None, None, None
    pre = _pct(pairs.pre, n * max_score)
    post = _pct(pairs.post, n * max_score)
    # each pair's change in percentage points, once per pair that changed so: the interval's
    # sums are exact (math.fsum), so the same values in another order give the same figures
    diffs: list[float] = []
    for change, count in pairs.changes.items():
        diffs += [100 * change / max_score] * count
    mean, low, high = mean_interval(diffs)
    return pre, post, round(mean, 1), round(low, 1), round(high, 1)


_CATEGORIES = {"gender": GENDERS, "age_band": AGE_BANDS, "group": GROUPS}


def _reach(event_id: str, counters: tuple[dict[str, int], ...]) -> list[ReachCount]:
    rows = []
    for dimension, counter in zip(DIMENSIONS, counters, strict=True):
        counts = dict.fromkeys(_CATEGORIES[dimension], 0)
        for category, people in counter.items():
            counts[category] = counts.get(category, 0) + people
        for category, value in suppress(counts).items():
            rows.append(ReachCount(event_id, dimension, category, value))
    return rows


@dataclass(frozen=True)
class _Part:
    """One event's share of the figures, the same whatever the filter: its published row,
    what its kabupaten and the selection add up (1 event, registered, attended, pairs), its
    attended by DIMENSIONS, and (question, (pairs, pre points, pre most, post points, post
    most)) of each of its questions in order."""

    figures: EventFigures
    adds: tuple[int, int, int, int]
    counted: tuple[dict[str, int], dict[str, int], dict[str, int]]
    questions: list[tuple[int, tuple[int, int, int, int, int]]]


def _parts(data: ProgrammeData) -> dict[str, _Part]:
    """Each event's part, made at the data's first publish and kept with it (`made`): a
    filter then adds up a few numbers per event instead of publishing every event again."""
    if "parts" in data.made:
        return data.made["parts"]
    questions: dict[str, list[tuple[int, tuple[int, int, int, int, int]]]] = {}
    for (event_id, number), tests in sorted(data.questions.items()):
        pairs = data.pairs.get(event_id)
        values = (pairs.count if pairs else 0, *tests[TestKind.PRE], *tests[TestKind.POST])
        questions.setdefault(event_id, []).append((number, values))
    parts = {}
    for event in data.events:
        reach = data.reach.get(event.id) or EventReach()
        pairs = data.pairs.get(event.id)
        count = pairs.count if pairs else 0
        pre, post, gain, low, high = _gains(pairs, data.max_score.get(event.id, 0))
        figures = EventFigures(event.id, event.date, event.village, event.kecamatan,
                               event.kabupaten, event.facilitators, small(reach.registered),
                               small(reach.attended), small(count), pre, post, gain, low,
                               high)  # fmt: skip
        parts[event.id] = _Part(figures, (1, reach.registered, reach.attended, count),
                                (reach.gender, reach.age_band, reach.group),
                                questions.get(event.id, []))  # fmt: skip
    data.made["parts"] = parts
    return parts


def publish(data: ProgrammeData, filters: Filters | None = None) -> Published:
    """The privacy-filtered figures of the events that pass `filters`. Each event's reach
    and question rows are made when the result's `reach` or `questions` is first read (the
    Programme step shows only the selection's: `selection()`)."""
    filters = filters or Filters()
    events = [event for event in data.events if filters.keep(event)]
    chosen = {event.id for event in events}
    parts = _parts(data)
    out = Published()
    areas: dict[str, list[int]] = {}
    overall: tuple[dict[str, int], ...] = ({}, {}, {})
    questions: dict[int, list[int]] = {}
    for event in events:
        part = parts[event.id]
        out.events.append(part.figures)
        area = areas.setdefault(event.kabupaten, [0, 0, 0, 0])
        for index, value in enumerate(part.adds):
            area[index] += value
        for total, counter in zip(overall, part.counted, strict=True):
            for category, people in counter.items():
                total[category] = total.get(category, 0) + people
        for number, values in part.questions:
            slot = questions.setdefault(number, [0, 0, 0, 0, 0])
            for index, value in enumerate(values):
                slot[index] += value
    for name in sorted(areas):
        count, reg, att, paired = areas[name]
        out.kabupaten.append(AreaTotals(name, count, small(reg), small(att), small(paired)))
    sums = [sum(area[i] for area in areas.values()) for i in range(4)]
    out.total = AreaTotals("", sums[0], small(sums[1]), small(sums[2]), small(sums[3]))
    whole_reach = _reach("", overall)
    whole_questions = [_question_row("", n, tuple(questions[n])) for n in sorted(questions)]

    def reach() -> list[ReachCount]:
        rows = [row for e in events for row in _reach(e.id, parts[e.id].counted)]
        return rows + whole_reach

    def question_rows() -> list[QuestionFigures]:
        rows = [
            _question_row(event_id, number, values)
            for event_id in sorted(chosen)
            for number, values in parts[event_id].questions
        ]
        return rows + whole_questions

    out.later({"reach": whole_reach, "questions": whole_questions}, reach=reach,
              questions=question_rows)  # fmt: skip
    out.texts, out.follow_ups = _words(data, chosen)
    return out


def _words(data: ProgrammeData, chosen: set[str]):
    """The texts and follow-ups of the chosen events, names struck. Each is struck once per
    data and kept (`made`): no filter changes what one text loses."""
    lists: dict[str, tuple[str, ...]] = {}
    everyone: list[Everyone] = []  # made for the first text (a filter often strikes none)

    def names_of(event_id: str) -> tuple[str, ...]:
        if event_id not in lists:
            lists[event_id] = withheld_list(data.withheld_names.get(event_id, set()))
        return lists[event_id]

    done: dict[tuple[str, str], str] = {}  # a follow-up repeats its commitment's words

    def struck(event_id: str, text: str) -> str:
        """The event's own names anywhere in the text, and any other village's at a word."""
        key = (event_id, text)
        if key not in done:
            if not everyone:
                every = withheld_list(set().union(*data.withheld_names.values()))
                everyone.append(Everyone(every))
            names = names_of(event_id)
            others = everyone[0].named_in(text).difference(names)
            done[key] = scrub(text, withheld_list(others | set(names)) if others else names)
        return done[key]

    texts: dict[int, PublicText] = data.made.setdefault("texts", {})
    for index in data.positions_of("texts", chosen):
        if index not in texts:
            row = data.texts[index]
            text, topic = struck(row.event_id, row.text), struck(row.event_id, row.topic)
            texts[index] = PublicText(row.event_id, row.kind, topic, row.position, text)
    follow_ups: dict[int, PublicFollowUp] = data.made.setdefault("follow_ups", {})
    for index in data.positions_of("follow_ups", chosen):
        if index not in follow_ups:
            item = data.follow_ups[index]
            follow_ups[index] = PublicFollowUp(
                item.event_id, struck(item.event_id, item.commitment), item.visited_on,
                item.status, struck(item.event_id, item.note))  # fmt: skip
    return (
        [texts[i] for i in data.positions_of("texts", chosen)],
        [follow_ups[i] for i in data.positions_of("follow_ups", chosen)],
    )


def kept(published: Published) -> dict[str, int]:
    """How many commitments followed up are done, started, not started (latest visit)."""
    counts = {"done": 0, "started": 0, "not_started": 0}
    for item in published.follow_ups:
        counts[item.status] += 1
    return counts


def _question_row(event_id: str, number: int, values) -> QuestionFigures:
    pairs, pre_points, pre_most, post_points, post_most = values
    if pairs < MIN_COUNT:
        return QuestionFigures(event_id, number, small(pairs), None, None)
    return QuestionFigures(
        event_id, number, pairs, _pct(pre_points, pre_most), _pct(post_points, post_most)
    )


def hardest(published: Published, limit: int = 3) -> list[QuestionFigures]:
    """The questions with the lowest post-test score across the selection (stay hard)."""
    overall = [q for q in published.selection("questions") if q.post_pct is not None]
    return sorted(overall, key=lambda q: (q.post_pct, q.question))[:limit]
