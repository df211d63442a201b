"""What a backup or a restore refuses, and says why in words: a missing file, a file that is
not SQLite, a store whose pages disagree with its indexes, a file of another program or of a
newer app version, a damaged backup passed over for an older good one; what a power cut
leaves behind is cleaned up, and a store moved aside keeps its -wal (its last edits)."""

from __future__ import annotations

import sqlite3

import pytest

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import backup as backup_module
from kerinjing_desktop.core.store import open_store, swap
from kerinjing_desktop.core.store.backup import (
    BackupError,
    backup_dir,
    list_backups,
    make_backup,
    move_aside,
    newest_good_backup,
    prune,
    verify_file,
)
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.restore import RestoreError, restore_backup
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _closed_store(folder, title="Tersimpan"):
    store = open_store(folder)
    add_event(store, title, "Kerinjing", "2021-09-21")
    store.close()
    return folder / DB_NAME


def make_index_disagree(path):
    """Pages that read as SQLite but whose index lists other values than its table holds."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE extra(a, b)")
    conn.execute("CREATE INDEX extra_a ON extra(a)")
    conn.executemany("INSERT INTO extra VALUES (?, ?)", [(n, -n) for n in range(40)])
    conn.commit()
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX extra_a ON extra(b)' "
                 "WHERE name = 'extra_a'")  # fmt: skip
    conn.commit()
    conn.close()


def test_verify_says_why_a_file_is_not_a_usable_store(tmp_path):
    missing = tmp_path / "gone.db"
    assert verify_file(missing) == f"{missing} does not exist."
    text = tmp_path / "notes.txt"
    text.write_text("Catatan FGD, bukan data\n" * 20, encoding="utf-8")
    assert verify_file(text) == f"{text} is not a Kerinjing data file (not SQLite)."
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs(title TEXT)")
    conn.commit()
    conn.close()
    assert verify_file(other) == f"{other} is not a Kerinjing data file."


def test_verify_refuses_a_store_whose_index_disagrees_with_its_rows(tmp_path):
    path = _closed_store(tmp_path / "data")
    assert verify_file(path) is None
    make_index_disagree(path)
    problem = verify_file(path)
    assert problem is not None
    assert problem.startswith(f"{path} is damaged: ") and "extra_a" in problem


def test_verify_refuses_a_store_of_a_newer_app_and_of_version_0(tmp_path):
    path = _closed_store(tmp_path / "data")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # verify reads the main file alone
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    assert verify_file(path) == f"{path} was made by a newer Kerinjing Desktop. Update the app."
    conn.execute("PRAGMA user_version = 0")  # an events table alone does not make a store
    conn.commit()
    conn.close()
    assert verify_file(path) == f"{path} is not a Kerinjing data file."


def test_a_backup_that_fails_its_check_is_not_kept(tmp_path, make_store, monkeypatch):
    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    monkeypatch.setattr(backup_module, "verify_file", lambda path: "the copy is short")
    with pytest.raises(BackupError) as caught:
        make_backup(store, tmp_path)
    store.close()
    assert str(caught.value) == "The new backup failed its check: the copy is short"
    assert list_backups(tmp_path) == []
    assert list(backup_dir(tmp_path).iterdir()) == []  # no half-checked file either


def test_the_newest_good_backup_passes_over_a_damaged_one(tmp_path, make_store):
    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    older = make_backup(store, tmp_path)
    newer = make_backup(store, tmp_path)
    store.close()
    assert newest_good_backup(tmp_path) == newer
    newer.path.write_bytes(b"\0" * 4096)  # a stick pulled out half-way
    assert newest_good_backup(tmp_path) == older
    older.path.unlink()
    assert newest_good_backup(tmp_path) is None


def test_prune_removes_what_a_power_cut_left_half_written(tmp_path, make_store):
    store = make_store(tmp_path)
    kept = make_backup(store, tmp_path)
    store.close()
    half = backup_dir(tmp_path) / f".{kept.path.name}.0a1b2c3d.partial"
    half.write_bytes(b"SQLite format 3\0 half")
    assert [b.path for b in list_backups(tmp_path)] == [kept.path]  # never listed
    prune(tmp_path)
    assert not half.exists() and kept.path.exists()


def test_move_aside_keeps_the_wal_beside_the_store_and_deletes_nothing(tmp_path):
    assert move_aside(tmp_path, "damaged") is None  # no store: nothing to move
    db = _closed_store(tmp_path)
    stored = db.read_bytes()
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"the last edits")
    moved = move_aside(tmp_path, "damaged")
    assert moved is not None and moved.name.startswith(f"{DB_NAME}.damaged-")
    assert moved.read_bytes() == stored
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"the last edits"
    assert sorted(p.name for p in tmp_path.glob(f"{DB_NAME}*")) == sorted(
        [moved.name, moved.name + "-wal"]
    )


def test_restore_refuses_a_missing_file_a_text_file_and_the_store_itself(tmp_path):
    live = _closed_store(tmp_path / "data")
    before = live.read_bytes()
    missing = tmp_path / "gone.db"
    with pytest.raises(RestoreError, match=r"^Not restored: .*gone\.db does not exist\.$"):
        restore_backup(tmp_path / "data", missing)
    text = tmp_path / "notes.txt"
    text.write_text("bukan data\n" * 50, encoding="utf-8")
    with pytest.raises(RestoreError, match=r"notes\.txt is not a Kerinjing data file \(not SQLite"):
        restore_backup(tmp_path / "data", text)
    with pytest.raises(RestoreError, match=r"kerinjing\.db is the data file in use\.$"):
        restore_backup(tmp_path / "data", live)
    assert live.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "data").iterdir() if p.name.startswith(DB_NAME)) == [
        DB_NAME
    ]


def test_restore_refuses_a_damaged_backup_and_keeps_the_store(tmp_path, make_store):
    live = _closed_store(tmp_path / "data", title="Data hari ini")
    source = _closed_store(tmp_path / "old", title="Cadangan")
    make_index_disagree(source)
    with pytest.raises(RestoreError) as caught:
        restore_backup(tmp_path / "data", source)
    assert str(caught.value).startswith("Not restored: ") and "is damaged" in str(caught.value)
    store = make_store(live.parent)
    assert [e.event.title for e in list_events(store)] == ["Data hari ini"]
    store.close()
    assert not (live.parent / swap.PARTIAL).exists() and not (live.parent / swap.CANDIDATE).exists()
