"""Restoring a store from a file, in steps that a crash at any moment leaves finishable.

1. The source is read through SQLite (the backup API), so what sits in a `-wal` beside it
   (committed, not yet checkpointed) comes along; the main file alone can be far behind.
2. The copy is checked the way the app will use it: integrity, then a temporary copy is
   migrated and compared with a new store's tables, columns, indexes and triggers.
3. The checked copy becomes `kerinjing.db.restoring` (fsynced). Only then is the journal
   `kerinjing.db.restore-journal` written; it names where the current store goes
   (`kerinjing.db.before-restore-<time>`, never deleted). Then the current store and its
   companions are renamed aside and the copy renamed in, and the journal removed.

At every open by the program that holds the data dir, `finish_pending` completes a swap a
crash interrupted (journal present: move the rest aside, rename the copy in) and drops a
half-written copy. A complete copy whose swap never began is renamed
`kerinjing.db.unused-restore-<time>` rather than deleted. `leftovers` lists all of these
for `doctor`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.files import fsync_dir, write_text
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME, ensure_private_dir
from kerinjing_desktop.core.store.backup import BackupError, verify_file
from kerinjing_desktop.core.store.connection import StoreError
from kerinjing_desktop.core.store.integrity import looks_like_sqlite

CANDIDATE = DB_NAME + ".restoring"
PARTIAL = CANDIDATE + ".partial"
JOURNAL = DB_NAME + ".restore-journal"
ASIDE_LABEL = "before-restore"
UNUSED_LABEL = "unused-restore"
# A store's companions: they belong to the main file and move with it, never to another.
COMPANIONS = ("-wal", "-shm", "-journal")


class RestoreError(BackupError):
    """The file was not restored; nothing changed. The message says why."""


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def _fsync_dir(directory: Path) -> None:
    fsync_dir(directory)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def pending(data_dir: Path) -> bool:
    """Whether an interrupted restore waits to be finished (or cleared) at the next open."""
    directory = Path(data_dir)
    return any((directory / name).exists() for name in (JOURNAL, CANDIDATE, PARTIAL))


def _read_journal(directory: Path) -> Path | None:
    try:
        aside = json.loads((directory / JOURNAL).read_text(encoding="utf-8"))["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    name = Path(str(aside)).name  # a name in this folder, nothing else
    return directory / name if name.startswith(f"{DB_NAME}.{ASIDE_LABEL}-") else None


def _complete_swap(directory: Path, aside: Path) -> None:
    """Move whatever is still the old store aside, then rename the candidate in. Each step
    is a rename, so running this again after a crash in the middle finishes the job."""
    live = directory / DB_NAME
    if (directory / CANDIDATE).exists():
        for suffix in ("", *COMPANIONS):
            current = live.with_name(live.name + suffix)
            if current.exists():
                os.replace(current, aside.with_name(aside.name + suffix))
        _fsync_dir(directory)
        os.replace(directory / CANDIDATE, live)
        _fsync_dir(directory)
    (directory / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(directory)


def finish_pending(data_dir: Path) -> str | None:
    """Finish or clear what a crash during a restore left; the caller holds the data dir.
    Returns what was done, for the log, or None when nothing was pending."""
    directory = Path(data_dir)
    done = None
    for work in directory.glob(".restore-*"):
        shutil.rmtree(work, ignore_errors=True)  # a killed restore's scratch copies
    for name in (PARTIAL, *(PARTIAL + suffix for suffix in COMPANIONS)):
        if (directory / name).exists():
            (directory / name).unlink()  # a copy of the source, half-written: nothing lost
            done = "dropped a half-written copy"
    if (directory / JOURNAL).exists():
        aside = _read_journal(directory) or directory / f"{DB_NAME}.{ASIDE_LABEL}-{_stamp()}"
        _complete_swap(directory, aside)
        return "finished an interrupted restore"
    candidate = directory / CANDIDATE
    if candidate.exists():
        # Left by an older version's crash between its renames: the copy was complete.
        if not (directory / DB_NAME).exists() and verify_file(candidate) is None:
            os.replace(candidate, directory / DB_NAME)
            _fsync_dir(directory)
            return "finished an interrupted restore"
        os.replace(candidate, directory / f"{DB_NAME}.{UNUSED_LABEL}-{_stamp()}")
        _fsync_dir(directory)
        return "kept an unused restore copy aside"
    return done


def leftovers(data_dir: Path) -> list[Path]:
    """Files a restore keeps or leaves in the data dir, for `doctor` to name (companions of
    a kept store are not listed on their own)."""
    directory = Path(data_dir)
    found = []
    for pattern in (f"{DB_NAME}.{ASIDE_LABEL}-*", f"{DB_NAME}.{UNUSED_LABEL}-*"):
        found += [p for p in directory.glob(pattern) if not p.name.endswith(COMPANIONS)]
    found += [directory / n for n in (JOURNAL, CANDIDATE, PARTIAL) if (directory / n).exists()]
    return sorted(found, key=lambda path: path.name)


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
    from kerinjing_desktop.core.store.connection import _prepare
    from kerinjing_desktop.core.store.integrity import schema_problems

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


def restore_file(data_dir: Path, source: Path) -> Path | None:
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
        finish_pending(directory)
        partial = directory / PARTIAL
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
            _fsync_file(partial)
            os.replace(partial, directory / CANDIDATE)
            _fsync_dir(directory)
            aside = directory / f"{DB_NAME}.{ASIDE_LABEL}-{_stamp()}"
            _settle_current(live)
            write_text(directory / JOURNAL, json.dumps({"aside": aside.name}))  # whole or absent
            _complete_swap(directory, aside)
        except OSError as error:
            if not (directory / JOURNAL).exists():  # the swap never began: nothing to finish
                for name in (PARTIAL, CANDIDATE):
                    (directory / name).unlink(missing_ok=True)
            raise RestoreError(
                _("Not restored: {reason}").format(reason=os_reason(error))
            ) from error
        except RestoreError:
            partial.unlink(missing_ok=True)
            raise
    return aside if aside.exists() else None
