"""The Film page's file box: which film, what its check found, which subtitles.

It asks for files (the dialogs are here) and shows what it is told; what a choice leads to
is `FilmLogic`'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.gui.theme import Tone, show_toned

FILM_FILTER = "*.mp4 *.m4v *.mkv *.avi *.webm *.mov *.mpg *.mpeg *.wmv *.flv *.3gp *.ts *.vob"
SUBTITLE_FILTER = "*.srt *.ass *.ssa *.sub *.vtt"


class FileBox(QGroupBox):
    film_chosen = Signal(object)  # Path
    check_requested = Signal()
    subtitles_chosen = Signal(object)  # Path, or None for no subtitles

    def __init__(self) -> None:
        super().__init__(_("Film file"))
        self.film: Path | None = None
        layout = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(_("Choose the film…"))
        self.choose_button.clicked.connect(self.choose_film)
        self.demo_button = QPushButton(_("Use the demo clip"))
        self.demo_button.clicked.connect(lambda: self.film_chosen.emit(demo_clip()))
        self.check_button = QPushButton(_("Check the file"))
        self.check_button.clicked.connect(self.check_requested)
        for button in (self.choose_button, self.demo_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.check_label = QLabel()
        self.check_label.setObjectName("checkResult")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        sub_row = QHBoxLayout()
        self.subtitle_label = QLabel(_("Subtitles: none"))
        self.subtitle_label.setWordWrap(True)
        self.subtitle_button = QPushButton(_("Subtitle file…"))
        self.subtitle_button.clicked.connect(self.choose_subtitles)
        self.no_subtitle_button = QPushButton(_("No subtitles"))
        self.no_subtitle_button.clicked.connect(lambda: self.subtitles_chosen.emit(None))
        sub_row.addWidget(self.subtitle_label, 1)
        sub_row.addWidget(self.subtitle_button)
        sub_row.addWidget(self.no_subtitle_button)
        layout.addLayout(sub_row)

    def player_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons that need VLC."""
        return (self.check_button, self.subtitle_button, self.no_subtitle_button)

    def show_file(self, path: Path | None) -> None:
        self.film = path
        self.file_label.setText(str(path) if path is not None else _("No film chosen yet."))

    def show_check(self, text: str, tone: Tone) -> None:
        show_toned(self.check_label, text, tone)

    def show_subtitles(self, path: Path | None) -> None:
        text = _("Subtitles: {name}").format(name=path.name) if path else _("Subtitles: none")
        self.subtitle_label.setText(text)

    def choose_film(self) -> None:
        start = str(self.film.parent) if self.film else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose the film"),
            start,
            _("Films ({patterns})").format(patterns=FILM_FILTER) + ";;" + _("All files (*)"),
        )
        if name:
            self.film_chosen.emit(Path(name))

    def choose_subtitles(self) -> None:
        if self.film is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose the subtitle file"),
            str(self.film.parent),
            _("Subtitles ({patterns})").format(patterns=SUBTITLE_FILTER)
            + ";;"
            + _("All files (*)"),
        )
        if name:
            self.subtitles_chosen.emit(Path(name))
