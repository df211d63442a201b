"""One table's rows of a bundle merged in batches, with the result of merging them one by one.

Why: an office collects a programme's bundles, 200 laptops and about a million rows. Row by
row (a lookup, a tombstone lookup, a savepoint, an insert, a release) that took two minutes.
Here the rows already held and the tombstones are read a chunk of ids at a time, a row held
unchanged costs a compare, and the new rows go in with one `executemany` per chunk inside a
savepoint.

Every rule stays in sync.py's row-by-row merge (`one_row`), which this calls for anything
that is not plainly new or plainly the same:
- a row held here that differs (a newer version, a tie, a certificate's change) goes through
  `one_row`, after the new rows before it are inserted, so the writes keep the row-by-row
  order;
- a chunk that meets a constraint (the same natural key typed on two laptops, a parent
  deleted here, a value the store refuses) is rolled back to its savepoint and merged row by
  row; from then on the rest of the table is too, since settling a collision may delete or
  renumber rows that were read ahead;
- certificates are always merged row by row (signatures, serials).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.paper_totals import rebuild
from kerinjing_desktop.core.store.rows import column_values, dicts, value

if TYPE_CHECKING:
    from kerinjing_desktop.core.store.merge_keys import MergeReport

Row = dict[str, object]
OneRow = Callable[[Row], None]

CHUNK = 500  # ids per lookup: under the oldest SQLite limit on parameters (999)
NEW_ROWS = 5000  # new rows inserted under one savepoint
ROWS_PER_STATEMENT = 1000
ROW_BY_ROW = ("certificates",)


def _held(store: Store, table: str, columns: list[str], ids: list[str]) -> dict[str, Row]:
    select = ", ".join(columns)
    held: dict[str, Row] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        for values in store.execute(
            f"SELECT {select} FROM {table} WHERE id IN ({marks})", part
        ).fetchall():
            row = dict(zip(columns, values, strict=True))
            held[str(row["id"])] = row
    return held


def _tombstones(store: Store, table: str, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        found.update(
            store.execute(
                f"SELECT row_id, deleted_at FROM deletions WHERE table_name = ? "
                f"AND row_id IN ({marks})",
                [table, *part],
            ).fetchall()
        )
    return found


def _insert_all(store: Store, table: str, rows: list[Row]) -> bool:
    """Insert rows that share their columns, as many per statement as SQLite takes; False
    (nothing inserted) when a constraint refuses one of them.

    Many rows per statement, not `executemany`: SQLite keeps a statement journal (each page
    a statement changes, copied before it changes it) so that one statement can be undone;
    one statement per row copied the same pages again for every row (ten writes a row)."""
    names = list(rows[0])
    one = f"({', '.join('?' * len(names))})"
    limit = store.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per_statement = max(1, min(len(rows), limit // len(names), ROWS_PER_STATEMENT))
    store.execute("SAVEPOINT merge_chunk")
    store.totals_live = table != "scores"  # their totals are rebuilt after the table
    try:
        for start in range(0, len(rows), per_statement):
            part = rows[start : start + per_statement]
            store.execute(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * len(part))}",
                [row[name] for row in part for name in names],
            )
    except sqlite3.IntegrityError:
        store.execute("ROLLBACK TO merge_chunk")
        store.execute("RELEASE merge_chunk")
        return False
    finally:
        store.totals_live = True
    store.execute("RELEASE merge_chunk")
    return True


def _rebuild_totals(store: Store, registrations: set[str]) -> None:
    """The per-paper totals of the events whose cells were inserted in bulk (their triggers
    were off: one statement per event is cheaper than a trigger per cell)."""
    ids = sorted(registrations)
    events: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        events.update(
            column_values(
                store, f"SELECT DISTINCT event_id FROM registrations WHERE id IN ({marks})", part
            )
        )
    rebuild(store.conn, sorted(events))


def merge_table(
    store: Store,
    table: str,
    rows: list[Row],
    columns: list[str],
    report: MergeReport,
    one_row: OneRow,
) -> None:
    """Merge `rows` (in merge order) into `table`; `one_row(row)` is the row-by-row merge."""
    if table in ROW_BY_ROW or not rows:
        for row in rows:
            one_row(row)
        return
    ids = [str(row["id"]) for row in rows]
    held = _held(store, table, columns, ids)
    tombs = _tombstones(store, table, ids)
    new: list[Row] = []
    row_by_row = False
    bulk: set[str] = set()  # registrations whose cells went in with the totals' triggers off

    def flush() -> bool:
        """Insert the new rows waiting; True when they had to go row by row."""
        fell_back = False
        start = 0
        while start < len(new):
            names, end = list(new[start]), start
            while end < len(new) and end - start < NEW_ROWS and list(new[end]) == names:
                end += 1
            chunk = new[start:end]
            if fell_back or not _insert_all(store, table, chunk):
                fell_back = True
                for row in chunk:
                    one_row(row)
            else:
                report.added += len(chunk)
                if table == "scores":
                    bulk.update(str(row["registration_id"]) for row in chunk)
            start = end
        new.clear()
        return fell_back

    for row in rows:
        if row_by_row:
            one_row(row)
            continue
        here = held.get(str(row["id"]))
        if here is None:
            deleted_at = tombs.get(str(row["id"]))
            if deleted_at is not None and deleted_at >= str(row["updated_at"]):
                report.unchanged += 1
            else:
                new.append(row)
                if len(new) >= NEW_ROWS:
                    row_by_row = flush()
            continue
        if all(here[name] == row[name] for name in row):
            report.unchanged += 1
            continue
        row_by_row = flush()
        one_row(row)
    flush()
    if bulk:
        _rebuild_totals(store, bulk)


COLLECT_CACHE_KB = 128 * 1024


@contextlib.contextmanager
def larger_cache(store: Store, kilobytes: int = COLLECT_CACHE_KB) -> Iterator[None]:
    """A bigger page cache while a collection runs, then SQLite's default again. A bundle's
    new rows land all over the store's indexes (their keys are random UUIDs): with the
    default 2 MB the same pages are read, spilled and read again. And the journals of the
    savepoints (each bundle's, each batch's) in memory, not in temporary files: every page a
    bundle changes is copied there first (collect_batch.py; about 40 MB a bundle at 200
    laptops, written and deleted: 8 % of the CPU time). The store has no TEMP tables that
    changing this could drop. Both as before after (call outside a transaction)."""
    before = value(store, "PRAGMA cache_size")
    temp_store = value(store, "PRAGMA temp_store")
    store.execute(f"PRAGMA cache_size = -{int(kilobytes)}")
    store.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        store.execute(f"PRAGMA cache_size = {int(before)}")
        store.execute(f"PRAGMA temp_store = {int(temp_store)}")


def copy_unchecked(store: Store, bundle: Path) -> None:
    """`bench programme`'s reference: a bundle's rows copied in with nothing checked and no
    merge rule (one transaction, one `executemany` per table; rows already there are
    skipped). The score totals are kept as a merge keeps them (triggers off for the cells,
    the bundle's events rebuilt after), so that both pay for them alike. Never used on real
    data."""
    from kerinjing_desktop.core.store.schema import SYNCED_TABLES

    source = sqlite3.connect(f"{Path(bundle).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables: dict[str, list[Row]] = {table: [] for table in SYNCED_TABLES}
        for bundled in dicts(source, "SELECT table_name, data FROM rows"):
            if bundled["table_name"] in tables:
                tables[bundled["table_name"]].append(json.loads(bundled["data"]))
    finally:
        source.close()
    with store.db.atomic():
        for table, rows in tables.items():
            if rows:
                names = list(rows[0])
                store.totals_live = table != "scores"
                try:
                    store.db.conn.executemany(
                        f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' * len(names))})",
                        [[row.get(name) for name in names] for row in rows],
                    )
                finally:
                    store.totals_live = True
        rebuild(store.conn, sorted({str(row["id"]) for row in tables["events"]}))
