"""The Certificates & report page, and printing through QtPdf (rendering part)."""

from __future__ import annotations

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
    page.serial.setText("001/PKM-TPPO/IX/2021")
    page.verify()
    assert "Siti Aminah" in page.verify_result.text()
    page.serial.setText("999/X/I/2000")
    page.verify()
    assert "Tidak ada sertifikat" in page.verify_result.text()


def test_signatory_settings_are_saved(qtbot, demo_store):
    """Signatory names typed on the page are kept for the event."""
    page = _page(qtbot, demo_store)
    page.signers[0]["name"].setText("Ibu Kepala")
    page.activity_code.setText("abdimas tppo")
    page.save_settings()
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

    def ask(_parent, path, landscape=False):
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
