"""The app's look: readable on a 1366×768 laptop, calm colours, a high-contrast option.

The everyday look sets no application style sheet: with one, Qt styles every widget through
its style-sheet engine, and building the window took about a third longer (`bench startup`).
Only the step list (roomy, rounded items) and the page headings (larger) have sheets of their
own; `polish()` sets them (found by object name) for each page as it is built and for every
window when the look changes. High contrast is an application sheet: it is opt-in, and a
sheet is the one way to win over every platform style's own colours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QListView, QWidget

STEP_LIST = "steps"  # object names that polish() looks for
PAGE_HEADING = "pageHeading"
STEP_EXTRA_PT = 2  # the step list and the headings stand out from the body text by this much
HEADING_EXTRA_PT = 4
STEP_SHEET = """
QListWidget {{ font-size: {size}pt; padding: 4px; }}
QListWidget::item {{ padding: 9px 6px; border-radius: 4px; }}
QListWidget::item:selected {{ background: {background}; color: {colour}; }}
"""
ACCENT = ("#1f4e79", "white")  # the chosen step: dark blue, white text
ACCENT_HIGH_CONTRAST = ("black", "yellow")

HIGH_CONTRAST = """
QWidget { background: white; color: black; }
QWidget:disabled { color: #595959; }
QTableView { gridline-color: black; }
"""

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
