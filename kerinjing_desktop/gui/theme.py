"""The app's look, in one place: the font size, the contrast, and every style sheet of the
window's widgets (their colours are core/palette.py's, shared with the charts and documents).

Readable on a 1366×768 laptop, calm colours, a high-contrast option. The everyday look sets
no application style sheet: with one, Qt styles every widget through its style-sheet engine,
and building the window took about a third longer (`bench startup`). Only the step list
(roomy, rounded items), the page headings (larger) and single labels have sheets of their
own; `polish()` sets the first two (found by object name) for each page as it is built and
for every window when the look changes. High contrast is an application sheet: it is
opt-in, and a sheet is the one way to win over every platform style's own colours.

Pages say what a text means (`Tone.OK`, `Tone.BAD`, `show_toned`) or which surface it is
(`paint_dark_panel`), never a colour.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QApplication, QLabel, QListView, QWidget

from kerinjing_desktop.core import palette

STEP_LIST = "steps"  # object names that polish() looks for
PAGE_HEADING = "pageHeading"
STEP_EXTRA_PT = 2  # the step list and the headings stand out from the body text by this much
HEADING_EXTRA_PT = 4
STEP_SHEET = """
QListWidget {{ font-size: {size}pt; padding: 4px; }}
QListWidget::item {{ padding: 9px 6px; border-radius: 4px; }}
QListWidget::item:selected {{ background: {background}; color: {colour}; }}
"""
ACCENT = (palette.ACCENT, "white")  # the chosen step: dark blue, white text
ACCENT_HIGH_CONTRAST = ("black", "yellow")

HIGH_CONTRAST = (
    "QWidget { background: white; color: black; }\n"
    f"QWidget:disabled {{ color: {palette.DISABLED_HIGH_CONTRAST}; }}\n"
    "QTableView { gridline-color: black; }\n"
)

# Font size choices of the Settings page: points added to the system's own size.
FONT_STEPS = (0, 2, 4)  # follow the system, larger, largest


def system_point_size(app) -> int:
    """The system's font size, remembered before the app first changes the font."""
    size = app.property("kerinjing_system_point_size")
    if not size:
        size = app.font().pointSize() if app.font().pointSize() > 0 else 10
        app.setProperty("kerinjing_system_point_size", size)
    return int(size)


def high_contrast_on(app) -> bool:
    return bool(app.property("kerinjing_high_contrast"))


def apply_look(app, font_point_size: int = 0, high_contrast: bool = False) -> None:
    """Apply the font size (0 follows the system) and the contrast, at start or live."""
    base = system_point_size(app)
    wanted = font_point_size if font_point_size > 0 else base
    if app.font().pointSize() != wanted:  # following the system at start: leave Qt's font be
        font = app.font()
        font.setPointSize(wanted)
        app.setFont(font)
    if high_contrast != high_contrast_on(app):
        app.setStyleSheet(HIGH_CONTRAST if high_contrast else "")
        app.setProperty("kerinjing_high_contrast", high_contrast)
    for window in app.topLevelWidgets():
        polish(window)


def polish(root: QWidget) -> None:
    """Size the step list and the page headings under `root` for the current font and contrast."""
    size = QApplication.font().pointSize()
    for heading in root.findChildren(QLabel, PAGE_HEADING):
        heading.setStyleSheet(f"font-size: {size + HEADING_EXTRA_PT}pt;")
    lists = root.findChildren(QListView, STEP_LIST)
    if isinstance(root, QListView) and root.objectName() == STEP_LIST:
        lists.append(root)
    for steps in lists:
        background, colour = (
            ACCENT_HIGH_CONTRAST if high_contrast_on(QApplication.instance()) else ACCENT
        )
        sheet = STEP_SHEET.format(size=size + STEP_EXTRA_PT, background=background, colour=colour)
        steps.setStyleSheet(sheet)
        steps.ensurePolished()  # the sheet's font now, so that items are measured with it


class Tone(StrEnum):
    """What a status line means; its colour follows."""

    OK = "ok"
    WARN = "warn"
    BAD = "bad"
    MUTED = "muted"  # a footnote or a hint, less than the text around it


TONE_COLOURS = {
    Tone.OK: palette.OK,
    Tone.WARN: palette.WARN,
    Tone.BAD: palette.BAD,
    Tone.MUTED: palette.MUTED,
}


def set_tone(label: QWidget, tone: Tone | None, bold: bool = False) -> None:
    """The label's text in the colour of `tone` (None: the usual colour again)."""
    weight = " font-weight: bold;" if bold else ""
    label.setStyleSheet(f"color: {TONE_COLOURS[tone]};{weight}" if tone else "")


def show_toned(label: QLabel, text: str, tone: Tone) -> None:
    """`text` in the colour of its tone; an empty text hides the label."""
    label.setText(text)
    set_tone(label, tone)
    label.setVisible(bool(text))


def toned_html(text: str, tone: Tone) -> str:
    """`text` as rich text in the colour of `tone` (for labels that show HTML)."""
    return f'<span style="color:{TONE_COLOURS[tone]}">{text}</span>'


def paint_dark_panel(frame: QWidget) -> None:
    """White text on the dark blue of the projector's question screen."""
    frame.setStyleSheet(f"QFrame {{ background: {palette.QUESTION_PANEL}; color: white; }}")


def paint_notice(label: QLabel) -> None:
    """A framed, pale amber box: a notice to read before anything else on the page."""
    label.setStyleSheet(
        f"QLabel {{ background: {palette.NOTICE_FILL}; border: 1px solid "
        f"{palette.NOTICE_BORDER}; padding: 6px; }}"
    )


def paint_empty_hint(label: QLabel) -> None:
    """The quiet text in the middle of an empty list."""
    label.setStyleSheet(f"color: {palette.MUTED}; padding: 24px;")
