"""Print a PDF straight from the app: Qt's print dialog, then each page rendered by QtPdf
onto the printer (so what prints is exactly the PDF a print shop would get).

Rendering takes about a tenth of a second a page at 300 dpi (200 certificates: ~25 s), so
`print_pdf` only asks; the pages are drawn off the GUI thread by `paint_file`, through
run_job with a page count. QPainter may paint on a QPrinter from another thread; the PDF is
opened again in that thread, so QtPdf's document is only ever used where it was made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300  # enough for signature lines and QR codes; a page is ~9 MP at this size


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"cannot read {path}")
    return document


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page as an image at `dpi` (QtPdf renders at a pixel size, not a resolution)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    # QtPdf leaves the paper transparent; some printer drivers print alpha as black, so the
    # page is flattened onto white
    page_image = QImage(size, QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    painter = QPainter(page_image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return page_image


def paint_pages(
    document: QPdfDocument,
    printer: QPrinter | QImage,
    dpi: int | None = None,
    first: int = 0,
    last: int | None = None,
    report: Callable[[int], None] | None = None,
) -> int:
    """Draw pages onto the printer (or any paint device), one per sheet, scaled to fit
    the printable area with their aspect ratio kept; returns the number of pages drawn.
    `report(n)` is told after each page. `dpi` defaults to PRINT_DPI."""
    dpi = dpi or PRINT_DPI
    last = document.pageCount() - 1 if last is None else last
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    drawn = 0
    try:
        for page in range(first, last + 1):
            if drawn and isinstance(printer, QPrinter):
                printer.newPage()
            image = render_page(document, page, dpi)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - scaled.width()) // 2,
                area.y() + (area.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            drawn += 1
            if report is not None:
                report(drawn)
    finally:
        painter.end()
    return drawn


@dataclass
class PrintJob:
    """What the print dialog chose: the printer and the pages (0-based, inclusive)."""

    printer: QPrinter
    path: Path
    first: int
    last: int

    @property
    def pages(self) -> int:
        return self.last - self.first + 1


def ask_printer(parent: QWidget | None, path: Path, landscape: bool = False) -> PrintJob | None:
    """Qt's print dialog for the PDF at `path`; None when cancelled. Raises OSError when the
    PDF cannot be read."""
    count = open_pdf(path).pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    printer.setFromTo(1, count)
    if landscape:
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # "all pages"
        first, last = 1, count
    return PrintJob(printer, path, first - 1, last - 1)


def paint_file(job: PrintJob, report: Callable[[int], None] | None = None) -> int:
    """The chosen pages onto the chosen printer (runs on a worker thread)."""
    return paint_pages(open_pdf(job.path), job.printer, first=job.first, last=job.last,
                       report=report)  # fmt: skip
