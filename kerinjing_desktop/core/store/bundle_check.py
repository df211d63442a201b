"""Every row of a bundle checked before any is merged: one bad row refuses the bundle whole.

A valid checksum proves nothing about who wrote the file, so a row is checked the way the
store will use it: JSON that is an object, a known table, its id, the columns the store
requires present and of the store's type, stamps that look like stamps and are not dated
after the bundle was made (the exporter's clock, format 2). A deletion names a known table,
a row id and a valid stamp. The first problem found is returned in words; None when all is
well. Values the store's own CHECKs refuse make the merge fail whole (sync.py).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from typing import Any

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.clock import STAMP
from kerinjing_desktop.core.store.schema import SYNCED_TABLES

_STAMPED = ("created_at", "updated_at")
Parsed = list[tuple[str, dict[str, Any]]]  # rows read: (table, row)


@functools.cache
def _columns() -> dict[str, dict[str, tuple[str, bool, bool]]]:
    """table → column → (declared type, NOT NULL, has a default), from a fresh store."""
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.sync import column_types

    store = open_store(None)
    try:
        return {table: column_types(store, table) for table in SYNCED_TABLES}
    finally:
        store.close()


# What a declared type takes from JSON (exact types: JSON gives no subclasses, and a bool is
# not a number here); other declared types take anything.
_TYPES: dict[str, tuple[type, ...]] = {"TEXT": (str,), "INTEGER": (int,), "REAL": (int, float)}
_ABSENT = object()


@functools.cache
def _checks(table: str) -> tuple[tuple[str, tuple[type, ...] | None, bool, bool], ...]:
    """(column, the types it takes or None for any, NOT NULL, has a default), in order: made
    once per table, since a programme's bundles hold a million rows."""
    return tuple(
        (name, _TYPES.get(kind), notnull, has_default)
        for name, (kind, notnull, has_default) in _columns()[table].items()
    )


def _row_problem(
    table: str, row_id: object, data: object, clock: str | None, parsed: Parsed | None = None
) -> str | None:
    if table not in SYNCED_TABLES:
        return _("it holds rows of an unknown kind ({table})").format(table=table)
    try:
        row = json.loads(data) if isinstance(data, str) else None
    except (ValueError, RecursionError):
        row = None
    if not isinstance(row, dict):
        return _("a row of {table} is not readable").format(table=table)
    if parsed is not None:
        parsed.append((table, row))
    if row.get("id") != row_id or not isinstance(row_id, str) or len(row_id) != 36:
        return _("a row of {table} has a wrong id").format(table=table)
    for name, types, notnull, has_default in _checks(table):
        value = row.get(name, _ABSENT)
        if value is _ABSENT:
            if notnull and not has_default:
                return _("a row of {table} lacks {column}").format(table=table, column=name)
            continue
        if (value is None and notnull) or (
            value is not None and types is not None and type(value) not in types
        ):
            return _("a row of {table} has a wrong {column}").format(table=table, column=name)
    for name in _STAMPED:
        if not STAMP.match(row[name]):
            return _("a row of {table} has a wrong {column}").format(table=table, column=name)
    if clock is not None and row["updated_at"] > clock:
        return _("a row of {table} is dated after the bundle was made").format(table=table)
    return None


def _deletion_problem(deletion: tuple[Any, ...], clock: str | None) -> str | None:
    if len(deletion) != 4 or not all(isinstance(part, str) for part in deletion):
        return _("a deletion in it is incomplete")
    table, row_id, deleted_at, _device = deletion
    if table not in SYNCED_TABLES or len(row_id) != 36 or not STAMP.match(deleted_at):
        return _("a deletion in it is not valid")
    if clock is not None and deleted_at > clock:
        return _("a deletion in it is dated after the bundle was made")
    return None


def shape_problem(
    manifest: Mapping[Any, Any],
    rows: Sequence[tuple[Any, ...]],
    deletions: Sequence[tuple[Any, ...]],
) -> str | None:
    """Text where text belongs, before anything (the checksum included) reads it."""
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in manifest.items()):
        return _("its manifest is not valid")
    if not all(len(row) == 3 and all(isinstance(p, str) for p in row) for row in rows):
        return _("a row in it is incomplete")
    if not all(len(d) == 4 and all(isinstance(p, str) for p in d) for d in deletions):
        return _("a deletion in it is incomplete")
    return None


def validate(
    manifest: dict[str, str],
    rows: Sequence[tuple[Any, ...]],
    deletions: Sequence[tuple[Any, ...]],
    parsed: Parsed | None = None,
) -> str | None:
    """The first reason to refuse the bundle, or None. `parsed`, when given, receives every
    row read as (table, dict): a programme's bundles are read once, not twice."""
    clock = manifest.get("clock")
    if manifest.get("format_version") != "1" and not (
        isinstance(clock, str) and STAMP.match(clock)
    ):
        return _("its manifest is not valid")
    for table, row_id, data in rows:
        problem = _row_problem(table, row_id, data, clock, parsed)
        if problem:
            return problem
    for deletion in deletions:
        problem = _deletion_problem(tuple(deletion), clock)
        if problem:
            return problem
    return None
