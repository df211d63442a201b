"""Print a PDF straight from the app: Qt's print dialog, then either the PDF itself handed to
CUPS (Linux, macOS) or, where the system cannot print a PDF (Windows, no CUPS, "print to
file"), each page rendered by QtPdf onto the printer.

Handing over the PDF is what a print shop would get and takes a fraction of a second; the
dialog's copies, paper, two-sided printing, page range and colour travel as job options
(core/cups.py). The raster fallback draws one page at a time at the printer's resolution
(never above 300 dpi: enough for signature lines and QR codes), in greyscale for documents
that are black and white, so the job grows page by page in the printer's spool file rather
than in memory. It runs off the GUI thread through run_job with a page count and a Cancel
button; the PDF is opened again in that thread, so QtPdf's document is only ever used where
it was made."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from kerinjing_desktop.core import cups

PRINT_DPI = 300  # the most the raster fallback renders at; a page is ~9 MP at this size


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"cannot read {path}")
    return document


def render_page(document: QPdfDocument, page: int, dpi: int, grey: bool = False) -> QImage:
    """One page as an image at `dpi` (QtPdf renders at a pixel size, not a resolution),
    8-bit grey when `grey` (a quarter of the bytes of colour)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    # QtPdf leaves the paper transparent; some printer drivers print alpha as black, so the
    # page is flattened onto white
    page_image = QImage(size, QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    painter = QPainter(page_image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return page_image.convertToFormat(QImage.Format.Format_Grayscale8) if grey else page_image


def raster_dpi(printer: QPrinter | QImage) -> int:
    """The printer's own resolution, capped at PRINT_DPI (an image device: PRINT_DPI)."""
    if isinstance(printer, QPrinter):
        return max(72, min(printer.resolution(), PRINT_DPI))
    return PRINT_DPI


def paint_pages(
    document: QPdfDocument,
    printer: QPrinter | QImage,
    dpi: int | None = None,
    first: int = 0,
    last: int | None = None,
    report: Callable[[int], None] | None = None,
    grey: bool = False,
) -> int:
    """Draw pages onto the printer (or any paint device), one per sheet, scaled to fit
    the printable area with their aspect ratio kept; returns the number of pages drawn.
    `report(n)` is told after each page; if it raises (the job was cancelled) drawing stops
    and the printer job is aborted (Windows' spooler drops it; Qt's PDF and CUPS engines
    cannot abort, which is one more reason CUPS gets the PDF itself). `dpi` defaults to
    raster_dpi(printer)."""
    dpi = dpi or raster_dpi(printer)
    last = document.pageCount() - 1 if last is None else last
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    drawn = 0
    try:
        for page in range(first, last + 1):
            if drawn and isinstance(printer, QPrinter):
                printer.newPage()
            image = render_page(document, page, dpi, grey)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - scaled.width()) // 2,
                area.y() + (area.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            del image  # one page in memory at a time
            drawn += 1
            if report is not None:
                report(drawn)
    except BaseException:
        if isinstance(printer, QPrinter):
            printer.abort()
        raise
    finally:
        painter.end()
    return drawn


@dataclass
class PrintJob:
    """What the print dialog chose: the printer and the pages (0-based, inclusive); `grey`
    for a black-and-white document (or when the dialog asked for greyscale); `count` the
    document's pages (read from the file when not given)."""

    printer: QPrinter
    path: Path
    first: int
    last: int
    grey: bool = False
    count: int = 0

    @property
    def pages(self) -> int:
        return self.last - self.first + 1

    @property
    def greyscale(self) -> bool:
        return self.grey or self.printer.colorMode() == QPrinter.ColorMode.GrayScale

    @property
    def whole(self) -> bool:
        count = self.count or open_pdf(self.path).pageCount()
        return self.first == 0 and self.last == count - 1

    def handed_to_cups(self) -> bool:
        """True when this job goes to CUPS as the PDF itself (not drawn page by page)."""
        native = self.printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        return native and cups.can_print_pdf(self.printer.printerName())

    def spool_job(self) -> cups.SpoolJob:
        """The dialog's choices as CUPS job options."""
        printer = self.printer
        size = printer.pageLayout().pageSize()
        millimetres = size.size(QPageSize.Unit.Millimeter)
        width, height = sorted((millimetres.width(), millimetres.height()))
        paper = cups.A4 if size.id() == QPageSize.PageSizeId.A4 else cups.Paper(width, height)
        return cups.SpoolJob(
            printer=printer.printerName(),
            title=printer.docName() or self.path.name,
            copies=max(1, printer.copyCount()),
            collate=printer.collateCopies(),
            paper=paper,
            sides=sides(printer.duplex(), printer.pageLayout().orientation()),
            first=None if self.whole else self.first + 1,
            last=None if self.whole else self.last + 1,
            grey=self.greyscale,
        )


def sides(duplex: QPrinter.DuplexMode, orientation: QPageLayout.Orientation) -> cups.Sides:
    """Qt's two-sided choice as CUPS's `sides` (Qt keeps it only for a printer that can)."""
    if duplex == QPrinter.DuplexMode.DuplexAuto:  # the edge that keeps the pages upright
        landscape = orientation == QPageLayout.Orientation.Landscape
        return cups.Sides.SHORT_EDGE if landscape else cups.Sides.LONG_EDGE
    return {
        QPrinter.DuplexMode.DuplexLongSide: cups.Sides.LONG_EDGE,
        QPrinter.DuplexMode.DuplexShortSide: cups.Sides.SHORT_EDGE,
    }.get(duplex, cups.Sides.ONE)


def _page_size(points: QSizeF) -> QPageSize:
    """The document's own paper, so that the dialog starts on it (A4 stays A4 by name)."""
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    short, long = sorted((points.width(), points.height()))
    if abs(short - a4.sizePoints().width()) <= 2 and abs(long - a4.sizePoints().height()) <= 2:
        return a4
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    return QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "F4", exact)


def ask_printer(
    parent: QWidget | None, path: Path, landscape: bool = False, grey: bool = False
) -> PrintJob | None:
    """Qt's print dialog for the PDF at `path`, set to the document's paper; None when
    cancelled. Raises OSError when the PDF cannot be read."""
    document = open_pdf(path)
    count = document.pageCount()
    points = document.pagePointSize(0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    printer.setFromTo(1, count)
    printer.setPageSize(_page_size(points))
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if grey:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # "all pages"
        first, last = 1, count
    return PrintJob(printer, path, first - 1, last - 1, grey, count)


def paint_file(job: PrintJob, report: Callable[[int], None] | None = None) -> int:
    """The chosen pages onto the chosen printer (runs on a worker thread): handed to CUPS as
    the PDF where the system prints PDF, else drawn page by page. Returns the page count."""
    if job.handed_to_cups():
        cups.hand_over(job.path, job.spool_job())
        if report is not None:
            report(job.pages)
        return job.pages
    return paint_pages(open_pdf(job.path), job.printer, first=job.first, last=job.last,
                       report=report, grey=job.greyscale)  # fmt: skip


def print_pdf(
    parent: QWidget,
    path: Path,
    folder: Path,
    printed: Callable[[int], None],
    failed: Callable[[Exception], None],
    declined: Callable[[], None] | None = None,
    landscape: bool = False,
    grey: bool = False,
) -> None:
    """Print… for a PDF made in a temporary `folder`: the print dialog, then the pages sent
    off the GUI thread with a page count and Cancel (gui/jobs.run_job). The folder is removed
    whatever comes of it (CUPS keeps its own copy), then `printed(pages)`, `failed(error)` (an
    OSError, or JobCancelled when cancelled) or `declined()` (the dialog closed) is called."""
    from kerinjing_desktop.core.i18n import ngettext
    from kerinjing_desktop.gui.jobs import run_job

    def cleaned(then: Callable | None) -> Callable:
        def call(*args: object) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            if then is not None:
                then(*args)

        return call

    try:
        job = ask_printer(parent, path, landscape=landscape, grey=grey)
    except OSError as error:
        cleaned(failed)(error)
        return
    if job is None:
        cleaned(declined)()
        return
    run_job(
        parent,
        ngettext(
            "Sending {n} page to the printer…", "Sending {n} pages to the printer…", job.pages
        ).format(n=job.pages),
        lambda report: paint_file(job, report),
        on_success=cleaned(printed),
        on_failure=cleaned(failed),
        total=job.pages,
        cancellable=True,
    )
