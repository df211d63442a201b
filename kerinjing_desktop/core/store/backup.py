"""Rolling backups through SQLite's online backup API, each verified before it counts.

Files: `<data_dir>/backups/kerinjing-YYYYMMDD-HHMMSS-ffffff.db` (UTC), dir 0700, files 0600.
Kept: the newest 10, plus the newest of each day for 30 days; older ones age out, which is
also how a deleted person's data leaves the backups.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.core.files import TEMP_SUFFIX, atomic_path
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME, ensure_private_dir
from kerinjing_desktop.core.store.errors import StoreError
from kerinjing_desktop.core.store.integrity import looks_like_sqlite
from kerinjing_desktop.core.store.rows import value
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from kerinjing_desktop.core.store.connection import Store

BACKUP_DIR = "backups"
PREFIX = "kerinjing-"
SUFFIX = ".db"
KEEP_LAST = 10
KEEP_DAYS = 30
INTERVAL_SECONDS = 10 * 60
_STAMP = "%Y%m%d-%H%M%S-%f"

# data dir → (monotonic time of the last backup, the connection's total_changes then)
_last: dict[str, tuple[float, int]] = {}


class BackupError(StoreError):
    """A backup could not be made, or a file is not a usable backup; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    size: int


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _parse(path: Path) -> BackupInfo | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        taken = dt.datetime.strptime(name[len(PREFIX) : -len(SUFFIX)], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken.replace(tzinfo=dt.UTC), size)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Finished backups, newest first (half-written `.partial` files are not listed)."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [info for path in folder.iterdir() if (info := _parse(path))]
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def verify_file(path: Path) -> str | None:
    """None when `path` is a healthy Kerinjing store this version can open, else why not."""
    path = Path(path)
    if not path.is_file():
        return _("{path} does not exist.").format(path=path)
    if not looks_like_sqlite(path):
        return _("{path} is not a Kerinjing data file (not SQLite).").format(path=path)
    try:
        # Read-only and immutable: checking a file must never change it (nor create -wal).
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            check = value(conn, "PRAGMA integrity_check(5)")
            version = value(conn, "PRAGMA user_version")
            has_events = value(
                conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            )
        finally:
            conn.close()
    except sqlite3.Error as error:
        return _("{path} is damaged: {reason}").format(path=path, reason=error)
    if check != "ok":
        return _("{path} is damaged: {reason}").format(path=path, reason=check)
    if not has_events or version < 1:
        return _("{path} is not a Kerinjing data file.").format(path=path)
    if version > SCHEMA_VERSION:
        return _("{path} was made by a newer Kerinjing Desktop. Update the app.").format(path=path)
    return None


def make_backup(store: Store, data_dir: Path) -> BackupInfo:
    """Copy the open store into backups/ and verify the copy; only then does it count."""
    folder = ensure_private_dir(backup_dir(data_dir))
    stamp = dt.datetime.now(dt.UTC)
    final = folder / f"{PREFIX}{stamp.strftime(_STAMP)}{SUFFIX}"
    try:
        with atomic_path(final) as partial:
            target = sqlite3.connect(partial)
            try:
                store.conn.backup(target)
                # A backup is a single file: no WAL beside it.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            problem = verify_file(partial)
            if problem:
                raise BackupError(
                    _("The new backup failed its check: {reason}").format(reason=problem)
                )
    except (OSError, sqlite3.Error) as error:
        from kerinjing_desktop.core.store.integrity import explain

        raise BackupError(
            _("No backup was made. {reason}").format(reason=explain(error))
        ) from error
    _last[str(Path(data_dir))] = (time.monotonic(), store.conn.total_changes)
    prune(data_dir)
    return _parse(final) or BackupInfo(final, stamp, final.stat().st_size)


def prune(data_dir: Path, today: dt.date | None = None) -> list[Path]:
    """Delete backups outside the rule (last 10 + newest per day for 30 days); returns them."""
    backups = list_backups(data_dir)
    today = today or dt.datetime.now(dt.UTC).date()
    keep = {info.path for info in backups[:KEEP_LAST]}
    days_seen: set[dt.date] = set()
    for info in backups:  # newest first, so the first of each day is that day's newest
        day = info.taken_at.date()
        if (today - day).days < KEEP_DAYS and day not in days_seen:
            days_seen.add(day)
            keep.add(info.path)
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    for stale in backup_dir(data_dir).glob(f".{PREFIX}*{TEMP_SUFFIX}"):
        stale.unlink(missing_ok=True)  # left by a power cut during a backup
    return removed


def maybe_backup(
    store: Store, data_dir: Path, interval: float = INTERVAL_SECONDS
) -> BackupInfo | None:
    """Back up when there were edits and `interval` seconds passed since the last backup.

    The GUI calls this from a timer; edits are counted by the connection's total_changes.
    """
    key = str(Path(data_dir))
    changes = store.conn.total_changes
    last_time, last_changes = _last.get(key, (None, None))
    if last_time is None:
        _last[key] = (time.monotonic(), changes)
        return None
    if changes == last_changes or time.monotonic() - last_time < interval:
        return None
    return make_backup(store, data_dir)


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if verify_file(info.path) is None:
            return info
    return None


def _aside_name(path: Path, label: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.name}.{label}-{stamp}")


def move_aside(data_dir: Path, label: str) -> Path | None:
    """Rename kerinjing.db (and its -wal/-shm) to `kerinjing.db.<label>-<stamp>`; never deletes."""
    path = Path(data_dir) / DB_NAME
    if not path.exists():
        return None
    target = _aside_name(path, label)
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target
