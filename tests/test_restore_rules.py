"""Restore's rules, each pinned: what it refuses before touching anything and in which words,
a source SQLite cannot read in place, what it keeps and in what shape, and nothing left
behind when it stops."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import open_store, restore, swap
from kerinjing_desktop.core.store.backup import make_backup
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.restore import (
    RestoreError,
    check_candidate,
    restore_backup,
    schema_problems,
)


def _titles(data_dir):
    store = open_store(data_dir)
    try:
        return sorted(s.event.title for s in list_events(store))
    finally:
        store.close()


def _store_with(data_dir, *titles):
    store = open_store(data_dir)
    for title in titles:
        add_event(store, title, "Kerinjing", "2021-09-21")
    return store


def _backup_of(tmp_path, *titles):
    """A backup file holding events `titles`, made in a data dir of its own."""
    store = _store_with(tmp_path / "source", *titles)
    made = make_backup(store, tmp_path / "source").path
    store.close()
    return made


def _refused(data_dir, source) -> str:
    with pytest.raises(RestoreError) as refused:
        restore_backup(data_dir, source)
    return str(refused.value)


def test_what_is_refused_before_anything_is_touched_says_why(tmp_path):
    """A missing file, a file that is not SQLite, the store in use itself: refused in words
    that name the file, and the store is as it was with nothing left beside it."""
    i18n.set_language("en")
    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    text = tmp_path / "catatan.db"
    text.write_text("bukan basis data " * 50)
    live = data_dir / DB_NAME
    assert _refused(data_dir, tmp_path / "hilang.db") == (
        f"Not restored: {tmp_path / 'hilang.db'} does not exist."
    )
    assert _refused(data_dir, text) == (
        f"Not restored: {text} is not a Kerinjing data file (not SQLite)."
    )
    assert _refused(data_dir, live) == f"Not restored: {live} is the data file in use."
    assert _titles(data_dir) == ["Sekarang"]
    assert not swap.leftovers(data_dir)


def test_restoring_into_a_folder_without_a_store_keeps_nothing_aside(tmp_path):
    """On a new laptop there is no store yet: the backup becomes the store, private (0600),
    and nothing is kept aside (None)."""
    backup = _backup_of(tmp_path, "Dari cadangan")
    data_dir = tmp_path / "new"
    assert restore_backup(data_dir, backup) is None
    assert not swap.leftovers(data_dir)
    if os.name == "posix":
        assert stat.S_IMODE((data_dir / DB_NAME).stat().st_mode) == 0o600
    assert _titles(data_dir) == ["Dari cadangan"]


def test_the_copy_is_private_from_its_first_byte(tmp_path, monkeypatch):
    """SQLite writes the copy into a file made 0600 before the first page goes in: the
    names in it are never readable by other users of the laptop, not even for a moment."""
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    backup = _backup_of(tmp_path, "Dari cadangan")
    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    modes = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if str(target).endswith(swap.PARTIAL):
            modes.append(stat.S_IMODE(os.stat(target).st_mode))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(restore.sqlite3, "connect", connect)
    restore_backup(data_dir, backup)
    monkeypatch.undo()
    assert modes == [0o600]
    assert stat.S_IMODE((data_dir / DB_NAME).stat().st_mode) == 0o600


def test_the_store_kept_aside_is_one_file_in_rollback_mode(tmp_path):
    """The store a restore replaces is checkpointed and taken out of WAL mode before it is
    moved: the file kept aside opens alone, with every event, and never needs a -wal."""
    data_dir = tmp_path / "data"
    store = _store_with(data_dir, "Lama")
    store.execute("PRAGMA wal_autocheckpoint=0")
    add_event(store, "Di WAL saja", "Kerinjing", "2021-10-01")
    assert (data_dir / DB_NAME).read_bytes()[18:20] == b"\x02\x02"
    store.close()
    aside = restore_backup(data_dir, _backup_of(tmp_path, "Dari cadangan"))
    assert aside.name.startswith(f"{DB_NAME}.{swap.ASIDE_LABEL}-")
    assert aside.read_bytes()[18:20] == b"\x01\x01"
    conn = sqlite3.connect(f"{aside.as_uri()}?mode=ro&immutable=1", uri=True)
    assert sorted(r[0] for r in conn.execute("SELECT title FROM events")) == [
        "Di WAL saja",
        "Lama",
    ]
    conn.close()
    assert _titles(data_dir) == ["Dari cadangan"]


def test_a_source_sqlite_cannot_read_in_place_is_read_from_a_private_copy(tmp_path, monkeypatch):
    """A stick holding a store and its -wal but no -shm, read-only: SQLite cannot open it in
    place. The main file and its -wal are copied and read together, so what was committed
    only in the -wal comes along; the source is not changed."""
    source_dir = tmp_path / "stick"
    store = _store_with(source_dir, "Di berkas utama")
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.execute("PRAGMA wal_autocheckpoint=0")
    add_event(store, "Di WAL saja", "Kerinjing", "2021-10-01")
    source = tmp_path / "copied" / DB_NAME
    source.parent.mkdir()
    for suffix in ("", "-wal"):  # what a person copying the folder takes along
        (source.parent / (DB_NAME + suffix)).write_bytes(
            (source_dir / (DB_NAME + suffix)).read_bytes()
        )
    store.close()
    before = {p.name: p.read_bytes() for p in source.parent.iterdir()}
    real_connect = sqlite3.connect

    def stick(target, *args, **kwargs):
        if str(target).startswith(source.parent.resolve().as_uri()):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(restore.sqlite3, "connect", stick)
    data_dir = tmp_path / "data"
    restore_backup(data_dir, source)
    monkeypatch.undo()
    assert _titles(data_dir) == ["Di WAL saja", "Di berkas utama"]
    assert {p.name: p.read_bytes() for p in source.parent.iterdir()} == before


def test_a_source_without_a_wal_is_read_from_a_private_copy_too(tmp_path, monkeypatch):
    backup = _backup_of(tmp_path, "Dari cadangan")
    real_connect = sqlite3.connect

    def stick(target, *args, **kwargs):
        if str(target).startswith(backup.parent.resolve().as_uri()):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(restore.sqlite3, "connect", stick)
    restore_backup(tmp_path / "data", backup)
    monkeypatch.undo()
    assert _titles(tmp_path / "data") == ["Dari cadangan"]


def test_a_full_disk_before_the_swap_leaves_the_store_and_no_copy(tmp_path, monkeypatch):
    """The disk fills while the journal is written, before anything was renamed: the store
    is as it was, the checked copy is removed, and the message gives the reason."""
    i18n.set_language("en")
    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    backup = _backup_of(tmp_path, "Dari cadangan")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(restore, "write_text", full)
    message = _refused(data_dir, backup)
    monkeypatch.undo()
    assert message.startswith("Not restored: ") and len(message) > len("Not restored: ")
    assert _titles(data_dir) == ["Sekarang"]
    assert not swap.leftovers(data_dir) and not swap.pending(data_dir)


def test_a_refused_candidate_leaves_no_half_copy(tmp_path):
    """A file that fails the check (here: made by a newer version) is refused and its copy
    in the data folder removed."""
    i18n.set_language("en")
    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    newer = _backup_of(tmp_path, "Masa depan")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 9999")
    conn.commit()
    conn.close()
    message = _refused(data_dir, newer)
    assert message.startswith("Not restored: ") and "newer Kerinjing Desktop" in message
    assert not swap.pending(data_dir) and not swap.leftovers(data_dir)
    assert _titles(data_dir) == ["Sekarang"]


def test_a_file_that_does_not_migrate_or_lacks_parts_is_named_with_what_is_wrong(tmp_path):
    """`check_candidate` names the file and the reason: a migration step that fails, or the
    tables and columns a new store has and this one lacks (after migrating)."""
    i18n.set_language("en")
    work = tmp_path / "work"
    work.mkdir()
    lacking = _backup_of(tmp_path, "Acara")
    conn = sqlite3.connect(lacking)
    conn.execute("DROP TABLE certificates")
    conn.execute("ALTER TABLE events DROP COLUMN venue")
    conn.commit()
    conn.close()
    problem = check_candidate(lacking, work)
    assert problem.startswith(f"{lacking} cannot be used by this version of the app: ")
    assert "table certificates is missing" in problem
    assert "table events lacks the columns venue" in problem

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE events (id TEXT)")  # a schema-1 store that is not one
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    problem = check_candidate(old, work)
    assert problem.startswith(f"{old} cannot be used by this version of the app: ")
    assert len(problem) > len(f"{old} cannot be used by this version of the app: ")


def test_schema_problems_lists_each_missing_part(tmp_path):
    """A complete store has none; each dropped table, index, trigger or column is named."""
    i18n.set_language("en")
    store = open_store(tmp_path)
    assert schema_problems(store) == []
    conn = store.conn
    index, trigger = (
        conn.execute(
            f"SELECT name FROM sqlite_master WHERE type = '{kind}' ORDER BY name"
        ).fetchone()[0]
        for kind in ("index", "trigger")
    )
    conn.execute(f'DROP INDEX "{index}"')
    conn.execute(f'DROP TRIGGER "{trigger}"')
    conn.execute("ALTER TABLE events DROP COLUMN venue")
    conn.execute("ALTER TABLE events DROP COLUMN notes")
    assert schema_problems(conn) == [  # in the order of their kind and name
        f"index {index} is missing",
        "table events lacks the columns notes, venue",
        f"trigger {trigger} is missing",
    ]
    store.close()


def test_a_file_with_sqlites_header_but_damaged_pages_is_called_damaged(tmp_path):
    i18n.set_language("en")
    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 600)
    message = _refused(data_dir, bad)
    assert message.startswith(f"Not restored: {bad} is damaged: ")
    assert len(message) > len(f"Not restored: {bad} is damaged: ")
    assert _titles(data_dir) == ["Sekarang"] and not swap.leftovers(data_dir)


class _Kill(BaseException):
    """Stands for the program being killed: no except or finally of the app catches it."""


def test_scratch_copies_of_a_killed_restore_are_removed_by_the_next_one(tmp_path, monkeypatch):
    """A restore killed while it checks its copy leaves scratch copies in the data folder
    (they hold every name of the source). The next restore clears them before it starts, and
    so does the next open of the store."""
    import tempfile

    class KilledScratch(tempfile.TemporaryDirectory):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._finalizer.detach()  # a killed program removes nothing

        def cleanup(self):
            pass

    def killed(*_args):
        raise _Kill

    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    backup = _backup_of(tmp_path, "Dari cadangan")
    folders = {p.name for p in data_dir.iterdir() if p.is_dir()}
    for finish in ("restore", "open"):
        with monkeypatch.context() as patched:
            patched.setattr(restore.tempfile, "TemporaryDirectory", KilledScratch)
            patched.setattr(restore, "check_candidate", killed)
            with pytest.raises(_Kill):
                restore_backup(data_dir, backup)
        assert {p.name for p in data_dir.iterdir() if p.is_dir()} != folders  # left behind
        if finish == "restore":
            restore_backup(data_dir, backup)
        else:
            open_store(data_dir, owner="window").close()
        assert {p.name for p in data_dir.iterdir() if p.is_dir()} == folders, finish
        assert _titles(data_dir) == ["Dari cadangan"]


def test_the_copy_is_on_disk_before_the_journal_names_it(tmp_path, monkeypatch):
    """The journal is the point of no return (the next open finishes the swap): the checked
    copy is synced, renamed to its final name and that rename synced before it is written."""
    from pathlib import Path

    data_dir = tmp_path / "data"
    _store_with(data_dir, "Sekarang").close()
    backup = _backup_of(tmp_path, "Dari cadangan")
    log = []
    real = {
        "fsync": swap._fsync_file,
        "fsync_dir": swap._fsync_dir,
        "replace": os.replace,
        "write": restore.write_text,
    }

    def fsync(path):
        log.append(("fsync", Path(path).name))
        real["fsync"](path)

    def fsync_dir(directory):
        log.append(("fsync folder",))
        real["fsync_dir"](directory)

    def replace(source, target):
        log.append(("rename", Path(source).name, Path(target).name))
        real["replace"](source, target)

    def write(path, *args, **kwargs):
        log.append(("write", Path(path).name))
        return real["write"](path, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(swap, "_fsync_file", fsync)
        patched.setattr(swap, "_fsync_dir", fsync_dir)
        patched.setattr(restore.os, "replace", replace)
        patched.setattr(restore, "write_text", write)
        restore_backup(data_dir, backup)
    journal = log.index(("write", swap.JOURNAL))
    assert log[:journal] == [
        ("fsync", swap.PARTIAL),
        ("rename", swap.PARTIAL, swap.CANDIDATE),
        ("fsync folder",),
    ]
    assert _titles(data_dir) == ["Dari cadangan"]
