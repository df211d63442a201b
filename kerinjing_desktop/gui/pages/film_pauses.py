"""The Film page's pause editor: the discussion pauses as a table, with add, remove and the
preset back. Every accepted edit is announced (`MarkerModel.edited`) and saved by the logic.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.marker_model import MarkerModel
from kerinjing_desktop.film.markers import Marker


class PauseEditor(QGroupBox):
    restore_requested = Signal()

    def __init__(self, markers: list[Marker], note: str, position_ms: Callable[[], int]):
        super().__init__(_("Discussion pauses"))
        self._position_ms = position_ms  # where "Add a pause here" puts the new pause
        layout = QVBoxLayout(self)
        label = QLabel(
            note or _("The film pauses at each time and shows the question on the projector.")
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.model = MarkerModel(markers)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped questions; recomputed when the column width changes
        # (ResizeToContents would keep the heights of the first, narrow layout).
        # Deferred, so that it runs once the layout has settled.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._rows_timer.start())
        for signal in (self.model.modelReset, self.model.layoutChanged):
            signal.connect(self._rows_timer.start)
        self.model.rowsInserted.connect(lambda *_args: self._rows_timer.start())
        self.model.dataChanged.connect(lambda *_args: self._rows_timer.start())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        add = QPushButton(_("Add a pause here"))
        add.setToolTip(_("A new pause at the film's current time"))
        add.clicked.connect(self.add_marker)
        remove = QPushButton(_("Remove"))
        remove.clicked.connect(self.remove_markers)
        restore = QPushButton(_("Restore the preset"))
        restore.clicked.connect(self.restore_requested)
        for button in (add, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # on a row of its own: three long labels side by side made the page wider than a
        # 1366 screen at 125% (and the window with it)
        layout.addWidget(restore, alignment=Qt.AlignmentFlag.AlignLeft)
        self.demo_note = QLabel(
            _("The demo clip pauses at 00:02 and 00:04; this list is for the film.")
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        layout.addWidget(self.demo_note)

    def add_marker(self) -> None:
        row = self.model.add_marker(self._position_ms(), _("New question for the room"))
        index = self.model.index(row, 1)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_markers(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.remove_rows(rows)
