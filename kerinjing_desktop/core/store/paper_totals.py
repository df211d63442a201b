"""Each paper's total (one participant's pre- or post-test) and each question's points over
the event's pairs, kept up to date by triggers in the transaction of every score write.

Why: the programme view and the Laporan Program need every event's pairs and per-question
points. Summed from the cells on each read, a programme of 200 laptops (a million cells)
took seconds; read from these two tables it is a few hundred thousand small rows.

Why triggers: cells are written by typing, a scores file, a merge (batched or row by row),
moving a joined registration's scores, undo, and deleted by cascades from a participant or
an event. A trigger sees every one of them, in the same transaction, whichever module wrote.

The rules follow core/store/programme.py (and core/scoring.took_test):
- `paper_totals`: per registration and test, `points` (the sum of the knowledge questions'
  scores, `scored = 1`, an unanswered cell counting 0) and `marked` (how many of those cells
  hold a score: the test was taken when it is above 0);
- `question_totals`: per event, knowledge question and test, the points over the event's
  pairs (registrations whose pre- and post-test were both taken).

A cell written adds its change to its paper, and to its question when its participant was a
pair before the write; a write that makes a pair (or unmakes one) then adds (or takes away)
all of that participant's knowledge cells. Anything rarer (a question added, removed or made
a background question, a registration moved to another event, a cell moved to another paper)
rebuilds the whole event's rows from its cells: an event is a few thousand cells.

Neither table is carried in bundles (they are derived: the receiving store's triggers make
its own) and neither has the row columns of the synced tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# Each score trigger runs only while this function (registered on every store connection,
# see connection.py) returns 1; a batched merge turns it off around its bulk inserts and
# rebuilds the events it touched in one statement each (merge_batch.py).
LIVE_FUNCTION = "kerinjing_totals_live"
DERIVED_TABLES = ("paper_totals", "question_totals", "reach_totals")  # and reach_totals.py

TABLES = """
    CREATE TABLE paper_totals (
        registration_id TEXT NOT NULL,
        test TEXT NOT NULL,
        event_id TEXT NOT NULL,
        points INTEGER NOT NULL DEFAULT 0,
        marked INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (registration_id, test)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX paper_totals_event ON paper_totals(event_id, test);
    CREATE TABLE question_totals (
        event_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        test TEXT NOT NULL,
        points INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, number, test)
    ) STRICT, WITHOUT ROWID;
"""


def _marked(registration: str, test: str) -> str:
    return (
        f"coalesce((SELECT marked FROM paper_totals WHERE registration_id = {registration} "
        f"AND test = {test}), 0)"
    )


def _other(test: str) -> str:
    return f"(CASE {test} WHEN 'pre' THEN 'post' ELSE 'pre' END)"


def _paired(registration: str) -> str:
    pre, post = _marked(registration, "'pre'"), _marked(registration, "'post'")
    return f"({pre} > 0 AND {post} > 0)"


def _knowledge_by_registration(registration: str, number: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM registrations r JOIN questions q ON q.event_id = r.event_id "
        f"WHERE r.id = {registration} AND q.number = {number} AND q.scored = 1)"
    )


def _all_cells(sign: str, registration: str, when: str) -> str:
    """Add (sign 1) or take away (sign -1) all of a registration's knowledge cells, both
    tests, to their questions, when `when` holds."""
    return f"""
        INSERT INTO question_totals (event_id, number, test, points)
        SELECT p.event_id, s.question_number, s.test, {sign} * sum(coalesce(s.score, 0))
        FROM scores s
        JOIN paper_totals p ON p.registration_id = s.registration_id AND p.test = s.test
        JOIN questions q ON q.event_id = p.event_id AND q.number = s.question_number
            AND q.scored = 1
        WHERE s.registration_id = {registration} AND {when}
        GROUP BY p.event_id, s.question_number, s.test
        ON CONFLICT DO UPDATE SET points = points + excluded.points;"""


def _cell_to_question(points: str, registration: str, number: str, test: str) -> str:
    """A cell's change counted in its question while its participant is a pair."""
    return f"""
        INSERT INTO question_totals (event_id, number, test, points)
        SELECT p.event_id, {number}, {test}, {points} FROM paper_totals p
        WHERE p.registration_id = {registration} AND p.test = {test} AND {_paired(registration)}
        ON CONFLICT DO UPDATE SET points = points + excluded.points;"""


