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
QListWidget#steps::item:selected { background: black; color: yellow; }
QTableView { gridline-color: black; }
"""


def stylesheet(high_contrast: bool = False) -> str:
    return BASE + (HIGH_CONTRAST if high_contrast else "")
