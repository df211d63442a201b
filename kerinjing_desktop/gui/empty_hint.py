"""A grey sentence inside an empty list or table that says what to do first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid

from kerinjing_desktop.gui.theme import paint_empty_hint


class EmptyHint(QObject):
    """Shows `text()` centred in `view` while its model has no rows (an empty text hides it).
    `text` is a function so that the hint can follow the state, e.g. a search with no match."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]):
        super().__init__(view)
        self.view, self.text = view, text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        paint_empty_hint(self.label)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if not isValid(self.view) or not isValid(self.label):
            return  # a list widget empties its model while it is being destroyed
        text = self.text() if self.view.model().rowCount() == 0 else ""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False
