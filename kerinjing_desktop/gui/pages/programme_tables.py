"""The programme page's tables and its follow-up pane (where a later visit's word is typed)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.office.publish import MIN_COUNT, Published
from kerinjing_desktop.core.store.follow_ups import STATUS_LABELS, STATUSES, record_follow_up
from kerinjing_desktop.core.store.notes import list_commitments
from kerinjing_desktop.gui.keys import set_button_text
from kerinjing_desktop.gui.models import RowsModel
from kerinjing_desktop.gui.session import Session


def shown_count(value: int | None) -> str:
    return f"<{MIN_COUNT}" if value is None else str(value)


def figure(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def short_date(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"


class RowsTable(QTableView):
    """A read-only table of text rows, each column as wide as its widest text.

    A view over a model of the rows, not a QTableWidget of items: the Programme step shows
    2,000 events in two tables and 4,575 follow-ups at 200 laptops; an item per cell was made
    for each (18,000 for the events) at every filter, and a shown table re-measured a column
    for each item replaced (the follow-ups once took five minutes to filter). Now a filter
    hands the model its rows at once and the view asks only for what it paints.

    Nor does Qt fit the columns (ResizeToContents asked up to 1,000 rows cell by cell at
    every filter, most of a filter's 250-400 ms at 200 laptops, and a longer text beyond them
    was cut short with "…"): the widest text of each column is found among its different
    texts and Qt measures that one cell (`fit`)."""

    def __init__(self, headers: list[str]):
        super().__init__()
        self.rows = RowsModel(headers, [], self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.fit([])

    def rowCount(self) -> int:  # noqa: N802 (as QTableWidget names it)
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        return str(self.rows.index(row, column).data())

    def fit(self, rows: list[list[str]]) -> None:
        """Each column but the last (which takes the rest) as wide as its title and as its
        widest cell, that cell measured by the view's own delegate as Qt would measure it."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        grid = 1 if self.showGrid() else 0
        for column in range(self.rows.columnCount() - 1):
            width = header.sectionSizeHint(column)
            texts = {row[column]: at for at, row in enumerate(rows)}
            if texts:
                widest = self.rows.index(texts[max(texts, key=metrics.horizontalAdvance)], column)
                width = max(width, self.itemDelegate().sizeHint(option, widest).width() + grid)
            header.resizeSection(column, width)


def make_table(headers: list[str]) -> RowsTable:
    return RowsTable(headers)


def fill_table(table: RowsTable, rows: list[list[str]]) -> None:
    """Show these rows in the table instead of the ones it shows, its columns fitted."""
    table.rows.set_rows(rows)
    table.fit(rows)


