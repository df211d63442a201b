"""The programme's test figures, summed in SQLite, are the ones counted cell by cell.

read_programme aggregates a million score cells in one statement (core/store/programme.py).
Here a generated laptop's events are roughed up the way real papers are (a question not
scored, blank and absent cells, a paper with no mark at all, a missing post-test, a cell for a
question the event does not have) and the figures are checked against the rule counted in
plain Python from every cell: a test counts when one of the event's scored questions was
marked, a pair took both, totals are over scored questions with a blank counting 0.
"""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.kinds import Gender
from kerinjing_desktop.core.office.publish import Filters, publish
from kerinjing_desktop.core.store import programme
from kerinjing_desktop.core.store.programme import PairSums, read_programme
from kerinjing_desktop.core.store.sample_programme import fill_laptop


def _by_cell(store):
    """(pairs, questions) counted from every cell, the rule written out plainly."""
    scored = {}
    for event_id, number, max_score in store.execute(
        "SELECT event_id, number, max_score FROM questions WHERE scored = 1"
    ):
        scored.setdefault(event_id, {})[number] = max_score
    sheets = {}
    for event_id, registration_id, test, number, state, score in store.execute(
        "SELECT r.event_id, r.id, s.test, s.question_number, s.state, s.score "
        "FROM scores s JOIN registrations r ON r.id = s.registration_id"
    ):
        if number in scored.get(event_id, {}):
            sheet = sheets.setdefault((event_id, registration_id, test), {})
            sheet[number] = (state, score or 0)
    pairs, questions = {}, {}
    for (event_id, registration_id, test), pre in sheets.items():
        post = sheets.get((event_id, registration_id, "post"))
        if test != "pre" or post is None:
            continue
        if not all(any(s == "scored" for s, _ in sheet.values()) for sheet in (pre, post)):
            continue
        totals = tuple(sum(score for _, score in sheet.values()) for sheet in (pre, post))
        pairs.setdefault(event_id, []).append(totals)
        for number, max_score in scored[event_id].items():
            slot = questions.setdefault((event_id, number), {"pre": (0, 0), "post": (0, 0)})
            for name, sheet in (("pre", pre), ("post", post)):
                points, most = slot[name]
                slot[name] = (points + sheet.get(number, ("", 0))[1], most + max_score)
    return {k: sorted(v) for k, v in pairs.items()}, questions


@pytest.fixture
def store(make_store):
    store = make_store("office")
    fill_laptop(store, 3, events_per_laptop=3, people=30)
    events = [row[0] for row in store.execute("SELECT id FROM events ORDER BY date, id")]
    registrations = [
        row[0] for row in store.execute("SELECT id FROM registrations ORDER BY event_id, id")
    ]
    with store.transaction():
        db = store.db
        db.execute("UPDATE questions SET scored = 0 WHERE number = 2 AND event_id = ?",
                   [events[0]])  # fmt: skip
        db.execute("UPDATE questions SET max_score = 3 WHERE number = 4 AND event_id = ?",
                   [events[1]])  # fmt: skip
        for registration_id in registrations[:6]:  # blank cells: they count 0
            db.execute(
                "UPDATE scores SET state = 'unanswered', score = NULL WHERE registration_id = ? "
                "AND question_number IN (1, 3)",
                [registration_id],
            )
        for registration_id in registrations[6:9]:  # marked nowhere on the pre-test
            db.execute(
                "UPDATE scores SET state = 'absent', score = NULL WHERE registration_id = ? "
                "AND test = 'pre'",
                [registration_id],
            )
        # only the unscored question marked: the paper does not count
        db.execute(
            "UPDATE scores SET state = 'absent', score = NULL WHERE test = 'post' AND "
            "question_number != 2 AND registration_id IN (SELECT id FROM registrations "
            "WHERE event_id = ? ORDER BY id LIMIT 2)",
            [events[0]],
        )
        for registration_id in registrations[9:12]:  # no post-test at all
            db.execute(
                "DELETE FROM scores WHERE registration_id = ? AND test = 'post'",
                [registration_id],
            )
        # a cell for a question number the event does not have
        db.execute(
            "UPDATE scores SET question_number = 9 WHERE test = 'pre' AND question_number = 5 "
            "AND registration_id = ?",
            [registrations[12]],
        )
    yield store


