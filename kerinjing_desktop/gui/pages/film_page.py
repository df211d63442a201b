"""The Film step: choose and check the film, edit the discussion pauses, play it on the
projector with the controls on the laptop.

The film itself (IOM, "Jangan Kembali (Never Again)", 27:14) is never shipped: the
facilitator picks the file; the demo clip is there to try everything. Without VLC the page
says how to install it, and the pause list can still be prepared.

This module lays the page out and loads VLC; the parts are `film_file_box` (the file, its
check, subtitles), `film_controls` (playing, volume, the question box), `film_pauses` (the
pause editor) and `film_audience` (the window on the projector); `film_logic` decides.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import FilmCheck, check_film
from kerinjing_desktop.film.library import FilmLibrary
from kerinjing_desktop.film.markers import Marker, format_time, load_preset
from kerinjing_desktop.film.player import FilmPlayer, PlayerState
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.pages.film_audience import EMBEDDING_PLATFORMS, AudienceWindow
from kerinjing_desktop.gui.pages.film_controls import PlayControls, QuestionBox
from kerinjing_desktop.gui.pages.film_file_box import FileBox
from kerinjing_desktop.gui.pages.film_logic import FilmLogic
from kerinjing_desktop.gui.pages.film_pauses import PauseEditor
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone


class FilmPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.library = FilmLibrary(session.store)
        self.preset = load_preset(session.lang)
        self.instance: Any = None
        self.audience = AudienceWindow(self.platform(), parent=self)
        self.logic = FilmLogic(
            self,
            self.library,
            self.preset,
            session.lang,
            self.audience,
            status=session.status.emit,
            start_check=self._start_check,
        )

        outer = QVBoxLayout(self)
        heading = QLabel(self._heading_text())
        heading.setObjectName("pageHeading")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        self.vlc_box = QFrame()
        self.vlc_box.setFrameShape(QFrame.Shape.StyledPanel)
        vlc_row = QVBoxLayout(self.vlc_box)
        self.vlc_message = QLabel()
        self.vlc_message.setObjectName("vlcMessage")
        self.vlc_message.setWordWrap(True)
        self.vlc_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        retry = QPushButton(_("Check again for VLC"))
        retry.clicked.connect(self._start_vlc)
        vlc_row.addWidget(self.vlc_message)
        vlc_row.addWidget(retry, alignment=Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.vlc_box)

        splitter = QSplitter()
        splitter.addWidget(self._build_left())
        self.pauses = PauseEditor(
            self.library.markers(session.lang), self.preset.note, self.logic.position_ms
        )
        self.markers = self.pauses.model
        self.markers.edited.connect(lambda: self.logic.markers_edited(self.markers.markers()))
        self.markers.rejected.connect(self.logic.show_problem)
        self.pauses.restore_requested.connect(self.restore_preset)
        splitter.addWidget(self.pauses)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.audience.toggle_requested.connect(self.logic.toggle)
        self.audience.seek_requested.connect(self.logic.seek_by)

        self.logic.start(self._open_player, self.platform())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _heading_text(self) -> str:
        title = self.preset.film_title or "Jangan Kembali (Never Again)"
        return _("The film: “{title}” (IOM, {duration}), with pauses for discussion").format(
            title=title, duration=format_time(self.preset.expected_ms)
        )

    def _build_left(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        self.files = FileBox()
        self.files.film_chosen.connect(self.open_film)
        self.files.check_requested.connect(self.logic.run_check)
        self.files.subtitles_chosen.connect(self.logic.set_subtitles)
        layout.addWidget(self.files)
        self.controls = PlayControls(self.preset.expected_ms, self.logic.volume)
        self.controls.toggle_requested.connect(self.logic.toggle)
        self.controls.seek_by_requested.connect(self.logic.seek_by)
        self.controls.seek_to_requested.connect(self.logic.seek_to)
        self.controls.scrubbed.connect(lambda ms: self.show_time(ms, self.logic.shown_total_ms()))
        self.controls.volume_changed.connect(self.logic.set_volume)
        self.controls.volume_settled.connect(self.logic.save_volume)
        self.controls.window_requested.connect(self.logic.toggle_window)
        layout.addWidget(self.controls)
        self.question_box = QuestionBox()
        self.question_box.continue_requested.connect(self.continue_film)
        layout.addWidget(self.question_box)
        layout.addStretch(1)
        # the widgets the tests (and the keys of the page) reach by name
        self.check_label = self.files.check_label
        self.play_button = self.controls.play_button
        self.time_label = self.controls.time_label
        self.message_label = self.controls.message_label
        self.question_label = self.question_box.question_label
        return left

    # --------------------------------------------------------------------- VLC ----
    @staticmethod
    def platform() -> str:
        return QGuiApplication.platformName()

    def _open_player(self) -> FilmPlayer:
        """VLC's instance and a player over it; raises VlcUnavailable, with how to install."""
        vlc = load_vlc()
        headless = self.platform() not in EMBEDDING_PLATFORMS + ("wayland",)
        self.instance = create_instance(headless=headless)
        return FilmPlayer(vlc, self.instance, self.library, parent=self)

    def _start_vlc(self) -> None:
        self.logic.start_vlc(self._open_player, self.platform())

    def _start_check(self, film: Path, expected_ms: int | None, on_success, on_failure) -> None:
        run_job(
            self,
            _("Checking the film file…"),
            lambda: check_film(film, expected_ms=expected_ms),
            on_success=on_success,
            on_failure=on_failure,
        )

    # ------------------------------------------------------- what the page does ----
    @property
    def film(self) -> Path | None:
        return self.logic.film

    @property
    def check(self) -> FilmCheck | None:
        return self.logic.check

    @property
    def player(self) -> FilmPlayer | None:
        return self.logic.player

    @property
    def video(self):
        return self.audience.window

    def open_film(self, path: Path, remember: bool = True) -> None:
        self.logic.open_film(path, remember)

    def continue_film(self) -> None:
        self.logic.continue_film()

    def restore_preset(self) -> None:
        self.logic.restore_preset()

    # ------------------------------------------------------- FilmView, for logic ----
    def show_vlc_missing(self, message: str | None) -> None:
        self.vlc_message.setText(message or "")
        self.vlc_box.setVisible(message is not None)

    def set_controls_enabled(self, enabled: bool) -> None:
        for widget in self.files.player_buttons() + self.controls.player_widgets():
            widget.setEnabled(enabled)

    def show_file(self, path: Path | None, demo: bool) -> None:
        self.files.show_file(path)
        self.pauses.demo_note.setVisible(demo)

    def show_check(self, text: str, tone: Tone) -> None:
        self.files.show_check(text, tone)

    def show_subtitles(self, path: Path | None) -> None:
        self.files.show_subtitles(path)

    def show_resume(self, at_ms: int) -> None:
        self.controls.show_resume(at_ms)

    def show_message(self, text: str, tone: Tone) -> None:
        self.controls.show_message(text, tone)

    def show_state(self, state: PlayerState) -> None:
        self.controls.show_state(state)

    def show_position(self, ms: int, total_ms: int) -> None:
        self.controls.show_position(ms, total_ms)

    def show_time(self, ms: int, total_ms: int) -> None:
        self.controls.show_time(ms, total_ms)

    def show_length(self, ms: int) -> None:
        self.controls.show_length(ms)

    def show_question(self, question: str | None) -> None:
        self.question_box.show_question(question)

    def show_window_shown(self, shown: bool) -> None:
        self.controls.show_window_shown(shown)

    def show_markers(self, markers: list[Marker]) -> None:
        self.markers.set_markers(markers)

    # ------------------------------------------------------------------ closing ----
    def shutdown(self) -> None:
        """Save where the film stopped and let go of VLC (the app is quitting)."""
        self.logic.shutdown()
        if self.instance is not None:
            self.instance.release()
            self.instance = None
