"""The batched merge's own rules (core/store/merge_batch.py), each on a few rows.

`merge_table` decides, per row of a bundle, between three things: insert it with the other
new rows, count it unchanged, or hand it to the row-by-row merge (`one_row`, here a stand-in
that records what it was given and what the table held at that moment). A rule broken here
loses a row, writes one twice, or lets a row deleted here come back: each test says which
row goes where, and what the report counts.
"""

from __future__ import annotations

import sqlite3

import pytest

from kerinjing_desktop.core.bundle import export_bundle
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store import merge_batch
from kerinjing_desktop.core.store.connection import new_id
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.merge_batch import (
    COLLECT_CACHE_KB,
    copy_unchecked,
    larger_cache,
    merge_table,
)
from kerinjing_desktop.core.store.merge_keys import MergeReport
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.questions import save_questions
from kerinjing_desktop.core.store.schema import SYNCED_TABLES
from kerinjing_desktop.core.store.scores import enter
from kerinjing_desktop.core.store.sync import _columns, collect


class RowByRow:
    """The stand-in for sync's row-by-row merge: records each row's id and the ids the
    table held when it was called."""

    def __init__(self, store, table="events"):
        self.store, self.table, self.calls = store, table, []

    def __call__(self, row):
        self.calls.append((row["id"], _ids(self.store, self.table)))

    @property
    def ids(self):
        return [row_id for row_id, _held in self.calls]


def _ids(store, table="events"):
    return {row[0] for row in store.execute(f"SELECT id FROM {table}")}


def _events(make_store, count):
    """`count` event rows as a bundle carries them (made on another laptop)."""
    other = make_store(None)
    for n in range(count):
        add_event(other, f"Hari {n}", f"Desa {n}", f"2024-03-{n + 1:02d}", kabupaten="Lahat")
    return collect(other, None, include_sensitive=True)[0]["events"]


def _merge(store, rows, table="events", report=None):
    report = report or MergeReport()
    one_row = RowByRow(store, table)
    merge_table(store, table, rows, _columns(store, table), report, one_row)
    return report, one_row


def _counts(report):
    return report.added, report.updated, report.deleted, report.unchanged


def _stored(store, table="events"):
    cursor = store.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_new_rows_go_in_as_they_are_and_are_counted_added(store, make_store):
    rows = _events(make_store, 5)
    report, one_row = _merge(store, rows)
    assert _counts(report) == (5, 0, 0, 0)
    assert one_row.calls == []
    assert _stored(store) == sorted(rows, key=lambda row: row["id"])
    assert not store.conn.in_transaction  # the chunk's savepoint released


def test_no_rows_change_nothing(store):
    report, one_row = _merge(store, [])
    assert _counts(report) == (0, 0, 0, 0) and one_row.calls == []


def test_certificates_always_go_row_by_row_in_their_order(store):
    """Signatures and serials: every certificate row goes to the row-by-row merge, even new,
    without a look-up or an insert of its own."""
    statements = []
    store.conn.set_trace_callback(statements.append)
    rows = [{"id": "c2"}, {"id": "c1"}]
    report, one_row = _merge(store, rows, table="certificates")
    store.conn.set_trace_callback(None)
    assert one_row.ids == ["c2", "c1"] and _counts(report) == (0, 0, 0, 0)
    assert [s for s in statements if "certificates" in s and "table_info" not in s] == [
        "SELECT id FROM certificates",  # the stand-in's, once per row
        "SELECT id FROM certificates",
    ]


def test_a_row_held_the_same_is_counted_unchanged_and_not_written(store, make_store):
    rows = _events(make_store, 3)
    _merge(store, rows)
    before = _stored(store)
    report, one_row = _merge(store, rows)
    assert _counts(report) == (0, 0, 0, 3) and one_row.calls == []
    assert _stored(store) == before


def test_a_row_held_with_any_column_changed_goes_to_the_row_by_row_merge(store, make_store):
    rows = _events(make_store, 3)
    _merge(store, rows)
    changed = [rows[0] | {"title": "Hari baru"}, rows[1] | {"consent_default": 1}, rows[2]]
    report, one_row = _merge(store, changed)
    assert one_row.ids == [rows[0]["id"], rows[1]["id"]]
    assert _counts(report) == (0, 0, 0, 1)


def test_new_rows_before_a_changed_row_are_written_before_it(store, make_store):
    """The writes keep the row-by-row order: when a changed row is merged, the new rows that
    came before it are in the table and those after it not yet; then they follow."""
    rows = _events(make_store, 5)
    _merge(store, [rows[2]])
    ordered = [rows[0], rows[1], rows[2] | {"title": "Hari baru"}, rows[3], rows[4]]
    report, one_row = _merge(store, ordered)
    ((changed, held),) = one_row.calls
    assert changed == rows[2]["id"]
    assert held == {rows[0]["id"], rows[1]["id"], rows[2]["id"]}
    assert _ids(store) == {row["id"] for row in rows}
    assert _counts(report) == (4, 0, 0, 0)


