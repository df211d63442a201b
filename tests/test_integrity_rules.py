"""What a SQLite failure means for a facilitator, in exact words for each kind of failure, and
the store's health checks: which errors are damage, which file is SQLite at all, what the
full check says, and that a checkpoint empties the -wal file of a store on disk."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.integrity import (
    checkpoint,
    error_name,
    explain,
    integrity_check,
    is_damage,
    looks_like_sqlite,
)

SHM = (
    "The data cannot be opened: the disk is full or the data folder is read-only, and SQLite "
    "needs a little room beside the data file even to read it. What was saved before is safe. "
    "Free some space (delete old downloads or videos) and try again."
)
FULL = (
    "The disk is full: nothing more can be saved. What was saved before is safe. Free some "
    "space (delete old downloads or videos) and try again."
)
READ_ONLY = (
    "The data folder cannot be written to (it is read-only). What was saved before is safe. "
    "Choose another folder with --data-dir or fix the folder's permissions."
)
BUSY = (
    "Another program kept the data busy for too long, so this change was not saved (nothing "
    "else changed). Try again in a moment."
)
CANT_OPEN = (
    "The data file cannot be opened: the folder may be read-only or missing. Choose another "
    "folder with --data-dir or fix its permissions."
)


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _sqlite_error(text: str, name: str | None = None, kind=sqlite3.OperationalError):
    error = kind(text)
    if name is not None:
        error.sqlite_errorname = name
    return error


@pytest.mark.parametrize(
    ("name", "primary"),
    [
        ("SQLITE_FULL", "SQLITE_FULL"),
        ("SQLITE_IOERR_WRITE", "SQLITE_IOERR"),
        ("SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR"),
        ("SQLITE", "SQLITE"),
        (None, ""),
    ],
)
def test_an_extended_code_is_named_by_its_primary_code(name, primary):
    assert error_name(_sqlite_error("x", name)) == primary


@pytest.mark.parametrize(
    ("text", "name", "damage"),
    [
        ("x", "SQLITE_CORRUPT", True),
        ("x", "SQLITE_CORRUPT_INDEX", True),
        ("x", "SQLITE_NOTADB", True),
        ("database disk image is malformed", None, True),
        ("file is not a database", None, True),
        ("index corrupt at page 3", None, True),
        ("disk I/O error", "SQLITE_IOERR", False),
        ("database is locked", "SQLITE_BUSY", False),
    ],
)
def test_damage_is_said_by_the_code_or_the_words(text, name, damage):
    assert is_damage(_sqlite_error(text, name)) is damage


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_sqlite_error("disk I/O error", "SQLITE_IOERR_SHMOPEN"), SHM),
        (_sqlite_error("disk I/O error", "SQLITE_IOERR_SHMSIZE"), SHM),
        (_sqlite_error("x", "SQLITE_FULL"), FULL),
        (_sqlite_error("database or disk is full"), FULL),
        (OSError(errno.ENOSPC, "No space left on device"), FULL),
        (_sqlite_error("x", "SQLITE_READONLY_DBMOVED"), READ_ONLY),
        (_sqlite_error("x", "SQLITE_PERM"), READ_ONLY),
        (_sqlite_error("attempt to write a readonly database"), READ_ONLY),
        (_sqlite_error("the folder is read-only"), READ_ONLY),
        (_sqlite_error("x", "SQLITE_BUSY_SNAPSHOT"), BUSY),
        (_sqlite_error("x", "SQLITE_LOCKED"), BUSY),
        (_sqlite_error("database is locked"), BUSY),
        (_sqlite_error("x", "SQLITE_CANTOPEN"), CANT_OPEN),
        (_sqlite_error("unable to open database file"), CANT_OPEN),
        (
            _sqlite_error("database disk image is malformed", kind=sqlite3.DatabaseError),
            "The data file is damaged (database disk image is malformed).",
        ),
        (
            OSError(errno.EACCES, "Permission denied"),
            "permission denied (choose another folder, e.g. Documents)",
        ),
        (ValueError("boom"), "The data could not be saved: boom"),
        (_sqlite_error("x", "SQLITE_IOERR_WRITE"), "The data could not be saved: x"),
    ],
)
def test_each_failure_is_explained_in_its_own_words(error, expected):
    assert explain(error) == expected


def test_damage_words_from_something_that_is_no_sqlite_error_are_not_damage():
    """A Python error that happens to say 'corrupt' is not a damaged file."""
    assert explain(ValueError("corrupt")) == "The data could not be saved: corrupt"


def test_looks_like_sqlite_reads_the_header(tmp_path):
    real = tmp_path / "real.db"
    conn = sqlite3.connect(real)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    short = tmp_path / "short"
    short.write_bytes(b"SQLite format 3")  # one byte short of the header
    assert looks_like_sqlite(real) is True
    assert looks_like_sqlite(short) is False
    assert looks_like_sqlite(tmp_path / "missing") is False
    assert looks_like_sqlite(tmp_path) is False  # a folder cannot be read: not SQLite


def test_the_full_check_says_ok_or_its_findings(store):
    assert integrity_check(store) == "ok"

    class Broken:
        """A store whose check finds two problems: SQLite gives one row a finding."""

        def execute(self, _sql, _parameters=()):
            findings = sqlite3.connect(":memory:")
            return findings.execute(
                "SELECT 'row 3 missing from index a' UNION ALL SELECT 'page 7 never used'"
            )

    assert integrity_check(Broken()) == "row 3 missing from index a; page 7 never used"


def test_a_checkpoint_empties_the_wal_of_a_store_on_disk(tmp_path, store):
    on_disk = open_store(tmp_path / "data")
    add_event(on_disk, "Sosialisasi", "Kerinjing", "2021-09-21")
    wal = tmp_path / "data" / "kerinjing.db-wal"
    assert wal.stat().st_size > 0
    checkpoint(on_disk)
    assert wal.stat().st_size == 0
    on_disk.close()
    checkpoint(store)  # in memory: nothing to fold, and no error
