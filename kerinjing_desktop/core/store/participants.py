"""People and their registrations at an event: add, import, check in, edit, remove."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import (
    Participant,
    PersonInput,
    ValidationError,
    format_code,
    name_key,
    search_key,
)
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import Gender, Role, parse_role
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.events import get_event
from kerinjing_desktop.core.store.rows import (
    column_values,
    dicts,
    first,
    mapping,
    records,
    value,
)

_SELECT = """
    SELECT r.id AS registration_id, p.id AS person_id, r.code AS code, p.full_name AS name,
           p.gender AS gender, p.birth_year AS birth_year, p.group_name AS "group",
           p.phone AS phone, p.consent AS consent, r.role AS role,
           r.checked_in_at AS checked_in_at,
           CAST(substr(e.date, 1, 4) AS INTEGER) AS event_year, p.group_label AS group_label
    FROM registrations r
    JOIN people p ON p.id = r.person_id
    JOIN events e ON e.id = r.event_id
"""


@dataclass(frozen=True)
class RemovedRegistration:
    """Everything a removal took away, so that Undo can put it back exactly."""

    registration: dict
    scores: list[dict]
    certificates: list[dict]


# Stored words → members by a dict look-up: Gender("L") costs ~1.7 µs, two of them 17 ms of
# a 5,000-person list (the participants page's goal is 100 ms).
_GENDER = {gender.value: gender for gender in Gender}
_ROLE = {role.value: role for role in Role}


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "gender": _GENDER.__getitem__,
    "consent": bool,
    "role": _ROLE.__getitem__,
}


def list_participants(store: Store, event_id: str) -> list[Participant]:
    sql = _SELECT + " WHERE r.event_id = ? ORDER BY r.seq"
    return records(store, Participant, sql, [event_id], **_CONVERT)


def get_participant(store: Store, registration_id: str) -> Participant:
    found = first(store, Participant, _SELECT + " WHERE r.id = ?", [registration_id], **_CONVERT)
    if found is None:
        raise LookupError(registration_id)
    return found


def participant_by_code(store: Store, event_id: str, code: str) -> Participant | None:
    sql = _SELECT + " WHERE r.event_id = ? AND r.code = ?"
    return first(store, Participant, sql, [event_id, code], **_CONVERT)


def _person_row(store: Store, person: PersonInput, event_year: int, stamp: str = "") -> dict:
    return store.row_meta(stamp) | {
        "full_name": person.name,
        "gender": str(person.gender),
        "birth_year": None if person.age is None else event_year - person.age,
        "group_name": person.group,
        "group_label": person.group_label,
        "phone": person.phone,
        "consent": int(person.consent),
        "name_key": name_key(person.name),
    }


def _register(store: Store, event_id: str, person_id: str, checked_in: bool) -> str:
    """Insert a registration with the event's next code; call inside a transaction."""
    seq = value(store, "SELECT next_seq FROM events WHERE id = ?", [event_id])
    row = store.row_meta() | {
        "event_id": event_id,
        "person_id": person_id,
        "seq": seq,
        "code": format_code(seq),
        "checked_in_at": store.stamp() if checked_in else None,
    }
    store.db.table("registrations").insert(row)
    store.execute(
        "UPDATE events SET next_seq = ?, updated_at = ?, device_id = ? WHERE id = ?",
        [seq + 1, store.stamp(), store.device_id, event_id],
    )
    return row["id"]


@writes(OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE)
def add_participant(
    store: Store, event_id: str, person: PersonInput, checked_in: bool = False
) -> Participant:
    """A new person registered at the event (a walk-in when `checked_in`)."""
    year = get_event(store, event_id).year
    with store.db.atomic():
        row = _person_row(store, person, year)
        store.db.table("people").insert(row)
        registration_id = _register(store, event_id, row["id"], checked_in)
    return get_participant(store, registration_id)


@writes(OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE)
def register_person(
    store: Store, event_id: str, person_id: str, checked_in: bool = False
) -> Participant:
    """Someone already known from an earlier event, registered at this one."""
    with store.db.atomic():
        taken = value(
            store,
            "SELECT code FROM registrations WHERE event_id = ? AND person_id = ?",
            [event_id, person_id],
        )
        if taken:
            raise ValidationError(
                [("name", _("This person is already registered as {code}.").format(code=taken))]
            )
        registration_id = _register(store, event_id, person_id, checked_in)
    return get_participant(store, registration_id)


