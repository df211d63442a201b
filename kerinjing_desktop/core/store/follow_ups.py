"""Follow-up of commitments: what a village did with its commitments, seen on a later visit.

A follow-up visit (often three months after the day) records, for each commitment, a status
(not started, started, done), the visit's date, a note and a photo. The rows travel in bundles
like notes (a row marked sensitive only with --include-sensitive), so the office sees which
villages kept which commitments. The commitment is named by its text (see schema v8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError, clean_text
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.notes import MAX_NOTE_LENGTH
from kerinjing_desktop.core.store.photos import add_photo
from kerinjing_desktop.core.store.rows import records

STATUSES = ("not_started", "started", "done")
STATUS_LABELS = {
    "not_started": N_("Not started"),
    "started": N_("Started"),
    "done": N_("Done"),
}


@dataclass(frozen=True)
class FollowUp:
    id: str
    event_id: str
    commitment: str
    visited_on: str
    status: str
    note: str
    photo_id: str | None
    sensitive: bool


def _check(commitment: str, visited_on: str, status: str, note: str) -> None:
    problems = []
    if not commitment:
        problems.append(("commitment", _("say which commitment this is about")))
    try:
        if dt.date.fromisoformat(visited_on).isoformat() != visited_on:
            raise ValueError(visited_on)
    except ValueError:
        problems.append(("visited_on", _("the visit's date is not a date (YYYY-MM-DD)")))
    if status not in STATUSES:
        problems.append(("status", _("the status is not started, started or done")))
    if len(note) > MAX_NOTE_LENGTH:
        problems.append(
            ("note", _("the note is longer than {n} characters").format(n=MAX_NOTE_LENGTH))
        )
    if problems:
        raise ValidationError(problems)


@writes(OpChanges.FOLLOW_UPS)
def record_follow_up(
    store: Store,
    event_id: str,
    commitment: str,
    visited_on: str,
    status: str,
    note: str = "",
    photo: Path | None = None,
    sensitive: bool = False,
) -> FollowUp:
    """Store one visit's word on one commitment (and its photo), in one transaction."""
    commitment, note = clean_text(commitment), str(note or "").strip()
    visited_on = str(visited_on).strip()
    _check(commitment, visited_on, status, note)
    with store.db.atomic():
        photo_id = None
        if photo is not None:
            caption = _("Follow-up: {commitment}").format(commitment=commitment)
            photo_id = add_photo(store, event_id, Path(photo), caption).id
        row = store.row_meta() | {
            "event_id": event_id,
            "commitment": commitment,
            "visited_on": visited_on,
            "status": status,
            "note": note,
            "photo_id": photo_id,
            "sensitive": int(sensitive),
        }
        store.db.table("follow_ups").insert(row)
    return FollowUp(str(row["id"]), event_id, commitment, visited_on, status, note, photo_id,
                    sensitive)  # fmt: skip


def list_follow_ups(store: Store, event_id: str | None = None) -> list[FollowUp]:
    """Visits, newest first (all events, or one)."""
    where, params = ("WHERE event_id = ?", [event_id]) if event_id else ("", [])
    return records(
        store,
        FollowUp,
        "SELECT id, event_id, commitment, visited_on, status, note, photo_id, sensitive "
        f"FROM follow_ups {where} ORDER BY visited_on DESC, updated_at DESC, id",
        params,
        sensitive=bool,
    )


def latest(follow_ups: list[FollowUp]) -> dict[tuple[str, str], FollowUp]:
    """(event id, commitment) → the latest visit's word (the list is newest first)."""
    found: dict[tuple[str, str], FollowUp] = {}
    for item in follow_ups:
        found.setdefault((item.event_id, item.commitment), item)
    return found
