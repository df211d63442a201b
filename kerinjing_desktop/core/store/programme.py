"""Reading a whole programme (every event in the store) for the office's outputs.

What comes out of here is raw: names, phones and sensitive rows are still in it where the
office needs them to filter (the names of people who did not consent, to strike them from
notes). Nothing here is published as it is: core/office/publish.py decides what leaves.

A test counts for a participant when at least one knowledge question has a score (as on the
Results step, core/scoring.took_test); a pair is a participant who took both. Totals are over
the knowledge questions (`scored = 1`), an unanswered cell counting 0.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from kerinjing_desktop.core.store.connection import Store


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
class Attendee:
    """One registration, as the totals need it (no name, no phone)."""

    event_id: str
    gender: str
    birth_year: int | None
    group: str
    attended: bool


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
    attendees: list[Attendee]
    # event id → [(pre total, post total)] of each pair, and the test's maximum
    pairs: dict[str, list[tuple[int, int]]]
    max_score: dict[str, int]
    # (event id, question number) → {"pre": (points, max points), "post": (...)} over pairs
    questions: dict[tuple[str, int], dict[str, tuple[int, int]]]
    texts: list[TextRow]  # notes and commitments not marked sensitive
    withheld_names: dict[str, set[str]] = field(default_factory=dict)  # event id → names
    follow_ups: list[FollowUpRow] = field(default_factory=list)


def _events(store: Store) -> list[ProgrammeEvent]:
    rows = store.conn.execute(
        "SELECT id, date, title, village, kecamatan, kabupaten, facilitators FROM events "
        "ORDER BY date, village, id"
    ).fetchall()
    return [ProgrammeEvent(*row) for row in rows]


def _attendees(store: Store) -> tuple[list[Attendee], dict[str, set[str]]]:
    attendees, withheld = [], {}
    rows = store.conn.execute(
        "SELECT r.event_id, p.gender, p.birth_year, p.group_name, r.checked_in_at IS NOT NULL, "
        "p.consent, p.full_name FROM registrations r JOIN people p ON p.id = r.person_id"
    )
    for event_id, gender, birth_year, group, attended, consent, name in rows:
        attendees.append(Attendee(event_id, gender, birth_year, group, bool(attended)))
        if not consent:
            withheld.setdefault(event_id, set()).add(name)
    return attendees, withheld


def _scores(store: Store):
    """Per registration and test: (event, points, took it) over the knowledge questions."""
    rows = store.conn.execute(
        "SELECT r.event_id, r.id, s.test, s.question_number, s.state, coalesce(s.score, 0) "
        "FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id "
        "JOIN questions q ON q.event_id = r.event_id AND q.number = s.question_number "
        "WHERE q.scored = 1"
    )
    sheets: dict[tuple[str, str], dict[int, tuple[str, int]]] = {}
    event_of: dict[str, str] = {}
    for event_id, registration_id, test, number, state, score in rows:
        sheets.setdefault((registration_id, test), {})[number] = (state, score)
        event_of[registration_id] = event_id
    return sheets, event_of


def _max_scores(store: Store) -> dict[str, dict[int, int]]:
    maxima: dict[str, dict[int, int]] = {}
    for event_id, number, max_score in store.conn.execute(
        "SELECT event_id, number, max_score FROM questions WHERE scored = 1"
    ):
        maxima.setdefault(event_id, {})[number] = max_score
    return maxima


def _texts(store: Store) -> list[TextRow]:
    notes = store.conn.execute(
        "SELECT event_id, kind, topic, position, body FROM notes WHERE sensitive = 0 "
        "AND trim(body) != '' ORDER BY event_id, position, id"
    ).fetchall()
    commitments = store.conn.execute(
        "SELECT event_id, 'commitment', '', position, text FROM commitments "
        "WHERE sensitive = 0 ORDER BY event_id, position, id"
    ).fetchall()
    return [TextRow(*row) for row in notes + commitments]


def _follow_ups(store: Store) -> list[FollowUpRow]:
    # The commitments marked sensitive, so that their follow-ups stay in too (a set, not a
    # correlated subquery: commitments have no index on their text).
    hidden = set(store.conn.execute("SELECT event_id, text FROM commitments WHERE sensitive = 1"))
    rows = store.conn.execute(
        "SELECT event_id, commitment, visited_on, status, note FROM follow_ups "
        "WHERE sensitive = 0 ORDER BY event_id, commitment, visited_on DESC, updated_at DESC, id"
    )
    latest: dict[tuple[str, str], FollowUpRow] = {}
    for row in rows:
        if (row[0], row[1]) not in hidden:
            latest.setdefault((row[0], row[1]), FollowUpRow(*row))
    return list(latest.values())


def read_programme(store: Store) -> ProgrammeData:
    """Every event of the store with what the office's figures need.

    A programme of 200 laptops is about a million score cells read into small tuples; the
    cyclic garbage collector, which would walk them again and again while they are made (none
    of them can form a cycle), is paused for the read: a third less time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read(store)
    finally:
        if paused:
            gc.enable()


def _read(store: Store) -> ProgrammeData:
    attendees, withheld = _attendees(store)
    maxima = _max_scores(store)
    sheets, event_of = _scores(store)
    pairs: dict[str, list[tuple[int, int]]] = {}
    questions: dict[tuple[str, int], dict[str, tuple[int, int]]] = {}
    for (registration_id, test), cells in sheets.items():
        if test != "pre" or (registration_id, "post") not in sheets:
            continue
        post = sheets[(registration_id, "post")]
        event_id = event_of[registration_id]
        took = [any(state == "scored" for state, _ in sheet.values()) for sheet in (cells, post)]
        if not all(took):
            continue
        totals = [sum(score for _, score in sheet.values()) for sheet in (cells, post)]
        pairs.setdefault(event_id, []).append((totals[0], totals[1]))
        for number, max_score in maxima.get(event_id, {}).items():
            slot = questions.setdefault((event_id, number), {"pre": (0, 0), "post": (0, 0)})
            for test_name, sheet in (("pre", cells), ("post", post)):
                points, most = slot[test_name]
                score = sheet.get(number, ("", 0))[1]
                slot[test_name] = (points + score, most + max_score)
    return ProgrammeData(
        events=_events(store),
        attendees=attendees,
        pairs=pairs,
        max_score={event: sum(numbers.values()) for event, numbers in maxima.items()},
        questions=questions,
        texts=_texts(store),
        withheld_names=withheld,
        follow_ups=_follow_ups(store),
    )
