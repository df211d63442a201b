"""Reading a whole programme (every event in the store) for the office's outputs.

What comes out of here is raw: names, phones and sensitive rows are still in it where the
office needs them to filter (the names of people who did not consent, to strike them from
notes). Nothing here is published as it is: core/office/publish.py decides what leaves.

A test counts for a participant when at least one knowledge question has a score (as on the
Results step, core/scoring.took_test); a pair is a participant who took both. Totals are over
the knowledge questions (`scored = 1`), an unanswered cell counting 0.
"""

from __future__ import annotations

import functools
import gc
from dataclasses import dataclass, field
from typing import Any

from kerinjing_desktop.core.domain import AGE_BANDS, GENDERS, GROUPS
from kerinjing_desktop.core.kinds import Gender, TestKind
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import records


@dataclass(frozen=True)
class ProgrammeEvent:
    id: str
    date: str
    title: str
    village: str
    kecamatan: str
    kabupaten: str
    facilitators: str


@dataclass(frozen=True)
class EventReach:
    """How many people an event registered and how many of them attended, and the attended
    counted by gender, age band and group (each a category → people), summed by the store from
    core/store/reach_totals.py: counts only, no name, no phone."""

    registered: int = 0
    attended: int = 0
    gender: dict[str, int] = field(default_factory=dict)
    age_band: dict[str, int] = field(default_factory=dict)
    group: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PairSums:
    """An event's pairs (its participants who took both tests) summed: the pre-tests' points
    together, and how many pairs changed by each number of points (post minus pre). Why
    counted per change, not summed with its squares: the gain's interval is computed from
    these changes exactly as from the list of pairs (core/office/publish.py), with no float
    of a sum of squares that could move a published figure by 0.1."""

    pre: int = 0
    changes: dict[int, int] = field(default_factory=dict)  # post − pre → how many pairs

    @functools.cached_property  # asked for each of the event's questions too
    def count(self) -> int:
        return sum(self.changes.values())

    @functools.cached_property
    def post(self) -> int:
        return self.pre + sum(change * pairs for change, pairs in self.changes.items())

    @classmethod
    def of(cls, pairs: list[tuple[int, int]]) -> PairSums:
        """The sums of a list of (pre total, post total), as the store sums them."""
        changes: dict[int, int] = {}
        for pre, post in pairs:
            changes[post - pre] = changes.get(post - pre, 0) + 1
        return cls(sum(pre for pre, _post in pairs), changes)


@dataclass(frozen=True)
class TextRow:
    event_id: str
    kind: str  # a note's kind, or "commitment"
    topic: str
    position: int
    text: str


@dataclass(frozen=True)
class FollowUpRow:
    """The latest visit's word on one commitment (neither it nor the commitment sensitive)."""

    event_id: str
    commitment: str
    visited_on: str
    status: str
    note: str


@dataclass
class ProgrammeData:
    events: list[ProgrammeEvent]
    reach: dict[str, EventReach]  # event id → its registrations counted (none: nobody)
    pairs: dict[str, PairSums]  # event id → its pairs summed (none: no pair)
    max_score: dict[str, int]  # event id → the test's maximum
    # (event id, question number) → {PRE: (points, max points), POST: (...)} over pairs
    questions: dict[tuple[str, int], dict[TestKind, tuple[int, int]]]
    texts: list[TextRow]  # notes and commitments not marked sensitive
    withheld_names: dict[str, set[str]] = field(default_factory=dict)  # event id → names
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    _positions: dict[str, dict[str, list[int]]] = field(default_factory=dict, repr=False)
    # What core/office/publish.py made of this data that no filter changes (each event's
    # published row, each follow-up's struck words), kept as long as the data: the Programme
    # step publishes the same data again at every filter. Read again, the data starts empty.
    made: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def positions_of(self, name: str, chosen: set[str]) -> list[int] | range:
        """Where the rows of the list `name` whose event is in `chosen` are, in the list's
        order. Why: a filter by kabupaten picks a few events out of thousands; each list's
        positions per event are found once, so a filter then touches its own events' rows only
        (the Programme step filters the same data again and again)."""
        rows: list = getattr(self, name)
        if len(chosen) == len(self.events):
            return range(len(rows))
        if name not in self._positions:
            positions: dict[str, list[int]] = {}
            for index, row in enumerate(rows):
                positions.setdefault(row.event_id, []).append(index)
            self._positions[name] = positions
        found = self._positions[name]
        return sorted(i for event_id in chosen for i in found.get(event_id, ()))


def _events(store: Store) -> list[ProgrammeEvent]:
    return records(
        store,
        ProgrammeEvent,
        "SELECT id, date, title, village, kecamatan, kabupaten, facilitators FROM events "
        "ORDER BY date, village, id",
    )


