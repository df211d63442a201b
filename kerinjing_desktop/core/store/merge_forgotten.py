"""A merge meets a person whose personal data was deleted (core/store/privacy.py): the
deletion is final, and nothing typed about their registrations is lost.

Why: deleting a person is what that person asked for. A laptop that has not heard of the
deletion still holds them, their registrations and certificates, and may change them after
(a check-in, a score, a corrected name). With the rules for other rows, the office taking that
laptop's bundle failed on a FOREIGN KEY (a registration pointing at the deleted person: the
whole bundle refused, and every later bundle of that laptop with it), or took the person back
by name (the laptop's change was later than the deletion), or dropped a registration made
there with its scores; and a laptop taking the office's deletion after changing the person
kept the name, or lost the registrations changed there with their scores (the deletion
cascaded to them).

The rules, the same on every laptop (sync.py calls them around its own):
- a person deleted here is never added back by a merge, however late the other laptop's
  change to them: that change is reported, not taken;
- a registration of theirs from the other laptop is taken with everything on it, and belongs
  to an anonymous person: the one its copy here belongs to, or a new one made for it (the
  person's gender and group only, as `delete_person` does);
- a person's deletion from the other laptop deletes them here even when changed here later;
  their registrations here move first to the anonymous person the other laptop's copy of the
  registration belongs to, or a new one, so nothing cascades;
- a certificate whose holder is an anonymous person carries the anonymous name, signed again
  here, whatever name the other laptop's copy had.
The changes a merge makes for these are stamped after the rows they settle, so they win on
every laptop, and both laptops hold the same data after one exchange each way.
"""

from __future__ import annotations

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.certificates import resign_renamed
from kerinjing_desktop.core.store.merge_batch import CHUNK
from kerinjing_desktop.core.store.merge_keys import Merging, Row, rank
from kerinjing_desktop.core.store.privacy import ANONYMOUS, new_anonymous
from kerinjing_desktop.core.store.rows import column_values, dicts, first, mapping, value


def _deleted_people(merging: Merging, ids: set[str]) -> dict[str, str]:
    """person id → deleted_at, for the ids deleted here (and not held again)."""
    found: dict[str, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        found.update(
            mapping(
                merging.store,
                "SELECT row_id, deleted_at FROM deletions WHERE table_name = 'people' "
                f"AND row_id IN ({marks}) AND row_id NOT IN (SELECT id FROM people "
                f"WHERE id IN ({marks}))",
                [*part, *part],
            )
        )
    return found


def people(merging: Merging, rows: list[Row]) -> list[Row]:
    """The bundle's people less those deleted here (counted unchanged; a change to one made
    after the deletion is named, as not taken)."""
    deleted = _deleted_people(merging, {str(row["id"]) for row in rows})
    if not deleted:
        return rows
    kept = []
    for row in rows:
        deleted_at = deleted.get(str(row["id"]))
        if deleted_at is None:
            kept.append(row)
            continue
        merging.report.unchanged += 1
        if str(row["updated_at"]) > deleted_at:
            merging.report.conflicts.append(
                _(
                    "people {id}: deleted here; the other laptop's later change to this person "
                    "was not taken (a deleted person's data does not come back)."
                ).format(id=str(row["id"])[:8])
            )
    return kept


def registrations(merging: Merging, rows: list[Row], bundle_people: list[Row]) -> list[Row]:
    """The bundle's registrations, those of a person deleted here moved to an anonymous
    person (their copy's here, or a new one)."""
    deleted = _deleted_people(merging, {str(row["person_id"]) for row in rows})
    if not deleted:
        return rows
    sent = {str(person["id"]): person for person in bundle_people}
    moved = []
    for row in rows:
        if str(row["person_id"]) in deleted:
            row = _registration(merging, row, sent.get(str(row["person_id"])))
        moved.append(row)
    return moved


def _registration(merging: Merging, row: Row, person: Row | None) -> Row:
    store = merging.store
    held: Row | None = first(
        store,
        dict,
        "SELECT person_id, updated_at, device_id, id FROM registrations WHERE id = ?",
        [row["id"]],
    )
    if held is not None:
        row = row | {"person_id": held["person_id"]}
        if rank(row) > rank(held):  # it wins here: it must win wherever it goes next
            row |= {"updated_at": merging.stamp_after(row, held), "device_id": store.device_id}
        return row
    if person is None:
        return row  # without the person's gender it cannot be kept (add_row says so)
    stamp = merging.stamp_after(row)
    anonymous = new_anonymous(store, str(person["gender"]), str(person["group_name"]), stamp)
    return row | {"person_id": anonymous, "updated_at": stamp, "device_id": store.device_id}


def before_deletion(merging: Merging, person_id: str, sent: dict[str, str]) -> list[str]:
    """A person deleted on the other laptop: move their registrations here to anonymous
    people first (`sent`: registration id → person id in the bundle, as merged); returns the
    registrations moved."""
    store = merging.store
    person: Row | None = first(
        store, dict, "SELECT gender, group_name FROM people WHERE id = ?", [person_id]
    )
    if person is None:
        return []
    held = mapping(
        store,
        "SELECT id, updated_at FROM registrations WHERE person_id = ? ORDER BY id",
        [person_id],
    )
    for registration_id, updated_at in held.items():
        stamp = merging.stamp_after({"updated_at": updated_at})
        target = sent.get(registration_id)
        known = (
            target is not None
            and target != person_id
            and value(store, "SELECT 1 FROM people WHERE id = ?", [target]) is not None
        )
        anonymous = (
            target
            if known
            else new_anonymous(store, str(person["gender"]), str(person["group_name"]), stamp)
        )
        store.execute(
            "UPDATE registrations SET person_id = ?, updated_at = ?, device_id = ? WHERE id = ?",
            [anonymous, stamp, store.device_id, registration_id],
        )
    return list(held)


def anonymous_certificates(merging: Merging, registration_ids: set[str]) -> None:
    """The certificates of these registrations (those a merge brought or moved) whose holder
    is an anonymous person carry the anonymous name, signed again here after their last
    change (so that this version wins on the other laptop)."""
    store = merging.store
    latest: dict[str, str] = {}
    ordered = sorted(registration_ids)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        for held in dicts(
            store,
            "SELECT c.registration_id, c.updated_at FROM certificates c JOIN registrations r "
            "ON r.id = c.registration_id JOIN people p ON p.id = r.person_id WHERE p.full_name "
            f"= ? AND c.holder_name != ? AND c.registration_id IN ({', '.join('?' * len(part))})",
            [ANONYMOUS, ANONYMOUS, *part],
        ):
            registration_id, updated_at = held["registration_id"], held["updated_at"]
            latest[registration_id] = max(updated_at, latest.get(registration_id, updated_at))
    for registration_id in sorted(latest):
        stamp = merging.stamp_after({"updated_at": latest[registration_id]})
        resign_renamed(store, registration_id, ANONYMOUS, stamp)
        for serial in column_values(
            store,
            "SELECT serial FROM certificates WHERE registration_id = ? ORDER BY serial",
            [registration_id],
        ):
            merging.report.conflicts.append(
                _(
                    "Certificate {serial}: its holder's personal data was deleted; it keeps no "
                    "name (signed again here)."
                ).format(serial=serial)
            )
