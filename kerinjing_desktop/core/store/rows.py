"""One way to read a table in the store: columns named as the record's fields, built by name.

A query that becomes a record names each column as the record's field (`SELECT r.id AS
registration_id, …`), and `records` / `first` build the dataclass from those names (matched
once per query, see `builder`); a value stored in another form names its converter
(`consent=bool`, `kind=NoteKind`). Built by position (`Note(*row[:5], …)`), a column added to
a SELECT or a field moved in a dataclass shifted every later value into the wrong field
without a word; built by name, a column no field is named after is a TypeError at once, and
the order of the columns no longer matters. One value (a count, a setting) is `value`, one
column of every row `column_values`, a two-column look-up table `mapping`, whole rows as
dicts (a row kept for Undo, a bundle's rows) `dicts`. tests/test_store_rows.py keeps the
positional forms out of core/store.

Reads go to the sqlite3 connection (`Store.execute`), not through sqlite-utils: its table
calls (`db["t"].get`, `rows_where`) and `db.execute` only wrapped the same SQL, and the
connection is what the start path reads before sqlite-utils is imported (see `Store.db`).
"""

from __future__ import annotations

import dataclasses
import operator
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar, cast

R = TypeVar("R")
Parameters = Sequence[Any] | Mapping[str, Any]


class Executes(Protocol):
    """The store or a bare sqlite3 connection: anything that runs one statement."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


Convert = Mapping[str, Callable[[Any], Any]]


def builder(record: Callable[..., R], names: Sequence[str], convert: Convert) -> Callable[
    [Sequence[Any]], R
]:  # fmt: skip
    """What makes a `record` of a row whose columns are `names`, matched by name once per
    query. A dataclass whose first fields are the columns (in any order) is then built by
    position, as fast as by hand (by keyword, a 5,000-person list took 40 % longer); anything
    else (fields left to their defaults in between, a converted dict) by keyword."""
    if len(set(names)) != len(names):
        raise TypeError(f"two columns share a name: {', '.join(names)}")
    steps = dict(convert)
    if record is dict and not steps:  # a bundle's or a kept row: one dict, not two
        return cast(Callable[[Sequence[Any]], R], lambda row: dict(zip(names, row, strict=True)))
    declared: Any = record  # narrowed by is_dataclass to a type R is not known to be
    if not dataclasses.is_dataclass(declared):
        return _by_keyword(record, names, steps)
    fields = [field.name for field in dataclasses.fields(declared) if field.init]
    unknown = [name for name in [*names, *steps] if name not in fields]
    if unknown:
        raise TypeError(f"{getattr(record, '__name__', record)} has no field {', '.join(unknown)}")
    if set(names) != set(fields[: len(names)]) or len(names) < 2:
        return _by_keyword(record, names, steps)
    order = [names.index(name) for name in fields[: len(names)]]
    at = [(fields.index(name), converter) for name, converter in steps.items()]
    if order == sorted(order) and not at:  # the columns in the fields' order, as stored

        def direct(row: Sequence[Any]) -> R:
            return record(*row)

        direct.in_field_order = True  # type: ignore[attr-defined]  # keyed() builds inline
        return direct
    pick: Callable[[Sequence[Any]], Sequence[Any]] = (
        operator.itemgetter(*order) if order != sorted(order) else tuple
    )

    def build(row: Sequence[Any]) -> R:
        values = list(pick(row))
        for index, converter in at:
            values[index] = converter(values[index])
        return record(*values)

    return build


def _by_keyword(
    record: Callable[..., R], names: Sequence[str], steps: Convert
) -> Callable[[Sequence[Any]], R]:
    def build(row: Sequence[Any]) -> R:
        values = dict(zip(names, row, strict=True))
        for name, converter in steps.items():
            values[name] = converter(values[name])
        return record(**values)

    return build


def _rows(
    db: Executes, record: Callable[..., R], sql: str, parameters: Parameters, convert: Convert
) -> tuple[Callable[[Sequence[Any]], R], sqlite3.Cursor]:
    cursor = db.execute(sql, parameters)
    names = [description[0] for description in cursor.description]
    return builder(record, names, convert), cursor


def records(
    db: Executes,
    record: Callable[..., R],
    sql: str,
    parameters: Parameters = (),
    **convert: Callable[[Any], Any],
) -> list[R]:
    """Every row of `sql` as a `record`, built by the columns' names."""
    build, cursor = _rows(db, record, sql, parameters, convert)
    return [build(row) for row in cursor.fetchall()]


def first(
    db: Executes,
    record: Callable[..., R],
    sql: str,
    parameters: Parameters = (),
    **convert: Callable[[Any], Any],
) -> R | None:
    """The first row of `sql` as a `record`, or None when there is none."""
    build, cursor = _rows(db, record, sql, parameters, convert)
    row = cursor.fetchone()
    return None if row is None else build(row)


def keyed(
    db: Executes,
    record: Callable[..., R],
    sql: str,
    parameters: Parameters = (),
    keys: int = 1,
    **convert: Callable[[Any], Any],
) -> Iterator[tuple[Any, R]]:
    """(key, record) of every row, one at a time: the first `keys` columns are the key (one
    value, or a tuple of them), the rest build the record by name. For many small records
    filed under their keys (a sheet's score cells by person and question): no record holds
    the key only to be taken apart again, and no list of pairs stays alive for the garbage
    collector to walk (both together cost `stats` for 5,000 people a third of its time)."""
    cursor = db.execute(sql, parameters)
    names = [description[0] for description in cursor.description]
    build = builder(record, names[keys:], convert)
    if not getattr(build, "in_field_order", False):
        for row in cursor:
            yield (row[0] if keys == 1 else row[:keys]), build(row[keys:])
        return
    for row in cursor:
        yield (row[0] if keys == 1 else row[:keys]), record(*row[keys:])


def value(db: Executes, sql: str, parameters: Parameters = ()) -> Any:
    """The one value `sql` selects (its first row's only column), or None without a row."""
    cursor = db.execute(sql, parameters)
    if len(cursor.description) != 1:
        raise TypeError(f"value() reads one column, not {len(cursor.description)}: {sql}")
    row = cursor.fetchone()
    return None if row is None else row[0]


def column_values(db: Executes, sql: str, parameters: Parameters = ()) -> list[Any]:
    """The only column `sql` selects, from every row."""
    cursor = db.execute(sql, parameters)
    if len(cursor.description) != 1:
        raise TypeError(f"column_values() reads one column, not {len(cursor.description)}: {sql}")
    return [row[0] for row in cursor]


def mapping(db: Executes, sql: str, parameters: Parameters = ()) -> dict[Any, Any]:
    """A look-up table: the first column `sql` selects → the second, from every row (a code
    → its registration, a question's number → its row id)."""
    cursor = db.execute(sql, parameters)
    if len(cursor.description) != 2:
        raise TypeError(f"mapping() reads two columns, not {len(cursor.description)}: {sql}")
    return dict(cursor.fetchall())


def dicts(db: Executes, sql: str, parameters: Parameters = ()) -> list[dict[str, Any]]:
    """Every row of `sql` as a column name → value dict (a row kept for Undo, a bundle's row)."""
    found: list[dict[str, Any]] = records(db, dict, sql, parameters)
    return found
