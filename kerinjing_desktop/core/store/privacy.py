"""Deleting a person: their personal data goes, their anonymous answers still count.

Each of their registrations is moved to a fresh anonymous person "(dihapus)" (one per
registration, so that events cannot be linked back to one individual) keeping only gender and
group for the event's totals; certificates lose the name (signed again, so they still
verify, now as the anonymous holder); the person row is deleted, which
leaves a tombstone that bundles carry to other laptops. `secure_delete` zeroes freed pages and
a WAL checkpoint removes old page images; backups holding the person age out (30 days).
"""

from __future__ import annotations

from typing import Any

from kerinjing_desktop.core.store.certificates import resign_renamed
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import checkpoint
from kerinjing_desktop.core.store.rows import column_values, first

ANONYMOUS = "(dihapus)"


def delete_person(store: Store, person_id: str) -> int:
    """Remove a person's personal data everywhere in this store; returns registrations kept."""
    with store.db.atomic():
        person: dict[str, Any] | None = first(
            store, dict, "SELECT gender, group_name FROM people WHERE id = ?", [person_id]
        )
        if person is None:
            raise LookupError(person_id)
        registrations = column_values(
            store, "SELECT id FROM registrations WHERE person_id = ?", [person_id]
        )
        for registration_id in registrations:
            stamp = store.stamp()
            anonymous = new_anonymous(store, person["gender"], person["group_name"], stamp)
            store.execute(
                "UPDATE registrations SET person_id = ?, updated_at = ?, device_id = ? "
                "WHERE id = ?",
                [anonymous, stamp, store.device_id, registration_id],
            )
            resign_renamed(store, registration_id, ANONYMOUS)
        store.execute("DELETE FROM people WHERE id = ?", [person_id])
    checkpoint(store)
    return len(registrations)


def new_anonymous(store: Store, gender: str, group: str, stamp: str) -> str:
    """Inside a transaction: a new anonymous person (gender and group only); returns its id.
    A merge makes them too, for a registration whose person was deleted (merge_forgotten.py)."""
    anonymous = store.row_meta(stamp) | {
        "full_name": ANONYMOUS,
        "gender": gender,
        "birth_year": None,
        "group_name": group,
        "phone": "",
        "consent": 0,
        "name_key": ANONYMOUS,
    }
    store.db.table("people").insert(anonymous)
    return str(anonymous["id"])
