"""Questions and standard buttons in the app's language.

The PySide6 wheel ships no Indonesian translation of Qt itself (no `qtbase_id.qm`), so
`QMessageBox.question` would say "Yes"/"No" and `QDialogButtonBox` "Save"/"Cancel" in English
inside an Indonesian window. These helpers give those buttons our own translated texts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from kerinjing_desktop.core.i18n import N_, _

# Standard buttons we use, with the text (and mnemonic) to show instead of Qt's English one.
BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: N_("OK"),
    QDialogButtonBox.StandardButton.Save: N_("&Save"),
    QDialogButtonBox.StandardButton.Cancel: N_("Cancel"),
    QDialogButtonBox.StandardButton.Close: N_("&Close"),
    QDialogButtonBox.StandardButton.Yes: N_("&Yes"),
    QDialogButtonBox.StandardButton.No: N_("&No"),
}


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A question with translated Yes / No buttons (Yes is the default, Esc means No)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    yes = box.addButton(_("&Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_("&No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.yes_button = yes
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question in the app's language; True when the answer is yes."""
    box = question_box(parent, title, text)
    box.exec()
    return box.clickedButton() is box.yes_button


def translate_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give the standard buttons of `box` the app's own translated texts."""
    for which, text in BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(_(text))
    return box
