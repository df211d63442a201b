"""The Participants page's list: the keys of the check-in desk (Space or Enter checks in,
typing goes to the search box) and column widths that never measure the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

from kerinjing_desktop.core.domain import GROUPS
from kerinjing_desktop.core.groups import group_name
from kerinjing_desktop.core.i18n import _

if TYPE_CHECKING:
    from kerinjing_desktop.gui.pages.participants_page import ParticipantsPage


class ParticipantTable(QTableView):
    """Space or Enter checks the selected person in (never out); typing goes to the search box."""

    def __init__(self, page: ParticipantsPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.check_in_selected()
        elif key == Qt.Key.Key_Delete:
            self.page.remove_selected()
        elif key == Qt.Key.Key_F2:
            self.page.edit_selected()
        elif (
            event.text()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.page.search.setFocus()
            self.page.search.setText(self.page.search.text() + event.text())
        else:
            super().keyPressEvent(event)


class SpaceChecksIn(QObject):
    """Space in the search box checks in the one person found (as the tour says: type the
    name, then Space). With several people found, it is typed as a space, to narrow down."""

    def __init__(self, page: ParticipantsPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.page.check_in_found()
        return False


def size_columns(table: QTableView, model: QAbstractItemModel) -> None:
    """Fixed widths from the widest text each column can hold: resizing to the contents
    would measure every row again on each search keystroke."""
    group = max(map(group_name, GROUPS), key=len)
    widest = {0: "✔", 1: "P-0000", 3: _("M/F"), 4: "120", 5: group,
              6: "+62812345678901", 7: "00:00"}  # fmt: skip
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header_metrics = header.fontMetrics()
    for column, sample in widest.items():
        label = model.headerData(column, Qt.Orientation.Horizontal)
        width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(label))
        header.resizeSection(column, width + 24)