def _cell_to_paper(points: str, marked: str, registration: str, test: str) -> str:
    return f"""
        INSERT INTO paper_totals (registration_id, test, event_id, points, marked)
        SELECT {registration}, {test}, r.event_id, {points}, {marked}
        FROM registrations r WHERE r.id = {registration}
        ON CONFLICT DO UPDATE SET points = points + excluded.points,
                                  marked = marked + excluded.marked;"""


def _flips(gained: str, lost: str, registration: str, test: str) -> str:
    """After a paper's change: a participant who just became a pair adds all their cells; one
    who just stopped being a pair takes them all away (the other test was taken)."""
    other = f"{_marked(registration, _other(test))} > 0"
    became = f"{gained} AND {_marked(registration, test)} = 1 AND {other}"
    stopped = f"{lost} AND {_marked(registration, test)} = 0 AND {other}"
    return _all_cells("1", registration, became) + _all_cells("-1", registration, stopped)


def rebuild_sql(event: str | None) -> str:
    """Statements that make an event's rows (every event's when `event` is None) anew from
    its cells."""
    where = f"WHERE r.event_id = {event}" if event else "WHERE 1"
    pairs_where = f"pre.event_id = {event} AND" if event else ""
    clear = f"WHERE event_id = {event}" if event else ""
    return f"""
        DELETE FROM paper_totals {clear};
        DELETE FROM question_totals {clear};
        INSERT OR REPLACE INTO paper_totals (registration_id, test, event_id, points, marked)
        SELECT s.registration_id, s.test, r.event_id, sum(coalesce(s.score, 0)),
               sum(s.state = 'scored')
        FROM registrations r
        JOIN scores s ON s.registration_id = r.id
        JOIN questions q ON q.event_id = r.event_id AND q.number = s.question_number
            AND q.scored = 1
        {where}
        GROUP BY s.registration_id, s.test;
        INSERT INTO question_totals (event_id, number, test, points)
        SELECT pre.event_id, s.question_number, s.test, sum(coalesce(s.score, 0))
        FROM paper_totals pre
        JOIN paper_totals post ON post.registration_id = pre.registration_id
            AND post.test = 'post'
        JOIN scores s ON s.registration_id = pre.registration_id
        JOIN questions q ON q.event_id = pre.event_id AND q.number = s.question_number
            AND q.scored = 1
        WHERE {pairs_where} pre.test = 'pre' AND pre.marked > 0 AND post.marked > 0
        GROUP BY pre.event_id, s.question_number, s.test;"""


_LIVE = f"{LIVE_FUNCTION}()"
_SAME_KEY = (
    "OLD.registration_id = NEW.registration_id AND OLD.test = NEW.test "
    "AND OLD.question_number = NEW.question_number"
)
_NEW_POINTS = "coalesce(NEW.score, 0)"
_OLD_POINTS = "coalesce(OLD.score, 0)"
_NEW_MARK = "(NEW.state = 'scored')"
_OLD_MARK = "(OLD.state = 'scored')"

