"""An item editor that hands every keystroke to its model, so that a list or table whose
items are edited in place is saved as it is typed (no Save button, nothing lost on leaving)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate


class TypedDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, placeholder: str = ""):
        super().__init__(parent)
        self.placeholder = placeholder

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.placeholder)
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor
