"""Opening the store: file permissions, pragmas, integrity check and migrations."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.files import ensure_private_file
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME, ensure_private_dir
from kerinjing_desktop.core.store import checked
from kerinjing_desktop.core.store.clock import HybridClock, read_high_water
from kerinjing_desktop.core.store.errors import StoreError
from kerinjing_desktop.core.store.guard import GuardedConnection
from kerinjing_desktop.core.store.paper_totals import LIVE_FUNCTION
from kerinjing_desktop.core.store.rows import value
from kerinjing_desktop.core.store.schema import (
    CLOCK_FUNCTION,
    MIGRATIONS,
    SCHEMA_VERSION,
    SYNCED_TABLES,
)

if TYPE_CHECKING:
    import sqlite_utils

    from kerinjing_desktop.core.store.dirlock import DirLock

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=5000",
    # What sqlite_utils.Database would set when it wraps the connection; set here because that
    # wrapper is made lazily (see Store.db), and triggers must behave the same before it.
    "PRAGMA recursive_triggers=ON",
)


def now() -> str:
    """UTC timestamp with milliseconds; sorts as text, so `updated_at` comparisons are simple."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id() -> str:
    """A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. As
    unique across laptops as a random UUID, but ids made one after another sort together, so
    a big import appends to the end of each index instead of writing pages all over it
    (100,000 participants: 8 s → 5.6 s for the store). Rows carry created_at anyway, so the
    time in the id tells nothing new."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # the RFC 4122 variant
    hexed = f"{value:032x}"
    return f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"


class Store:
    """The open store: the sqlite3 connection, and over it the sqlite_utils.Database that the
    store modules use, made on first use. Opening the store and listing events at start need
    only plain SQL, so the window is shown without paying for importing sqlite_utils.

    Threads: one connection may serve the GUI thread and background jobs, under one rule
    (see `guard`): every statement takes the store's lock, and a transaction keeps it until
    it ends, so no two threads' transactions interleave. Every transaction (`transaction()`
    or `db.atomic()`, which sqlite_utils also uses) begins IMMEDIATE.

    Processes: a program that writes holds the data dir (`dirlock`) for as long as it has
    the store open (`owner` in `open_store`); `close()` lets it go.

    Reading: one idiom in every store module (`rows.py`). The SELECT names its columns as the
    record's fields and `rows.records(store, Record, sql, …)` builds each record by name, with
    a converter for a value stored in another form; `rows.value`, `column_values`, `mapping`
    and `dicts` read one value, one column, a look-up table and plain rows. Never a record
    from a row's positions; reads go to the connection (`execute`), sqlite-utils is for writes.
    """

    def __init__(self, conn: sqlite3.Connection, device_id: str, path: Path | None):
        self.conn = conn
        self.device_id = device_id
        self.path = path  # None for an in-memory store
        self._db: sqlite_utils.Database | None = None
        self.dir_lock: DirLock | None = None  # while this store holds its data dir
        # Every change is stamped by this clock, never by the wall clock alone (clock.py).
        self.clock = HybridClock(lambda: read_high_water(conn, SYNCED_TABLES))
        conn.create_function(CLOCK_FUNCTION, 0, self.clock.tick)
        # Off only while a batched merge inserts cells in bulk (paper_totals.py).
        self.totals_live = True
        conn.create_function(LIVE_FUNCTION, 0, lambda: self.totals_live)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            from kerinjing_desktop.core.store.guard import database_class

            # sqlite_utils (~50 ms) is imported at the first write, not at start-up. No
            # plugins: none are used, and loading them scans every installed package's
            # entry points (~10 ms). recursive_triggers is already on (PRAGMAS).
            self._db = database_class()(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    def execute(self, sql: str, parameters=()) -> sqlite3.Cursor:
        """Plain SQL on the connection (what `db.execute` does), for reads on the start path."""
        return self.conn.execute(sql, parameters)

    def stamp(self) -> str:
        """The time a change made now is stamped with (the store's hybrid logical clock)."""
        return self.clock.tick()

    def row_meta(self, stamp: str | None = None) -> dict[str, str]:
        """The columns every new row carries (`stamp`: one time for a batch of rows)."""
        stamp = stamp or self.stamp()
        return {
            "id": new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "device_id": self.device_id,
        }

    def touch(self) -> dict[str, str]:
        """The columns every changed row carries."""
        return {"updated_at": self.stamp(), "device_id": self.device_id}

    def transaction(self) -> AbstractContextManager[object]:
        """One transaction for several store calls (nested ones become savepoints)."""
        return self.db.atomic()

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.dir_lock is not None:
                self.dir_lock.release()
                self.dir_lock = None


def open_store(
    data_dir: Path | str | None,
    allow_fresh: bool = False,
    owner: str | None = None,
    remembered: bool = False,
) -> Store:
    """Open (creating and migrating) the store in `data_dir`; None opens an in-memory store.

    `owner` names a program that will write ("window", "scores set"): it takes the data dir
    (see `dirlock`) and holds it until `close()`; `dirlock.DataDirBusy` says who has it
    instead. Without an owner (reading commands) the store opens beside whoever holds it,
    but creating the store, finishing an interrupted restore or moving a damaged file aside
    takes the lock for that moment.

    A damaged store is moved aside and `recovery.StoreDamaged` raised; after that, a new empty
    store is only created when `allow_fresh` (the facilitator chose it over a backup).

    `remembered`: a command that only reads may trust the damage check made earlier on this
    very state of the file instead of checking the whole file again (see `checked`); it must
    then turn SQLITE_CORRUPT met while reading into the damage's words itself.
    """
    if data_dir is None:
        conn = sqlite3.connect(
            ":memory:", isolation_level=None, check_same_thread=False, factory=GuardedConnection
        )
        return _prepare(conn, None)
    from kerinjing_desktop.core.store import dirlock

    directory = Path(data_dir)
    try:
        ensure_private_dir(directory)
    except OSError as error:
        raise _cannot_open(directory, error) from error
    try:
        lock = dirlock.acquire(directory, owner, wait=OWNER_WAIT_SECONDS) if owner else None
    except OSError as error:  # the lock file cannot be made: a read-only folder or disk
        raise _cannot_open(directory, error) from error
    try:
        store = _open_file(directory, allow_fresh, lock is not None, remembered and not owner)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store.dir_lock = lock
    return store


# How long a writing program waits for another one (a command) to finish with the data dir:
# long enough for a script that starts a hundred commands at once on a slow laptop.
OWNER_WAIT_SECONDS = 60.0


def _cannot_open(directory: Path, error: OSError) -> StoreError:
    return StoreError(
        _("Cannot open the data folder {path}: {reason}").format(
            path=directory, reason=os_reason(error)
        )
    )


def _open_file(directory: Path, allow_fresh: bool, owned: bool, remembered: bool) -> Store:
    from kerinjing_desktop.core.store import dirlock, recovery

    path = directory / DB_NAME
    # What a restore leaves while under way (swap.JOURNAL, CANDIDATE, PARTIAL) all starts so;
    # the swap module itself is imported only then (it is not on the start-up path).
    swap_left = next(directory.glob(DB_NAME + ".restor*"), None) is not None
    moment = None
    if not owned and (not path.exists() or swap_left):
        moment = dirlock.acquire(directory, "", wait=OWNER_WAIT_SECONDS)
    try:
        if swap_left and (owned or moment is not None):
            from kerinjing_desktop.core.store import swap

            swap.finish_pending(directory)
        recovery.guard_open(directory, allow_fresh)
        ensure_private_file(path)
        conn = sqlite3.connect(
            path,
            isolation_level=None,
            check_same_thread=False,
            timeout=5,
            factory=GuardedConnection,
        )
        try:
            return _prepare(conn, path, remembered)
        except _Damaged as error:
            raise recovery.damaged(directory, str(error)) from error
    except OSError as error:
        raise _cannot_open(directory, error) from error
    finally:
        if moment is not None:
            moment.release()


class _Damaged(StoreError):
    """The file itself is broken (as opposed to the disk being full or the folder read-only)."""


def _prepare(conn: sqlite3.Connection, path: Path | None, remembered: bool = False) -> Store:
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
        _quick_check(conn, path if remembered else None)
        store = Store(conn, "", path)
        if schema_version(conn) != SCHEMA_VERSION:  # only then is sqlite_utils needed
            migrate(store.db)
        store.device_id = _device_id(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as error:
        conn.close()
        from kerinjing_desktop.core.store.integrity import explain, is_damage

        # quick_check findings carry no error code: any failure there is damage too.
        if is_damage(error) or not getattr(error, "sqlite_errorname", None):
            raise _Damaged(str(error).splitlines()[0] if str(error) else "?") from error
        raise StoreError(explain(error)) from error
    return store


def _quick_check(conn: sqlite3.Connection, remembered_for: Path | None) -> None:
    """SQLite's quick_check, unless `remembered_for` names a store file whose very state was
    checked before (then the check is skipped; a check that finds "ok" is remembered)."""
    before = checked.state(remembered_for) if remembered_for is not None else None
    if remembered_for is not None and checked.is_remembered(remembered_for, before):
        return
    check = value(conn, "PRAGMA quick_check")
    if check != "ok":
        raise sqlite3.DatabaseError(check)
    if remembered_for is not None:
        checked.remember(remembered_for, before)


def schema_version(db: sqlite_utils.Database | sqlite3.Connection) -> int:
    version: int = value(db, "PRAGMA user_version")
    return version


def migrate(db: sqlite_utils.Database) -> int:
    """Run each missing step in its own transaction; returns the version reached."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            _(
                "This data file was made by a newer Kerinjing Desktop (schema {found}; this "
                "version knows {known}). Update the app."
            ).format(found=version, known=SCHEMA_VERSION)
        )
    # A step may rebuild a table (SQLite's way to change a CHECK): with foreign keys on,
    # dropping the old table would delete the rows that refer to it. Off for the steps (it
    # cannot change inside a transaction), each step checked before it commits, then on.
    db.conn.execute("PRAGMA foreign_keys=OFF")
    try:
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            if isinstance(step, str):
                try:
                    db.conn.executescript(
                        f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version={number};"
                    )
                    _check_foreign_keys(db.conn)
                    db.conn.execute("COMMIT")
                except sqlite3.Error:
                    if db.conn.in_transaction:
                        db.conn.execute("ROLLBACK")
                    raise
            else:
                with db.atomic():
                    step(db)
                    _check_foreign_keys(db.conn)
                    db.execute(f"PRAGMA user_version={number}")
    finally:
        db.conn.execute("PRAGMA foreign_keys=ON")
    return schema_version(db)


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise sqlite3.IntegrityError(f"foreign key broken by a migration step: {tuple(broken)}")


def _device_id(db: sqlite3.Connection) -> str:
    """This store's device id, made once (a copied data dir keeps it; merges stay honest)."""
    found: str | None = value(db, "SELECT value FROM settings WHERE key = 'device_id'")
    if found:
        return found
    device = new_id()
    stamp = now()
    db.execute(
        "INSERT INTO settings (id, created_at, updated_at, device_id, key, value) "
        "VALUES (?, ?, ?, ?, 'device_id', ?)",
        [new_id(), stamp, stamp, device, device],
    )
    return device
