"""The one rule for using a store from several threads: a lock around every transaction.

The window shares one connection between the GUI thread (a keystroke's save) and its
background jobs (backups, imports, PDFs, bundles). SQLite serialises single calls on a
connection, but not transactions: without a rule, a job's statement issued while a
keystroke's transaction is open becomes part of it (and is rolled back with it), and a
job's `atomic()` turns into a savepoint inside someone else's transaction.

So every statement takes the store's lock, and a statement that leaves a transaction open
keeps the lock until that transaction ends: one thread's transaction never interleaves
with another's, whichever thread runs it. Another thread waits; a long job therefore holds
the window up only while it is inside one transaction (Anki's CollectionOp makes the same
trade). Transactions start with BEGIN IMMEDIATE, so a second process waits `busy_timeout`
for SQLite's write lock instead of failing at once when a read turns into a write.

Enforced by `tests/test_store_threads.py`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from functools import cache
from typing import Any


class TransactionLock:
    """A lock owned by one thread at a time, re-entered by its owner, kept across a
    transaction that a statement left open."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0

    def owned(self) -> bool:
        return self._owner == threading.get_ident()

    @contextlib.contextmanager
    def held(self, conn: sqlite3.Connection) -> Iterator[None]:
        if not self.owned():
            self._lock.acquire()
            self._owner = threading.get_ident()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and not _in_transaction(conn):
                self._owner = None
                self._lock.release()


def _in_transaction(conn: sqlite3.Connection) -> bool:
    try:
        return conn.in_transaction
    except sqlite3.ProgrammingError:  # closed
        return False


class GuardedConnection(sqlite3.Connection):
    """A sqlite3 connection whose every statement runs under its `TransactionLock`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = TransactionLock()

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        with self.guard.held(self):
            return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        with self.guard.held(self):
            return super().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        with self.guard.held(self):
            return super().executescript(script)

    def commit(self) -> None:
        with self.guard.held(self):
            super().commit()

    def rollback(self) -> None:
        with self.guard.held(self):
            super().rollback()

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        """Copy the store without a half-done transaction of another thread in it."""
        with self.guard.held(self):
            super().backup(target, **kwargs)

    def close(self) -> None:
        with self.guard.held(self):
            super().close()


@cache
def database_class() -> type:
    """sqlite_utils.Database whose transactions take the lock and begin IMMEDIATE (made on
    first use: importing sqlite_utils is kept off the start-up path)."""
    import sqlite_utils

    class Database(sqlite_utils.Database):
        @contextlib.contextmanager
        def atomic(self) -> Iterator[sqlite_utils.Database]:
            conn = self.conn
            guard = getattr(conn, "guard", None)
            if guard is None:
                with super().atomic():
                    yield self
                return
            with guard.held(conn):
                if conn.in_transaction:  # ours: we hold the lock, so a savepoint nests
                    with super().atomic():
                        yield self
                    return
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise

        def begin(self) -> None:
            self.execute("BEGIN IMMEDIATE")

    return Database
