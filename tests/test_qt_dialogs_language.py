"""Qt's own print and file dialogs speak Indonesian in Indonesian mode (issue 13, item 13):
the PySide6 wheel has no qtbase_id.qm, so qt_id.qm (from translations/qt*_id.ts) carries
their texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel, QTabWidget

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def indonesian_qt(qapp):
    translator = QTranslator()
    assert translator.load(str(ROOT / "assets" / "i18n" / "qt_id.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _texts(dialog) -> set[str]:
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    texts |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    texts |= {w.title() for w in dialog.findChildren(QGroupBox)}
    for tabs in dialog.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    return {t.replace("&", "") for t in texts if t}


def test_the_print_dialog_in_indonesian(qtbot, indonesian_qt):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    texts = _texts(dialog)
    assert {"Nama:", "Properti", "Salinan:", "Opsi >>", "Susun"} <= texts, texts
    assert not {"Name:", "Properties", "Copies:", "Options >>", "Collate", "Reverse"} & texts, texts


def test_the_file_dialog_in_indonesian(qtbot, indonesian_qt, tmp_path):
    dialog = QFileDialog(None, "Simpan", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"Lihat di:", "Jenis berkas:"} <= texts, texts
    assert not {"Look in:", "Files of type:"} & texts


def test_the_app_installs_the_catalogue_for_qt_dialogs(qtbot, qapp):
    """run_gui's translator set-up (Indonesian mode) makes a file dialog say Lihat di."""
    from kerinjing_desktop.gui.app import _install_qt_translations

    before = set(qapp.findChildren(QTranslator))
    _install_qt_translations(qapp, "id")
    added = [t for t in qapp.findChildren(QTranslator) if t not in before]
    try:
        dialog = QFileDialog(None, "Simpan", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        assert "Lihat di:" in _texts(dialog)
    finally:
        for translator in added:
            qapp.removeTranslator(translator)
            translator.deleteLater()
