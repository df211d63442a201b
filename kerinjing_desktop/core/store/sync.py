"""Rows in and out of a bundle file, and merging them by UUID (core/bundle.py wraps this).

The bundle file is SQLite: `manifest(key, value)`, `rows(table_name, id, data)` with each row
as JSON, `deletions(...)`. JSON rows keep the file readable by any later schema version.

Merge rules (the same on every laptop, so merging both ways ends with the same data):
- a row not here is added, unless it was deleted here after its last change;
- a row here is replaced when the incoming (updated_at, device_id) is greater; a tie keeps ours;
- a deletion removes our row unless we changed it after the deletion;
- an issued certificate is never deleted by a merge, nor given another serial or event; a
  change to one is taken only when it is signed by a known laptop (core/store/signing.py);
  an event holding certificates is not deleted by a merge either;
- two rows with different ids but the same natural key (the same score typed on two laptops,
  two walk-ins given one code, the same person registered on both): core/store/merge_keys.py;
- a person's deletion is final, whatever the stamps, and their registrations stay on
  anonymous people: core/store/merge_forgotten.py.
Everything happens in one transaction: a bundle is merged whole or not at all. The rows of a
table go in batches (merge_batch.py: new rows many to a statement, rows held unchanged only
compared), handing every row these rules decide to `_merge_row`, with the same result.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path

from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.store import merge_forgotten as forgotten
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.merge_batch import CHUNK, merge_table
from kerinjing_desktop.core.store.merge_keys import (
    STAMPS,
    MergeReport,
    Merging,
    Row,
    add_row,
    label,
    replace,
)
from kerinjing_desktop.core.store.rows import column_values, dicts, value
from kerinjing_desktop.core.store.schema import SYNCED_TABLES

_BUNDLE_SCHEMA = """
    CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE rows (table_name TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
                       PRIMARY KEY (table_name, id));
    CREATE TABLE deletions (table_name TEXT NOT NULL, row_id TEXT NOT NULL,
                            deleted_at TEXT NOT NULL, device_id TEXT NOT NULL,
                            PRIMARY KEY (table_name, row_id));