class FollowUpPane(QWidget):
    """The latest word on each commitment, and a form to record a follow-up visit."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.photo: Path | None = None
        self.table = make_table([_("Village"), _("Commitment"), _("Visit"), _("Status")])
        form_box = QGroupBox(_("Record a follow-up visit"))
        form = QFormLayout(form_box)
        self.event_box = QComboBox()
        self.event_box.currentIndexChanged.connect(self._fill_commitments)
        self.commitment = QComboBox()
        self.visited_on = QLineEdit()
        self.visited_on.setPlaceholderText(_("YYYY-MM-DD"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(_(STATUS_LABELS[status]), status)
        self.note = QLineEdit()
        self.photo_button = QPushButton(_("Photo…"))
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_label = QLabel()
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_button)
        photo_layout.addWidget(self.photo_label, 1)
        self.save = QPushButton(_("Record visit"))
        self.save.clicked.connect(self._record)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(_("Event"), self.event_box)
        form.addRow(_("Commitment"), self.commitment)
        form.addRow(_("Date of the visit"), self.visited_on)
        form.addRow(_("Status"), self.status)
        form.addRow(_("Note"), self.note)
        form.addRow(_("Photo"), photo_row)
        form.addRow(self.save, self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)

    def show_programme(self, published: Published) -> None:
        village = {e.id: e.village for e in published.events}
        fill_table(self.table, [
            [village.get(f.event_id, ""), f.commitment, short_date(f.visited_on),
             _(STATUS_LABELS[f.status])]
            for f in sorted(published.follow_ups, key=lambda f: (village.get(f.event_id, ""),
                                                                 f.commitment))
        ])  # fmt: skip
        current = self.event_box.currentData()
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for e in published.events:
            self.event_box.addItem(f"{short_date(e.date)} — {e.village}", e.id)
        self.event_box.setCurrentIndex(max(self.event_box.findData(current), 0) if current else 0)
        self.event_box.blockSignals(False)
        self._fill_commitments()

    def _fill_commitments(self) -> None:
        self.commitment.clear()
        event_id = self.event_box.currentData()
        if event_id:
            for item in list_commitments(self.session.store, event_id):
                self.commitment.addItem(item.text)

    def _choose_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Photo of the follow-up"), "", _("Images (*.jpg *.jpeg *.png)")
        )
        if name:
            self.photo = Path(name)
            self.photo_label.setText(self.photo.name)

    def _record(self) -> None:
        event_id = self.event_box.currentData()
        if not event_id:
            self.message.setText(_("Choose an event first."))
            return
        try:
            self.session.run(  # the programme page reads the store again
                self, record_follow_up, self.session.store, event_id,
                self.commitment.currentText(), self.visited_on.text().strip(),
                self.status.currentData(),
                self.note.text(), self.photo,
            )  # fmt: skip
        except ValidationError as error:
            self.message.setText("; ".join(message for _field, message in error.problems))
            return
        except OSError as error:
            self.message.setText(os_reason(error))
            return
        self.message.setText(_("Recorded."))
        self.note.clear()
        self.photo = None
        self.photo_label.clear()


class WebViewControl(QWidget):
    """Start and stop `serve` (this computer only) and show its address while it runs."""

    def __init__(self, session: Session):
        super().__init__()
        from kerinjing_desktop.core.office.serve import DEFAULT_PORT, available, missing_message

        self.session = session
        self.port = DEFAULT_PORT
        self.process: QProcess | None = None
        self.button = QPushButton(_("Start the web view"))
        self.button.clicked.connect(self.toggle)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not available():
            self.button.setEnabled(False)
            self.address.setText(missing_message())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.address, 1)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def toggle(self) -> None:
        if self.process is None:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        from kerinjing_desktop.core.office.serve import LOCAL_HOST

        args = ["-m", "kerinjing_desktop", "--lang", self.session.lang]
        if self.session.data_dir is not None:
            args += ["--data-dir", str(self.session.data_dir)]
        args += ["serve", "--port", str(self.port)]
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.finished.connect(self._finished)
        self.process.start(sys.executable, args)
        self.url = f"http://{LOCAL_HOST}:{self.port}/"
        set_button_text(self.button, _("Stop the web view"))  # keeps its Alt key
        self.address.setText(
            _("Open {address} in a browser on this computer.").format(address=self.url)
        )

    def stop(self) -> None:
        if self.process is not None:
            process, self.process = self.process, None
            process.finished.disconnect(self._finished)
            process.terminate()
            if not process.waitForFinished(5000):
                process.kill()
                process.waitForFinished(2000)
        set_button_text(self.button, _("Start the web view"))
        self.address.setText(_("The web view is stopped."))

    def _finished(self, _code=0, _status=None) -> None:
        output = (
            bytes(self.process.readAll().data()).decode(errors="replace") if self.process else ""
        )
        self.process = None
        set_button_text(self.button, _("Start the web view"))
        lines = [line for line in output.splitlines() if line.startswith("kerinjing-desktop:")]
        self.address.setText(
            lines[-1].split(":", 1)[1].strip() if lines else _("The web view has stopped.")
        )