def _tombstone(store, row, deleted_at, table="events"):
    store.execute(
        "INSERT INTO deletions (id, created_at, updated_at, device_id, table_name, row_id, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [new_id(), deleted_at, deleted_at, store.device_id, table, row["id"], deleted_at],
    )


def test_a_row_deleted_here_at_or_after_its_last_change_stays_deleted(store, make_store):
    """Deleted here later than its change, or at the same moment (a tie): counted unchanged,
    not written. Changed after its deletion here, or deleted in another table: it is new."""
    later, tie, earlier, elsewhere = _events(make_store, 4)
    _tombstone(store, later, "2999-01-01T00:00:00.000Z")
    _tombstone(store, tie, tie["updated_at"])
    _tombstone(store, earlier, "2000-01-01T00:00:00.000Z")
    _tombstone(store, elsewhere, "2999-01-01T00:00:00.000Z", table="notes")
    report, one_row = _merge(store, [later, tie, earlier, elsewhere])
    assert _counts(report) == (2, 0, 0, 2) and one_row.calls == []
    assert _ids(store) == {earlier["id"], elsewhere["id"]}


def test_rows_held_and_tombstones_are_found_across_lookup_chunks(store, make_store, monkeypatch):
    """Ids are looked up a few at a time (CHUNK): every held row and every tombstone is found,
    in the first chunk, the middle ones and the last, shorter one."""
    monkeypatch.setattr(merge_batch, "CHUNK", 2)
    rows = _events(make_store, 10)
    _merge(store, rows[:5])
    for row in rows[5:]:
        _tombstone(store, row, "2999-01-01T00:00:00.000Z")
    report, one_row = _merge(store, rows)
    assert _counts(report) == (0, 0, 0, 10) and one_row.calls == []


def test_a_refused_batch_is_undone_and_it_and_every_later_row_go_row_by_row(
    store, make_store, monkeypatch
):
    """Batches of two: the first goes in; the second holds a row the store refuses (an id
    that is no UUID), so neither of its rows stays and both go row by row, and so does every
    row after them, new or held the same."""
    monkeypatch.setattr(merge_batch, "NEW_ROWS", 2)
    rows = _events(make_store, 5)
    _merge(store, [rows[4]])
    bad = rows[2] | {"id": "not-a-uuid"}
    report, one_row = _merge(store, [rows[0], rows[1], bad, rows[3], rows[4], rows[2]])
    assert one_row.ids == ["not-a-uuid", rows[3]["id"], rows[4]["id"], rows[2]["id"]]
    assert _ids(store) == {rows[0]["id"], rows[1]["id"], rows[4]["id"]}
    assert _counts(report) == (2, 0, 0, 0)
    assert not store.conn.in_transaction  # rolled back to the savepoint, and released


def test_rows_with_other_columns_are_inserted_in_their_own_batch(store, make_store):
    """A bundle of an older version lacks a column: its rows go in with the columns they
    have (the store's default for the rest), beside rows that have them all."""
    rows = _events(make_store, 3)
    short = {name: value for name, value in rows[1].items() if name != "presurvey_notes"}
    report, one_row = _merge(store, [rows[0], short | {"facilitators": "Pak Budi"}, rows[2]])
    assert _counts(report) == (3, 0, 0, 0) and one_row.calls == []
    stored = {row["id"]: row for row in _stored(store)}
    assert stored[rows[1]["id"]]["presurvey_notes"] == ""
    assert stored[rows[1]["id"]]["facilitators"] == "Pak Budi"


def test_after_a_refused_batch_the_later_batches_of_that_write_go_row_by_row(store, make_store):
    """Three batches written together (their columns differ): the first goes in, the second
    is refused, the third is not tried in bulk."""
    rows = _events(make_store, 3)
    short = {name: value for name, value in rows[1].items() if name != "presurvey_notes"}
    bad = short | {"id": "not-a-uuid"}
    report, one_row = _merge(store, [rows[0], bad, rows[2]])
    assert one_row.ids == ["not-a-uuid", rows[2]["id"]]
    assert _ids(store) == {rows[0]["id"]}
    assert _counts(report) == (1, 0, 0, 0)


def _inserts(store, table="events"):
    """The rows of each INSERT into `table` the store runs, in order (SQLite's trace of the
    statements, their values written in: a row is a parenthesis group of values; a statement
    is traced again for each trigger it runs)."""
    seen: list[int] = []
    last = [""]

    def traced(statement):
        if statement.startswith(f"INSERT INTO {table} ") and statement != last[0]:
            seen.append(statement.count("), (") + 1)
        last[0] = statement

    store.conn.set_trace_callback(traced)
    return seen


def test_new_rows_go_in_several_per_statement_up_to_the_limit(store, make_store, monkeypatch):
    """At most ROWS_PER_STATEMENT rows a statement, and never more parameters than SQLite
    takes: seven rows in threes, then in twos under a limit of two rows' parameters."""
    rows = _events(make_store, 14)
    monkeypatch.setattr(merge_batch, "ROWS_PER_STATEMENT", 3)
    inserts = _inserts(store)
    _merge(store, rows[:7])
    assert inserts == [3, 3, 1]
    inserts.clear()
    store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 2 * len(rows[0]) + 1)
    report, _one_row = _merge(store, rows[7:])
    store.conn.set_trace_callback(None)
    assert inserts == [2, 2, 2, 1]
    assert report.added == 7 and len(_ids(store)) == 14