"""

Deletion = tuple[str, str, str, str]  # table, row id, deleted_at, device_id


# --- reading this store -------------------------------------------------------------------


def _where(table: str, event_id: str | None, include_sensitive: bool) -> tuple[str, list]:
    """The rows of `table` that belong in a bundle (all, or one event's)."""
    clauses, params = [], []
    if table == "signing_keys":  # public keys: every bundle carries them all
        return "", []
    if table in ("notes", "commitments", "follow_ups") and not include_sensitive:
        clauses.append("sensitive = 0")
    if event_id is not None and table != "institution":  # the institution goes with any event
        if table == "events":
            clauses.append("id = ?")
        elif table == "people":
            clauses.append("id IN (SELECT person_id FROM registrations WHERE event_id = ?)")
        elif table == "scores":
            clauses.append("registration_id IN (SELECT id FROM registrations WHERE event_id = ?)")
        else:
            clauses.append("event_id = ?")
        params.append(event_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def collect(
    store: Store, event_id: str | None, include_sensitive: bool
) -> tuple[dict[str, list[Row]], list[Deletion]]:
    tables: dict[str, list[Row]] = {}
    for table in SYNCED_TABLES:
        where, params = _where(table, event_id, include_sensitive)
        cursor = store.execute(f"SELECT * FROM {table}{where} ORDER BY id", params)
        names = [column[0] for column in cursor.description]
        tables[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    deletions = [
        tuple(row)
        for row in store.execute(
            "SELECT table_name, row_id, deleted_at, device_id FROM deletions "
            "ORDER BY table_name, row_id"
        ).fetchall()
    ]
    return tables, deletions


# --- the bundle file ----------------------------------------------------------------------


def write_bundle_file(
    path: Path, manifest: dict[str, str], tables: dict[str, list[Row]], deletions: list[Deletion]
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(_BUNDLE_SCHEMA)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO manifest VALUES (?, ?)", sorted(manifest.items()))
        conn.executemany(
            "INSERT INTO rows VALUES (?, ?, ?)",
            (
                (table, row["id"], json.dumps(row, ensure_ascii=False, sort_keys=True))
                for table, rows in tables.items()
                for row in rows
            ),
        )
        conn.executemany("INSERT INTO deletions VALUES (?, ?, ?, ?)", deletions)
        conn.execute("COMMIT")
    finally:
        conn.close()


def read_bundle_file(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str]], list]:
    """(manifest, [(table, id, json)], deletions); sqlite3.Error when it is not a bundle."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        check = value(conn, "PRAGMA integrity_check(5)")
        if check != "ok":
            raise sqlite3.DatabaseError(check)
        manifest = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
        rows = conn.execute("SELECT table_name, id, data FROM rows ORDER BY table_name, id")
        data = [tuple(row) for row in rows.fetchall()]
        deletions = [
            tuple(row)
            for row in conn.execute(
                "SELECT table_name, row_id, deleted_at, device_id FROM deletions "
                "ORDER BY table_name, row_id"
            ).fetchall()
        ]
    finally:
        conn.close()
    return manifest, data, deletions


# --- merging ------------------------------------------------------------------------------


def _columns(store: Store, table: str) -> list[str]:
    return column_values(store, "SELECT name FROM pragma_table_info(?) ORDER BY cid", [table])


def column_types(store: Store, table: str) -> dict[str, tuple[str, bool, bool]]:
    """column → (declared type, NOT NULL, has a default): what a bundle's row must satisfy."""
    return {
        info["name"]: (info["type"].upper(), bool(info["notnull"]), info["dflt_value"] is not None)
        for info in dicts(store, f"PRAGMA table_info({table})")
    }


def _get(store: Store, table: str, row_id: str, columns: list[str]) -> Row | None:
    row = store.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone()
    return dict(zip(columns, row, strict=True)) if row else None


def _merge_row(merging: Merging, table: str, row: Row, columns: list[str]) -> None:
    store, report = merging.store, merging.report
    local = _get(store, table, str(row["id"]), columns)
    if local is None:
        tomb = value(
            store, "SELECT deleted_at FROM deletions WHERE table_name = ? AND row_id = ?",
            [table, row["id"]],
        )  # fmt: skip
        if tomb is not None and tomb >= row["updated_at"]:
            report.unchanged += 1
        else:
            add_row(merging, table, row)
        return
    if all(local[name] == row[name] for name in row):
        report.unchanged += 1
        return
    if table == "certificates" and not _certificate_change_allowed(store, local, row):
        report.conflicts.append(
            _(
                "Certificate {serial}: a change from the other laptop was refused (an issued "
                "certificate keeps its serial and event, and only a signed change is taken)."
            ).format(serial=local["serial"])
        )
        report.unchanged += 1
        return
    # When only the stamps differ (both laptops made the same change, or joined the same
    # registrations), the greater stamps stay and nothing typed is lost: nothing to report.
    typed_alike = all(local[name] == row[name] for name in row if name not in STAMPS)
    if (row["updated_at"], row["device_id"]) > (local["updated_at"], local["device_id"]):
        if (
            local["device_id"] == store.device_id
            and local["updated_at"] != local["created_at"]
            and not typed_alike
        ):
            report.replaced_here += 1
            report.conflicts.append(
                _("{row}: the change made here was replaced by a newer one.").format(
                    row=label(table, row)
                )
            )
        replace(store, table, row)
        report.updated += 1
    else:
        if not typed_alike:
            report.conflicts.append(
                _("{row}: kept this laptop's newer version.").format(row=label(table, local))
            )
        report.unchanged += 1


def _certificate_change_allowed(store: Store, local: Row, row: Row) -> bool:
    """An issued certificate is never reassigned: its serial and event stay; and a change
    must carry a valid signature by a known laptop unless ours has none either."""
    if (row["serial"], row["event_id"]) != (local["serial"], local["event_id"]):
        return False
    return _signature_ok(store, row) or not _signature_ok(store, local)


def _signature_ok(store: Store, row: Row) -> bool:
    from kerinjing_desktop.core.store import signing

    if not row.get("signer") or not row.get("signature"):
        return False
    if signing.known_key(store.conn, str(row["signer"])) is None:
        return False
    payload = signing.message(
        str(row["serial"]),
        str(row["holder_name"]),
        str(row["role"]),
        str(row["event_id"]),
        str(row["issued_at"]),
        str(row["check_code"]),
    )
    return signing.signature_valid(str(row["signer"]), payload, str(row["signature"]))


# Deletions a bundle may not carry out: issued certificates and laptops' public keys stay.
_NEVER_DELETED = ("certificates", "signing_keys")


def _apply_deletion(store: Store, deletion: Deletion, report: MergeReport) -> None:
    table, row_id, deleted_at, device_id = deletion
    if table not in SYNCED_TABLES:
        return
    local = store.execute(f"SELECT updated_at FROM {table} WHERE id = ?", [row_id]).fetchone()
    if local is not None and table in _NEVER_DELETED:
        report.conflicts.append(
            _("{table} {id}: deleted on another laptop; kept, issued certificates stay.").format(
                table=table, id=row_id[:8]
            )
        )
        return
    if local is not None and table == "events":
        issued = value(store, "SELECT count(*) FROM certificates WHERE event_id = ?", [row_id])
        if issued:
            report.conflicts.append(
                ngettext(
                    "Event {id}: deleted on another laptop, but {count} certificate was "
                    "issued for it; kept.",
                    "Event {id}: deleted on another laptop, but {count} certificates were "
                    "issued for it; kept.",
                    issued,
                ).format(id=row_id[:8], count=issued)
            )
            return
    if local is not None:
        if table == "people":  # a person's deletion is final (merge_forgotten.py)
            if local[0] > deleted_at:
                report.conflicts.append(
                    _(
                        "people {id}: deleted on another laptop; deleted here too, although "
                        "changed here later (a deleted person's data does not come back)."
                    ).format(id=row_id[:8])
                )
        elif local[0] > deleted_at:
            report.conflicts.append(
                _("{table} {id}: deleted on another laptop but changed here later; kept.").format(
                    table=table, id=row_id[:8]
                )
            )
            return
        store.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        report.count_deleted(table)
    # Keep the original deletion time, so that every laptop holds the same tombstone.
    store.execute(
        "INSERT INTO deletions (id, created_at, updated_at, device_id, table_name, row_id, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE "
        "SET deleted_at = excluded.deleted_at, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, device_id = excluded.device_id "
        "WHERE excluded.deleted_at < deletions.deleted_at",
        [row_id, deleted_at, deleted_at, device_id, table, row_id, deleted_at],
    )


# The laptops' public keys first: a certificate signed again by a laptop met for the first
# time (its key in the same bundle) is then taken, not refused as signed by an unknown key.
MERGE_ORDER = ("signing_keys", *(table for table in SYNCED_TABLES if table != "signing_keys"))


def merge(
    store: Store,
    rows: list[tuple[str, Row]],
    deletions: list[Deletion],
    advance_clock: bool = True,
) -> MergeReport:
    """Merge rows (parents before children) and deletions in one transaction; a preview
    (rolled back by the caller) leaves the clock where it was."""
    merging = Merging(store, MergeReport(), advance_clock)
    by_table: dict[str, list[Row]] = {table: [] for table in SYNCED_TABLES}
    for table, row in rows:
        if table in by_table:
            by_table[table].append(row)
    sent: dict[str, str] = {}  # registration id → its person in the bundle, as merged
    certificates: list[Row] = []
    with store.db.atomic():
        for table in MERGE_ORDER:
            columns = _columns(store, table)
            ordered = sorted(by_table[table], key=lambda r: (str(r["created_at"]), str(r["id"])))
            known = [
                merging.repoint(table, {name: row[name] for name in columns if name in row})
                for row in ordered
            ]
            if table == "people":
                known = forgotten.people(merging, known)
            elif table == "registrations":
                known = forgotten.registrations(merging, known, by_table["people"])
                sent = {str(row["id"]): str(row["person_id"]) for row in known}
            if table == "certificates":
                certificates = known
            one_row = functools.partial(_merge_row, merging, table, columns=columns)
            merge_table(store, table, known, columns, merging.report, one_row)
        # The certificates a merge brought, or whose holder it moved, keep a deleted name out.
        holders = {str(row["registration_id"]) for row in certificates}
        for deletion in deletions:
            if deletion[0] == "people":
                holders.update(forgotten.before_deletion(merging, deletion[1], sent))
            _apply_deletion(store, deletion, merging.report)
        forgotten.anonymous_certificates(merging, holders)
        # Codes handed out on either laptop stay unique from now on (only the events whose
        # row or participants came in can have changed).
        touched = sorted(
            {str(row["id"]) for row in by_table["events"]}
            | {str(row.get("event_id")) for row in by_table["registrations"]}
        )
        # Only the events whose next code must grow are written: a merge that brings
        # nothing new changes no row (and a collection takes no backup for it).
        next_code = (
            "coalesce((SELECT max(seq) + 1 FROM registrations r WHERE r.event_id = events.id), 1)"
        )
        for start in range(0, len(touched), CHUNK):
            part = touched[start : start + CHUNK]
            store.execute(
                f"UPDATE events SET next_seq = {next_code} "
                f"WHERE id IN ({', '.join('?' * len(part))}) AND next_seq < {next_code}",
                part,
            )
    # The clock moves past everything received: an edit made here next wins over it.
    if advance_clock:
        store.clock.seen(
            [str(row.get("updated_at")) for _table, row in rows] + [d[2] for d in deletions]
        )
    return merging.report
