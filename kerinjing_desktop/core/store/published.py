"""The web view's database: a separate SQLite file holding only what the privacy filter
published (core/office/publish.py), never a copy of the store. Datasette opens it immutable,
so nothing served can be changed and the office's store is never opened by the web server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kerinjing_desktop.core.files import atomic_path

Table = tuple[
    list[tuple[str, str, bool]], list[tuple[object, ...]]
]  # [(column, SQL type, key?)], rows


def write_published_copy(path: Path, tables: dict[str, Table]) -> Path:
    """Write the tables to `path` whole (atomic, owner-only), replacing any earlier copy."""
    with atomic_path(path) as partial:
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.execute("BEGIN")
            for name, (columns, rows) in tables.items():
                keys = [column for column, _type, key in columns if key]
                body = ", ".join(f'"{column}" {kind}' for column, kind, _key in columns)
                if keys:
                    body += ", PRIMARY KEY (" + ", ".join(f'"{k}"' for k in keys) + ")"
                conn.execute(f'CREATE TABLE "{name}" ({body})')
                marks = ", ".join("?" * len(columns))
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
            conn.execute("COMMIT")
        finally:
            conn.close()
    return path
