"""Editing the bundled deck for one event, on the Slides page: notes and slide text.

What is typed is kept in the store for that event (core/store/slide_edits.py); the bundled
file is never written. A mixin of SlidesPage, kept apart to keep the page readable.
"""

from __future__ import annotations

from kerinjing_desktop.core.deck_local import with_notes
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import StoreError
from kerinjing_desktop.core.store.slide_edits import drop_slide_edit, save_slide_edit
from kerinjing_desktop.gui.dialogs.slide_edit import SlideEditDialog
from kerinjing_desktop.slides.source import BundledDeck


class EventDeckEditing:
    """Needs from the page: deck, session, thumbs, notes, presenter, open_bundled, _say."""

    def _event_deck(self) -> BundledDeck | None:
        """The open deck when it is the bundled one localised for an event (editable)."""
        deck = self.deck
        if isinstance(deck, BundledDeck) and deck.event_id is not None:
            return deck
        return None

    def _edit_problems(self) -> str:
        deck = self._event_deck()
        if deck is None or not deck.problems:
            return ""
        problem = deck.problems[0]
        return _("Your text for the slide “{title}” cannot be shown (line {line}): the bundled "
                 "slide is shown. Select it and press Edit to fix it.").format(
                     title=problem.key.lstrip("# "), line=problem.line)  # fmt: skip

    def _save_bundled_notes(self, deck: BundledDeck, row: int) -> None:
        typed = self.notes.toPlainText()
        if typed == deck.notes(row):
            return
        text = with_notes(deck.edit_text(row), typed)
        if self._save_edit(deck, row, text):
            deck.deck.slides[row].notes = typed.strip()

    def _save_edit(self, deck: BundledDeck, row: int, text: str) -> bool:
        try:
            save_slide_edit(self.session.store, deck.event_id, deck.lang, deck.key(row), text)
        except (StoreError, OSError) as error:
            self._say(_("The slide could not be saved: {reason}").format(reason=error), error=True)
            return False
        deck.texts[deck.key(row)] = text
        return True

    def edit_slide(self) -> None:
        """Edit the selected slide's text for this event; the deck is redrawn on closing."""
        deck, row = self._event_deck(), self.thumbs.currentRow()
        if deck is None or row < 0 or self.presenter is not None:
            return
        self.save_notes()
        key, event_id = deck.key(row), deck.event_id

        def reset() -> None:
            try:
                drop_slide_edit(self.session.store, event_id, deck.lang, key)
            except StoreError as error:
                self._say(_("The slide could not be saved: {reason}").format(reason=error), True)

        dialog = SlideEditDialog(
            self, row + 1, deck.edit_text(row), lambda text: self._save_edit(deck, row, text), reset
        )
        dialog.exec()
        self.open_bundled(row)
