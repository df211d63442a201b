"""Editing one bundled slide for this event: its text and notes, saved as they are typed.

The text is in the deck's own format (shown under the editor), kept in the store for this
event only; "Use the bundled slide" drops the edit. A text that cannot be read is kept as
typed and the bundled slide is shown meanwhile, with the reason under the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.deck import DeckError, parse_slide
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.gui.theme import Tone, set_tone

SAVE_AFTER_MS = 400


class SlideEditDialog(QDialog):
    """`save(text)` is called as the facilitator types (and on closing); `reset()` drops it."""

    def __init__(
        self,
        parent: QWidget | None,
        number: int,
        text: str,
        save: Callable[[str], None],
        reset: Callable[[], None],
    ):
        super().__init__(parent)
        self.setWindowTitle(_("Slide {n} for this event").format(n=number))
        self._save, self._reset = save, reset
        self.reset_done = False
        intro = QLabel(
            _(
                "Change what this slide says for this event only; the bundled deck stays as it "
                "is. It is saved as you type. # title, ## subtitle, - point, > key message, "
                "Catatan: the speaker notes below it."
            )
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.textChanged.connect(self._changed)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.BAD, bold=True)
        self.reset_button = QPushButton(_("&Use the bundled slide"))
        self.reset_button.clicked.connect(self._use_bundled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)

    def _changed(self) -> None:
        self.reset_done = False
        self._timer.start()
        self.problem.setText(problem_text(self.editor.toPlainText()))

    def save_now(self) -> None:
        self._timer.stop()
        if not self.reset_done:
            self._save(self.editor.toPlainText())

    def _use_bundled(self) -> None:
        self._timer.stop()
        self._reset()
        self.reset_done = True
        self.accept()

    def done(self, result: int) -> None:  # Close, Esc and the window's ✕ all come here
        self.save_now()
        super().done(result)


def problem_text(text: str) -> str:
    """Why the typed slide cannot be shown ('' when it can)."""
    if not text.strip():
        return _("An empty slide: the bundled slide is shown.")
    try:
        parse_slide(1, text.splitlines())
    except DeckError as error:
        return _("Line {line}: {reason}. The bundled slide is shown until this is fixed.").format(
            line=error.line, reason=error.reason
        )
    return ""
