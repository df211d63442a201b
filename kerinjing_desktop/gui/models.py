"""Table models over plain rows from the core. Widgets never hold data of their own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.domain import (
    ROLE_LABELS,
    Participant,
    gender_label,
    matches_search,
    search_key,
)
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import Role
from kerinjing_desktop.core.roster import duplicate_names

_PRESENT = QBrush(QColor(palette.PRESENT_FILL))
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANSWERED = frozenset({_DISPLAY, _BACKGROUND, _ALIGNMENT, Qt.ItemDataRole.ToolTipRole})
_CENTRE = Qt.AlignmentFlag.AlignCenter


def _local_time(stamp: str | None) -> str:
    """'2021-09-21T01:02:03.456Z' → local 'HH:MM'."""
    if not stamp:
        return ""
    import datetime as dt

    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%H:%M")


class ParticipantsModel(QAbstractTableModel):
    COLUMNS = ("present", "code", "name", "gender", "age", "group", "phone", "time")
    HEADERS = (
        N_("Present"),
        N_("Code"),
        N_("Name"),
        N_("M/F"),
        N_("Age"),
        N_("Group"),
        N_("Phone"),
        N_("Check-in"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Participant] = []
        self._duplicates: set[str] = set()
        self._search_keys: list[str] = []

    def set_rows(self, rows: Sequence[Participant]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._duplicates = duplicate_names(self._rows)
        self._search_keys = [_search_key(p) for p in self._rows]
        self.endResetModel()

    def replace_row(self, participant: Participant) -> None:
        """Update one row in place after an edit (keeps selection and scroll position)."""
        for row, current in enumerate(self._rows):
            if current.registration_id == participant.registration_id:
                self._rows[row] = participant
                self._search_keys[row] = _search_key(participant)
                if current.name != participant.name:
                    self._duplicates = duplicate_names(self._rows)
                    self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 7))
                else:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 7))
                return

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def rows(self) -> list[Participant]:
        return list(self._rows)

    def search_key(self, row: int) -> str:
        return self._search_keys[row]

    def row_of(self, registration_id: str) -> int:
        for row, p in enumerate(self._rows):
            if p.registration_id == registration_id:
                return row
        return -1

    def row_of_code(self, code: str) -> int:
        return next((row for row, p in enumerate(self._rows) if p.code == code), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Qt asks about a dozen roles per visible cell on every repaint: leave early on the
        # ones we do not answer (a search keystroke repaints the whole table)
        if role not in _ANSWERED or not index.isValid():
            return None
        p = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == _DISPLAY:
            if column == "present":
                return "✔" if p.attended else ""
            if column == "name":
                name = (
                    p.name if p.role == Role.PARTICIPANT else f"{p.name} ({_(ROLE_LABELS[p.role])})"
                )
                return f"{name}  ⚠" if p.registration_id in self._duplicates else name
            if column == "age":
                return "" if p.age is None else str(p.age)
            if column == "time":
                return _local_time(p.checked_in_at)
            if column == "gender":
                return gender_label(p.gender)
            if column == "group":
                return p.group_shown  # the village's own word; the totals count its group
            return getattr(p, column)
        if role == _BACKGROUND:
            return _PRESENT if p.attended else None
        if role == _ALIGNMENT:
            return _CENTRE if column in ("present", "gender", "age") else None
        if column == "name" and p.registration_id in self._duplicates:  # the tooltip
            return _("Another participant has the same name: check it is not a duplicate.")
        return None


def _search_key(participant: Participant) -> str:
    return f"{search_key(participant.code)} {search_key(participant.name)}"


class SearchProxy(QSortFilterProxyModel):
    """Keeps rows whose code or name contains every word typed; case, diacritics, apostrophes
    and hyphens do not count (`search_key`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = search_key(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().search_key(source_row)
        return matches_search(self._words, key)


class RowsModel(QAbstractTableModel):
    """A read-only table of plain tuples (previews, problem lists)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[object]], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [tuple(row) for row in rows]

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        """Show these rows instead, all at once (one reset: the view asks only for the cells
        it paints, and a column fitted to its contents is measured once, not per cell)."""
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None
