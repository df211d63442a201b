"""The Slides step: pick the bundled deck or a PDF, check the slides and notes, present.

A PDF's speaker notes are typed here, one page at a time, and saved as they are typed (in
the store, by the file's content hash). Exports run off the GUI thread through run_job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.changes import OpChanges
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.store import StoreError
from kerinjing_desktop.gui.pages.slides_edit import EventDeckEditing
from kerinjing_desktop.gui.pages.slides_exports import SlideExports
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, set_tone
from kerinjing_desktop.qt.platform import WAYLAND_HINT
from kerinjing_desktop.slides.cache import SlideCache, View
from kerinjing_desktop.slides.event_deck import bundled_for_event
from kerinjing_desktop.slides.notes import load_pdf_notes, save_pdf_notes
from kerinjing_desktop.slides.presenter import Presenter
from kerinjing_desktop.slides.source import BundledDeck, DeckLoadError, DeckSource, PdfDeck
from kerinjing_desktop.slides.timing import Timekeeper

THUMB = QSize(192, 108)
SAVE_NOTES_AFTER_MS = 400
OWNER = "slides-page"


class SlidesPage(EventDeckEditing, QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.deck: DeckSource | None = None
        self.cache: SlideCache | None = None
        self.presenter: Presenter | None = None
        self.timekeeper = Timekeeper()
        self._notes_row: int | None = None  # the page whose notes the editor holds
        self._ended: Presenter | None = None  # the last show, kept alive (see below)

        heading = QLabel(_("Slides"))
        heading.setObjectName("pageHeading")
        self.bundled_button = QPushButton(_("Bundled deck"))
        self.bundled_button.setToolTip(_("The programme's own deck, in the app's language"))
        self.bundled_button.clicked.connect(self.open_bundled)
        self.pdf_button = QPushButton(_("Open a PDF…"))
        self.pdf_button.setToolTip(_("Your own slides, saved as PDF (PowerPoint, Canva, …)"))
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.edit_button = QPushButton(_("&Edit this slide…"))
        self.edit_button.setToolTip(
            _("Change the slide's text and notes for this event; the bundled deck stays as it is")
        )
        self.edit_button.clicked.connect(self.edit_slide)
        self.present_button = QPushButton(_("Present (F5)"))
        self.present_button.setObjectName("present")
        self.present_button.clicked.connect(lambda: self.present(0))
        self.deck_label = QLabel()
        self.deck_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.bundled_button, self.pdf_button):
            top.addWidget(widget)
        top.addWidget(self.deck_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.present_button)

        self.thumbs = QListWidget()
        self.thumbs.setObjectName("thumbnails")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setSpacing(6)
        self.thumbs.setWordWrap(True)
        self.thumbs.currentRowChanged.connect(self._row_changed)
        self.thumbs.itemActivated.connect(lambda item: self.present(self.thumbs.row(item)))

        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.textChanged.connect(self._notes_edited)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(_(" min"))
        self.minutes.setSpecialValueText(_("not planned"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.minutes_label = QLabel(_("Planned length of the talk:"))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_label)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notes_label)
        column.addWidget(self.notes, 1)
        column.addLayout(minutes_row)
        split = QSplitter()
        split.addWidget(self.thumbs)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.exports = SlideExports(lambda: self.deck, self.save_notes)
        self.exports.said.connect(self._say)
        hint = QLabel(
            _(
                "F5 presents from the first slide, Shift+F5 from the selected one. "
                "The slides go to the projector, the notes stay on the laptop."
            )
        )
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(self.exports)
        layout.addWidget(hint)
        if QGuiApplication.platformName() == "wayland":
            wayland = QLabel(_(WAYLAND_HINT))
            wayland.setWordWrap(True)
            layout.addWidget(wayland)

        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.present(0))
        QShortcut(QKeySequence("Shift+F5"), self, lambda: self.present(self.thumbs.currentRow()))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_NOTES_AFTER_MS)
        self._save_timer.timeout.connect(self.save_notes)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        session.event_changed.connect(self._event_changed)
        session.changed.connect(self._changed)
        self._stale = False  # the event's village or pre-survey notes changed elsewhere
        self.open_bundled()

    # --- opening decks -----------------------------------------------------------------

    def open_bundled(self, row: int = 0) -> bool:
        """The bundled deck as localised for the session's event (its village, its edits)."""
        event = self.session.event
        return self._open(lambda: self._load_bundled(event.id if event else None), row)

    def _load_bundled(self, event_id: str | None) -> BundledDeck:
        try:
            return bundled_for_event(self.session.store, event_id, self.session.lang)
        except StoreError as error:
            self._say(_("This event's slides could not be read: {reason}").format(reason=error))
            return BundledDeck.bundled(self.session.lang)

    def _event_changed(self, _event) -> None:
        if self.deck is None or self.deck.kind == "bundled":
            self.open_bundled()

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        """The deck says the village and the pre-survey notes: redraw it when next shown."""
        if changes & (OpChanges.EVENT | OpChanges.NOTES) and self._event_deck() is not None:
            self._stale = True
            if self.isVisible():
                self._reload_stale()

    def _reload_stale(self) -> None:
        if self._stale and self.presenter is None and self._event_deck() is not None:
            self._stale = False
            self.open_bundled(self.thumbs.currentRow())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reload_stale()

    def choose_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Open a PDF deck"), str(Path.home()), _("PDF files (*.pdf);;All files (*)")
        )
        if path:
            self.open_pdf(Path(path))

    def open_pdf(self, path: Path) -> bool:
        return self._open(lambda: self._load_pdf(path))

    def _load_pdf(self, path: Path) -> PdfDeck:
        deck = PdfDeck(path)
        try:
            load_pdf_notes(self.session.store, deck)
        except StoreError as error:
            self._say(_("The notes of this PDF could not be read: {reason}").format(reason=error))
        return deck

    def _open(self, make: Callable[[], DeckSource], row: int = 0) -> bool:
        """Open a deck; on failure keep the current one and say why."""
        if self.presenter is not None:
            self._say(_("End the presentation (Esc) before changing the deck."), error=True)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            deck = make()
        except DeckLoadError as error:
            self._say(str(error), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.save_notes()
        self._notes_row = None  # the editor's text belongs to the old deck
        self._close_deck()
        self.deck = deck
        self.cache = SlideCache(deck)
        self.cache.ready.connect(self._thumbnail_ready)
        self.timekeeper = Timekeeper()
        self._fill(row)
        self._say(self._edit_problems())
        return True

    def _fill(self, row: int = 0) -> None:
        deck = self.deck
        is_pdf = isinstance(deck, PdfDeck)
        local = self._event_deck()
        event = self.session.event
        if is_pdf:
            kind = ""
        elif local is not None and event is not None:
            kind = " " + _("(bundled deck, for {village})").format(village=event.village)
        else:
            kind = " " + _("(bundled deck)")
        self.deck_label.setText(
            ngettext("{name} — {n} slide", "{name} — {n} slides", deck.count).format(
                name=deck.name, n=deck.count
            )
            + kind
        )
        self.edit_button.setVisible(local is not None)
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        for index in range(deck.count):
            item = QListWidgetItem(f"{index + 1}. {deck.title(index)}")
            item.setSizeHint(QSize(THUMB.width() + 16, THUMB.height() + 52))
            self.thumbs.addItem(item)
        self.thumbs.blockSignals(False)
        self.notes.setReadOnly(not is_pdf and local is None)
        self.notes.setPlaceholderText(
            _("Type what you want to say on this page; it is saved as you type.")
            if is_pdf or local is not None
            else ""
        )
        for widget in (self.minutes, self.minutes_label):
            widget.setVisible(is_pdf)
        self.minutes.blockSignals(True)
        self.minutes.setValue((deck.minutes or 0) if is_pdf else 0)
        self.minutes.blockSignals(False)
        self.exports.cards_button.setEnabled(bool(deck.key_messages()))
        ratio = self.devicePixelRatioF()
        self.cache.set_views(
            OWNER, [View(round(THUMB.width() * ratio), round(THUMB.height() * ratio))], 1
        )
        row = min(max(0, row), deck.count - 1)
        self.thumbs.setCurrentRow(row)
        self._row_changed(row)

    def _thumbnail_ready(self, index: int, width: int, height: int) -> None:
        ratio = self.devicePixelRatioF()
        if (width, height) != (round(THUMB.width() * ratio), round(THUMB.height() * ratio)):
            return
        image = self.cache.get(index, width, height) if self.cache else None
        if image is not None and index < self.thumbs.count():
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.thumbs.item(index).setIcon(QIcon(pixmap))

    def _close_deck(self) -> None:
        if self.cache is not None:
            self.cache.close()
            self.cache = None
        if self.deck is not None:
            self.deck.close()
            self.deck = None

    def shutdown(self) -> None:
        """Stop the render thread and close the deck (at quit; the thread reads the file)."""
        self.save_notes()
        if self.presenter is not None:
            self.presenter.leave()
        self._close_deck()

    # --- notes -------------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        self.save_notes()
        if self.deck is None or row < 0:
            return
        if self.cache is not None:
            self.cache.set_current(row)
        self._notes_row = row
        self.notes_label.setText(
            _("Speaker notes for slide {n}: {title}").format(n=row + 1, title=self.deck.title(row))
        )
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.deck.notes(row))
        self.notes.blockSignals(False)

    def _notes_edited(self) -> None:
        if isinstance(self.deck, PdfDeck) or self._event_deck() is not None:
            self._save_timer.start()

    def _minutes_changed(self, value: int) -> None:
        if isinstance(self.deck, PdfDeck):
            self.deck.minutes = value or None
            self._save_timer.start()

    def save_notes(self) -> None:
        """Write the editor's notes into the deck and commit them (the bundled deck: as this
        event's edit of the slide; without an event they are read-only)."""
        self._save_timer.stop()
        deck = self.deck
        if self._event_deck() is not None and self._notes_row is not None:
            self._save_bundled_notes(self._event_deck(), self._notes_row)
            return
        if not isinstance(deck, PdfDeck) or self._notes_row is None:
            return
        deck.set_notes(self._notes_row, self.notes.toPlainText())
        try:
            save_pdf_notes(self.session.store, deck)
        except (StoreError, OSError) as error:
            self._say(_("The notes could not be saved: {reason}").format(reason=error), error=True)

    # --- presenting --------------------------------------------------------------------

    def present(self, start: int = 0) -> None:
        if self.deck is None or self.cache is None:
            self._say(_("Open a deck first."), error=True)
            return
        if self.presenter is not None:
            self.presenter.show_audience()
            return
        self.save_notes()
        self.presenter = Presenter(
            self.deck, self.cache, max(0, start), self.timekeeper, self.session.data_dir
        )
        self.presenter.finished.connect(self._presentation_ended)
        self.presenter.start()

    def _presentation_ended(self, index: int) -> None:
        # Esc ends the show from inside the presenter's own key handler: keep the object
        # until the next show, so Python never frees it while Qt is still in that call.
        self._ended = self.presenter
        self.presenter = None
        self.thumbs.setCurrentRow(index)
        self.window().activateWindow()

    def export(self, kind: str, target: Path, on_done: Callable[[str], None] | None = None) -> None:
        self.exports.export(kind, target, on_done)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        set_tone(self.message, Tone.BAD if error else None, bold=True)
