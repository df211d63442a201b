"""The office's totals (core/store/paper_totals.py), rule by rule beside the random edits of
test_paper_totals.py: what is rare (a question added, removed or made a background question,
a registration moved, a cell moved to another paper, a registration arriving after its cells)
rebuilds its own event's rows and no other event's (a programme of 200 laptops would
otherwise sum a million cells at each such write), the derived tables are carried by no
bundle, and a script is split into whole statements, a trigger's body kept in one.

Each test spoils another event's totals on purpose first: a rebuild of that event would
mend them, so the test sees whether it ran.
"""

from __future__ import annotations

import uuid

import pytest
from test_paper_totals import expected, kept

from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.paper_totals import DERIVED_TABLES, rebuild, statements
from kerinjing_desktop.core.store.sample_programme import fill_laptop
from kerinjing_desktop.core.store.schema import SYNCED_TABLES

SPOILED = 1000


@pytest.fixture
def office():
    store = open_store(None)
    fill_laptop(store, 1, events_per_laptop=3, people=10)
    with store.transaction():  # typed as numbers (the sample's choices have no options)
        store.db.execute("UPDATE questions SET kind = 'open', max_score = 3")
    yield store
    store.close()


def events(store) -> list[str]:
    return [row[0] for row in store.execute("SELECT id FROM events ORDER BY date, id")]


def spoil(store, event: str) -> None:
    """Another event's totals made wrong on purpose: only a rebuild of it mends them."""
    with store.transaction():
        store.db.execute("UPDATE paper_totals SET points = points + ? WHERE event_id = ?",
                         [SPOILED, event])  # fmt: skip
        store.db.execute("UPDATE question_totals SET points = points + ? WHERE event_id = ?",
                         [SPOILED, event])  # fmt: skip


def still_spoiled(store, event: str) -> bool:
    papers = store.execute(
        "SELECT count(*), min(points) FROM paper_totals WHERE event_id = ?", [event]
    ).fetchone()
    questions = store.execute(
        "SELECT count(*), min(points) FROM question_totals WHERE event_id = ?", [event]
    ).fetchone()
    return papers[0] > 0 and papers[1] >= SPOILED and questions[0] > 0 and questions[1] >= SPOILED


def right_except(store, event: str) -> bool:
    """Every event's totals equal the sums of its cells, but the spoiled event's."""
    papers, questions = kept(store)
    wanted_papers, wanted_questions = expected(store)
    registrations = {
        row[0] for row in store.execute("SELECT id FROM registrations WHERE event_id = ?", [event])
    }
    return {k: v for k, v in papers.items() if k[0] not in registrations} == {
        k: v for k, v in wanted_papers.items() if k[0] not in registrations
    } and {k: v for k, v in questions.items() if k[0] != event} == {
        k: v for k, v in wanted_questions.items() if k[0] != event
    }


def a_registration_with_scores(store, event: str) -> str:
    return store.execute(
        "SELECT r.id FROM registrations r JOIN paper_totals p ON p.registration_id = r.id "
        "WHERE r.event_id = ? AND p.marked > 0 AND p.test = 'pre' ORDER BY r.seq LIMIT 1",
        [event],
    ).fetchone()[0]


def test_the_sample_office_has_pairs_in_every_event(office):
    assert len(events(office)) == 3
    for event in events(office):
        assert office.execute(
            "SELECT count(*) FROM question_totals WHERE event_id = ? AND points > 0", [event]
        ).fetchone()[0]


def test_a_question_made_a_background_question_rebuilds_its_event_only(office):
    first, second, _third = events(office)
    spoil(office, second)
    with office.transaction():
        office.db.execute(
            "UPDATE questions SET scored = 0 WHERE event_id = ? AND number = 1", [first]
        )
    assert still_spoiled(office, second) and right_except(office, second)
    assert not office.execute(
        "SELECT count(*) FROM question_totals WHERE event_id = ? AND number = 1", [first]
    ).fetchone()[0]