def test_pairs_and_questions_are_the_ones_counted_cell_by_cell(store):
    pairs, questions = _by_cell(store)
    data = read_programme(store)
    assert data.pairs == {event_id: PairSums.of(found) for event_id, found in pairs.items()}
    assert data.questions == questions
    # the roughing up reached every rule
    assert (
        sum(len(v) for v in pairs.values())
        < store.execute("SELECT count(*) FROM registrations").fetchone()[0] - 8
    )
    (unscored,) = store.execute("SELECT event_id FROM questions WHERE scored = 0").fetchone()
    assert (unscored, 1) in data.questions and (unscored, 2) not in data.questions


def test_a_programme_without_scored_questions_has_no_pairs(store):
    store.db.execute("UPDATE questions SET scored = 0")
    data = read_programme(store)
    assert data.pairs == {} and data.questions == {}
    assert sum(reach.registered for reach in data.reach.values()) > 0


def test_a_filter_publishes_its_events_rows_as_the_whole_programme_does(store):
    """A filter reads its own events' rows through an index made once (ProgrammeData.rows_of):
    what it publishes is the whole programme's rows for those events, in the same order."""
    data = read_programme(store)
    whole = publish(data)
    for first in sorted({event.date for event in data.events})[1:]:
        chosen = {event.id for event in data.events if event.date >= first}
        assert 0 < len(chosen) < len(data.events)
        for _again in range(2):  # the index is made by the first filter, used by the next
            part = publish(data, Filters(date_from=first))
            assert part.texts == [t for t in whole.texts if t.event_id in chosen]
            assert part.follow_ups == [f for f in whole.follow_ups if f.event_id in chosen]
            assert part.texts and part.follow_ups
            assert [r for r in part.reach if r.event_id] == [
                r for r in whole.reach if r.event_id in chosen
            ]
            assert [e.id for e in part.events] == [e.id for e in whole.events if e.id in chosen]


def test_the_programme_steps_read_leaves_the_texts_out_and_publishes_the_same_figures(store):
    """The Programme step shows no notes or commitments: it reads without them (striking
    withheld names from every note was most of its opening), and every figure it shows, the
    follow-ups' words included, is what the report's full read publishes."""
    whole = publish(read_programme(store))
    step = publish(read_programme(store, texts=False))
    assert whole.texts and step.texts == []
    assert whole.follow_ups and step.follow_ups == whole.follow_ups
    for name in ("events", "kabupaten", "reach", "questions", "total"):
        assert getattr(step, name) == getattr(whole, name), name


def test_reach_summed_per_category_in_one_pass_is_reach_grouped_by_each_kind(store):
    """The one pass over reach_totals (a column per known category) gives what grouping by
    each kind gives, on a generated programme with nobody and somebody in each category."""
    one_pass = programme._reach(store)
    assert one_pass == programme._reach_by_kind(store)
    assert {type(g) for reach in one_pass.values() for g in reach.gender} == {Gender}
    came = {
        k for reach in one_pass.values() for kind in (reach.age_band, reach.group) for k in kind
    }
    assert came >= {"18-24", "50+", "Calon PMI", "PKK"}


def test_a_category_outside_the_known_ones_is_still_counted(store):
    """Should a group no list knows ever be stored (the schema's CHECK and core/domain.py's
    GROUPS drifting apart), the read groups by each kind instead of losing those people."""
    event_id = store.execute("SELECT event_id FROM reach_totals LIMIT 1").fetchone()[0]
    before = programme._reach(store)[event_id]
    with store.transaction():
        store.db.execute(
            "INSERT INTO reach_totals (event_id, gender, age_band, group_name, attended, "
            "people) VALUES (?, 'P', '?', 'Nelayan', 1, 3)",
            [event_id],
        )
    after = programme._reach(store)[event_id]
    assert after.group == {**before.group, "Nelayan": 3}
    assert (after.registered, after.attended) == (before.registered + 3, before.attended + 3)
    assert after.gender["P"] == before.gender.get("P", 0) + 3
    assert {type(gender) for gender in after.gender} == {Gender}  # read back as members
