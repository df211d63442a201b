"""Two rows, one natural key: what a merge does when a row from another laptop cannot be
inserted because a row here already holds its natural key (core/store/sync.py merges).

Each rule picks the same winner on every laptop, whichever bundle arrives first, so merging
both ways ends with the same data:
- two walk-ins given the same participant code: the later-created one gets the event's next
  code (its updated_at is kept, so both laptops agree);
- the same person registered for one event on two laptops (a person known from an earlier
  event): the two registrations become one, the earlier-created (its code was handed out
  first). Scores, answers and certificates of the other move to it, and a check-in on either
  laptop is kept, so nothing typed on either laptop is lost;
- anything else typed on two laptops (the same score cell, a slide's text, the institution):
  the row with the greater (updated_at, device_id, id) stays, and both laptops say which.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.clock import format_stamp, parse_stamp
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import column_values, value

Row = dict[str, object]

_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)")
# A merge's own change stamps these; the rest of a row is what someone typed.
STAMPS = ("updated_at", "device_id")


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    deleted_rows: dict[str, int] = field(default_factory=dict)  # table → rows deleted here
    replaced_here: int = 0  # rows last changed on this laptop that the merge overwrote

    def count_deleted(self, table: str) -> None:
        self.deleted += 1
        self.deleted_rows[table] = self.deleted_rows.get(table, 0) + 1

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.deleted


@dataclass
class Merging:
    """One merge under way: its store and report, and the registrations it joined."""

    store: Store
    report: MergeReport
    advance_clock: bool = True
    # registration id from the bundle → the registration here it was joined into
    joined: dict[str, str] = field(default_factory=dict)
    _pointers: dict[str, list[str]] = field(default_factory=dict)

    def repoint(self, table: str, row: Row) -> Row:
        """A bundle's row that belongs to a registration joined into one here belongs to
        that one now (its scores, its certificates)."""
        if not self.joined:
            return row
        if table not in self._pointers:
            self._pointers[table] = registration_columns(self.store, table)
        for column in self._pointers[table]:
            target = self.joined.get(str(row.get(column)))
            if target is not None:
                row = row | {column: target}
        return row

    def stamp_after(self, *rows: Row) -> str:
        """The stamp of a change the merge makes to join rows: later than each of them, so
        it wins over any copy of them elsewhere; the clock moves past it (unless this is a
        preview), so an edit made here next still wins over it."""
        latest = max(str(row["updated_at"]) for row in rows)
        stamp = format_stamp(parse_stamp(latest) + dt.timedelta(milliseconds=1))
        if self.advance_clock:
            self.store.clock.seen([stamp])
        return stamp


def registration_columns(store: Store, table: str) -> list[str]:
    """The columns of `table` that point at a registration (read from the schema, so a
    table added later is joined too)."""
    return [
        str(name)
        for name in column_values(
            store,
            'SELECT "from" FROM pragma_foreign_key_list(?) WHERE "table" = ?',
            [table, "registrations"],
        )
    ]


def label(table: str, row: Row) -> str:
    hint = row.get("code") or row.get("title") or row.get("question_number") or ""
    return f"{table} {str(row['id'])[:8]} {hint}".strip()


def insert(store: Store, table: str, row: Row) -> None:
    names = list(row)
    store.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [row[name] for name in names],
    )


def replace(store: Store, table: str, row: Row) -> None:
    names = [name for name in row if name != "id"]
    store.execute(
        f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
        [row[name] for name in names] + [row["id"]],
    )


def rank(row: Row) -> tuple[str, str, str]:
    return (str(row["updated_at"]), str(row["device_id"]), str(row["id"]))


def add_row(merging: Merging, table: str, row: Row) -> None:
    """Insert a row this store does not hold. A missing parent, or a natural key already
    held here, is settled (and reported) instead of refusing the whole bundle."""
    db = merging.store.db
    try:
        db.execute("SAVEPOINT merge_row")
        insert(merging.store, table, row)
        db.execute("RELEASE merge_row")
    except sqlite3.IntegrityError as error:
        db.execute("ROLLBACK TO merge_row")
        db.execute("RELEASE merge_row")
        if "FOREIGN KEY" in str(error):
            merging.report.conflicts.append(
                _("{row}: not merged, what it belongs to was deleted here.").format(
                    row=label(table, row)
                )
            )
        else:
            _collision(merging, table, row, error)
        return
    merging.report.added += 1
    if table == "certificates":
        _same_serial(merging, row)


def _held(store: Store, table: str, row: Row, keys: list[str]) -> Row | None:
    """The row here with the incoming row's values in `keys`, if any."""
    where = " AND ".join(f"{key} = ?" for key in keys)
    cursor = store.execute(f"SELECT * FROM {table} WHERE {where}", [row[k] for k in keys])
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([column[0] for column in cursor.description], found, strict=True))


def _collision(merging: Merging, table: str, row: Row, error: sqlite3.IntegrityError) -> None:
    """Another row here has the incoming row's natural key: settle it the same on every laptop."""
    found = _UNIQUE.search(str(error))
    if not found:  # a value this store refuses (a CHECK): the whole bundle is refused
        raise error
    if table == "registrations":
        # The same person first: their registration may carry the same code as well.
        same_person = _held(merging.store, table, row, ["event_id", "person_id"])
        if same_person is not None:
            _same_person(merging, row, same_person)
            return
    keys = [part.strip().split(".")[1] for part in found.group(1).split(",")]
    local = _held(merging.store, table, row, keys)
    assert local is not None  # the constraint that failed names a row here
    if table == "registrations":
        _same_code(merging, row, local)
    else:
        _same_cell(merging, table, row, local)


