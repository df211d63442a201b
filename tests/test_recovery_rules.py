"""A damaged store at start, rule by rule: which files are refused before SQLite opens them,
the exact words of the error (where the file went, the newest good backup or none), never a
silent empty start after a file was moved aside, and never a move while another program
holds the folder."""

from __future__ import annotations

import os
import sqlite3

import pytest

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import StoreError, dirlock, open_store
from kerinjing_desktop.core.store.backup import make_backup
from kerinjing_desktop.core.store.recovery import (
    StoreDamaged,
    damaged,
    damaged_files,
    guard_open,
)

NO_BACKUP = (
    "There is no good backup. Open the app to start with an empty store, or ask for help to "
    "rescue the damaged file."
)


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _store_with_backup(data_dir):
    store = open_store(data_dir)
    info = make_backup(store, data_dir)
    store.close()
    return info


def _backup_line(info) -> str:
    return (
        f"The newest good backup is from {info.taken_at.strftime('%Y-%m-%d %H:%M UTC')}. Open "
        f"the app to use it, or run: kerinjing-desktop restore {info.path}"
    )


def test_a_file_that_is_not_sqlite_is_moved_aside_and_said_so(tmp_path):
    """Without a backup: three lines, the reason, where the file went, and the way on."""
    db = tmp_path / DB_NAME
    db.write_bytes(b"not a database" * 10)
    with pytest.raises(StoreDamaged) as caught:
        guard_open(tmp_path, allow_fresh=False)
    error = caught.value
    assert error.moved_to is not None and error.moved_to.read_bytes() == b"not a database" * 10
    assert error.moved_to.parent == tmp_path
    assert error.moved_to.name.startswith(f"{DB_NAME}.damaged-")
    assert str(error).split("\n") == [
        "The data file is damaged (not a SQLite file).",
        f"It was moved aside to {error.moved_to}; nothing was deleted.",
        NO_BACKUP,
    ]
    assert error.backup is None and not db.exists()
    assert not dirlock.holds(tmp_path)  # the moment's hold on the folder was given back


def test_an_emptied_store_beside_backups_is_damage_and_the_backup_is_offered(tmp_path):
    info = _store_with_backup(tmp_path)
    (tmp_path / DB_NAME).write_bytes(b"")
    with pytest.raises(StoreDamaged) as caught:
        guard_open(tmp_path, allow_fresh=False)
    error = caught.value
    assert str(error).split("\n") == [
        "The data file is damaged (the file is empty (0 bytes)).",
        f"It was moved aside to {error.moved_to}; nothing was deleted.",
        _backup_line(info),
    ]
    assert error.backup == info.path


def test_an_empty_file_without_backups_and_a_real_store_pass(tmp_path):
    """A zero-byte file with no backups is a store that was just being made; a SQLite file is
    left to SQLite."""
    db = tmp_path / DB_NAME
    db.write_bytes(b"")
    assert guard_open(tmp_path, allow_fresh=False) is None
    assert db.exists()
    db.unlink()
    open_store(tmp_path).close()
    assert guard_open(tmp_path, allow_fresh=False) is None
    assert db.exists() and damaged_files(tmp_path) == []


def test_no_silent_empty_start_after_a_file_was_moved_aside(tmp_path):
    """The store is gone and a damaged one lies beside: refused until the facilitator chose
    to start empty; the error names no new move."""
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 20)
    with pytest.raises(StoreDamaged):
        guard_open(tmp_path, allow_fresh=False)
    with pytest.raises(StoreDamaged) as again:
        guard_open(tmp_path, allow_fresh=False)
    assert again.value.moved_to is None
    assert str(again.value).split("\n") == [
        "The data file is damaged (moved aside earlier; not yet replaced).",
        NO_BACKUP,
    ]
    assert guard_open(tmp_path, allow_fresh=True) is None
    assert guard_open(tmp_path / "elsewhere", allow_fresh=False) is None  # nothing there


def test_damaged_files_are_listed_newest_first_without_companions(tmp_path):
    names = [
        f"{DB_NAME}.damaged-20261201-080000-000001",
        f"{DB_NAME}.damaged-20261203-080000-000001",
        f"{DB_NAME}.damaged-20261203-080000-000001-wal",
        f"{DB_NAME}.damaged-20261202-080000-000001-shm",
        f"{DB_NAME}.before-restore-20261204-080000-000001",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in damaged_files(tmp_path)] == [names[1], names[0]]


def test_a_store_held_by_another_program_is_not_moved(tmp_path):
    """Another program has the folder (and the file open): the error says the file is
    damaged and who holds the folder; the file stays where it is."""
    import fcntl

    if os.name != "posix":
        pytest.skip("plays the other program with flock")
    db = tmp_path / DB_NAME
    db.write_bytes(b"garbage" * 20)
    fd = os.open(tmp_path / dirlock.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, b'{"program": "scores set", "pid": 4242, "since": "x"}\n')
        error = damaged(tmp_path, "broken")
    finally:
        os.close(fd)
    assert type(error) is StoreError
    assert str(error) == (
        "The data file is damaged (broken).\nThe data in "
        f"{tmp_path} is in use by the command `kerinjing-desktop scores set` (process 4242, "
        "since ?). Nothing was changed. Wait until it has finished, then try again."
    )
    assert db.exists() and damaged_files(tmp_path) == []


def test_the_holder_moves_the_file_and_keeps_its_hold(tmp_path):
    """The window holds the folder: it moves the file itself and still holds the folder."""
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 20)
    hold = dirlock.acquire(tmp_path, "window")
    try:
        error = damaged(tmp_path, "broken")
        assert isinstance(error, StoreDamaged) and error.moved_to is not None
        assert dirlock.holds(tmp_path)
    finally:
        hold.release()
    assert not dirlock.holds(tmp_path)


def test_open_store_moves_a_file_sqlite_finds_damaged(tmp_path):
    """A file with SQLite's header whose pages are garbage: SQLite's own check finds it, and
    it is moved aside the same way."""
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    data = db.read_bytes()
    db.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    with pytest.raises(StoreDamaged) as caught:
        open_store(tmp_path)
    assert caught.value.moved_to is not None and not db.exists()
    assert str(caught.value).startswith("The data file is damaged (")


def test_even_one_byte_that_is_not_sqlite_is_refused_before_sqlite_opens_it(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"x")
    with pytest.raises(StoreDamaged) as caught:
        guard_open(tmp_path, allow_fresh=False)
    assert str(caught.value).startswith("The data file is damaged (not a SQLite file).\n")
