"""Every style sheet of the window's widgets, in one place (their colours: core/palette.py).

Pages say what a text means (`Tone.OK`, `Tone.BAD`) or which surface it is
(`paint_dark_panel`); the sheets are written here, so that a change of look (or a
colour-blind check) reads one file. Sheets are set on single widgets only: an application
sheet slows the whole window down (see `style.py`, which uses these colours too).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel, QWidget

from kerinjing_desktop.core import palette


class Tone(StrEnum):
    """What a status line means; its colour follows."""

    OK = "ok"
    WARN = "warn"
    BAD = "bad"


TONE_COLOURS = {Tone.OK: palette.OK, Tone.WARN: palette.WARN, Tone.BAD: palette.BAD}


def show_toned(label: QLabel, text: str, tone: Tone) -> None:
    """`text` in the colour of its tone; an empty text hides the label."""
    label.setText(text)
    label.setStyleSheet(f"color: {TONE_COLOURS[tone]};")
    label.setVisible(bool(text))


def paint_dark_panel(frame: QWidget) -> None:
    """White text on the dark blue of the projector's question screen."""
    frame.setStyleSheet(f"QFrame {{ background: {palette.QUESTION_PANEL}; color: white; }}")