_GENDER = {gender.value: gender for gender in Gender}  # a dict look-up, not the enum's call


# EventReach's dicts in order (gender, age band, group), each its column of reach_totals and
# its categories (the store's CHECKs allow no other gender or group; band_sql gives no other
# age band).
_KINDS = (("gender", GENDERS), ("age_band", AGE_BANDS), ("group_name", GROUPS))


@dataclass(frozen=True)
class _Counted:
    event_id: str
    registered: int
    attended: int
    counts: str  # the attended of each of _KINDS' categories in order, joined by commas
    others: int  # the attended in a category outside _KINDS


def _reach(store: Store) -> dict[str, EventReach]:
    """Each event's registrations counted, summed in SQLite in one pass over reach_totals
    (72,000 rows at 200 laptops, one per event, gender, age band, group and attendance, which
    every filter added up again): a row per event with a column per category, half the time
    of grouping by each kind (`_reach_by_kind`), which still reads a category outside the
    lists should one ever be stored."""
    wanted = [(column, category) for column, categories in _KINDS for category in categories]
    each = " || ',' || ".join(
        f"coalesce(sum(CASE WHEN attended AND {column} = ? THEN people END), 0)"
        for column, _category in wanted
    )
    outside = " OR ".join(
        f"{column} NOT IN ({', '.join('?' * len(categories))})" for column, categories in _KINDS
    )
    found = records(
        store,
        _Counted,
        "SELECT event_id, sum(people) AS registered, "
        f"coalesce(sum(CASE WHEN attended THEN people END), 0) AS attended, {each} AS counts, "
        f"coalesce(sum(CASE WHEN attended AND ({outside}) THEN people END), 0) AS others "
        "FROM reach_totals WHERE people > 0 GROUP BY event_id",
        [*(category for _column, category in wanted),
         *(category for _column, categories in _KINDS for category in categories)],
    )  # fmt: skip
    if any(row.others for row in found):
        return _reach_by_kind(store)
    reach = {}
    for row in found:
        counts = [int(count) for count in row.counts.split(",")]
        kinds, at = [], 0
        for _column, categories in _KINDS:
            shares = zip(categories, counts[at : at + len(categories)], strict=True)
            kinds.append({category: people for category, people in shares if people})
            at += len(categories)
        reach[row.event_id] = EventReach(row.registered, row.attended, *kinds)
    return reach


@dataclass(frozen=True)
class _Registered:
    event_id: str
    registered: int
    attended: int


@dataclass(frozen=True)
class _Category:
    event_id: str
    dimension: str  # one of EventReach's dicts
    category: str
    people: int


def _reach_by_kind(store: Store) -> dict[str, EventReach]:
    """Each event's registrations counted, grouped by each kind in SQLite: any category."""
    reach = {
        row.event_id: EventReach(row.registered, row.attended)
        for row in records(
            store,
            _Registered,
            "SELECT event_id, sum(people) AS registered, "
            "sum(CASE WHEN attended THEN people ELSE 0 END) AS attended "
            "FROM reach_totals WHERE people > 0 GROUP BY event_id",
        )
    }
    attended = " FROM reach_totals WHERE attended AND people > 0 GROUP BY event_id, "
    for row in records(
        store,
        _Category,
        f"SELECT event_id, 'gender' AS dimension, gender AS category, sum(people) AS people"
        f"{attended}gender UNION ALL "
        f"SELECT event_id, 'age_band', age_band, sum(people){attended}age_band UNION ALL "
        f"SELECT event_id, 'group', group_name, sum(people){attended}group_name",
    ):
        category = (
            _GENDER.get(row.category, row.category) if row.dimension == "gender" else row.category
        )
        getattr(reach[row.event_id], row.dimension)[category] = row.people
    return reach


@dataclass(frozen=True)
class _Withheld:
    event_id: str
    name: str


def _withheld(store: Store) -> dict[str, set[str]]:
    """Event id → the names of the people registered there who did not consent.

    Every registration's (event, person) pair is read from its own unique index and looked
    up in the small index of the people who did not consent (`people_withheld`, which holds
    their names): 40 % less time than walking those people and fetching each registration."""
    withheld: dict[str, set[str]] = {}
    for person in records(
        store,
        _Withheld,
        "SELECT r.event_id AS event_id, p.full_name AS name FROM registrations r "
        "CROSS JOIN people p INDEXED BY people_withheld ON p.id = r.person_id "
        "WHERE p.consent = 0",
    ):
        withheld.setdefault(person.event_id, set()).add(person.name)
    return withheld


@dataclass(frozen=True)
class _Change:
    event_id: str
    change: int
    pairs: int
    pre: int


@dataclass(frozen=True)
class _Question:
    event_id: str
    number: int
    max_score: int
    pre: int  # points over the pairs, from question_totals
    post: int


