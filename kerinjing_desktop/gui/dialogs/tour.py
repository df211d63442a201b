"""The first-run tour: three short screens, Back / Next / Close; shown once, again from Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.gui.theme import Tone, toned_html

SCREENS: list[tuple[str, list[str]]] = [
    (
        N_("The day, step by step"),
        [
            N_(
                "The list on the left is the day, in order: the event, check-in, the pre-test, "
                "the slides, the film, the post-test, the results, the discussion, and the "
                "certificates and report."
            ),
            N_(
                "Start at the top and go down. Ctrl+1 to Ctrl+9 jump to a step; F1 lists the "
                "keys of the page you are on."
            ),
            N_("Backups and Settings are at the end of the list, outside the day."),
        ],
    ),
    (
        N_("Check-in, tests, slides and film"),
        [
            N_(
                "Check-in: type a name or a code and press Space to mark a person present. "
                "Walk-ins are added with Ctrl+N."
            ),
            N_(
                "Tests: print the test papers, then type each person's answers into the grid; "
                "the results compare the pre-test with the post-test."
            ),
            N_(
                "Slides: F5 presents on the projector while your notes stay on the laptop. "
                "Film: pick the file before the day and check that it plays."
            ),
        ],
    ),
    (
        N_("Your data stays on this laptop"),
        [
            N_("Names and answers are kept only on this laptop. The app never goes online."),
            N_(
                "Every entry is saved the moment you confirm it, and a checked backup is made "
                "every 10 minutes while you work. The Backups step restores one or moves data "
                "to another laptop."
            ),
            N_(
                "After a power cut, just start the app again: everything confirmed is there. "
                "If the data file was damaged, the app offers the newest good backup."
            ),
        ],
    ),
]


class TourDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Welcome to Kerinjing Desktop"))
        self.pages = QStackedWidget()
        for number, (title, paragraphs) in enumerate(SCREENS, start=1):
            body = "".join(f"<p>{_(text)}</p>" for text in paragraphs)
            screen = _("Screen {n} of {total}").format(n=number, total=3)
            label = QLabel(f"<h2>{_(title)}</h2>{body}<p>{toned_html(screen, Tone.MUTED)}</p>")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.pages.addWidget(label)
        self.back = QPushButton(_("◀ &Back"))
        self.next = QPushButton(_("&Next ▶"))
        self.close_button = QPushButton(_("&Close"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.next)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self.setMinimumSize(620, 420)
        self.go(0)

    def go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < self.pages.count() - 1)
        (self.next if self.next.isEnabled() else self.close_button).setDefault(True)
        (self.next if self.next.isEnabled() else self.close_button).setFocus()
