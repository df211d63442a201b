"""A facilitator's text for bundled slides, per event, and the event's facts for the deck.

Kept in the store (backed up, carried in bundles), never in the bundled deck file: the next
event starts from the programme's deck again. See core/deck_local.py for the format.
"""

from __future__ import annotations

from kerinjing_desktop.core.deck_local import LocalFacts
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.events import get_event
from kerinjing_desktop.core.store.rows import column_values, mapping


def slide_edits(store: Store, event_id: str, lang: str) -> dict[str, str]:
    """slide key → the facilitator's text for this event's deck in `lang`."""
    return mapping(
        store,
        "SELECT slide_key, text FROM slide_edits WHERE event_id = ? AND lang = ?",
        [event_id, lang],
    )


def save_slide_edit(store: Store, event_id: str, lang: str, key: str, text: str) -> None:
    """Keep the text as typed (committed on return); empty text hides the slide."""
    meta = store.row_meta()
    store.execute(
        "INSERT INTO slide_edits (id, created_at, updated_at, device_id, event_id, lang, "
        "slide_key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, lang, slide_key) DO UPDATE SET text = excluded.text, "
        "updated_at = excluded.updated_at, device_id = excluded.device_id",
        [*(meta[k] for k in ("id", "created_at", "updated_at", "device_id")),
         event_id, lang, key, text.replace("\x00", "")],
    )  # fmt: skip


def drop_slide_edit(store: Store, event_id: str, lang: str, key: str) -> None:
    """Back to the bundled slide (the deletion travels in bundles as a tombstone)."""
    store.execute(
        "DELETE FROM slide_edits WHERE event_id = ? AND lang = ? AND slide_key = ?",
        [event_id, lang, key],
    )


def local_facts(store: Store, event_id: str, demo_event_id: str) -> LocalFacts:
    """The event's village and pre-survey notes, as the deck may say them.

    Only notes of the pre-survey that are not marked sensitive are projected, one line each.
    """
    event = get_event(store, event_id)
    bodies = column_values(
        store,
        "SELECT body FROM notes WHERE event_id = ? AND kind = 'presurvey' AND sensitive = 0 "
        "ORDER BY position, created_at",
        [event_id],
    )
    findings = tuple(" ".join(body.split()) for body in bodies if body.strip())
    return LocalFacts(
        desa=event.village,
        kecamatan=event.kecamatan,
        kabupaten=event.kabupaten,
        tahun=event.date[:4],
        findings=findings,
        demo=event_id == demo_event_id,
    )