TRIGGERS = f"""
    CREATE TRIGGER scores_totals_insert AFTER INSERT ON scores
    WHEN {_LIVE} AND {_knowledge_by_registration("NEW.registration_id", "NEW.question_number")}
    BEGIN
        {_cell_to_question(_NEW_POINTS, "NEW.registration_id", "NEW.question_number", "NEW.test")}
        {_cell_to_paper(_NEW_POINTS, _NEW_MARK, "NEW.registration_id", "NEW.test")}
        {_flips(_NEW_MARK, "0", "NEW.registration_id", "NEW.test")}
    END;

    CREATE TRIGGER scores_totals_update AFTER UPDATE ON scores
    WHEN {_LIVE} AND {_SAME_KEY}
        AND {_knowledge_by_registration("NEW.registration_id", "NEW.question_number")}
    BEGIN
        {
    _cell_to_question(
        f"{_NEW_POINTS} - {_OLD_POINTS}", "NEW.registration_id", "NEW.question_number", "NEW.test"
    )
}
        {
    _cell_to_paper(
        f"{_NEW_POINTS} - {_OLD_POINTS}",
        f"{_NEW_MARK} - {_OLD_MARK}",
        "NEW.registration_id",
        "NEW.test",
    )
}
        {
    _flips(
        f"{_NEW_MARK} > {_OLD_MARK}",
        f"{_OLD_MARK} > {_NEW_MARK}",
        "NEW.registration_id",
        "NEW.test",
    )
}
    END;

    CREATE TRIGGER scores_totals_delete AFTER DELETE ON scores
    WHEN {_LIVE} AND EXISTS (
        SELECT 1 FROM paper_totals p JOIN questions q ON q.event_id = p.event_id
        WHERE p.registration_id = OLD.registration_id AND p.test = OLD.test
            AND q.number = OLD.question_number AND q.scored = 1)
    BEGIN
        {
    _cell_to_question(f"-{_OLD_POINTS}", "OLD.registration_id", "OLD.question_number", "OLD.test")
}
        UPDATE paper_totals SET points = points - {_OLD_POINTS}, marked = marked - {_OLD_MARK}
        WHERE registration_id = OLD.registration_id AND test = OLD.test;
        {_flips("0", _OLD_MARK, "OLD.registration_id", "OLD.test")}
    END;

    CREATE TRIGGER scores_totals_moved AFTER UPDATE ON scores
    WHEN {_LIVE} AND NOT ({_SAME_KEY})
    BEGIN
        {rebuild_sql("(SELECT event_id FROM registrations WHERE id = OLD.registration_id)")}
        {rebuild_sql("(SELECT event_id FROM registrations WHERE id = NEW.registration_id)")}
    END;

    CREATE TRIGGER registrations_totals_delete BEFORE DELETE ON registrations
    BEGIN
        {_all_cells("-1", "OLD.id", _paired("OLD.id"))}
        DELETE FROM paper_totals WHERE registration_id = OLD.id;
    END;

    CREATE TRIGGER registrations_totals_insert AFTER INSERT ON registrations
    WHEN EXISTS (SELECT 1 FROM scores WHERE registration_id = NEW.id)
    BEGIN
        {rebuild_sql("NEW.event_id")}
    END;

    CREATE TRIGGER registrations_totals_event AFTER UPDATE OF event_id ON registrations
    WHEN OLD.event_id IS NOT NEW.event_id
    BEGIN
        {rebuild_sql("OLD.event_id")}
        {rebuild_sql("NEW.event_id")}
    END;

    CREATE TRIGGER questions_totals_insert AFTER INSERT ON questions
    BEGIN
        {rebuild_sql("NEW.event_id")}
    END;

    CREATE TRIGGER questions_totals_delete AFTER DELETE ON questions
    BEGIN
        {rebuild_sql("OLD.event_id")}
    END;

    CREATE TRIGGER questions_totals_update AFTER UPDATE OF event_id, number, scored ON questions
    WHEN OLD.event_id IS NOT NEW.event_id OR OLD.number IS NOT NEW.number
        OR OLD.scored IS NOT NEW.scored
    BEGIN
        {rebuild_sql("OLD.event_id")}
        {rebuild_sql("NEW.event_id")}
    END;
"""


def create(conn: sqlite3.Connection) -> None:
    """The tables and triggers, filled from the cells already stored (schema step 10)."""
    for part in (TABLES, TRIGGERS):
        for statement in statements(part):
            conn.execute(statement)
    rebuild(conn, None)


def statements(script: str) -> list[str]:
    """A script split into statements (a trigger's body keeps its own semicolons)."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out


def rebuild(conn: sqlite3.Connection, events: Iterable[str] | None) -> None:
    """Make the rows of `events` (all events when None) anew from their cells."""
    if events is None:
        for statement in statements(rebuild_sql(None)):
            conn.execute(statement)
        return
    per_event = statements(rebuild_sql(":event"))
    for event in events:
        for statement in per_event:
            conn.execute(statement, {"event": event})
