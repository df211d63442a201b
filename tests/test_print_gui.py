"""The Certificates & report page, and printing through QtPdf (rendering part)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.store.certificates import get_settings


def _page(qtbot, store):
    from kerinjing_desktop.gui.pages.documents_page import DocumentsPage
    from kerinjing_desktop.gui.session import Session

    session = Session(store, None, "id")
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    session.set_event(DEMO_EVENT_ID)
    return page


def test_page_builds_documents_and_verifies(qtbot, demo_store, tmp_path):
    """The page makes the certificates PDF with its options, then its Verify box finds one."""
    page = _page(qtbot, demo_store)
    page.paper.setCurrentIndex(page.paper.findData("f4"))
    out = page.make_document("certificates", tmp_path / "c.pdf")
    assert out.stat().st_size > 1000
    page.verifying.serial.setText("001/PKM-TPPO/IX/2021")
    page.verifying.verify()
    assert "Siti Aminah" in page.verifying.verify_result.text()
    page.verifying.serial.setText("999/X/I/2000")
    page.verifying.verify()
    assert "Tidak ada sertifikat" in page.verifying.verify_result.text()


def test_signatory_settings_are_saved(qtbot, demo_store):
    """Signatory names typed on the page are kept for the event as they are typed (the form
    had a Save button, and what was typed without it was lost)."""
    from PySide6.QtWidgets import QPushButton

    page = _page(qtbot, demo_store)
    page.certificate_settings.signers[0]["name"].clear()
    qtbot.keyClicks(page.certificate_settings.signers[0]["name"], "Ibu Kepala")
    page.certificate_settings.activity_code.clear()
    qtbot.keyClicks(page.certificate_settings.activity_code, "abdimas tppo")
    assert not any("Simpan pengaturan" in b.text().replace("&", "")
                   for b in page.findChildren(QPushButton))  # fmt: skip
    settings = get_settings(demo_store, DEMO_EVENT_ID)
    assert settings.signatories[0].name == "Ibu Kepala" and settings.activity_code == "ABDIMAS-TPPO"


def test_pdf_pages_render_for_printing(qtbot, demo_store, tmp_path):
    """QtPdf renders every page of a document onto a paint device (the printer path)."""
    from kerinjing_desktop.core.store.events import get_event
    from kerinjing_desktop.gui.printing import open_pdf, paint_pages, render_page
    from kerinjing_desktop.reports import attendance
    from kerinjing_desktop.reports.common import PrintOptions

    out = attendance.build(
        demo_store, get_event(demo_store, DEMO_EVENT_ID), tmp_path / "a.pdf", PrintOptions()
    )
    document = open_pdf(out)
    image = render_page(document, 0, 72)
    assert (image.width(), image.height()) == (595, 842)
    assert image.pixelColor(10, 10).lightness() > 200  # white margin, not transparent
    assert min(image.pixelColor(x, 60).lightness() for x in range(200, 400)) < 100  # the title
    target = QImage(620, 877, QImage.Format.Format_RGB32)
    target.fill(0xFFFFFF)
    assert paint_pages(document, target, dpi=75) == document.pageCount()


def test_printing_runs_off_the_gui_thread_and_counts_pages(qtbot, demo_store, tmp_path,
                                                            monkeypatch):  # fmt: skip
    """Print… draws the 23 certificates onto the chosen printer on a worker thread (the
    window stays usable), reports each page, and says how many pages went out."""
    import threading

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    from kerinjing_desktop.gui import printing
    from kerinjing_desktop.gui.pages import documents_page

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked = []

    def ask(_parent, path, landscape=False, grey=False):
        asked.append(landscape)
        count = printing.open_pdf(path).pageCount()
        return printing.PrintJob(printer, path, 0, count - 1)

    threads, reports, warned = [], [], []
    paint_file = printing.paint_file

    def paint(job, report):
        threads.append(threading.current_thread() is threading.main_thread())
        return paint_file(job, lambda n: reports.append(n) or report(n))

    monkeypatch.setattr(printing, "ask_printer", ask)
    monkeypatch.setattr(printing, "paint_file", paint)
    monkeypatch.setattr(printing, "PRINT_DPI", 30)  # the pages, not the resolution, matter here
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    page = _page(qtbot, demo_store)
    with qtbot.waitSignal(page.session.status, timeout=30_000) as said:
        page.print_document("certificates")
    assert warned == []
    assert asked == [documents_page.DOCUMENTS["certificates"][2]] and threads == [False]
    assert reports == list(range(1, 24)) and said.args == ["23 halaman dikirim ke printer."]
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_cancel_aborts_the_printer_job(qtbot, demo_store, tmp_path):
    """Cancel during the raster fallback: drawing stops at the next page and the printer job
    is aborted (Windows' spooler drops it), not sent half-done."""
    from PySide6.QtPrintSupport import QPrinter

    from kerinjing_desktop.core.store.events import get_event
    from kerinjing_desktop.gui.jobs import JobCancelled
    from kerinjing_desktop.gui.printing import open_pdf, paint_pages
    from kerinjing_desktop.reports import certificates
    from kerinjing_desktop.reports.common import PrintOptions

    out = certificates.build(
        demo_store, get_event(demo_store, DEMO_EVENT_ID), tmp_path / "c.pdf", PrintOptions()
    )
    aborted = []

    class Printer(QPrinter):
        def abort(self):
            aborted.append(True)
            return super().abort()

    printer = Printer(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    drawn = []

    def report(n):
        drawn.append(n)
        if n == 2:
            raise JobCancelled

    with pytest.raises(JobCancelled):
        paint_pages(open_pdf(out), printer, dpi=30, report=report)
    assert drawn == [1, 2] and aborted == [True]


def test_the_cancel_button_stops_a_counted_job(qtbot):
    """run_job(cancellable=True): pressing Cancel makes the work's next report raise, and the
    failure callback receives JobCancelled (the work never finishes)."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from kerinjing_desktop.gui.jobs import JobCancelled, run_job

    parent = QWidget()
    qtbot.addWidget(parent)
    pressed, results = threading.Event(), []

    def work(report):
        report(1)
        pressed.wait(10)
        report(2)
        return "finished"

    run_job(parent, "…", work, results.append, results.append, total=3, cancellable=True)
    [button] = parent.findChild(QProgressDialog).findChildren(QPushButton)
    button.click()
    pressed.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert len(results) == 1 and isinstance(results[0], JobCancelled)
