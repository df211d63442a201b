"""Damage made on purpose to a store's file, for the tests of what finds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def scramble_table(db: Path, table: str) -> None:
    """Overwrite the first page of `table` with bytes no SQLite page has: the file still opens
    (its schema and settings are elsewhere) but reading the table, or a check, fails."""
    conn = sqlite3.connect(db)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?", [table]
        ).fetchone()
    finally:
        conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)
