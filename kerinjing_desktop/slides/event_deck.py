"""The bundled deck as one event's deck: its village, its pre-survey notes, the edits.

The GUI, the CLI (`slides render|handout bundled --event ID`) and the exports open it here,
so every place shows the same slides for an event.
"""

from __future__ import annotations

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.slide_edits import local_facts, slide_edits
from kerinjing_desktop.slides.source import BundledDeck


def bundled_for_event(store: Store, event_id: str | None, lang: str) -> BundledDeck:
    """The bundled deck for `event_id` (as written when None). Raises DeckLoadError."""
    if event_id is None:
        return BundledDeck.bundled(lang)
    facts = local_facts(store, event_id, DEMO_EVENT_ID)
    deck = BundledDeck.bundled(lang, facts, slide_edits(store, event_id, lang))
    deck.event_id = event_id
    return deck
