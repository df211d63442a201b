"""Print a PDF straight from the app: Qt's print dialog, then each page rendered by QtPdf
onto the printer (so what prints is exactly the PDF a print shop would get)."""

from __future__ import annotations

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
    dpi: int = PRINT_DPI,
    first: int = 0,
    last: int | None = None,
) -> int:
    """Draw pages onto the printer (or any paint device), one per sheet, scaled to fit
    the printable area with their aspect ratio kept; returns the number of pages drawn."""
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
    finally:
        painter.end()
    return drawn


def print_pdf(parent: QWidget | None, path: Path, landscape: bool = False) -> bool:
    """Ask for a printer and print; False when cancelled. Raises OSError on failure."""
    document = open_pdf(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    printer.setFromTo(1, document.pageCount())
    if landscape:
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # "all pages"
        first, last = 1, document.pageCount()
    paint_pages(document, printer, first=first - 1, last=last - 1)
    return True
