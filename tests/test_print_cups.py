"""Printing through a real CUPS: a private cupsd with a cups-pdf queue, started here (see
kerinjing_desktop/bench/cups_queue.py), receives what the Certificates page prints. The
printed PDF that cups-pdf writes is what paper would be: its pages, its paper size, and the
QR code on it, scanned back. Skipped, with the reason, where the queue cannot start."""

from __future__ import annotations

import ctypes
import ctypes.util
import subprocess

import pytest
from pdf_tools import info, needs_poppler, text
from test_qr_scan import scan

from kerinjing_desktop.bench.cups_queue import CupsQueue, QueueUnavailable
from kerinjing_desktop.core import cups
from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.store.certificates import verify

pytestmark = needs_poppler
A4 = (595, 842)  # the sheet: landscape pages come out turned onto it, as on paper
F4 = (609, 935)  # 215 × 330 mm


@pytest.fixture(scope="module")
def queue():
    try:
        started = CupsQueue.start()
    except QueueUnavailable as reason:
        pytest.skip(f"no private CUPS queue: {reason}")
    yield started
    started.stop()


@pytest.fixture
def on_queue(queue, monkeypatch):
    """CUPS clients in this process (lp, and Qt's printer list through libcups) talk to the
    private queue. libcups remembers its server per thread: it is told to read it again."""
    monkeypatch.setenv("CUPS_SERVER", str(queue.socket))
    library = ctypes.util.find_library("cups")
    if library:
        ctypes.CDLL(library).cupsSetServer(None)
    for old in queue.out.rglob("*.pdf"):
        old.unlink()
    yield queue
    monkeypatch.delenv("CUPS_SERVER")
    if library:
        ctypes.CDLL(library).cupsSetServer(None)


def _printer(name: str):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    assert printer.printerName() == name, "Qt does not see the test queue"
    return printer


def _print_from_page(qtbot, store, kind, monkeypatch, choose, paper="a4"):
    """Print… on the Certificates & report page (on `paper`), the dialog answered by
    `choose(job)`."""
    from kerinjing_desktop.gui import printing
    from kerinjing_desktop.gui.pages.documents_page import DocumentsPage
    from kerinjing_desktop.gui.session import Session

    ask = printing.ask_printer
    sent = []

    def answer(parent, path, landscape=False, grey=False):
        monkeypatch.setattr(printing, "QPrintDialog", _Accepting)
        job = ask(parent, path, landscape, grey)
        choose(job)
        sent.append(job)
        return job

    monkeypatch.setattr(printing, "ask_printer", answer)
    session = Session(store, None, "id")
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    session.set_event(DEMO_EVENT_ID)
    page.paper.setCurrentIndex(page.paper.findData(paper))
    with qtbot.waitSignal(session.status, timeout=30_000) as said:
        page.print_document(kind)
    return sent[0], said.args[0]


class _Accepting:
    """The print dialog, answered OK with what the test set on the printer."""

    from PySide6.QtPrintSupport import QPrintDialog

    DialogCode = QPrintDialog.DialogCode

    def __init__(self, printer, parent):
        self.printer = printer

    def exec(self):
        return self.DialogCode.Accepted


def test_certificates_reach_cups_as_pdf_and_their_qr_scans(qtbot, demo_store, on_queue,
                                                           monkeypatch, tmp_path):  # fmt: skip
    """The 23 certificates go to the queue as one job, as the PDF itself (its text is still
    text, not a picture): 23 pages on A4 sheets come out, and the QR code on the first
    printed page gives a serial and check code that verify."""
    job, said = _print_from_page(
        qtbot, demo_store, "certificates", monkeypatch,
        lambda job: job.printer.setPrinterName(on_queue.name),
    )  # fmt: skip
    assert job.handed_to_cups() and said == "23 halaman dikirim ke printer."
    [printed] = on_queue.wait_for_pdfs(1)
    pages, width, height = info(printed)
    assert pages == 23 and (round(width), round(height)) == A4
    assert "Siti Aminah" in text(printed)
    [payload] = scan(printed, 1, tmp_path)
    serial, code = payload.split("|")
    checked = verify(demo_store, serial)
    assert checked is not None and checked.genuine and checked.certificate.check_code == code


def test_dialog_choices_travel_as_job_options(qtbot, demo_store, on_queue, monkeypatch):
    """The attendance sheet on F4, page 1 only, two copies: two F4 pages come out, and the
    job asked CUPS for F4 paper and greyscale (a black-and-white document)."""

    def choose(job):
        job.printer.setPrinterName(on_queue.name)
        job.printer.setCopyCount(2)
        job.first = job.last = 0

    job, _said = _print_from_page(qtbot, demo_store, "attendance", monkeypatch, choose, "f4")
    spool = job.spool_job()
    assert spool.copies == 2 and spool.grey
    assert (spool.first, spool.last) == (1, 1) and spool.paper.media == "Custom.215x330mm"
    printed = on_queue.wait_for_pdfs(1)
    assert sum(info(p)[0] for p in printed) == 2
    assert {(round(info(p)[1]), round(info(p)[2])) for p in printed} == {F4}


