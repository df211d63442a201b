"""The web view's database, rule by rule: each table with its columns, types and primary key
(one column, several in order, or none), its rows as given, a new copy replacing the old one
whole, owner-only, and the path returned."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from kerinjing_desktop.core.store.published import write_published_copy

EVENTS = (
    [("id", "TEXT", True), ("title", "TEXT", False), ("people", "INTEGER", False)],
    [("e1", "Sosialisasi", 28), ("e2", "Lanjutan", 4)],
)
SCORES = (
    [("event", "TEXT", True), ("question", "INTEGER", True), ("gain", "REAL", False)],
    [("e1", 1, 0.5), ("e1", 2, 0.25)],
)
NOTES = ([("text", "TEXT", False)], [("satu",), ("satu",)])


def _schema(path, table):
    with sqlite3.connect(path) as conn:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    conn.close()
    return [(name, kind, pk) for _cid, name, kind, _null, _default, pk in info], rows


def test_tables_columns_keys_and_rows_as_given(tmp_path):
    path = tmp_path / "web.db"
    tables = {"events": EVENTS, "question scores": SCORES, "notes": NOTES}
    assert write_published_copy(path, tables) == path
    assert _schema(path, "events") == (
        [("id", "TEXT", 1), ("title", "TEXT", 0), ("people", "INTEGER", 0)],
        [("e1", "Sosialisasi", 28), ("e2", "Lanjutan", 4)],
    )
    assert _schema(path, "question scores") == (
        [("event", "TEXT", 1), ("question", "INTEGER", 2), ("gain", "REAL", 0)],
        [("e1", 1, 0.5), ("e1", 2, 0.25)],
    )
    assert _schema(path, "notes") == ([("text", "TEXT", 0)], [("satu",), ("satu",)])
    with sqlite3.connect(path) as conn:
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO events VALUES ('e1', 'again', 1)")
    conn.close()
    assert sorted(names) == [("events",), ("notes",), ("question scores",)]


def test_a_new_copy_replaces_the_old_one_whole(tmp_path):
    path = tmp_path / "web.db"
    write_published_copy(path, {"events": EVENTS, "notes": NOTES})
    write_published_copy(path, {"notes": ([("text", "TEXT", False)], [])})
    with sqlite3.connect(path) as conn:
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    conn.close()
    assert names == [("notes",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["web.db"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_copy_is_owner_only(tmp_path):
    path = write_published_copy(tmp_path / "web.db", {"events": EVENTS})
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_row_that_does_not_fit_leaves_no_copy(tmp_path):
    path = tmp_path / "web.db"
    bad = (EVENTS[0], [("e1", "a", 1), ("e1", "b", 2)])
    with pytest.raises(sqlite3.IntegrityError):
        write_published_copy(path, {"events": bad})
    assert list(tmp_path.iterdir()) == []
