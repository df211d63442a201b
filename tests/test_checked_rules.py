"""The damage check remembered for one state of the store's file (core/store/checked.py), rule
by rule: a reading open that asks for it remembers an "ok" check, trusts it only for the very
same file (a store damaged after the check is still refused at open), never while the
write-ahead log holds pages, never for a writer, and never from a memory it did not write."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import pytest
from damage_support import scramble_table

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store import checked as memory
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.recovery import StoreDamaged

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A closed store with one event (its write-ahead log folded in by the close)."""
    store = open_store(tmp_path)
    add_event(store, "Hari pertama", "Kerinjing", "2026-03-02")
    store.close()
    return tmp_path


def test_a_reading_open_remembers_its_ok_check_for_the_files_state(data_dir):
    db = data_dir / DB_NAME
    open_store(data_dir).close()
    assert not memory.memory_path(db).exists()  # only an open that asks remembers
    open_store(data_dir, remembered=True).close()
    saved = json.loads(memory.memory_path(db).read_text(encoding="utf-8"))
    state = memory.state(db)
    assert state is not None and saved == dataclasses.asdict(state)
    assert state.size == db.stat().st_size
    assert bytes.fromhex(state.header) == db.read_bytes()[:100]  # SQLite's header, whole
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.size = 0  # type: ignore[misc]


def test_a_store_damaged_after_the_remembered_check_is_refused_at_open(data_dir):
    db = data_dir / DB_NAME
    open_store(data_dir, remembered=True).close()
    scramble_table(db, "events")
    with pytest.raises(StoreDamaged) as refused:
        open_store(data_dir, remembered=True)
    assert str(refused.value).startswith("The data file is damaged (")
    assert refused.value.moved_to is not None and not db.exists()


def test_only_a_reading_open_that_asks_skips_the_check_of_a_remembered_state(data_dir):
    """A memory forged for a damaged file shows that the check is skipped for the remembered
    state, and only there: a plain open and a writer (owner) still check, and refuse."""
    db = data_dir / DB_NAME
    scramble_table(db, "events")
    memory.remember(db, memory.state(db))
    opened = open_store(data_dir, remembered=True)  # the check skipped: the open succeeds
    try:
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            list_events(opened)
    finally:
        opened.close()
    with pytest.raises(StoreError, match="damaged"):
        open_store(data_dir, owner="scores set", remembered=True)


def test_a_plain_open_also_checks_a_remembered_state(data_dir):
    db = data_dir / DB_NAME
    scramble_table(db, "events")
    memory.remember(db, memory.state(db))
    with pytest.raises(StoreDamaged):
        open_store(data_dir)


@pytest.mark.parametrize("field", [field.name for field in dataclasses.fields(memory.FileState)])
def test_every_part_of_the_files_state_must_be_the_same(data_dir, field):
    db = data_dir / DB_NAME
    open_store(data_dir, remembered=True).close()
    now = memory.state(db)
    assert now is not None and memory.is_remembered(db, now)
    other = "00" if field == "header" else getattr(now, field) + 1
    assert not memory.is_remembered(db, dataclasses.replace(now, **{field: other}))


def test_a_write_ahead_log_with_pages_is_never_trusted(data_dir):
    """While a writer's pages wait in the -wal file, they would be read unchecked: no state,
    so nothing is trusted or remembered, even with a memory of the main file."""
    db = data_dir / DB_NAME
    open_store(data_dir, remembered=True).close()
    writer = open_store(data_dir, owner="window")
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        add_event(writer, "Hari kedua", "Kerinjing", "2026-03-03")
        assert os.stat(f"{db}-wal").st_size > 0
        assert memory.state(db) is None
        assert memory.is_remembered(db, memory.state(db)) is False
        memory.forget(db)
        reader = open_store(data_dir, remembered=True)
        assert len(list_events(reader)) == 2
        reader.close()
        assert not memory.memory_path(db).exists()
    finally:
        writer.close()


def test_a_check_is_not_remembered_when_the_file_changed_meanwhile(data_dir):
    db = data_dir / DB_NAME
    before = memory.state(db)
    assert before is not None
    store = open_store(data_dir)
    add_event(store, "Hari kedua", "Kerinjing", "2026-03-03")
    store.close()
    memory.remember(db, before)
    assert not memory.memory_path(db).exists()
    memory.remember(db, None)
    assert not memory.memory_path(db).exists()


@pytest.mark.parametrize("saved", ["not json", '{"size": 1}', "[1, 2]", ""])
def test_a_memory_it_did_not_write_is_ignored_and_written_again(data_dir, saved):
    db = data_dir / DB_NAME
    memory.memory_path(db).write_text(saved, encoding="utf-8")
    assert memory.is_remembered(db, memory.state(db)) is False
    open_store(data_dir, remembered=True).close()
    assert memory.is_remembered(db, memory.state(db))


def test_forgetting_removes_the_memory_and_a_missing_file_has_no_state(tmp_path, data_dir):
    db = data_dir / DB_NAME
    open_store(data_dir, remembered=True).close()
    memory.forget(db)
    assert not memory.memory_path(db).exists()
    memory.forget(db)  # already gone: nothing to say
    assert memory.state(tmp_path / "nothing" / DB_NAME) is None


def test_opening_leaves_the_files_status_as_it_was(data_dir):
    """Opening sets the store's mode only when it is not private already: a chmod every time
    would move the status-change time, and no remembered check would ever match."""
    db = data_dir / DB_NAME
    before = db.stat()
    open_store(data_dir).close()
    after = db.stat()
    assert (after.st_ctime_ns, after.st_mtime_ns) == (before.st_ctime_ns, before.st_mtime_ns)
    db.chmod(0o644)
    open_store(data_dir).close()
    assert db.stat().st_mode & 0o777 == 0o600
