"""Page furniture shared by the documents: the frame every PDF is laid out in, and "Halaman 1
dari 3", which needs the page count, known only at the end, so the canvas keeps each page's
state and stamps the numbers on save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import SimpleDocTemplate

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.reports.common import FONT, register_fonts


def document(
    path: Path,
    page_size: tuple[float, float],
    title: str,
    margin: float,
    top: float | None = None,
    bottom: float | None = None,
    author: str = "Kerinjing Desktop",
) -> SimpleDocTemplate:
    """The frame of a printed document: its paper, `margin` on every side (unless `top` or
    `bottom` says otherwise) and the title and author a PDF reader shows in its properties."""
    return SimpleDocTemplate(
        str(path),
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin if top is None else top,
        bottomMargin=margin if bottom is None else bottom,
        title=title,
        author=author,
    )


def numbered_canvas(
    lang: str, footer_left: str = "", first_page: bool = True
) -> Callable[..., pdf_canvas.Canvas]:
    """A canvasmaker for SimpleDocTemplate.build that writes "Page x of y" at the foot."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            register_fonts()
            # else reportlab starts each page in Helvetica, which is never embedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                if first_page or number > 1:
                    self._stamp(number, total)
                super().showPage()
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillGray(0.35)
            text = _("Page {n} of {total}", lang).format(n=number, total=total)
            self.drawRightString(width - 15 * 2.835, 10 * 2.835, text)
            if footer_left:
                self.drawString(15 * 2.835, 10 * 2.835, footer_left[:110])
            self.restoreState()

    return NumberedCanvas
