"""Several bundles of a collection in one transaction, each in a savepoint of its own.

Why: an office collecting a programme writes each bundle's rows into every index of a store
that grows to hundreds of MB, and their keys are random UUIDs, so one bundle dirties pages
all over each index. A transaction per bundle wrote those pages again at every commit (into
the WAL, then into the store at the checkpoint): about 100 MB written per bundle at 200
laptops for 2 MB of rows. Bundles that share a transaction share most of those pages: each
is written once per commit, not once per bundle.

What stays as before:
- a bundle is merged whole or not at all: its merge runs in a savepoint, and a bundle that
  fails (refused by SQLite, held back, interrupted) rolls back to it alone, the bundles
  before it in the batch stay;
- a commit is as durable as any (the store's `synchronous=FULL`), and the last one is made
  before the collection returns;
- a kill between two commits loses the bundles of the open batch whole (never a part of
  one), and collecting again takes them in: a batch holds at most BUNDLES bundles and ROWS
  rows (their dirty pages fit the collection's page cache, merge_batch.COLLECT_CACHE_KB).
Commits also end the batch's hold on the store (guard.py): another thread waits at most
one batch, not the whole collection.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from kerinjing_desktop.core.store.connection import Store

BUNDLES = 10  # bundles per transaction at most
ROWS = 60_000  # rows and deletions per transaction at most (a laptop's bundle: about 5,000)
SAVEPOINT = "collect_bundle"


class Batch:
    """The open transaction of a collection: `bundle(rows)` around each bundle's merge,
    `commit()` when `full` and at the end (`settle()` after an exception)."""

    def __init__(self, store: Store):
        self.store = store
        self.limit_bundles = BUNDLES
        self.limit_rows = ROWS
        self.bundles = 0  # merged in the open transaction
        self.rows = 0
        self.began = False
        self._inside = False  # a bundle's savepoint may be open

    @contextlib.contextmanager
    def bundle(self, rows: int) -> Iterator[None]:
        """One bundle's merge, in a savepoint of the batch's transaction (begun here when
        none is open): an exception rolls this bundle back alone, and goes on."""
        if not self.began:
            self.store.execute("BEGIN IMMEDIATE")  # the store's lock is held until COMMIT
            self.began = True
        self.store.execute(f"SAVEPOINT {SAVEPOINT}")
        self._inside = True
        try:
            yield
        except BaseException:
            self._roll_back_bundle()
            raise
        self.store.execute(f"RELEASE {SAVEPOINT}")
        self._inside = False
        self.bundles += 1
        self.rows += rows

    def _roll_back_bundle(self) -> None:
        if self.store.conn.in_transaction:
            try:
                self.store.execute(f"ROLLBACK TO {SAVEPOINT}")
                self.store.execute(f"RELEASE {SAVEPOINT}")
            except sqlite3.OperationalError:  # released already: the bundle is whole
                pass
        self._inside = False

    @property
    def lost(self) -> bool:
        """The transaction ended under the batch: SQLite rolls it back whole on some errors
        (a full disk, an I/O error), the bundles merged in it with it."""
        return self.began and not self.store.conn.in_transaction

    @property
    def full(self) -> bool:
        return self.bundles >= self.limit_bundles or self.rows >= self.limit_rows

    def commit(self) -> None:
        """Commit the bundles merged whole so far (a bundle an interruption left half done is
        rolled back first); on sqlite3.Error none of them is in the store and it is raised."""
        if self._inside:
            self._roll_back_bundle()
        began, self.began, self.bundles, self.rows = self.began, False, 0, 0
        if not began or not self.store.conn.in_transaction:
            return
        try:
            self.store.execute("COMMIT")
        except sqlite3.Error:
            if self.store.conn.in_transaction:
                self.store.execute("ROLLBACK")
            raise


def changes(store: Store) -> int:
    """Rows inserted, updated or deleted on this connection since it opened (by triggers
    too): a merge that leaves it as it was changed nothing, and needs no backup first."""
    return store.conn.total_changes
