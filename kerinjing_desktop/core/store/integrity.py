"""Checks on a store's health, and what a SQLite failure means for a facilitator.

`integrity_check` is the slow full check (doctor, backups, the crash harness); the quick one
runs at every start in `connection.open_store`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.rows import column_values

if TYPE_CHECKING:
    from kerinjing_desktop.core.store.connection import Store

SQLITE_MAGIC = b"SQLite format 3\x00"

# SQLite's primary result codes that mean the file itself is bad (not the disk or the folder).
DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


def integrity_check(store: Store) -> str:
    """'ok', or SQLite's first findings joined on one line."""
    return "; ".join(str(finding) for finding in column_values(store, "PRAGMA integrity_check(20)"))


def checkpoint(store: Store) -> None:
    """Fold the WAL into the main file and empty it (old page images leave the -wal file)."""
    if store.path is not None:
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header (a zero-byte file does not)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def error_name(error: BaseException) -> str:
    """SQLite's primary result code name ('SQLITE_FULL', …), or '' when unknown."""
    name = getattr(error, "sqlite_errorname", "") or ""
    # Extended codes ('SQLITE_IOERR_WRITE') share their primary code's meaning here.
    parts = name.split("_")
    return "_".join(parts[:2]) if len(parts) > 2 else name


def is_damage(error: BaseException) -> bool:
    if error_name(error) in DAMAGE_CODES:
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def explain(error: BaseException) -> str:
    """A sentence a facilitator can act on for a failed write or open."""
    name = error_name(error)
    text = str(error).lower()
    full_name = getattr(error, "sqlite_errorname", "") or ""
    if full_name.startswith("SQLITE_IOERR_SHM"):
        # SQLite needs a small shared-memory file beside the store even to read it: on a full
        # disk (or a read-only folder) it cannot make one. Nothing was being saved.
        return _(
            "The data cannot be opened: the disk is full or the data folder is read-only, and "
            "SQLite needs a little room beside the data file even to read it. What was saved "
            "before is safe. Free some space (delete old downloads or videos) and try again."
        )
    if name == "SQLITE_FULL" or "disk is full" in text or getattr(error, "errno", None) == 28:
        return _(
            "The disk is full: nothing more can be saved. What was saved before is safe. "
            "Free some space (delete old downloads or videos) and try again."
        )
    if name in ("SQLITE_READONLY", "SQLITE_PERM") or "readonly" in text or "read-only" in text:
        return _(
            "The data folder cannot be written to (it is read-only). What was saved before is "
            "safe. Choose another folder with --data-dir or fix the folder's permissions."
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in text:
        return _(
            "Another program kept the data busy for too long, so this change was not saved "
            "(nothing else changed). Try again in a moment."
        )
    if name == "SQLITE_CANTOPEN" or "unable to open" in text:
        return _(
            "The data file cannot be opened: the folder may be read-only or missing. Choose "
            "another folder with --data-dir or fix its permissions."
        )
    if isinstance(error, sqlite3.Error) and is_damage(error):
        return _("The data file is damaged ({reason}).").format(reason=error)
    if isinstance(error, OSError):
        return os_reason(error)
    return _("The data could not be saved: {reason}").format(reason=error)
