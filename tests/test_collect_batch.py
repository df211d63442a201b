"""Collecting several bundles per transaction (core/store/collect_batch.py, through
core/bundle_plan.collect_bundles): each bundle whole or not at all inside a shared
transaction, what is told matches what the store holds, commits every few bundles, and the
backup taken only before the first bundle that changes anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kerinjing_desktop.core import bundle_plan
from kerinjing_desktop.core.bundle_plan import collect_bundles
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import collect_batch
from kerinjing_desktop.core.store.backup import list_backups
from kerinjing_desktop.core.store.sync import collect


@pytest.fixture
def usb(tmp_path) -> list[Path]:
    """Four laptops' bundles, one event each (none shared)."""
    return write_programme(tmp_path / "usb", 4, 1, 8)


def _snapshot(store) -> dict:
    tables, deletions = collect(store, None, include_sensitive=True)
    return {name: sorted(map(str, rows)) for name, rows in tables.items()} | {
        "deletions": sorted(map(str, deletions))
    }


def _events(path: Path) -> int:
    """Events in the store file as another program sees it (only what is committed)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def _failing_on(name: str, error: BaseException, roll_back_all: bool = False):
    """The real merge, that fails after writing the bundle called `name` (optionally
    rolling the whole transaction back first, as SQLite does on a full disk)."""
    real = bundle_plan.merge

    def merge(store, rows, deletions, *args, **kwargs):
        report = real(store, rows, deletions, *args, **kwargs)
        if any(table == "events" and row["title"] == name for table, row in rows):
            if roll_back_all:
                store.execute("ROLLBACK")
            raise error
        return report

    return merge


def _title(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        data = conn.execute("SELECT data FROM rows WHERE table_name = 'events'").fetchone()[0]
    finally:
        conn.close()
    import json

    return str(json.loads(data)["title"])


def test_a_bundle_refused_in_the_middle_of_a_batch_leaves_the_others_whole(
    usb, make_store, monkeypatch, english
):
    """The third bundle's rows are written, then SQLite refuses it: it is rolled back alone,
    the bundles before and after it in the same transaction are in, as if it was not given."""
    alone = make_store("alone")
    collect_bundles(alone, [usb[0], usb[1], usb[3]])
    monkeypatch.setattr(
        bundle_plan, "merge", _failing_on(_title(usb[2]), sqlite3.IntegrityError("refused"))
    )
    store = make_store("office")
    told = []
    outcomes = collect_bundles(store, usb, lambda *said: told.append(said))
    assert [c.report is not None for c in outcomes] == [True, True, False, True]
    assert outcomes[2].refused.startswith(f"The bundle {usb[2]} was not merged, nothing changed: ")
    assert outcomes[2].refused.endswith("refused")
    assert [c for _d, _t, c in told] == outcomes
    assert not store.conn.in_transaction
    assert _snapshot(store) == _snapshot(alone)


def test_a_transaction_sqlite_rolled_back_is_told_again_for_each_bundle_in_it(
    usb, make_store, monkeypatch, english
):
    """A full disk ends the whole transaction: the bundles merged in it before are told
    again as not merged (the store does not hold them), the next bundles go on."""
    monkeypatch.setattr(
        bundle_plan,
        "merge",
        _failing_on(_title(usb[2]), sqlite3.OperationalError("disk full"), roll_back_all=True),
    )
    store = make_store("office")
    told = []
    outcomes = collect_bundles(store, usb, lambda *said: told.append(said))
    assert [c.report is not None for c in outcomes] == [False, False, False, True]
    for bundle, outcome in zip(usb[:3], outcomes, strict=False):
        said = f"The bundle {bundle} was not merged, nothing changed: "
        assert outcome.refused.startswith(said) and outcome.refused.endswith("disk full")
    said = [(done, c.path.name, c.report is not None) for done, _total, c in told]
    assert said == [
        (1, usb[0].name, True),
        (2, usb[1].name, True),
        (1, usb[0].name, False),  # told again: not in the store after all
        (2, usb[1].name, False),
        (3, usb[2].name, False),
        (4, usb[3].name, True),
    ]
    assert _events(store.path) == 1


def test_a_commit_that_fails_tells_every_bundle_of_its_batch_not_merged(
    usb, make_store, monkeypatch, english
):
    """COMMIT itself refused (here a foreign key checked only at commit): the batch is
    rolled back whole, and its bundles, told merged, are told again as not merged."""
    real = bundle_plan.merge
    title = _title(usb[1])

    def merge(store, rows, deletions, *args, **kwargs):
        report = real(store, rows, deletions, *args, **kwargs)
        if any(table == "events" and row["title"] == title for table, row in rows):
            store.execute("PRAGMA defer_foreign_keys = ON")
            store.execute(
                "INSERT INTO notes (id, created_at, updated_at, device_id, event_id, kind, "
                "body) VALUES (?, ?, ?, ?, ?, 'finding', 'x')",
                ["0" * 36, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", "d", "none"],
            )
        return report

    monkeypatch.setattr(bundle_plan, "merge", merge)
    monkeypatch.setattr(collect_batch, "BUNDLES", 2)
    store = make_store("office")
    told = []
    outcomes = collect_bundles(store, usb, lambda *said: told.append(said))
    assert [c.report is not None for c in outcomes] == [False, False, True, True]
    assert outcomes[0].refused.startswith(f"The bundle {usb[0]} was not merged, nothing changed: ")
    assert [(done, c.report is not None) for done, _total, c in told] == [
        (1, True),
        (1, False),
        (2, False),
        (3, True),
        (4, True),
    ]  # fmt: skip: the second filled the batch, whose commit failed before it was told
    assert _events(store.path) == 2 and not store.conn.in_transaction


def test_bundles_are_committed_a_batch_at_a_time(usb, make_store, monkeypatch):
    """At most BUNDLES bundles (or ROWS rows) wait for a commit: another program sees the
    bundles of each finished batch, never a bundle of the open one, and all at the end."""
    monkeypatch.setattr(collect_batch, "BUNDLES", 2)
    store = make_store("office")
    seen = []
    collect_bundles(store, usb, lambda done, _total, _c: seen.append((done, _events(store.path))))
    assert seen == [(1, 0), (2, 2), (3, 2), (4, 4)]
    monkeypatch.setattr(collect_batch, "ROWS", 1)  # any bundle fills a batch alone
    seen.clear()
    other = make_store("other")
    collect_bundles(other, usb[:2], lambda done, _total, _c: seen.append(_events(other.path)))
    assert seen == [1, 2]


def test_an_interrupted_collection_keeps_the_bundles_merged_before_it(usb, make_store, monkeypatch):
    """Ctrl+C twice (KeyboardInterrupt) while the third bundle merges: it is rolled back,
    the two before it, merged in the same transaction and told, are committed."""
    monkeypatch.setattr(bundle_plan, "merge", _failing_on(_title(usb[2]), KeyboardInterrupt()))
    store = make_store("office")
    told = []
    with pytest.raises(KeyboardInterrupt):
        collect_bundles(store, usb, lambda *said: told.append(said))
    assert [done for done, _total, _c in told] == [1, 2]
    assert not store.conn.in_transaction
    assert _events(store.path) == 2


def test_a_bundle_left_half_merged_by_an_interruption_is_rolled_back_before_the_commit(
    usb, make_store
):
    """An interruption can land between a failed bundle's statements and its rollback: the
    commit that keeps the bundles before it rolls that bundle back first."""
    store = make_store("office")
    collect_bundles(store, usb[:1])
    batch = collect_batch.Batch(store)
    with batch.bundle(1):
        store.execute("UPDATE events SET title = 'kept'")
    batch._inside = True  # as if interrupted inside the next bundle, before its rollback
    store.execute(f"SAVEPOINT {collect_batch.SAVEPOINT}")
    store.execute("UPDATE events SET title = 'half'")
    batch.commit()
    assert store.execute("SELECT title FROM events").fetchone()[0] == "kept"
    assert not store.conn.in_transaction


def test_collecting_what_is_already_there_takes_no_backup(usb, make_store, tmp_path):
    store = make_store("office")
    collect_bundles(store, usb)
    assert len(list_backups(tmp_path / "office")) == 1
    before = _snapshot(store)
    again = collect_bundles(store, [*reversed(usb), *usb])
    assert all(c.report is not None and c.report.changed == 0 for c in again)
    assert len(list_backups(tmp_path / "office")) == 1  # nothing to keep a copy of
    assert _snapshot(store) == before


def test_the_backup_comes_before_the_first_bundle_that_changes_anything(usb, make_store, tmp_path):
    """Bundles already merged first, then new ones: one backup, holding the store as it was
    before the first new bundle; everything merged after it."""
    store = make_store("office")
    collect_bundles(store, usb[:2])
    for backup in list_backups(tmp_path / "office"):
        backup.path.unlink()
    outcomes = collect_bundles(store, usb)
    assert [c.report.added > 0 for c in outcomes] == [False, False, True, True]
    [backup] = list_backups(tmp_path / "office")
    assert _events(backup.path) == 2
    assert _events(store.path) == 4


def test_a_merge_that_brings_nothing_new_changes_no_row(usb, make_store):
    """What lets a collection skip the backup: merging a bundle already held writes nothing
    (its events' next participant code is written only when it must grow)."""
    store = make_store("office")
    collect_bundles(store, usb)
    before = store.conn.total_changes
    for path in usb:
        [outcome] = collect_bundles(store, [path])
        assert outcome.report is not None and outcome.report.unchanged > 0
    assert store.conn.total_changes == before


def test_a_batch_is_full_at_its_limits_and_empty_again_after_a_commit(usb, make_store):
    """10 bundles or 60,000 rows a transaction; full at either limit reached, counted from
    nothing again after each commit; the batch's transaction begun by its first bundle and
    each bundle's savepoint released (or rolled back and released) when it ends."""
    assert (collect_batch.BUNDLES, collect_batch.ROWS) == (10, 60_000)
    store = make_store("office")
    collect_bundles(store, usb[:1])
    batch = collect_batch.Batch(store)
    batch.limit_bundles, batch.limit_rows = 3, 10
    no_savepoint = pytest.raises(sqlite3.OperationalError, match="no such savepoint")
    for _round in range(2):
        with batch.bundle(9):
            store.execute("UPDATE events SET title = 'satu'")
        assert store.conn.in_transaction and not batch.full
        with no_savepoint:
            store.execute(f"ROLLBACK TO {collect_batch.SAVEPOINT}")
        with pytest.raises(RuntimeError), batch.bundle(5):
            store.execute("UPDATE events SET title = 'ditolak'")
            raise RuntimeError
        with no_savepoint:
            store.execute(f"ROLLBACK TO {collect_batch.SAVEPOINT}")
        with batch.bundle(1):
            pass
        assert batch.full  # 10 rows (two bundles)
        batch.commit()
        assert not store.conn.in_transaction
    assert store.execute("SELECT title FROM events").fetchone()[0] == "satu"
    batch.limit_bundles, batch.limit_rows = 2, 100
    for expected in (False, True, False):
        with batch.bundle(1):
            pass
        assert batch.full is expected  # two bundles
        if expected:
            batch.commit()


def test_a_batch_commits_only_its_own_transaction(make_store):
    store = make_store("office")
    store.execute("BEGIN")
    collect_batch.Batch(store).commit()  # nothing merged: someone else's stays open
    assert store.conn.in_transaction
    store.execute("ROLLBACK")


def test_an_interruption_inside_a_bundles_rollback_still_leaves_it_out(usb, make_store):
    """Ctrl+C can land while a failing bundle is being rolled back to its savepoint: the
    commit that keeps the bundles before it finishes that rollback first."""
    store = make_store("office")
    collect_bundles(store, usb[:1])
    real = store.execute
    interrupted = []

    def execute(sql, parameters=()):
        if sql.startswith("ROLLBACK TO") and not interrupted:
            interrupted.append(sql)
            raise KeyboardInterrupt
        return real(sql, parameters)

    store.execute = execute
    batch = collect_batch.Batch(store)
    with batch.bundle(1):
        store.execute("UPDATE events SET title = 'kept'")
    with pytest.raises(KeyboardInterrupt), batch.bundle(1):
        store.execute("UPDATE events SET title = 'half'")
        raise RuntimeError("refused")
    batch.commit()
    assert interrupted and store.execute("SELECT title FROM events").fetchone()[0] == "kept"
