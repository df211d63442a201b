"""Speaker notes typed for a PDF deck, kept in the store per file content (sha256).

PowerPoint's PDF export drops the speaker notes, so the facilitator types them in the app.
Keyed by the file's hash, the notes follow the file when it is renamed or copied to another
laptop, and a changed file starts with its own notes.
"""

from __future__ import annotations

from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.settings import get_json, set_json
from kerinjing_desktop.slides.source import PdfDeck


def notes_key(sha256: str) -> str:
    return f"deck_notes:{sha256}"


def load_pdf_notes(store: Store, deck: PdfDeck) -> None:
    """Fill `deck.page_notes` and `deck.minutes` from the store (bad entries are skipped)."""
    data = get_json(store, notes_key(deck.sha256), {})
    if not isinstance(data, dict):
        return
    notes: dict[int, str] = {}
    raw = data.get("notes", {})
    for page, text in raw.items() if isinstance(raw, dict) else []:
        if (
            str(page).isascii()
            and str(page).isdigit()
            and isinstance(text, str)
            and 1 <= int(page) <= deck.count
        ):
            notes[int(page) - 1] = text  # stored 1-based, as the facilitator counts pages
    deck.page_notes = notes
    minutes = data.get("minutes")
    deck.minutes = minutes if isinstance(minutes, int) and minutes > 0 else None


def save_pdf_notes(store: Store, deck: PdfDeck) -> None:
    """Commit the deck's notes and planned minutes (committed when this returns)."""
    set_json(
        store,
        notes_key(deck.sha256),
        {
            "file": deck.name,
            "notes": {str(i + 1): text for i, text in sorted(deck.page_notes.items())},
            "minutes": deck.minutes,
        },
    )
