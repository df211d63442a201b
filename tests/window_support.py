"""The main window made active again after a dialog, for the GUI tests that type into it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def back_to(qtbot, window) -> None:
    """Wait until `window` has the keyboard again: after a dialog closes, activation comes in
    the event loop, and on a loaded machine another window may take it first."""

    def active() -> bool:
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            return False
        return True

    qtbot.waitUntil(active, timeout=5000)
