"""The rules a backup lives by, each pinned: where backups go and what counts as one, what
`verify_file` refuses and in which words, the ten-minute rhythm (on a clock the test drives),
a single file with no -wal, the newest good backup offered, a damaged store moved aside whole."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import backup, open_store
from kerinjing_desktop.core.store.backup import (
    list_backups,
    make_backup,
    maybe_backup,
    move_aside,
    newest_good_backup,
    prune,
    verify_file,
)
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION

STAMP = "20240531-081500-123456"


def _plain_sqlite(path, version, tables=("events",)):
    """A SQLite file with the given tables and user_version (not made by the app)."""
    conn = sqlite3.connect(path)
    for table in tables:
        conn.execute(f"CREATE TABLE {table} (id TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def test_backups_go_to_the_backups_folder_and_only_the_apps_names_count(tmp_path):
    """`<data>/backups/kerinjing-<UTC time>.db`; other files there (a note, a half-written
    backup, a copy under another name) are never listed as backups."""
    store = open_store(tmp_path)
    add_event(store, "Acara", "Kerinjing", "2021-09-21")
    made = make_backup(store, tmp_path)
    store.close()
    assert made.path.parent == tmp_path / "backups"
    assert made.path.name.startswith("kerinjing-") and made.path.name.endswith(".db")
    assert made.size == made.path.stat().st_size > 0
    folder = tmp_path / "backups"
    for other in (
        "catatan.txt",
        "kerinjing-lama.db",
        f"salinan-1-{STAMP}.db",
        f"kerinjing-{STAMP}.db.txt",
        f".kerinjing-{STAMP}.db.partial",
    ):
        (folder / other).write_bytes(b"x")
    assert [info.path for info in list_backups(tmp_path)] == [made.path]
    assert list_backups(tmp_path / "nowhere") == []


def test_a_backup_is_one_whole_file_without_a_wal(tmp_path):
    """The store runs in WAL mode; its backup must not: copied alone to a stick, a backup in
    WAL mode could miss what sits in a -wal. The file header says rollback mode (1, 1)."""
    store = open_store(tmp_path)
    add_event(store, "Acara", "Kerinjing", "2021-09-21")
    assert (tmp_path / DB_NAME).read_bytes()[18:20] == b"\x02\x02"  # the live store: WAL
    made = make_backup(store, tmp_path)
    store.close()
    assert made.path.read_bytes()[18:20] == b"\x01\x01"
    conn = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT title FROM events").fetchall() == [("Acara",)]
    conn.close()
    assert not made.path.with_name(made.path.name + "-wal").exists()


def _old_backups(data_dir):
    """Twelve backups of May 2024 and a copy left half-written, in `data_dir`'s backups."""
    folder = data_dir / "backups"
    folder.mkdir()
    names = [f"kerinjing-202405{day:02d}-080000-000000.db" for day in range(1, 13)]
    for name in names:
        (folder / name).write_bytes(b"x")
    (folder / f".kerinjing-{STAMP}.db.partial").write_bytes(b"half")
    return folder, names


def test_prune_says_which_backups_it_removed(tmp_path):
    folder, names = _old_backups(tmp_path)
    removed = prune(tmp_path, today=dt.date(2024, 8, 1))  # all older than 30 days
    assert sorted(path.name for path in removed) == names[:2]
    assert sorted(p.name for p in folder.iterdir()) == names[2:]  # the .partial is gone too


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "does not exist."),
        (
            lambda p: p.write_bytes(b"hello, just text " * 40),
            "is not a Kerinjing data file (not SQLite).",
        ),
        (lambda p: _plain_sqlite(p, 3, tables=("notes",)), "is not a Kerinjing data file."),
        (lambda p: _plain_sqlite(p, 0), "is not a Kerinjing data file."),
        (
            lambda p: _plain_sqlite(p, SCHEMA_VERSION + 1),
            "was made by a newer Kerinjing Desktop. Update the app.",
        ),
    ],
    ids=["missing", "text", "other-sqlite", "version-0", "newer"],
)
def test_verify_file_refuses_what_the_app_cannot_open_and_says_why(tmp_path, make, words):
    from kerinjing_desktop.core import i18n

    i18n.set_language("en")
    path = tmp_path / "candidate.db"
    make(path)
    problem = verify_file(path)
    assert problem == f"{path} {words}"