@pytest.fixture
def two_events(make_store):
    """Another laptop's two events with questions, people and papers (two pairs each)."""
    other = make_store(None)
    for day in ("2024-03-10", "2024-04-10"):
        event_id = add_event(other, "Hari", "Kerinjing", day).id
        save_questions(
            other,
            event_id,
            [Question(1, text="Apa itu TPPO?"), Question(2, max_score=3, text="Siapa?")],
            "id",
        )
        for name, marks in (("Siti", ("1", "2", "2", "3")), ("Ani", ("0", "1", "1", "2"))):
            person = add_participant(other, event_id, validate_person(name, "P"))
            for (test, number), mark in zip(
                (("pre", 1), ("pre", 2), ("post", 1), ("post", 2)), marks, strict=True
            ):
                enter(other, event_id, person.registration_id, test, number, mark, "id")
    return other


def _totals(store):
    return (
        store.execute("SELECT registration_id, test, points, marked FROM paper_totals "
                      "ORDER BY 1, 2").fetchall(),
        store.execute("SELECT event_id, number, test, points FROM question_totals "
                      "ORDER BY 1, 2, 3").fetchall(),
    )  # fmt: skip


def test_cells_go_in_with_their_triggers_off_and_each_event_is_summed_after(
    store, two_events, monkeypatch
):
    """The score cells of a bundle go in without a trigger per cell (the totals' function
    answers 0 while they are written), then each event they belong to is summed once (ids
    looked up one at a time here); the other tables are written with the triggers on."""
    monkeypatch.setattr(merge_batch, "CHUNK", 1)
    tables = collect(two_events, None, include_sensitive=True)[0]
    live = []

    def traced(statement):
        if statement.split()[:2] == ["INSERT", "INTO"] and statement.split()[2] in tables:
            live.append((statement.split()[2], store.totals_live))

    store.conn.set_trace_callback(traced)
    for table in ("events", "people", "registrations", "questions", "scores"):
        report, one_row = _merge(store, tables[table], table=table)
        assert report.added == len(tables[table]) and one_row.calls == []
    store.conn.set_trace_callback(None)
    assert {table: on for table, on in live} == {
        "events": True, "people": True, "registrations": True, "questions": True, "scores": False
    }  # fmt: skip
    assert store.totals_live is True
    assert _totals(store) == _totals(two_events)
    assert len(_totals(store)[1]) == 8  # two events, two questions, two tests


def test_a_refused_batch_of_cells_turns_the_totals_back_on(store, two_events):
    tables = collect(two_events, None, include_sensitive=True)[0]
    report, one_row = _merge(store, tables["scores"][:2], table="scores")  # no registration
    assert len(one_row.calls) == 2 and report.added == 0
    assert store.totals_live is True


def test_a_collection_reads_with_a_larger_cache_then_the_default_again(store):
    """128 MB while a collection runs (SQLite's negative size is in KiB), and its journals
    in memory (temp_store 2); the settings before come back after, also when the collection
    fails."""
    pragmas = "SELECT cache_size, temp_store FROM pragma_cache_size, pragma_temp_store"
    before = store.execute(pragmas).fetchone()
    assert COLLECT_CACHE_KB == 131072 and before[1] != 2
    with larger_cache(store):
        assert store.execute(pragmas).fetchone() == (-131072, 2)
    assert store.execute(pragmas).fetchone() == before
    with pytest.raises(RuntimeError, match="stop"), larger_cache(store, 4096):
        assert store.execute(pragmas).fetchone() == (-4096, 2)
        raise RuntimeError("stop")
    assert store.execute(pragmas).fetchone() == before


def test_the_benchmarks_unchecked_copy_holds_the_bundles_rows_and_totals(
    store, two_events, tmp_path
):
    """`bench programme`'s reference: every synced row of the bundle copied as it is, the
    cells without their triggers (as the merge writes them), the totals summed after, and a
    second copy skipping the rows already there."""
    bundle = tmp_path / "two.kbundle"
    export_bundle(two_events, bundle, include_sensitive=True)
    live = {}

    def traced(statement):
        if statement.startswith("INSERT OR IGNORE INTO"):
            live[statement.split()[4]] = store.totals_live

    store.conn.set_trace_callback(traced)
    copy_unchecked(store, bundle)
    store.conn.set_trace_callback(None)
    assert live == {"events": True, "people": True, "registrations": True, "questions": True,
                    "scores": False}  # fmt: skip
    expected = collect(two_events, None, include_sensitive=True)[0]
    assert collect(store, None, include_sensitive=True)[0] == expected
    assert sum(len(rows) for rows in expected.values()) > 20
    assert _totals(store) == _totals(two_events) and store.totals_live is True
    copy_unchecked(store, bundle)
    assert collect(store, None, include_sensitive=True)[0] == expected
    assert set(expected) == set(SYNCED_TABLES)
