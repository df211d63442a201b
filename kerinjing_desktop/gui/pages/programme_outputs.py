"""The Programme step's outputs: the Laporan Program (PDF) for the filters chosen on the step,
and the data package of the whole programme, made in the window as the commands make them
(core/office/outputs.py), off the GUI thread with a progress dialog (gui/jobs.py).

What each covers is said beside the buttons: the report takes the period and the kabupaten;
the facilitator filter narrows only what the step shows (the report has no such filter: the
command's does not either, and its first page would not say whose events they were).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.office.outputs import (
    OutputRefused,
    ReportRequest,
    check_package_folder,
    make_datapackage,
    published_from,
    report_filters,
)
from kerinjing_desktop.core.office.publish import Filters
from kerinjing_desktop.core.store import StoreError
from kerinjing_desktop.gui.dialogs.saved import tell_saved
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.reports.common import PrintOptions


def make_report(data_dir: Path | None, request: ReportRequest) -> Path:
    """The Laporan Program into `request.out`, whole or not at all (reports/programme.py),
    from the figures `print programme` prints; runs on a worker thread. ReportLab is
    imported here, when a report is asked for, not when the window starts."""
    from kerinjing_desktop.reports.programme import build

    figures = published_from(data_dir, request.filters)
    options = PrintOptions(paper=request.paper, lang=request.lang)
    return build(figures, request.filters, request.out, options)


def failure_words(error: BaseException) -> str:
    """A failure as the officer reads it: the refusal's or the store's own sentence, or the
    cause of a failed write (a full disk, a folder that cannot be written)."""
    from kerinjing_desktop.core.cups import CupsError

    if isinstance(error, OutputRefused | StoreError | CupsError):  # whole sentences already
        return str(error)
    return _("Nothing was written: {reason}").format(reason=os_reason(error))


class ProgrammeOutputs(QWidget):
    """The two buttons, the paper, and a line that says what the report will cover."""

    def __init__(self, session: Session, chosen: Callable[[], Filters]):
        super().__init__()
        self.session = session
        self.chosen = chosen
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(_("F4 (folio, 215 × 330 mm)"), "f4")
        self.report = QPushButton(_("Programme report (PDF)…"))
        self.report.clicked.connect(self.choose_report_file)
        self.print_report = QPushButton(_("Print…"))
        self.print_report.clicked.connect(self.send_report_to_printer)
        self.package = QPushButton(_("Data package…"))
        self.package.clicked.connect(self.choose_package_folder)
        self.covers = QLabel()
        self.covers.setWordWrap(True)
        self.message = QLabel()  # the last outcome, in words (hidden until there is one)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.report)
        row.addWidget(self.print_report)
        row.addWidget(QLabel(_("Paper")))
        row.addWidget(self.paper)
        row.addWidget(self.package)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.covers)
        layout.addWidget(self.message)
        self.describe()

    def describe(self) -> None:
        """Say what the report will cover, and that the facilitator filter is not in it."""
        chosen = self.chosen()
        text = _("The report covers the period and kabupaten chosen above; the data package "
                 "is the whole programme. Both show people only as counts.")  # fmt: skip
        if chosen.facilitator:
            text += " " + _(
                "The facilitator filter narrows only this screen: the report has every "
                "facilitator's events."
            )
        self.covers.setText(text)

    # --- the Laporan Program -------------------------------------------------------------
    def choose_report_file(self) -> None:
        suggested = Path.home() / f"{_('programme-report')}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Programme report (PDF)…"), str(suggested), "PDF (*.pdf)"
        )
        if name:
            self.save_report(Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf"))

    def _request(self, out: Path) -> ReportRequest | None:
        """The report asked for, or None when the step's filters were refused (said)."""
        try:
            filters = report_filters(self.chosen())
        except OutputRefused as refused:
            self._failed(refused)
            return None
        return ReportRequest(filters, out, self.paper.currentData(), self.session.lang)

    def save_report(self, out: Path) -> None:
        """Make the report for the step's filters into `out`, off the GUI thread."""
        request = self._request(out)
        if request is None:
            return
        data_dir = self.session.data_dir
        self._say(_("Making the PDF…"))
        run_job(
            self,
            _("Making the PDF…"),
            lambda: make_report(data_dir, request),
            on_success=lambda path: self._saved(_("Saved: {path}").format(path=path), path),
            on_failure=self._failed,
        )

    def send_report_to_printer(self) -> None:
        """Make the report into a folder of its own, then print it as the day's documents
        are printed (gui/printing.py: the print dialog, then CUPS or page by page)."""
        folder = Path(tempfile.mkdtemp(prefix="kerinjing-print-"))
        request = self._request(folder / f"{_('programme-report')}.pdf")
        if request is None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        data_dir = self.session.data_dir

        def failed(error: Exception) -> None:
            from kerinjing_desktop.gui.jobs import JobCancelled

            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(error, JobCancelled):
                self._say(_("Printing cancelled."))
            else:
                self._failed(error)

        def printed(pages: int) -> None:
            sent = ngettext(
                "{n} page sent to the printer.", "{n} pages sent to the printer.", pages
            )
            self._say(sent.format(n=pages))

        def send(path: Path) -> None:
            from kerinjing_desktop.gui.printing import print_pdf

            print_pdf(self, path, folder, printed, failed, lambda: self._say(""))

        self._say(_("Making the PDF…"))
        run_job(
            self,
            _("Making the PDF…"),
            lambda: make_report(data_dir, request),
            on_success=send,
            on_failure=failed,
        )

    # --- the data package ----------------------------------------------------------------
    def choose_package_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _("Folder for the data package"), str(Path.home())
        )
        if folder:
            self.write_package(Path(folder))

    def write_package(self, folder: Path) -> None:
        """Write the data package into `folder`, off the GUI thread."""
        try:
            check_package_folder(folder)
        except OutputRefused as refused:
            self._failed(refused)
            return
        data_dir = self.session.data_dir
        self._say(_("Writing the data package…"))

        def written(paths: list[Path]) -> None:
            text = ngettext(
                "The data package is in {folder}: {n} file.",
                "The data package is in {folder}: {n} files.",
                len(paths),
            ).format(folder=folder, n=len(paths))
            self._saved(text, folder)

        run_job(
            self,
            _("Writing the data package…"),
            lambda: make_datapackage(data_dir, folder),
            on_success=written,
            on_failure=self._failed,
        )

    # --- outcomes ------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.session.status.emit(text)

    def _saved(self, text: str, path: Path) -> None:
        self._say(text)
        tell_saved(self, text, path)

    def _failed(self, error: BaseException) -> None:
        text = failure_words(error)
        self._say(text)
        QMessageBox.warning(self, _("Programme"), text)
