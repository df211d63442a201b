"""An unexpected error in the window: logged (owner-only), told once in words, never nested.

An error inside a Qt override repeats at every repaint, and a modal message box repaints the
window behind it; without a guard the boxes nest until the stack runs out.
"""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from kerinjing_desktop.gui import app as app_module


class BrokenModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 3

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.row() == 1:
            raise KeyError("Siti Rohani")
        return None


@pytest.fixture
def hooked(tmp_path, monkeypatch):
    boxes: list[str] = []

    def warning(parent, title, text):
        boxes.append(text)
        # a box repaints the window behind it: the same error comes back while it is open
        app_module.sys.excepthook(KeyError, KeyError("Siti Rohani"), None)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    saved = sys.excepthook
    app_module._install_error_hook(tmp_path)
    yield boxes, tmp_path / "logs" / "errors.log"
    sys.excepthook = saved


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_models_data_is_logged_and_told_once(qtbot, hooked):
    boxes, log_file = hooked
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(BrokenModel())
    view.show()
    for _ in range(3):  # paints run in the event loop, where Qt hands errors to the hook
        view.viewport().update()
        qtbot.wait(50)
    assert len(boxes) == 1
    assert boxes[0].startswith("Aplikasi menemui masalah yang tidak terduga")
    assert "Data yang sudah tersimpan aman" in boxes[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError" in logged and "Traceback" in logged
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_different_error_gets_its_own_message(hooked):
    boxes, _log = hooked
    for error in (ValueError("satu"), ValueError("satu"), OSError("dua")):
        sys.excepthook(type(error), error, None)
    assert len(boxes) == 2 and "satu" in boxes[0] and "dua" in boxes[1]