def _same_code(merging: Merging, row: Row, local: Row) -> None:
    """Two walk-ins given one code: the later-created one takes the event's next code."""
    store = merging.store
    later, keep = sorted([row, local], key=lambda r: (str(r["created_at"]), str(r["id"])))[::-1]
    seq = value(
        store, "SELECT max(seq) + 1 FROM registrations WHERE event_id = ?", [row["event_id"]]
    )
    code = "P-" + format(seq, "03d")
    if later is row:
        row = row | {"seq": seq, "code": code}
    else:
        store.execute(
            "UPDATE registrations SET seq = ?, code = ? WHERE id = ?", [seq, code, local["id"]]
        )
    merging.report.conflicts.append(
        _("Two participants had code {code}; the later one is now {new}.").format(
            code=keep["code"], new=code
        )
    )
    add_row(merging, "registrations", row)


def joined_registration(keep: Row, gone: Row) -> Row:
    """One registration from two of the same person: the kept one's id and code, the newer
    one's role, and the first check-in of either (present on either laptop is present).
    Without its stamps, so that it can be compared with what is held."""
    newer = max(keep, gone, key=rank)
    times = sorted(str(row["checked_in_at"]) for row in (keep, gone) if row["checked_in_at"])
    joined = newer | {name: keep[name] for name in ("id", "created_at", "seq", "code")}
    joined["checked_in_at"] = times[0] if times else None
    return {name: value for name, value in joined.items() if name not in STAMPS}


def _same_person(merging: Merging, row: Row, local: Row) -> None:
    """The same person registered for one event here and on the other laptop: join the two
    registrations into the earlier-created one (see the module's docstring)."""
    store, report = merging.store, merging.report
    keep, gone = sorted([row, local], key=lambda r: (str(r["created_at"]), str(r["id"])))
    joined = joined_registration(keep, gone)
    if joined != {name: keep.get(name) for name in joined}:
        joined |= {"updated_at": merging.stamp_after(keep, gone), "device_id": store.device_id}
    else:
        joined = keep
    if gone is row:  # the bundle's registration goes: its rows arriving next belong to ours
        merging.joined[str(row["id"])] = str(local["id"])
        if joined is local:
            report.unchanged += 1
        else:
            replace(store, "registrations", joined)
            report.updated += 1
    else:  # ours goes: what belongs to it moves to the bundle's registration
        _move_registration(merging, str(local["id"]), joined)
    if keep["code"] == gone["code"]:
        said = _(
            "Participant {code}: registered on both laptops; the two are joined, with the "
            "scores and attendance of both."
        )
    else:
        said = _(
            "Participant {code}: registered on both laptops (also as {other}); the two are "
            "joined as {code}, with the scores and attendance of both."
        )
    report.conflicts.append(said.format(code=keep["code"], other=gone["code"]))


def _move_registration(merging: Merging, gone_id: str, joined: Row) -> None:
    """Replace the registration `gone_id` here by `joined`, moving its scores and
    certificates over first (deleting it would delete its scores with it)."""
    db = merging.store
    db.execute("PRAGMA defer_foreign_keys = ON")  # `joined` is inserted after the move
    tables = column_values(db, "SELECT name FROM sqlite_schema WHERE type = 'table'")
    for table in tables:
        for column in registration_columns(merging.store, table):
            db.execute(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [joined["id"], gone_id]
            )
    db.execute("DELETE FROM registrations WHERE id = ?", [gone_id])
    # No tombstone: carried to a laptop that has not met the kept registration yet, it
    # would delete the gone one there with its scores. That laptop joins them itself.
    db.execute("DELETE FROM deletions WHERE table_name = 'registrations' AND row_id = ?", [gone_id])
    add_row(merging, "registrations", joined)
    db.execute("PRAGMA defer_foreign_keys = OFF")


def _same_cell(merging: Merging, table: str, row: Row, local: Row) -> None:
    """The same thing typed on two laptops (two rows, one natural key): the later one
    stays, and both laptops say which."""
    store, report = merging.store, merging.report
    if rank(row) > rank(local):
        store.execute(f"DELETE FROM {table} WHERE id = ?", [local["id"]])
        insert(store, table, row)
        report.updated += 1
        if local["device_id"] == store.device_id:
            report.replaced_here += 1
        report.conflicts.append(
            _("{row}: the change made here was replaced by a newer one.").format(
                row=label(table, local)
            )
        )
    else:
        report.unchanged += 1
        report.conflicts.append(
            _("{row}: kept this laptop's newer version.").format(row=label(table, local))
        )


def _same_serial(merging: Merging, row: Row) -> None:
    """Two laptops sharing a laptop code (a copied data folder) can meet on a serial: both
    certificates are kept, the check code on each paper tells them apart; say so."""
    others = value(
        merging.store,
        "SELECT count(*) FROM certificates WHERE serial = ? AND id != ?", [row["serial"], row["id"]]
    )  # fmt: skip
    if others:
        merging.report.conflicts.append(
            _(
                "Two certificates carry serial {serial}; both are kept. Check each paper with "
                "its check code (SERIAL|CODE)."
            ).format(serial=row["serial"])
        )
