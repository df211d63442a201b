"""The Slides page's export buttons: the slides as pictures, the handout with the notes, the
social-media cards, written off the GUI thread (the work itself: slides/exports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.slides.exports import ExportError, export_work
from kerinjing_desktop.slides.source import DeckLoadError, DeckSource


class SlideExports(QWidget):
    said = Signal(str, bool)  # what happened, and whether it is a failure

    def __init__(self, deck: Callable[[], DeckSource | None], before: Callable[[], None]):
        super().__init__()
        self._deck = deck  # the open deck, asked at each export
        self._before = before  # what the page does first (save the notes being typed)
        self.png_button = QPushButton(_("Save as pictures (PNG)…"))
        self.png_button.clicked.connect(self.choose_png_folder)
        self.handout_button = QPushButton(_("Save handout with notes (PDF)…"))
        self.handout_button.clicked.connect(self.choose_handout_file)
        self.cards_button = QPushButton(_("Save social-media cards…"))
        self.cards_button.setToolTip(_("Square pictures of the key messages, with SAPA 129"))
        self.cards_button.clicked.connect(self.choose_cards_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.png_button, self.handout_button, self.cards_button):
            row.addWidget(button)
        row.addStretch(1)

    def choose_png_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder for the pictures"))
        if folder:
            self.export("png", Path(folder))

    def choose_handout_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            _("Save the handout"),
            str(Path.home() / (_("handout") + ".pdf")),
            _("PDF files (*.pdf)"),
        )
        if path:
            self.export("handout", Path(path))

    def choose_cards_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder for the cards"))
        if folder:
            self.export("cards", Path(folder))

    def export(self, kind: str, target: Path, on_done: Callable[[str], None] | None = None) -> None:
        """Write pictures, the handout or the cards off the GUI thread."""
        deck = self._deck()
        if deck is None:
            return
        self._before()

        def done(text: str) -> None:
            self.said.emit(text, False)
            if on_done is not None:
                on_done(text)

        def failed(error: Exception) -> None:
            if isinstance(error, (ExportError, DeckLoadError)):
                text = str(error)
            else:
                text = _("The file could not be saved: {reason}").format(reason=error)
            self.said.emit(text, True)
            if on_done is not None:
                on_done(text)

        run_job(
            self, _("Saving…"), export_work(deck, kind, target), on_success=done, on_failure=failed
        )
