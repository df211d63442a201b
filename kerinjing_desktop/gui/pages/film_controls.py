"""The Film page's playing controls (position, play, seek, volume, the audience window
button, the resume and message lines) and the discussion question box under them.

Widgets only: they report what the facilitator asks for as signals and show what they are
told; `FilmLogic` decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import format_time
from kerinjing_desktop.film.player import SEEK_STEP_MS, PlayerState
from kerinjing_desktop.gui.keys import set_button_text
from kerinjing_desktop.gui.theme import Tone, paint_dark_panel, show_toned

VOLUME_SAVE_DELAY_MS = 800  # a drag of the volume slider is saved once, when it rests


def _scaled(label: QLabel, factor: float, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class PlayControls(QGroupBox):
    toggle_requested = Signal()
    seek_by_requested = Signal(int)  # ±ms
    seek_to_requested = Signal(int)  # ms
    scrubbed = Signal(int)  # ms under the dragged slider (time shown, not sought yet)
    volume_changed = Signal(int)
    volume_settled = Signal()  # the volume slider rests: time to save it
    window_requested = Signal()

    def __init__(self, expected_ms: int, volume: int) -> None:
        super().__init__(_("Playing"))
        layout = QVBoxLayout(self)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, expected_ms)
        self.slider.setSingleStep(SEEK_STEP_MS)
        self.slider.setPageStep(60_000)
        self.slider.sliderReleased.connect(lambda: self.seek_to_requested.emit(self.slider.value()))
        self.slider.sliderMoved.connect(self.scrubbed)
        self.slider.actionTriggered.connect(self._slider_action)
        layout.addWidget(self.slider)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(_("−10 s"))
        self.back_button.clicked.connect(lambda: self.seek_by_requested.emit(-SEEK_STEP_MS))
        self.play_button = QPushButton(_("Play"))
        self.play_button.setDefault(True)
        self.play_button.clicked.connect(self.toggle_requested)
        self.forward_button = QPushButton(_("+10 s"))
        self.forward_button.clicked.connect(lambda: self.seek_by_requested.emit(SEEK_STEP_MS))
        self.time_label = QLabel("00:00")  # no length shown before a film is chosen
        self.time_label.setObjectName("filmTime")
        _scaled(self.time_label, 1.4)
        self.start_button = QPushButton(_("From the start"))
        self.start_button.clicked.connect(lambda: self.seek_to_requested.emit(0))
        for widget in (self.back_button, self.play_button, self.forward_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.time_label)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        lower = QHBoxLayout()
        lower.addWidget(QLabel(_("Volume")))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(volume)
        self.volume.setMaximumWidth(220)
        self._volume_save = QTimer(self)
        self._volume_save.setSingleShot(True)
        self._volume_save.setInterval(VOLUME_SAVE_DELAY_MS)
        self._volume_save.timeout.connect(self.volume_settled)
        self.volume.valueChanged.connect(self.volume_changed)
        self.volume.valueChanged.connect(lambda _value: self._volume_save.start())
        lower.addWidget(self.volume)
        lower.addStretch(1)
        self.window_button = QPushButton(_("Show the audience window"))
        self.window_button.clicked.connect(self.window_requested)
        lower.addWidget(self.window_button)
        layout.addLayout(lower)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_label.hide()
        layout.addWidget(self.resume_label)
        self.message_label = QLabel()
        self.message_label.setObjectName("filmMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)

    def player_widgets(self) -> tuple[QWidget, ...]:
        """What needs VLC."""
        return (
            self.slider,
            self.back_button,
            self.play_button,
            self.forward_button,
            self.start_button,
            self.volume,
            self.window_button,
        )

    def _slider_action(self, action: int) -> None:
        # clicks on the groove and keyboard steps; dragging is handled on release
        if action != QSlider.SliderAction.SliderMove.value:
            QTimer.singleShot(0, lambda: self.seek_to_requested.emit(self.slider.value()))

    def show_state(self, state: PlayerState) -> None:
        if state == PlayerState.PLAYING:
            text = _("Pause")
        elif state == PlayerState.PAUSED:
            text = _("Continue")
        else:
            text = _("Play")
        set_button_text(self.play_button, text)

    def show_time(self, ms: int, total_ms: int) -> None:
        """ "01:02 / 27:14"; without a film (a total of 0) the position alone."""
        total = f" / {format_time(total_ms)}" if total_ms > 0 else ""
        self.time_label.setText(format_time(ms) + total)

    def show_position(self, ms: int, total_ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)
        self.show_time(ms, total_ms)

    def show_length(self, ms: int) -> None:
        self.slider.setRange(0, max(ms, 1))

    def show_resume(self, at_ms: int) -> None:
        if at_ms > 0:
            self.resume_label.setText(
                _("Last time the film stopped at {at}; Play continues there.").format(
                    at=format_time(at_ms)
                )
            )
        self.resume_label.setVisible(at_ms > 0)

    def show_message(self, text: str, tone: Tone) -> None:
        show_toned(self.message_label, text, tone)

    def show_window_shown(self, shown: bool) -> None:
        set_button_text(
            self.window_button,
            _("Hide the audience window") if shown else _("Show the audience window"),
        )


class QuestionBox(QFrame):
    """The question of a discussion pause, large, as the projector shows it."""

    continue_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        paint_dark_panel(self)
        layout = QVBoxLayout(self)
        self.question_label = QLabel()
        self.question_label.setObjectName("consoleQuestion")
        self.question_label.setWordWrap(True)
        _scaled(self.question_label, 1.8, bold=True)
        self.continue_button = QPushButton(_("Continue the film"))
        self.continue_button.clicked.connect(self.continue_requested)
        layout.addWidget(QLabel(_("Discussion pause — the question on the projector:")))
        layout.addWidget(self.question_label)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.hide()

    def show_question(self, question: str | None) -> None:
        if question is None:
            self.hide()
            return
        self.question_label.setText(question)
        self.show()
        self.continue_button.setFocus()
