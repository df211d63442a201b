"""The Film step: choose and check the film, edit the discussion pauses, play it on the
projector with the controls on the laptop.

The film itself (IOM, "Jangan Kembali (Never Again)", 27:14) is never shipped: the
facilitator picks the file; the demo clip is there to try everything. Without VLC the page
says how to install it, and the pause list can still be prepared.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import FilmCheck, check_film
from kerinjing_desktop.film.library import (
    FilmLibrary,
    demo_clip,
    demo_subtitles,
    film_key,
    is_demo,
)
from kerinjing_desktop.film.marker_model import MarkerModel
from kerinjing_desktop.film.markers import format_time, load_preset
from kerinjing_desktop.film.player import SEEK_STEP_MS, FilmPlayer, PlayerState
from kerinjing_desktop.film.video_window import VideoWindow
from kerinjing_desktop.film.vlc_loader import VlcUnavailable, create_instance, load_vlc
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.keys import set_button_text
from kerinjing_desktop.gui.session import Session

log = logging.getLogger(__name__)

EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")
FILM_FILTER = "*.mp4 *.m4v *.mkv *.avi *.webm *.mov *.mpg *.mpeg *.wmv *.flv *.3gp *.ts *.vob"
SUBTITLE_FILTER = "*.srt *.ass *.ssa *.sub *.vtt"
OK_COLOUR, WARN_COLOUR, BAD_COLOUR = "#1b6e20", "#8a5300", "#b00020"


def _coloured(label: QLabel, text: str, colour: str) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {colour};")
    label.setVisible(bool(text))


class FilmPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.library = FilmLibrary(session.store)
        self.preset = load_preset(session.lang)
        self.vlc: Any = None
        self.instance: Any = None
        self.player: FilmPlayer | None = None
        self.video: VideoWindow | None = None
        self.film: Path | None = None
        self.check: FilmCheck | None = None
        self._checking = False
        self._volume_save = QTimer(self)
        self._volume_save.setSingleShot(True)
        self._volume_save.setInterval(800)
        self._volume_save.timeout.connect(self._save_volume)

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
        splitter.addWidget(self._build_markers())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        self._start_vlc()
        remembered = self.library.remembered_file()
        if remembered is not None:
            self.open_film(remembered, remember=False)
        elif getattr(session, "demo", False):
            self.open_film(demo_clip(), remember=False)
        else:
            self.file_label.setText(_("No film chosen yet."))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _heading_text(self) -> str:
        title = self.preset.film_title or "Jangan Kembali (Never Again)"
        return _("The film: “{title}” (IOM, {duration}), with pauses for discussion").format(
            title=title, duration=format_time(self.preset.expected_ms)
        )

    # ---------------------------------------------------------------- building ----
    def _build_left(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)

        files = QGroupBox(_("Film file"))
        file_layout = QVBoxLayout(files)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_layout.addWidget(self.file_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(_("Choose the film…"))
        self.choose_button.clicked.connect(self.choose_film)
        self.demo_button = QPushButton(_("Use the demo clip"))
        self.demo_button.clicked.connect(lambda: self.open_film(demo_clip()))
        self.check_button = QPushButton(_("Check the file"))
        self.check_button.clicked.connect(self.run_check)
        for button in (self.choose_button, self.demo_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        file_layout.addLayout(row)
        self.check_label = QLabel()
        self.check_label.setObjectName("checkResult")
        self.check_label.setWordWrap(True)
        file_layout.addWidget(self.check_label)
        sub_row = QHBoxLayout()
        self.subtitle_label = QLabel(_("Subtitles: none"))
        self.subtitle_label.setWordWrap(True)
        self.subtitle_button = QPushButton(_("Subtitle file…"))
        self.subtitle_button.clicked.connect(self.choose_subtitles)
        self.no_subtitle_button = QPushButton(_("No subtitles"))
        self.no_subtitle_button.clicked.connect(lambda: self.set_subtitles(None))
        sub_row.addWidget(self.subtitle_label, 1)
        sub_row.addWidget(self.subtitle_button)
        sub_row.addWidget(self.no_subtitle_button)
        file_layout.addLayout(sub_row)
        layout.addWidget(files)

        controls = QGroupBox(_("Playing"))
        control_layout = QVBoxLayout(controls)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.preset.expected_ms)
        self.slider.setSingleStep(SEEK_STEP_MS)
        self.slider.setPageStep(60_000)
        self.slider.sliderReleased.connect(lambda: self._seek_to(self.slider.value()))
        self.slider.sliderMoved.connect(self._show_time)
        self.slider.actionTriggered.connect(self._slider_action)
        control_layout.addWidget(self.slider)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(_("−10 s"))
        self.back_button.clicked.connect(lambda: self._seek_by(-SEEK_STEP_MS))
        self.play_button = QPushButton(_("Play"))
        self.play_button.setDefault(True)
        self.play_button.clicked.connect(self.toggle)
        self.forward_button = QPushButton(_("+10 s"))
        self.forward_button.clicked.connect(lambda: self._seek_by(SEEK_STEP_MS))
        self.time_label = QLabel("00:00 / " + format_time(self.preset.expected_ms))
        self.time_label.setObjectName("filmTime")
        big = QFont(self.time_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.time_label.setFont(big)
        self.start_button = QPushButton(_("From the start"))
        self.start_button.clicked.connect(lambda: self._seek_to(0))
        for widget in (self.back_button, self.play_button, self.forward_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.time_label)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        control_layout.addLayout(buttons)
        lower = QHBoxLayout()
        lower.addWidget(QLabel(_("Volume")))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(self.library.volume())
        self.volume.setMaximumWidth(220)
        self.volume.valueChanged.connect(self._volume_changed)
        lower.addWidget(self.volume)
        lower.addStretch(1)
        self.window_button = QPushButton(_("Show the audience window"))
        self.window_button.clicked.connect(self.toggle_video_window)
        lower.addWidget(self.window_button)
        control_layout.addLayout(lower)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_label.hide()
        control_layout.addWidget(self.resume_label)
        self.message_label = QLabel()
        self.message_label.setObjectName("filmMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        control_layout.addWidget(self.message_label)
        layout.addWidget(controls)

        self.question_box = QFrame()
        self.question_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_box.setStyleSheet("QFrame { background: #12263f; color: white; }")
        question_layout = QVBoxLayout(self.question_box)
        self.question_label = QLabel()
        self.question_label.setObjectName("consoleQuestion")
        self.question_label.setWordWrap(True)
        font = QFont(self.question_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.question_label.setFont(font)
        self.continue_button = QPushButton(_("Continue the film"))
        self.continue_button.clicked.connect(self.continue_film)
        question_layout.addWidget(QLabel(_("Discussion pause — the question on the projector:")))
        question_layout.addWidget(self.question_label)
        question_layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.question_box.hide()
        layout.addWidget(self.question_box)
        layout.addStretch(1)
        return left

    def _build_markers(self) -> QWidget:
        box = QGroupBox(_("Discussion pauses"))
        layout = QVBoxLayout(box)
        note = QLabel(
            self.preset.note
            or _("The film pauses at each time and shows the question on the projector.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.markers = MarkerModel(self.library.markers(self.session.lang))
        self.markers.edited.connect(self._markers_edited)
        self.markers.rejected.connect(self._show_problem)
        self.marker_table = QTableView()
        self.marker_table.setModel(self.markers)
        self.marker_table.setWordWrap(True)
        self.marker_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.marker_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped questions; recomputed when the column width changes
        # (ResizeToContents would keep the heights of the first, narrow layout).
        # Deferred, so that it runs once the layout has settled.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.marker_table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._rows_timer.start())
        for signal in (self.markers.modelReset, self.markers.layoutChanged):
            signal.connect(self._rows_timer.start)
        self.markers.rowsInserted.connect(lambda *_args: self._rows_timer.start())
        self.markers.dataChanged.connect(lambda *_args: self._rows_timer.start())
        layout.addWidget(self.marker_table, 1)
        row = QHBoxLayout()
        add = QPushButton(_("Add a pause here"))
        add.setToolTip(_("A new pause at the film's current time"))
        add.clicked.connect(self.add_marker)
        remove = QPushButton(_("Remove"))
        remove.clicked.connect(self.remove_markers)
        restore = QPushButton(_("Restore the preset"))
        restore.clicked.connect(self.restore_preset)
        for button in (add, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # on a row of its own: three long labels side by side made the page wider than a
        # 1366 screen at 125% (and the window with it)
        layout.addWidget(restore, alignment=Qt.AlignmentFlag.AlignLeft)
        self.demo_note = QLabel(
            _("The demo clip pauses at 00:02 and 00:04; this list is for the film.")
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        layout.addWidget(self.demo_note)
        return box

    # --------------------------------------------------------------------- VLC ----
    @staticmethod
    def platform() -> str:
        return QGuiApplication.platformName()

    def _start_vlc(self) -> None:
        """Load VLC (again, after the facilitator installed it); say how to if missing."""
        if self.player is not None:
            return
        try:
            self.vlc = load_vlc()
            headless = self.platform() not in EMBEDDING_PLATFORMS + ("wayland",)
            self.instance = create_instance(headless=headless)
        except VlcUnavailable as error:
            self.vlc_message.setText(str(error))
            self.vlc_box.show()
            self._set_controls_enabled(False)
            return
        self.vlc_box.hide()
        self.player = FilmPlayer(self.vlc, self.instance, self.library, parent=self)
        self.player.set_volume(self.volume.value())
        self.player.state_changed.connect(self._state_changed)
        self.player.position_changed.connect(self._position_changed)
        self.player.length_changed.connect(self._length_changed)
        self.player.marker_reached.connect(self._marker_reached)
        self.player.problem.connect(self._show_problem)
        self.player.ended.connect(self._ended)
        self._set_controls_enabled(True)
        if self.platform() == "wayland":
            self._show_problem(
                _(
                    "Under Wayland the film cannot be placed on the projector: start the app "
                    "with QT_QPA_PLATFORM=xcb."
                )
            )
        if self.film is not None:
            self.open_film(self.film, remember=False)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (
            self.check_button,
            self.slider,
            self.back_button,
            self.play_button,
            self.forward_button,
            self.start_button,
            self.volume,
            self.window_button,
            self.subtitle_button,
            self.no_subtitle_button,
        ):
            widget.setEnabled(enabled)

    # ---------------------------------------------------------------- the file ----
    def choose_film(self) -> None:
        start = str(self.film.parent) if self.film else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose the film"),
            start,
            _("Films ({patterns})").format(patterns=FILM_FILTER) + ";;" + _("All files (*)"),
        )
        if name:
            self.open_film(Path(name))

    def open_film(self, path: Path, remember: bool = True) -> None:
        """Remember the file, load it where it stopped last time, and check it."""
        self.film = Path(path)
        if remember:
            self.library.remember_file(self.film)
        self.file_label.setText(str(self.film))
        self.demo_note.setVisible(is_demo(self.film))
        self.check = None
        self._hide_question()
        _coloured(self.message_label, "", BAD_COLOUR)
        if self.player is None:
            return
        key = film_key(self.film)
        start = self.library.saved_position(key)
        subtitles = self.library.subtitle_for(key)
        if subtitles is None and is_demo(self.film):
            subtitles = demo_subtitles()
        if subtitles is not None and not subtitles.is_file():
            subtitles = None
        self.player.set_markers(self.library.markers_for(self.film, self.session.lang))
        if not self.player.load(self.film, start_ms=start, subtitles=subtitles):
            _coloured(self.check_label, _("The film file cannot be found."), BAD_COLOUR)
            return
        self._show_subtitles(subtitles)
        if start > 0:
            self.resume_label.setText(
                _("Last time the film stopped at {at}; Play continues there.").format(
                    at=format_time(start)
                )
            )
        self.resume_label.setVisible(start > 0)
        self.run_check()

    def run_check(self) -> None:
        if self.film is None or self._checking:
            return
        film = self.film
        self._checking = True
        _coloured(self.check_label, _("Checking the film file…"), WARN_COLOUR)
        expected = None if is_demo(film) else self.preset.expected_ms

        def work() -> FilmCheck:
            return check_film(film, expected_ms=expected)

        run_job(
            self,
            _("Checking the film file…"),
            work,
            on_success=lambda result: self._check_done(film, result),
            on_failure=self._check_failed,
        )

    def _check_done(self, film: Path, result: FilmCheck) -> None:
        self._checking = False
        if film != self.film:
            return
        self.check = result
        lines = [result.summary(), *result.problems[1:], *result.warnings]
        colour = BAD_COLOUR if result.problems else WARN_COLOUR if result.warnings else OK_COLOUR
        _coloured(self.check_label, "\n".join(lines), colour)
        if result.duration_ms > 0 and self.player is not None and not self.player.length_ms:
            self._length_changed(result.duration_ms)

    def _check_failed(self, error: Exception) -> None:
        self._checking = False
        _coloured(self.check_label, str(error), BAD_COLOUR)

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
            self.set_subtitles(Path(name))

    def set_subtitles(self, path: Path | None) -> None:
        if self.player is None or self.film is None:
            return
        if not self.player.set_subtitles(path):
            return
        self.library.set_subtitle_for(film_key(self.film), path)
        self._show_subtitles(path)

    def _show_subtitles(self, path: Path | None) -> None:
        text = _("Subtitles: {name}").format(name=path.name) if path else _("Subtitles: none")
        self.subtitle_label.setText(text)

    # ----------------------------------------------------------------- playing ----
    def ensure_video_window(self) -> VideoWindow:
        """The audience window, made once; VLC draws into it when Qt can embed."""
        if self.video is None:
            self.video = VideoWindow()
            self.video.toggle_requested.connect(self.toggle)
            self.video.seek_requested.connect(self._seek_by)
            if self.player is not None and self.platform() in EMBEDDING_PLATFORMS:
                self.player.attach_video(self.video.video_win_id(), self.platform())
        return self.video

    def toggle_video_window(self) -> None:
        video = self.ensure_video_window()
        if video.isVisible():
            video.hide()
        else:
            video.place()
        self._update_window_button()

    def _update_window_button(self) -> None:
        shown = self.video is not None and self.video.isVisible()
        set_button_text(
            self.window_button,
            _("Hide the audience window") if shown else _("Show the audience window"),
        )

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.state == PlayerState.PLAYING:
            self.player.pause()
        else:
            self.continue_film()

    def continue_film(self) -> None:
        if self.player is None or self.film is None:
            return
        video = self.ensure_video_window()
        video.show_video()
        if not video.isVisible():
            video.place()
            self._update_window_button()
        self._hide_question()
        _coloured(self.message_label, "", BAD_COLOUR)
        self.resume_label.hide()
        self.player.play()

    def _seek_by(self, delta: int) -> None:
        if self.player is not None:
            self.player.seek_by(delta)

    def _seek_to(self, ms: int) -> None:
        if self.player is not None:
            self.player.seek_to(ms)
            self.resume_label.hide()

    def _slider_action(self, action: int) -> None:
        # clicks on the groove and keyboard steps; dragging is handled on release
        if action != QSlider.SliderAction.SliderMove.value:
            QTimer.singleShot(0, lambda: self._seek_to(self.slider.value()))

    def _volume_changed(self, value: int) -> None:
        if self.player is not None:
            self.player.set_volume(value)
        self._volume_save.start()

    def _save_volume(self) -> None:
        self.library.save_volume(self.volume.value())

    # --------------------------------------------------------- player signals ----
    def _state_changed(self, state: str) -> None:
        playing = state == PlayerState.PLAYING
        if playing:
            set_button_text(self.play_button, _("Pause"))
            if self.question_box.isVisible():
                self._hide_question()
                if self.video is not None:
                    self.video.show_video()
        elif state == PlayerState.PAUSED:
            set_button_text(self.play_button, _("Continue"))
        else:
            set_button_text(self.play_button, _("Play"))

    def _total_ms(self) -> int:
        if self.player is not None and self.player.length_ms:
            return self.player.length_ms
        if self.check is not None and self.check.duration_ms:
            return self.check.duration_ms
        return self.preset.expected_ms

    def _show_time(self, ms: int) -> None:
        self.time_label.setText(f"{format_time(ms)} / {format_time(self._total_ms())}")

    def _position_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)
        self._show_time(ms)

    def _length_changed(self, ms: int) -> None:
        self.slider.setRange(0, max(ms, 1))
        self._show_time(self.player.position_ms() if self.player else 0)

    def _marker_reached(self, marker: Any) -> None:
        self.question_label.setText(marker.question)
        self.question_box.show()
        self.continue_button.setFocus()
        if self.video is not None:
            self.video.show_question(marker.question)
        self.session.status.emit(
            _("Discussion pause at {at}.").format(at=format_time(marker.time_ms))
        )

    def _hide_question(self) -> None:
        self.question_box.hide()
        if self.video is not None:
            self.video.show_video()

    def _ended(self) -> None:
        _coloured(self.message_label, _("The film has ended."), OK_COLOUR)

    def _show_problem(self, message: str) -> None:
        _coloured(self.message_label, message, BAD_COLOUR)
        self.session.status.emit(message)

    # ------------------------------------------------------------------ markers ----
    def _markers_edited(self) -> None:
        markers = self.markers.markers()
        self.library.save_markers(markers)
        if self.player is not None and self.film is not None and not is_demo(self.film):
            self.player.set_markers(markers)

    def add_marker(self) -> None:
        at = self.player.position_ms() if self.player is not None else 0
        row = self.markers.add_marker(at, _("New question for the room"))
        index = self.markers.index(row, 1)
        self.marker_table.setCurrentIndex(index)
        self.marker_table.edit(index)

    def remove_markers(self) -> None:
        rows = [index.row() for index in self.marker_table.selectionModel().selectedRows()]
        if not rows and self.marker_table.currentIndex().isValid():
            rows = [self.marker_table.currentIndex().row()]
        self.markers.remove_rows(rows)

    def restore_preset(self) -> None:
        self.library.restore_preset()
        self.markers.set_markers(self.library.markers(self.session.lang))
        if self.player is not None and self.film is not None and not is_demo(self.film):
            self.player.set_markers(self.markers.markers())

    # ------------------------------------------------------------------ closing ----
    def shutdown(self) -> None:
        """Save where the film stopped and let go of VLC (the app is quitting)."""
        if self.player is not None:
            self.player.close()
            self.player = None
        if self.video is not None:
            self.video.close()
            self.video.deleteLater()
            self.video = None
        if self.instance is not None:
            self.instance.release()
            self.instance = None
