"""The store's thread rule, piece by piece: who holds the lock and when it is let go, what
every connection call does under it, and how a transaction begins, nests, commits and rolls
back. Every wait here has a timeout: a broken lock fails a test, it never hangs the suite."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kerinjing_desktop.core.store.guard import GuardedConnection, TransactionLock, database_class


def _connect(path) -> GuardedConnection:
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, factory=GuardedConnection, timeout=0
    )
    conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    return conn


@pytest.fixture
def conn(tmp_path):
    opened = _connect(tmp_path / "guard.db")
    yield opened
    opened.close()


def _from_another_thread(work, wait: float = 0.3):
    """Run `work` on a thread; (finished within `wait`, its result or error, the thread)."""
    out: list = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as error:  # reported to the test, not lost on the thread
            out.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(wait)
    return not thread.is_alive(), out, thread


def _rows(conn) -> list[int]:
    return [x for (x,) in conn.execute("SELECT x FROM t ORDER BY x")]


def test_the_lock_is_reentered_by_its_owner_and_let_go_with_the_last_exit(conn):
    lock = TransactionLock()
    assert not lock.owned()
    with lock.held(conn):
        with lock.held(conn):
            assert lock.owned()
        assert lock.owned()  # the outer hold goes on
        done, owned_there, _thread = _from_another_thread(lock.owned, wait=10)
        assert done and owned_there == [False]  # owned by this thread, not by every thread
    assert not lock.owned()
    done, out, _thread = _from_another_thread(lambda: lock.held(conn).__enter__(), wait=10)
    assert done and out == [None]  # another thread can take it now


def test_a_statement_that_opens_a_transaction_keeps_the_lock_until_it_ends(conn):
    """BEGIN leaves the lock held; another thread's statement waits until COMMIT, then runs
    after this thread's rows, never inside its transaction."""
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (1)")
    assert conn.guard.owned()
    done, out, thread = _from_another_thread(lambda: conn.execute("INSERT INTO t VALUES (2)"))
    assert not done and out == []
    conn.execute("ROLLBACK")
    thread.join(10)
    assert not thread.is_alive() and isinstance(out[0], sqlite3.Cursor)
    assert _rows(conn) == [2] and not conn.guard.owned()


@pytest.mark.parametrize("end", ["commit", "rollback"])
def test_commit_and_rollback_end_the_transaction_and_let_the_lock_go(conn, end):
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (7)")
    getattr(conn, end)()
    assert not conn.in_transaction and not conn.guard.owned()
    assert _rows(conn) == ([7] if end == "commit" else [])


def test_executemany_and_executescript_run_under_the_lock(conn):
    cursor = conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    assert cursor.rowcount == 2
    conn.executescript("BEGIN; INSERT INTO t VALUES (3);")
    assert conn.guard.owned()  # the script left its transaction open: the lock stays
    conn.execute("COMMIT")
    assert _rows(conn) == [1, 2, 3] and not conn.guard.owned()


def test_a_backup_copies_the_store_and_waits_for_anothers_transaction(conn):
    """A backup made while another thread's transaction is open waits for it, so it never
    copies half a transaction."""
    conn.execute("INSERT INTO t VALUES (1)")
    target = sqlite3.connect(":memory:")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (2)")
    done, out, thread = _from_another_thread(lambda: conn.backup(target))
    assert not done
    conn.execute("COMMIT")
    thread.join(10)
    assert not thread.is_alive() and out == [None]
    assert [x for (x,) in target.execute("SELECT x FROM t ORDER BY x")] == [1, 2]
    target.close()


def test_closing_lets_the_lock_go(tmp_path):
    opened = _connect(tmp_path / "closed.db")
    opened.close()
    assert not opened.guard.owned()
    with pytest.raises(sqlite3.ProgrammingError):
        opened.execute("SELECT 1")


def _database(conn):
    return database_class()(conn, recursive_triggers=False, execute_plugins=False)


def test_atomic_begins_immediate_and_commits(tmp_path, conn):
    """Inside atomic() this connection already holds SQLite's write lock (another connection
    cannot write even before a row is written); the rows are there after it."""
    db = _database(conn)
    other = _connect(tmp_path / "guard.db")
    with db.atomic() as inside:
        assert inside is db and conn.in_transaction and conn.guard.owned()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO t VALUES (9)")
        conn.execute("INSERT INTO t VALUES (1)")
    assert not conn.in_transaction and not conn.guard.owned()
    assert _rows(other) == [1]
    other.close()


def test_begin_is_immediate_too(tmp_path, conn):
    db = _database(conn)
    other = _connect(tmp_path / "guard.db")
    db.begin()
    assert conn.in_transaction
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("INSERT INTO t VALUES (9)")
    conn.execute("ROLLBACK")
    other.close()


def test_an_error_inside_atomic_rolls_back_and_lets_the_lock_go(conn):
    db = _database(conn)
    with pytest.raises(KeyError), db.atomic():
        conn.execute("INSERT INTO t VALUES (1)")
        raise KeyError("typed wrong")
    assert not conn.in_transaction and not conn.guard.owned()
    assert _rows(conn) == []


def test_an_error_after_the_transaction_ended_is_passed_on(conn):
    """A step that ended the transaction itself and then failed: no second ROLLBACK (it would
    fail too and hide the first error)."""
    db = _database(conn)
    with pytest.raises(KeyError), db.atomic():
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("COMMIT")
        raise KeyError("after the commit")
    assert _rows(conn) == [1] and not conn.guard.owned()


def test_a_nested_atomic_is_a_savepoint_of_the_outer_transaction(conn):
    """An error inside the inner block undoes the inner rows only."""
    db = _database(conn)
    with db.atomic():
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(KeyError), db.atomic():
            conn.execute("INSERT INTO t VALUES (2)")
            raise KeyError("inner")
        assert conn.in_transaction
        conn.execute("INSERT INTO t VALUES (3)")
    assert _rows(conn) == [1, 3] and not conn.guard.owned()


def test_a_failed_commit_is_rolled_back_and_raised(conn):
    """COMMIT refused (a deferred foreign key left broken): the transaction is rolled back,
    the error raised, the lock let go."""
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    conn.execute("PRAGMA foreign_keys=ON")
    db = _database(conn)
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        conn.execute("INSERT INTO child VALUES (5)")
    assert not conn.in_transaction and not conn.guard.owned()
    assert conn.execute("SELECT count(*) FROM child").fetchone() == (0,)


def test_a_plain_connection_gets_sqlite_utils_own_transaction():
    """A connection without the guard (sqlite_utils' own use) still gets a transaction."""
    plain = sqlite3.connect(":memory:", isolation_level=None)
    plain.execute("CREATE TABLE t (x INTEGER)")
    db = _database(plain)
    with pytest.raises(KeyError), db.atomic():
        plain.execute("INSERT INTO t VALUES (1)")
        raise KeyError("undo")
    with db.atomic() as inside:
        assert inside is db
        plain.execute("INSERT INTO t VALUES (2)")
    assert plain.execute("SELECT x FROM t").fetchall() == [(2,)]
    plain.close()
