"""Certificates & report: save or print each document, export the data, set who signs the
certificates, and verify a certificate someone brings back."""

from __future__ import annotations

import importlib
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.export import export_event
from kerinjing_desktop.core.i18n import N_, _, ngettext
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.gui.dialogs.saved import tell_saved
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.pages.certificate_boxes import CertificateSettingsBox, VerifyBox
from kerinjing_desktop.gui.pages.drafts_box import DraftsBox
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.signing_warning import confirm_certificates
from kerinjing_desktop.reports.common import PrintOptions

# kind → (English title, "module:function", landscape)
DOCUMENTS = {
    "attendance": (N_("Attendance sheet"), "kerinjing_desktop.reports.attendance:build", False),
    "certificates": (N_("Certificates"), "kerinjing_desktop.reports.certificates:build", True),
    "summary": (N_("Activity report"), "kerinjing_desktop.reports.summary:build", False),
}
GREY = {"attendance"}  # black-and-white documents: printed in greyscale
# Suggested file names, in the app's language (a file name is words a person reads too).
FILE_NAMES = {
    "attendance": N_("attendance-sheet"),
    "certificates": N_("certificates"),
    "summary": N_("report"),
}


class DocumentsPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        heading = QLabel(_("Certificates & report"))
        heading.setObjectName("pageHeading")
        content = QWidget()
        grid = QGridLayout(content)
        self._documents_box = self._build_documents()
        grid.addWidget(self._documents_box, 0, 0)
        self.drafts = DraftsBox(
            session,
            self.options,
            self.include_sensitive.isChecked,
            self._saved,
            self._failed,
        )
        grid.addWidget(self.drafts, 1, 0)
        self.verifying = VerifyBox(session)
        grid.addWidget(self.verifying, 2, 0)
        self.certificate_settings = CertificateSettingsBox(session)
        self._grid, self._signatories = grid, self.certificate_settings
        self._two_columns: bool | None = None
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self._scroll = scroll
        self._arrange()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        session.event_changed.connect(lambda _event: self.reload())
        self.reload()

    def _arrange(self) -> None:
        """Two columns where they fit; else the certificate settings go below the documents
        (at 125% on a 1366 screen the two columns were wider than the screen)."""
        left = self._documents_box
        spacing = self._grid.horizontalSpacing() + 2 * self._grid.contentsMargins().left()
        needed = left.minimumSizeHint().width() + self._signatories.minimumSizeHint().width()
        two_columns = needed + spacing <= self._scroll.viewport().width()
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        self._grid.removeWidget(self._signatories)
        if two_columns:
            self._grid.addWidget(self._signatories, 0, 1, 3, 1)
        else:
            self._grid.addWidget(self._signatories, 3, 0)
        self._grid.setColumnStretch(1, 1 if two_columns else 0)
        self._grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- building ---------------------------------------------------------------------
    def _build_documents(self) -> QGroupBox:
        box = QGroupBox(_("Documents"))
        form = QFormLayout(box)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(_("F4 (folio, 215 × 330 mm)"), "f4")
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(10)
        self.show_names = QCheckBox(_("Names instead of participant codes in the report"))
        self.include_sensitive = QCheckBox(_("Include sensitive notes (report and export)"))
        form.addRow(_("Paper"), self.paper)
        form.addRow(_("Empty rows for walk-ins"), self.blank_rows)
        form.addRow(self.show_names)
        form.addRow(self.include_sensitive)
        self.buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        for kind, (title, _target, _landscape) in DOCUMENTS.items():
            save = QPushButton(_("Save PDF…"))
            save.clicked.connect(lambda _c=False, k=kind: self.save_document(k))
            printing = QPushButton(_("Print…"))
            printing.clicked.connect(lambda _c=False, k=kind: self.print_document(k))
            row = QHBoxLayout()
            row.addWidget(save)
            row.addWidget(printing)
            row.addStretch(1)
            form.addRow(_(title), row)
            self.buttons[kind] = (save, printing)
        export_row = QHBoxLayout()
        for fmt, text in (("csv", _("CSV files…")), ("xlsx", _("Excel workbook…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            export_row.addWidget(button)
        export_row.addStretch(1)
        form.addRow(_("Export data"), export_row)
        return box

    # --- data -------------------------------------------------------------------------
    def reload(self) -> None:
        event = self.session.event
        for save, printing in self.buttons.values():
            save.setEnabled(event is not None)
            printing.setEnabled(event is not None)
        self.drafts.set_enabled(event is not None)
        if event is None:
            self.certificate_settings.show_gaps(None)
            return
        self.certificate_settings.load(event.id)

    def showEvent(self, event) -> None:  # Settings may have set the institution meanwhile
        super().showEvent(event)
        chosen = self.session.event
        self.certificate_settings.show_gaps(chosen.id if chosen else None)

    # --- documents ----------------------------------------------------------------------
    def options(self) -> PrintOptions:
        return PrintOptions(
            paper=self.paper.currentData(),
            lang=self.session.lang,
            blank_rows=self.blank_rows.value(),
            show_names=self.show_names.isChecked(),
        )

    def make_document(self, kind: str, out: Path) -> Path:
        """Build one PDF (called off the GUI thread: it opens its own store connection)."""
        event = self.session.event
        module_name, function_name = DOCUMENTS[kind][1].split(":")
        build = getattr(importlib.import_module(module_name), function_name)
        data_dir = self.session.data_dir
        store = open_store(data_dir) if data_dir else self.session.store
        try:
            extra = (
                {"include_sensitive": self.include_sensitive.isChecked()}
                if kind == "summary"
                else {}
            )
            return build(store, event, out, self.options(), **extra)
        finally:
            if store is not self.session.store:
                store.close()

    def save_document(self, kind: str) -> None:
        event = self.session.event
        if event is None or not self._signing_ok(kind):
            return
        suggested = Path.home() / f"{_(FILE_NAMES[kind])}-{event.village}-{event.date}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, _(DOCUMENTS[kind][0]), str(suggested), "PDF (*.pdf)"
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        run_job(
            self,
            _("Making the PDF…"),
            lambda: self.make_document(kind, out),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _signing_ok(self, kind: str) -> bool:
        event = self.session.event
        if kind != "certificates" or event is None:
            return True
        field = self.certificate_settings.institution
        return confirm_certificates(self, self.session.store, event.id, field)

    def print_document(self, kind: str) -> None:
        if self.session.event is None or not self._signing_ok(kind):
            return
        folder = Path(tempfile.mkdtemp(prefix="kerinjing-print-"))
        out = folder / f"{_(FILE_NAMES[kind])}.pdf"

        def failed(error: Exception) -> None:
            from kerinjing_desktop.gui.jobs import JobCancelled

            if isinstance(error, JobCancelled):
                self.session.status.emit(_("Printing cancelled."))
            else:
                self._failed(error)

        def send(path: Path) -> None:
            from kerinjing_desktop.gui.printing import print_pdf

            landscape, grey = DOCUMENTS[kind][2], kind in GREY
            print_pdf(self, path, folder, self._printed, failed, None, landscape, grey)

        run_job(
            self,
            _("Making the PDF…"),
            lambda: self.make_document(kind, out),
            on_success=send,
            on_failure=self._failed,
        )

    def export(self, fmt: str) -> None:
        event = self.session.event
        if event is None:
            return
        if fmt == "csv":
            name = QFileDialog.getExistingDirectory(
                self, _("Folder for the CSV files"), str(Path.home())
            )
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                _("Excel workbook…"),
                str(Path.home() / f"kerinjing-{event.date}.xlsx"),
                "Excel (*.xlsx)",
            )
        if not name:
            return
        sensitive = self.include_sensitive.isChecked()
        run_job(
            self,
            _("Exporting…"),
            lambda: export_event(self.session.store, event.id, fmt, Path(name), sensitive)[0],
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, path: Path) -> None:
        self.session.status.emit(_("Saved: {path}").format(path=path))
        tell_saved(self, _("Saved: {path}").format(path=path), path)

    def _printed(self, pages: int) -> None:
        sent = ngettext("{n} page sent to the printer.", "{n} pages sent to the printer.", pages)
        self.session.status.emit(sent.format(n=pages))

    def _failed(self, error: Exception) -> None:
        from kerinjing_desktop.core.cups import CupsError

        if isinstance(error, CupsError):  # already a whole sentence for the person printing
            text = str(error)
        else:
            text = _("The document could not be made: {reason}").format(reason=os_reason(error))
        QMessageBox.warning(self, _("Certificates & report"), text)