def _scores(store: Store):
    """(event → its pairs summed, event → its test's maximum, (event, question) → points over
    pairs): a pair is a registration that took both tests, a test counts when one of the
    event's scored questions was marked; an unanswered cell counts 0.

    Read from the totals the store keeps as cells are written (paper_totals.py), not from
    the cells: a programme of 200 laptops has a million of them, summed in seconds. The pairs
    are summed here too (80,000 at 200 laptops, a few rows per event); `+pre.event_id` keeps
    SQLite from walking paper_totals by its event index, which fetches every pair's rows out
    of order (2.5 times slower than reading the table as stored and sorting the sums)."""
    changes: dict[str, dict[int, int]] = {}
    pre_points: dict[str, int] = {}
    for row in records(
        store,
        _Change,
        "SELECT pre.event_id AS event_id, post.points - pre.points AS change, count(*) AS pairs, "
        "sum(pre.points) AS pre FROM paper_totals pre JOIN paper_totals post "
        "ON post.registration_id = pre.registration_id AND post.test = 'post' "
        "WHERE pre.test = 'pre' AND pre.marked > 0 AND post.marked > 0 "
        "GROUP BY +pre.event_id, change",
    ):
        changes.setdefault(row.event_id, {})[row.change] = row.pairs
        pre_points[row.event_id] = pre_points.get(row.event_id, 0) + row.pre
    pairs = {event_id: PairSums(pre_points[event_id], found) for event_id, found in changes.items()}
    max_score: dict[str, int] = {}
    questions: dict[tuple[str, int], dict[TestKind, tuple[int, int]]] = {}
    for question in records(
        store,
        _Question,
        "SELECT q.event_id AS event_id, q.number AS number, q.max_score AS max_score, "
        "coalesce(pre.points, 0) AS pre, coalesce(post.points, 0) AS post FROM questions q "
        "LEFT JOIN question_totals pre ON pre.event_id = q.event_id AND pre.number = q.number "
        "AND pre.test = 'pre' LEFT JOIN question_totals post ON post.event_id = q.event_id "
        "AND post.number = q.number AND post.test = 'post' WHERE q.scored = 1",
    ):
        event_id = question.event_id
        max_score[event_id] = max_score.get(event_id, 0) + question.max_score
        if event_id in pairs:
            most = pairs[event_id].count * question.max_score
            questions[(event_id, question.number)] = {
                TestKind.PRE: (question.pre, most), TestKind.POST: (question.post, most)
            }  # fmt: skip
    return pairs, max_score, questions


def _texts(store: Store) -> list[TextRow]:
    notes = records(
        store,
        TextRow,
        "SELECT event_id, kind, topic, position, body AS text FROM notes WHERE sensitive = 0 "
        "AND trim(body) != '' ORDER BY event_id, position, id",
    )
    commitments = records(
        store,
        TextRow,
        "SELECT event_id, 'commitment' AS kind, '' AS topic, position, text FROM commitments "
        "WHERE sensitive = 0 ORDER BY event_id, position, id",
    )
    return notes + commitments


def _follow_ups(store: Store) -> list[FollowUpRow]:
    # The commitments marked sensitive, so that their follow-ups stay in too (a set, not a
    # correlated subquery: commitments have no index on their text).
    hidden = set(store.conn.execute("SELECT event_id, text FROM commitments WHERE sensitive = 1"))
    visits = records(
        store,
        FollowUpRow,
        "SELECT event_id, commitment, visited_on, status, note FROM follow_ups "
        "WHERE sensitive = 0 ORDER BY event_id, commitment, visited_on DESC, updated_at DESC, id",
    )
    latest: dict[tuple[str, str], FollowUpRow] = {}
    for visit in visits:
        if (visit.event_id, visit.commitment) not in hidden:
            latest.setdefault((visit.event_id, visit.commitment), visit)
    return list(latest.values())


def read_programme(store: Store, texts: bool = True) -> ProgrammeData:
    """Every event of the store with what the office's figures need; without the notes and
    commitments when `texts` is False (the Programme step shows none of them: at 200 laptops
    they are 23,000 texts, and striking withheld names from them was most of its opening).

    A programme of 200 laptops is about a million score cells read into small tuples; the
    cyclic garbage collector, which would walk them again and again while they are made (none
    of them can form a cycle), is paused for the read: a third less time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read(store, texts)
    finally:
        if paused:
            gc.enable()


def _read(store: Store, texts: bool) -> ProgrammeData:
    pairs, max_score, questions = _scores(store)
    return ProgrammeData(
        events=_events(store),
        reach=_reach(store),
        pairs=pairs,
        max_score=max_score,
        questions=questions,
        texts=_texts(store) if texts else [],
        withheld_names=_withheld(store),
        follow_ups=_follow_ups(store),
    )