def test_raster_fallback_prints_through_qt_and_the_qr_scans(qtbot, demo_store, on_queue,
                                                            monkeypatch, tmp_path):  # fmt: skip
    """Where the system cannot take a PDF, the pages are drawn onto the printer one by one:
    the job still arrives with every page, and the QR code drawn at ≤ 300 dpi scans."""
    monkeypatch.setattr(cups, "can_print_pdf", lambda printer: False)
    reports = []
    from kerinjing_desktop.gui import printing

    paint_pages = printing.paint_pages

    def counting(*args, **kwargs):
        report = kwargs["report"]
        kwargs["report"] = lambda n: reports.append(n) or report(n)
        return paint_pages(*args, **kwargs)

    monkeypatch.setattr(printing, "paint_pages", counting)

    def choose(job):
        job.printer.setPrinterName(on_queue.name)
        job.last = 1  # two pages are enough to prove the path

    job, said = _print_from_page(qtbot, demo_store, "certificates", monkeypatch, choose)
    assert not job.handed_to_cups() and reports == [1, 2]
    assert said == "2 halaman dikirim ke printer."
    [printed] = on_queue.wait_for_pdfs(1)
    assert info(printed)[0] == 2
    [payload] = scan(printed, 1, tmp_path)
    assert verify(demo_store, payload.split("|")[0]) is not None


def test_two_sided_choices_map_to_cups_sides():
    """Long edge, short edge, and "auto" by orientation (the cups-pdf queue has no duplex,
    and Qt drops the choice for a printer without it, so the mapping is checked alone)."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from kerinjing_desktop.gui.printing import sides

    mode, turn = QPrinter.DuplexMode, QPageLayout.Orientation
    assert sides(mode.DuplexNone, turn.Portrait) is cups.Sides.ONE
    assert sides(mode.DuplexLongSide, turn.Landscape) is cups.Sides.LONG_EDGE
    assert sides(mode.DuplexShortSide, turn.Portrait) is cups.Sides.SHORT_EDGE
    assert sides(mode.DuplexAuto, turn.Portrait) is cups.Sides.LONG_EDGE
    assert sides(mode.DuplexAuto, turn.Landscape) is cups.Sides.SHORT_EDGE


def test_lp_is_pointed_at_the_local_socket_only(tmp_path):
    """`lp` always gets the local socket with -h (a client.conf naming a network server is
    overridden) and the page range, paper, sides and colour as options."""
    job = cups.SpoolJob("office", "c.pdf", copies=3, collate=False, paper=cups.F4,
                        sides=cups.Sides.SHORT_EDGE, first=2, last=5, grey=True)  # fmt: skip
    command = cups.lp_command(tmp_path / "c.pdf", job, tmp_path / "cups.sock")
    assert command[:3] == ["lp", "-h", str(tmp_path / "cups.sock")]
    joined = " ".join(command)
    for part in (
        "-d office",
        "-n 3",
        "-P 2-5",
        "media=Custom.215x330mm",
        "sides=two-sided-short-edge",
        "collate=false",
        "print-color-mode=monochrome",
    ):
        assert part in joined  # fmt: skip
    assert command[-2:] == ["--", str(tmp_path / "c.pdf")]


def test_a_network_cups_server_is_never_used(monkeypatch, tmp_path):
    """CUPS_SERVER naming a host is ignored; one naming a socket is used."""
    monkeypatch.setattr(cups, "SOCKETS", ())
    monkeypatch.setenv("CUPS_SERVER", "printserver.example:631")
    assert cups.local_socket() is None and not cups.can_print_pdf("office")
    sock = tmp_path / "cups.sock"
    sock.touch()
    monkeypatch.setenv("CUPS_SERVER", str(sock))
    assert cups.local_socket() == sock


def test_a_refused_job_is_a_sentence(on_queue, tmp_path):
    """A queue that does not exist: CupsError with the scheduler's reason, no traceback."""
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(cups.CupsError, match="Printer tidak menerima|did not take"):
        cups.hand_over(pdf, cups.SpoolJob("no-such-queue", "x"))
    assert subprocess.run(["lpstat", "-h", str(on_queue.socket), "-o"], capture_output=True,
                          text=True, env=on_queue.environment()).stdout == ""  # fmt: skip
