"""The app's look: readable on a 1366×768 laptop, calm colours, a high-contrast option."""

from __future__ import annotations

BASE = """
QListWidget#steps { font-size: 11pt; padding: 4px; }
QListWidget#steps::item { padding: 9px 6px; border-radius: 4px; }
QListWidget#steps::item:selected { background: #1f4e79; color: white; }
QLabel#pageHeading { font-size: 13pt; }
"""

HIGH_CONTRAST = """
QWidget { background: white; color: black; }
QWidget:disabled { color: #595959; }
QListWidget#steps::item:selected { background: black; color: yellow; }
QTableView { gridline-color: black; }
"""


def stylesheet(high_contrast: bool = False, point_size: int = 0) -> str:
    """The app's style sheet; with a chosen font size the step list and headings grow too."""
    sheet = BASE
    if point_size > 0:
        sheet = sheet.replace("font-size: 11pt", f"font-size: {point_size + 2}pt")
        sheet = sheet.replace("font-size: 13pt", f"font-size: {point_size + 4}pt")
    return sheet + (HIGH_CONTRAST if high_contrast else "")


# Font size choices of the Settings page: points added to the system's own size.
FONT_STEPS = (0, 2, 4)  # follow the system, larger, largest


def system_point_size(app) -> int:
    """The system's font size, remembered before the app first changes the font."""
    size = app.property("kerinjing_system_point_size")
    if not size:
        size = app.font().pointSize() if app.font().pointSize() > 0 else 10
        app.setProperty("kerinjing_system_point_size", size)
    return int(size)


def apply_look(app, font_point_size: int = 0, high_contrast: bool = False) -> None:
    """Apply the font size (0 follows the system) and the contrast, at start or live."""
    base = system_point_size(app)
    wanted = font_point_size if font_point_size > 0 else base
    if app.font().pointSize() != wanted:  # following the system at start: leave Qt's font be
        font = app.font()
        font.setPointSize(wanted)
        app.setFont(font)
    app.setStyleSheet(stylesheet(high_contrast, font_point_size))
    from PySide6.QtWidgets import QListView

    for widget in app.allWidgets():  # lists cache their item sizes: measure them again
        if isinstance(widget, QListView):
            widget.doItemsLayout()