IMPORT_BATCH = 5000  # rows per executemany: a 100,000-row list never sits in memory twice


@writes(OpChanges.PARTICIPANTS)
def import_participants(store: Store, event_id: str, people: Iterable[PersonInput]) -> int:
    """Register every row in one transaction: all of them or, on any error, none.

    Rows go in by the batch, one prepared INSERT each for people and registrations, and the
    event's next code is read and written once: a row at a time through sqlite-utils was
    about 14 statements a row (100,000 rows: 35 s and growing faster than the rows)."""
    year = get_event(store, event_id).year
    count = 0
    with store.db.atomic():
        seq = value(store, "SELECT next_seq FROM events WHERE id = ?", [event_id])
        batch: list[PersonInput] = []
        for person in people:
            batch.append(person)
            if len(batch) == IMPORT_BATCH:
                _insert_batch(store, event_id, batch, year, seq + count)
                count += len(batch)
                batch.clear()
        _insert_batch(store, event_id, batch, year, seq + count)
        count += len(batch)
        store.conn.execute(
            "UPDATE events SET next_seq = ?, updated_at = ?, device_id = ? WHERE id = ?",
            [seq + count, store.stamp(), store.device_id, event_id],
        )
    return count


def _insert_batch(
    store: Store, event_id: str, batch: list[PersonInput], year: int, first_seq: int
) -> None:
    if not batch:
        return
    stamp = store.stamp()  # one transaction: one creation time
    people = [_person_row(store, person, year, stamp) for person in batch]
    registrations = [
        store.row_meta(stamp)
        | {
            "event_id": event_id,
            "person_id": person["id"],
            "seq": first_seq + offset,
            "code": format_code(first_seq + offset),
            "checked_in_at": None,
        }
        for offset, person in enumerate(people)
    ]
    for table, rows in (("people", people), ("registrations", registrations)):
        columns = list(rows[0])
        store.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[row[column] for column in columns] for row in rows],
        )


@dataclass(frozen=True)
class KnownPerson:
    person_id: str
    name: str
    gender: Gender
    birth_year: int | None
    group: str
    last_event: str


def find_people(store: Store, text: str, exclude_event: str | None = None, limit: int = 20):
    """People from any event whose name holds every word of `text` (to reuse them, not retype
    them), compared by `search_key`: Maruf finds Ma'ruf."""
    words = search_key(text).split()
    if not words:
        return []
    store.conn.create_function("search_key", 1, search_key, deterministic=True)
    patterns = [
        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for word in words
    ] * 2
    # A name in plain ASCII (nearly all) is compared in SQL: its stored name_key without the
    # marks search_key drops. Only the few with other letters (Ṡiti, Ma’ruf) go through the
    # Python function: it costs ~5 µs a row, 50 ms a keystroke over 10,000 people.
    ascii_key = "p.name_key"
    for mark in ("''", "`", '"', "-", "_", "."):
        ascii_key = f"replace({ascii_key}, '{mark}', '')"
    like = " AND ".join([f"{ascii_key} LIKE ? ESCAPE '\\'"] * len(words))
    like_other = " AND ".join(["search_key(p.full_name) LIKE ? ESCAPE '\\'"] * len(words))
    matching = (
        f"((p.name_key NOT GLOB '*[^ -~]*' AND {like}) "
        f"OR (p.name_key GLOB '*[^ -~]*' AND {like_other}))"
    )
    return records(
        store,
        KnownPerson,
        f"""
        SELECT p.id AS person_id, p.full_name AS name, p.gender AS gender,
               p.birth_year AS birth_year,
               CASE WHEN p.group_label != '' THEN p.group_label ELSE p.group_name END AS "group",
               coalesce((SELECT e.title || ' (' || e.date || ')' FROM registrations r
                JOIN events e ON e.id = r.event_id WHERE r.person_id = p.id
                ORDER BY e.date DESC LIMIT 1), '') AS last_event
        FROM people p
        WHERE {matching}
          AND (? IS NULL OR p.id NOT IN (SELECT person_id FROM registrations WHERE event_id = ?))
        ORDER BY p.name_key LIMIT ?
        """,
        [*patterns, exclude_event, exclude_event, limit],
        gender=_GENDER.__getitem__,
    )