def test_a_question_removed_and_added_rebuilds_its_event_only(office):
    first, second, _third = events(office)
    row = office.db["questions"].get(
        office.execute(
            "SELECT id FROM questions WHERE event_id = ? AND number = 2", [first]
        ).fetchone()[0]
    )
    spoil(office, second)
    with office.transaction():
        office.db.execute("DELETE FROM questions WHERE id = ?", [row["id"]])
    assert still_spoiled(office, second) and right_except(office, second)
    with office.transaction():
        office.db["questions"].insert(row)
    assert still_spoiled(office, second) and right_except(office, second)


def test_a_registration_moved_to_another_event_rebuilds_both_events_only(office):
    first, second, third = events(office)
    moved = a_registration_with_scores(office, first)
    spoil(office, second)
    with office.transaction():
        office.db.execute(
            "UPDATE registrations SET event_id = ?, code = 'P-900' WHERE id = ?", [third, moved]
        )
    assert still_spoiled(office, second) and right_except(office, second)
    assert (
        office.execute(
            "SELECT event_id FROM paper_totals WHERE registration_id = ?", [moved]
        ).fetchone()[0]
        == third
    )


def test_a_cell_moved_to_another_paper_rebuilds_its_events_only(office):
    first, second, _third = events(office)
    registration = a_registration_with_scores(office, first)
    spoil(office, second)
    with office.transaction():
        office.db.execute(
            "DELETE FROM scores WHERE registration_id = ? AND test = 'post' "
            "AND question_number = 1", [registration],
        )  # fmt: skip
        office.db.execute(
            "UPDATE scores SET test = 'post' WHERE registration_id = ? AND test = 'pre' "
            "AND question_number = 1", [registration],
        )  # fmt: skip
    assert still_spoiled(office, second) and right_except(office, second)


def test_a_registration_arriving_after_its_cells_rebuilds_its_event_only(office):
    """A merge may insert a registration's cells before the registration (foreign keys are
    checked at the commit)."""
    first, second, _third = events(office)
    person_id, registration_id = str(uuid.uuid4()), str(uuid.uuid4())
    source = a_registration_with_scores(office, first)
    person = office.db["people"].get(office.db["registrations"].get(source)["person_id"])
    spoil(office, second)
    with office.transaction():
        office.db.execute("PRAGMA defer_foreign_keys = ON")
        office.db["people"].insert(person | {"id": person_id})
        for (cell_id,) in office.execute(
            "SELECT id FROM scores WHERE registration_id = ?", [source]
        ).fetchall():
            cell = office.db["scores"].get(cell_id)
            office.db["scores"].insert(
                cell | {"id": str(uuid.uuid4()), "registration_id": registration_id}
            )
        registration = office.db["registrations"].get(source)
        office.db["registrations"].insert(
            registration
            | {"id": registration_id, "person_id": person_id, "seq": 900, "code": "P-900"}
        )
    assert still_spoiled(office, second) and right_except(office, second)
    assert kept(office)[0][(registration_id, "pre")] == kept(office)[0][(source, "pre")]


def test_a_rebuild_of_some_events_leaves_the_others(office):
    first, second, third = events(office)
    spoil(office, second)
    with office.transaction():
        office.db.execute("UPDATE paper_totals SET points = -1 WHERE event_id IN (?, ?)",
                          [first, third])  # fmt: skip
        rebuild(office.conn, [first, third])
    assert still_spoiled(office, second) and right_except(office, second)
    with office.transaction():
        rebuild(office.conn, None)
    assert kept(office) == expected(office)


def test_no_bundle_carries_the_derived_tables():
    store = open_store(None)
    tables = set(store.db.table_names())
    store.close()
    assert set(DERIVED_TABLES) == {"paper_totals", "question_totals", "reach_totals"}
    assert set(DERIVED_TABLES) <= tables
    assert not set(DERIVED_TABLES) & set(SYNCED_TABLES)


def test_a_script_is_split_into_whole_statements():
    script = """
        CREATE TABLE a (x INTEGER);
        CREATE TRIGGER t AFTER INSERT ON a BEGIN
            INSERT INTO a VALUES (1); UPDATE a SET x = 2;
        END;
        SELECT ';' ;

    """
    assert statements(script) == [
        "CREATE TABLE a (x INTEGER);",
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "            INSERT INTO a VALUES (1); UPDATE a SET x = 2;\n        END;",
        "SELECT ';' ;",
    ]
    assert statements("  \n;\n ; ") == []
