"""Telling where a file went, with a button that opens its folder: the day's documents and
the programme's outputs say it the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kerinjing_desktop.core.i18n import _


def tell_saved(parent: QWidget, text: str, path: Path) -> None:
    """Where it went (`text`), with a button that opens the folder of `path`."""
    box = QMessageBox(parent)
    box.setWindowTitle(_("Saved"))
    box.setText(text)
    show = box.addButton(_("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is show:
        folder = path if path.is_dir() else path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