@writes(OpChanges.ATTENDANCE)
def set_checked_in(store: Store, registration_id: str, present: bool) -> Participant:
    store.execute(
        "UPDATE registrations SET checked_in_at = ?, updated_at = ?, device_id = ? WHERE id = ?",
        [store.stamp() if present else None, store.stamp(), store.device_id, registration_id],
    )
    return get_participant(store, registration_id)


@writes(OpChanges.ATTENDANCE)
def set_attendance(
    store: Store, event_id: str, codes: Sequence[str], present: bool, at: str | None = None
) -> int:
    """Check the given codes in (or out) in one transaction; unknown codes change nothing.
    `at` (a stored UTC stamp) is the check-in time, for a day entered afterwards (the demo)."""
    known = mapping(store, "SELECT code, id FROM registrations WHERE event_id = ?", [event_id])
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError(
            [("code", _("No participant {code} in this event.").format(code=c)) for c in unknown]
        )
    stamp = store.stamp()
    with store.db.atomic():
        for code in codes:
            # keep the first check-in time when someone is checked in twice
            store.execute(
                "UPDATE registrations SET checked_in_at = CASE WHEN ? THEN "
                "coalesce(checked_in_at, ?) ELSE NULL END, updated_at = ?, device_id = ? "
                "WHERE id = ?",
                [int(present), at or stamp, stamp, store.device_id, known[code]],
            )
    return len(codes)


def event_group_labels(store: Store, event_id: str) -> list[str]:
    """The village's own group labels used at this event (for the group boxes)."""
    return column_values(
        store,
        "SELECT DISTINCT p.group_label FROM registrations r JOIN people p ON p.id = r.person_id "
        "WHERE r.event_id = ? AND p.group_label != '' ORDER BY p.group_label",
        [event_id],
    )


@writes(OpChanges.PARTICIPANTS)
def update_person(store: Store, registration_id: str, person: PersonInput) -> Participant:
    current = get_participant(store, registration_id)
    store.db.table("people").update(
        current.person_id,
        {
            "full_name": person.name,
            "gender": str(person.gender),
            "birth_year": None if person.age is None else current.event_year - person.age,
            "group_name": person.group,
            "group_label": person.group_label,
            "phone": person.phone,
            "consent": int(person.consent),
            "name_key": name_key(person.name),
        }
        | store.touch(),
    )
    return get_participant(store, registration_id)


@writes(OpChanges.PARTICIPANTS)
def set_role(store: Store, registration_id: str, role: str) -> Participant:
    """Participant, speaker (narasumber) or organiser (panitia): it goes on the certificate."""
    chosen = parse_role(role)
    if chosen is None:
        raise ValidationError([("role", _("Unknown role “{role}”.").format(role=role))])
    store.execute(
        "UPDATE registrations SET role = ?, updated_at = ?, device_id = ? WHERE id = ?",
        [chosen.value, store.stamp(), store.device_id, registration_id],
    )
    return get_participant(store, registration_id)


@writes(OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE | OpChanges.SCORES)
def remove_participant(store: Store, registration_id: str) -> RemovedRegistration:
    """Take a registration (and its scores) off the event; the person stays for other events."""
    with store.db.atomic():
        registration: dict[str, Any] | None = first(
            store, dict, "SELECT * FROM registrations WHERE id = ?", [registration_id]
        )
        if registration is None:
            raise LookupError(registration_id)
        scores = dicts(store, "SELECT * FROM scores WHERE registration_id = ?", [registration_id])
        certificates = dicts(
            store, "SELECT * FROM certificates WHERE registration_id = ?", [registration_id]
        )
        store.db.table("registrations").delete(registration_id)
    return RemovedRegistration(registration, scores, certificates)


@writes(OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE | OpChanges.SCORES)
def restore_participant(store: Store, removed: RemovedRegistration) -> Participant:
    """Undo a removal: the same code, check-in time and scores come back."""
    with store.db.atomic():
        store.db.table("registrations").insert(removed.registration)
        if removed.scores:
            store.db.table("scores").insert_all(removed.scores)
        for certificate in removed.certificates:
            store.db.table("certificates").update(
                certificate["id"], {"registration_id": removed.registration["id"]}
            )
    return get_participant(store, removed.registration["id"])
