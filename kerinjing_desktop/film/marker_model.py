"""The discussion pauses as an editable table: time (mm:ss) and question.

A bad time is refused with a translated message (`rejected`) and the old value stays; every
accepted change is announced by `edited` so the page saves the list at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import Marker, format_time, parse_time

Index = QModelIndex | QPersistentModelIndex
TIME, QUESTION = 0, 1


class MarkerModel(QAbstractTableModel):
    edited = Signal()  # the list changed (saved by the page)
    rejected = Signal(str)  # why an edit was refused, translated

    def __init__(self, markers: list[Marker] | None = None):
        super().__init__()
        self._markers: list[Marker] = sorted(markers or [])

    def markers(self) -> list[Marker]:
        return list(self._markers)

    def set_markers(self, markers: list[Marker]) -> None:
        self.beginResetModel()
        self._markers = sorted(markers)
        self.endResetModel()

    # ------------------------------------------------------------- the Qt model ----
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._markers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _("Time") if section == TIME else _("Question for the room")
        return str(section + 1)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        marker = self._markers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_time(marker.time_ms) if index.column() == TIME else marker.question
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == QUESTION:
            return marker.question
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        old = self._markers[row]
        text = str(value or "").strip()
        if index.column() == TIME:
            try:
                new = Marker(parse_time(text), old.question)
            except ValueError as error:
                self.rejected.emit(str(error))
                return False
        else:
            if not text:
                self.rejected.emit(_("A discussion pause needs a question."))
                return False
            new = Marker(old.time_ms, text)
        if new == old and new.question == old.question:
            return True
        self._markers[row] = new
        if index.column() == TIME:
            self.layoutAboutToBeChanged.emit()
            self._markers.sort()
            self.layoutChanged.emit()
        else:
            self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # ----------------------------------------------------------- list editing ----
    def add_marker(self, time_ms: int, question: str) -> int:
        """Insert in time order; returns the new row."""
        marker = Marker(max(0, time_ms), question)
        row = sum(1 for m in self._markers if m <= marker)
        self.beginInsertRows(QModelIndex(), row, row)
        self._markers.insert(row, marker)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._markers):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._markers[row]
                self.endRemoveRows()
        if rows:
            self.edited.emit()
