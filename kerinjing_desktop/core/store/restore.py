"""Restoring a store from a file, in steps that a crash at any moment leaves finishable.

1. The source is read through SQLite (the backup API), so what sits in a `-wal` beside it
   (committed, not yet checkpointed) comes along; the main file alone can be far behind.
2. The copy is checked the way the app will use it: integrity, then a temporary copy is
   migrated and compared with a new store's tables, columns, indexes and triggers.
3. The checked copy becomes `kerinjing.db.restoring` (fsynced). Only then is the journal
   `kerinjing.db.restore-journal` written; it names where the current store goes
   (`kerinjing.db.before-restore-<time>`, never deleted). Then the current store and its
   companions are renamed aside and the copy renamed in, and the journal removed.

The swap and its finishing after a crash are in `swap`, which `connection` runs at open.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from kerinjing_desktop.core.changes import EVERYTHING, writes
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.files import write_text
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME, ensure_private_dir
from kerinjing_desktop.core.store import swap
from kerinjing_desktop.core.store.backup import BackupError, verify_file
from kerinjing_desktop.core.store.connection import Store, _prepare, open_store
from kerinjing_desktop.core.store.errors import StoreError
from kerinjing_desktop.core.store.integrity import looks_like_sqlite
from kerinjing_desktop.core.store.rows import column_values, mapping


class RestoreError(BackupError):
    """The file was not restored; nothing changed. The message says why."""


def _connect_source(source: Path, workdir: Path) -> sqlite3.Connection:
    """A read-only connection that sees the source with its -wal. When SQLite cannot read it
    in place (a -wal without -shm on a read-only stick), a private copy of the main file
    and its -wal is read instead; the source itself is never changed."""
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        pass
    copy = workdir / "source.db"
    shutil.copyfile(source, copy)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return sqlite3.connect(copy)


def _copy_through_sqlite(source: Path, target: Path, workdir: Path) -> None:
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    src = _connect_source(source, workdir)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal to lose
        finally:
            dest.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(target, 0o600)


def check_candidate(path: Path, workdir: Path) -> str | None:
    """None when the app can use `path` as its store, else why not: it must pass the
    integrity check, migrate (on a temporary copy) and then have every table, column,
    index and trigger of a new store."""
    problem = verify_file(path)
    if problem:
        return problem
    trial = workdir / DB_NAME
    shutil.copyfile(path, trial)
    try:
        store = _prepare(sqlite3.connect(trial, isolation_level=None), trial)
    except (StoreError, sqlite3.Error) as error:
        return _("{path} cannot be used by this version of the app: {reason}").format(
            path=path, reason=error
        )
    try:
        problems = schema_problems(store.conn)
    finally:
        store.close()
    if problems:
        return _("{path} cannot be used by this version of the app: {reason}").format(
            path=path, reason="; ".join(problems[:5])
        )
    return None


def _settle_current(live: Path) -> None:
    """Fold the current store's -wal into its main file and leave WAL mode, so that what is
    moved aside is one complete file. A store that does not open is moved as it is."""
    if not live.exists():
        return
    try:
        conn = sqlite3.connect(live, isolation_level=None, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sqlite3.Error:
        pass


@writes(EVERYTHING)
def restore_backup(data_dir: Path, source: Path) -> Path | None:
    """Make `source` the store; returns where the previous store was kept (None if none).

    The store must be closed, and this process must hold the data dir or be able to take it
    (`dirlock`): a program with the store open would go on writing into the old file."""
    from kerinjing_desktop.core.store import dirlock

    source = Path(source)
    directory = ensure_private_dir(Path(data_dir))
    live = directory / DB_NAME
    if not source.is_file():
        raise RestoreError(_("Not restored: {path} does not exist.").format(path=source))
    if not looks_like_sqlite(source):
        raise RestoreError(
            _("Not restored: {path} is not a Kerinjing data file (not SQLite).").format(path=source)
        )
    if live.exists() and source.resolve() == live.resolve():
        raise RestoreError(_("Not restored: {path} is the data file in use.").format(path=source))
    with dirlock.acquire(directory, "restore"):
        swap.finish_pending(directory)
        partial = directory / swap.PARTIAL
        try:
            with tempfile.TemporaryDirectory(dir=directory, prefix=".restore-") as work:
                try:
                    _copy_through_sqlite(source, partial, Path(work))
                except sqlite3.Error as error:
                    raise RestoreError(
                        _("Not restored: {path} is damaged: {reason}").format(
                            path=source, reason=error
                        )
                    ) from error
                problem = check_candidate(partial, Path(work))
            if problem:
                raise RestoreError(_("Not restored: {reason}").format(reason=problem))
            swap._fsync_file(partial)
            os.replace(partial, directory / swap.CANDIDATE)
            swap._fsync_dir(directory)
            aside = directory / f"{DB_NAME}.{swap.ASIDE_LABEL}-{swap._stamp()}"
            _settle_current(live)
            # Whole or absent (core/files): from here on, the next open finishes the swap.
            write_text(directory / swap.JOURNAL, json.dumps({"aside": aside.name}))
            swap._complete_swap(directory, aside)
        except OSError as error:
            if not (directory / swap.JOURNAL).exists():  # the swap never began: nothing to finish
                for name in (swap.PARTIAL, swap.CANDIDATE):
                    (directory / name).unlink(missing_ok=True)
            raise RestoreError(
                _("Not restored: {reason}").format(reason=os_reason(error))
            ) from error
        except RestoreError:
            partial.unlink(missing_ok=True)
            raise
    return aside if aside.exists() else None


def _shape(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Each table, index and trigger of a store, with a table's columns (an index or a
    trigger has none): what the app's SQL relies on being there."""
    shape: dict[str, set[str]] = {}
    kinds = mapping(conn, "SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    for name, kind in kinds.items():
        columns = set()
        if kind == "table":
            columns = set(column_values(conn, "SELECT name FROM pragma_table_info(?)", [name]))
        shape[f"{kind} {name}"] = columns
    return shape


def schema_problems(target: Store | sqlite3.Connection) -> list[str]:
    """What a migrated store lacks compared with a new one of this version (empty: none)."""
    conn = target.conn if isinstance(target, Store) else target
    reference = open_store(None)
    try:
        wanted = _shape(reference.conn)
    finally:
        reference.close()
    found = _shape(conn)
    problems = []
    for item, columns in sorted(wanted.items()):
        if item not in found:
            problems.append(_("{item} is missing").format(item=item))
        elif missing := sorted(columns - found[item]):
            problems.append(
                _("{item} lacks the columns {names}").format(item=item, names=", ".join(missing))
            )
    return problems
