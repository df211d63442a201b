"""A garbage, half-truncated or zero-byte store is moved aside (never deleted), the error
offers the newest good backup, doctor exits 1 and explains, and restore brings the data back."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.backup import make_backup
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.recovery import StoreDamaged, damaged_files


def _damage(path, how):
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(b"this is not a database at all " * 200)
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "zero":
        path.write_bytes(b"")
    elif how == "scrambled":  # header intact, pages overwritten
        path.write_bytes(data[:100] + bytes(range(256)) * ((len(data) - 100) // 256 + 1))
    return data


def _make_store_with_backup(data_dir):
    store = open_store(data_dir)
    for number in range(30):
        add_event(store, f"Acara {number}", "Kerinjing", "2021-09-21")
    make_backup(store, data_dir)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


@pytest.mark.parametrize("how", ["garbage", "truncated", "zero", "scrambled"])
def test_damaged_store_is_moved_aside_and_backup_offered(tmp_path, how):
    _make_store_with_backup(tmp_path)
    db = tmp_path / DB_NAME
    _damage(db, how)
    damaged_bytes = db.read_bytes()
    with pytest.raises(StoreDamaged) as caught:
        open_store(tmp_path)
    error = caught.value
    assert error.moved_to is not None and error.moved_to.read_bytes() == damaged_bytes
    assert error.backup is not None and "restore" in str(error)
    assert not db.exists()
    # Never silently starting empty: the next open asks again until a choice is made.
    with pytest.raises(StoreDamaged):
        open_store(tmp_path)
    assert damaged_files(tmp_path) == [error.moved_to]


def test_doctor_explains_and_restore_brings_the_data_back(cli, make_store):
    _make_store_with_backup(cli.data_dir)
    _damage(cli.data_dir / DB_NAME, "truncated")
    doctor = cli("doctor")
    assert doctor.status == 1
    assert "restore" in doctor.out and "Traceback" not in doctor.out + doctor.err
    other = cli("events")
    assert other.status == 2 and "restore" in other.err
    backup = next((cli.data_dir / "backups").glob("kerinjing-*.db"))
    assert cli("restore", str(backup)).status == 0
    store = make_store(cli.data_dir)
    assert len(list_events(store)) == 30
    store.close()
    assert len(damaged_files(cli.data_dir)) == 1  # still kept


def test_choosing_to_start_empty(tmp_path, make_store):
    _make_store_with_backup(tmp_path)
    _damage(tmp_path / DB_NAME, "garbage")
    with pytest.raises(StoreDamaged):
        open_store(tmp_path)
    store = make_store(tmp_path, allow_fresh=True)
    assert list_events(store) == []
    store.close()
    assert open_store(tmp_path).path is not None


def test_zero_byte_file_without_backups_is_a_new_store(tmp_path, make_store):
    """What a power cut right after creating the file leaves: nothing to lose, start fresh."""
    (tmp_path / DB_NAME).write_bytes(b"")
    store = make_store(tmp_path)
    assert list_events(store) == []


def test_read_only_store_gives_a_clear_message_and_loses_nothing(tmp_path, make_store, monkeypatch):
    """Simulated with a read-only SQLite connection: chmod cannot stop root."""
    import sqlite3

    from kerinjing_desktop.core.store import connection
    from kerinjing_desktop.core.store.integrity import explain

    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    store.close()
    real_connect = sqlite3.connect

    def read_only(path, **kwargs):
        return real_connect(f"file:{path}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", read_only)
    try:
        store = make_store(tmp_path)
    except StoreError as error:  # the WAL cannot be set up read-only: a plain message
        assert "read-only" in str(error).lower() or "hanya-baca" in str(error).lower()
    else:
        with pytest.raises(sqlite3.OperationalError) as caught:
            add_event(store, "Baru", "Kerinjing", "2021-09-22")
        assert "baca" in explain(caught.value) or "read" in explain(caught.value)
        store.close()
    monkeypatch.undo()
    assert not damaged_files(tmp_path)
    store = make_store(tmp_path)
    assert [s.event.title for s in list_events(store)] == ["Tersimpan"]


def test_disk_full_loses_nothing_saved(tmp_path, make_store):
    import sqlite3

    from kerinjing_desktop.core.store.integrity import explain, integrity_check

    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")  # the disk is now "full"
    with pytest.raises(sqlite3.Error) as caught:
        for number in range(500):
            add_event(store, "x" * 2000 + str(number), "Kerinjing", "2021-09-21")
    message = explain(caught.value)
    assert "penuh" in message or "full" in message
    assert integrity_check(store) == "ok"
    store.close()
    store = make_store(tmp_path)
    assert "Tersimpan" in [s.event.title for s in list_events(store)]