def test_verify_file_accepts_every_version_this_app_can_migrate(tmp_path):
    """A store of schema 1 (the oldest) up to this version is a usable backup."""
    from pathlib import Path

    assert verify_file(Path(__file__).with_name("data") / "store_v1.db") is None
    assert verify_file(_plain_sqlite(tmp_path / "v1.db", 1)) is None
    assert verify_file(_plain_sqlite(tmp_path / "now.db", SCHEMA_VERSION)) is None


def test_verify_file_calls_a_damaged_file_damaged(tmp_path):
    """A file with SQLite's header whose pages are overwritten: damaged, with SQLite's reason;
    the check never changes the file."""
    from kerinjing_desktop.core import i18n

    i18n.set_language("en")
    store = open_store(tmp_path)
    for number in range(40):
        add_event(store, f"Acara {number}", "Kerinjing", "2021-09-21")
    made = make_backup(store, tmp_path)
    store.close()
    data = made.path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    broken = tmp_path / "broken.db"
    broken.write_bytes(data[: 2 * page] + b"\xff" * (len(data) - 2 * page))
    before = broken.read_bytes()
    problem = verify_file(broken)
    assert problem is not None and problem.startswith(f"{broken} is damaged: ")
    assert len(problem) > len(f"{broken} is damaged: ")
    assert broken.read_bytes() == before


def test_the_newest_backup_that_passes_its_check_is_offered(tmp_path):
    """After a crash the app offers a backup to restore: the newest one that is whole."""
    folder = tmp_path / "backups"
    folder.mkdir()
    good = _plain_sqlite(folder / "kerinjing-20240501-080000-000000.db", 1)
    assert newest_good_backup(tmp_path).path == good
    (folder / "kerinjing-20240502-080000-000000.db").write_bytes(b"half a file")
    assert newest_good_backup(tmp_path).path == good
    assert newest_good_backup(tmp_path / "empty") is None


class _Clock:
    """time.monotonic as the test sets it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_maybe_backup_runs_every_ten_minutes_while_people_type(tmp_path, monkeypatch):
    """The window's timer asks often; a backup is made when there were edits and ten minutes
    (600 s, to the second) passed since the last one."""
    clock = _Clock()
    monkeypatch.setattr(backup.time, "monotonic", clock)
    store = open_store(tmp_path)
    assert maybe_backup(store, tmp_path) is None  # the first call starts the clock
    add_event(store, "Acara", "Kerinjing", "2021-09-21")
    clock.now += 599
    assert maybe_backup(store, tmp_path) is None
    clock.now += 1
    first = maybe_backup(store, tmp_path)
    assert first is not None and list_backups(tmp_path) == [first]
    clock.now += 3600
    assert maybe_backup(store, tmp_path) is None  # nothing typed since
    store.close()


def test_a_store_moved_aside_takes_its_wal_and_shm_along(tmp_path):
    """A damaged store is renamed, never deleted, with whichever companions it has."""
    (tmp_path / DB_NAME).write_bytes(b"main")
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"wal")
    moved = move_aside(tmp_path, "damaged")
    assert moved.parent == tmp_path and moved.name.startswith(f"{DB_NAME}.damaged-")
    assert moved.read_bytes() == b"main"
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"
    assert sorted(p.name for p in tmp_path.iterdir()) == [moved.name, moved.name + "-wal"]

    (tmp_path / DB_NAME).write_bytes(b"second")
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"wal 2")
    (tmp_path / f"{DB_NAME}-shm").write_bytes(b"shm 2")
    again = move_aside(tmp_path, "damaged")
    assert again != moved and again.read_bytes() == b"second"
    assert again.with_name(again.name + "-shm").read_bytes() == b"shm 2"
    assert not any(p.name.startswith(f"{DB_NAME}-") for p in tmp_path.iterdir())
    assert move_aside(tmp_path, "damaged") is None


def test_two_programs_pruning_at_once_do_not_stop_each_other(tmp_path, monkeypatch):
    """`backup` is a reading command, so it runs beside the window, whose timer also backs up:
    both may prune the same folder at once. Here the other program wins every race (each
    file is gone just before this one removes it); prune still finishes and says what went."""
    from pathlib import Path

    folder, names = _old_backups(tmp_path)
    real_unlink = Path.unlink

    def other_program_first(path, missing_ok=False):
        if path.exists():
            os.remove(path)
        return real_unlink(path, missing_ok=missing_ok)

    with monkeypatch.context() as patched:
        patched.setattr(Path, "unlink", other_program_first)
        removed = prune(tmp_path, today=dt.date(2024, 8, 1))
    assert sorted(path.name for path in removed) == names[:2]
    assert sorted(p.name for p in folder.iterdir()) == names[2:]
