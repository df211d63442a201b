"""Yes/no questions that Qt's translator can put in the app's language.

The standard buttons (Yes/No here, Save/Cancel/Close in the dialogs) keep Qt's own texts: the
QTranslator that gui/app.py installs for the window's language gives them in Indonesian
(the PySide6 wheel ships no Indonesian of Qt itself, so translations/qt_id.ts does), with the
Alt-letter of Save and Close in both languages (translations/qt_en.ts adds it in English).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A question with Yes / No buttons (Yes is the default, Esc means No)."""
    yes_no = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes_no, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question in the app's language; True when the answer is yes."""
    box = question_box(parent, title, text)
    box.exec()
    return answered_yes(box)


def answered_yes(box: QMessageBox) -> bool:
    clicked = box.clickedButton()
    return clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes
