"""Small PDFs made on the fly for the slides tests (reportlab, text only, fast)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

MINI_DECK = Path(__file__).with_name("mini_deck.md")


def make_pdf(path: Path, pages: int = 3, size=(960, 540), encrypt: str | None = None) -> Path:
    """`pages` pages with a big page number and no background (pdfium leaves it clear)."""
    page = canvas.Canvas(str(path), pagesize=size, encrypt=encrypt)
    for number in range(1, pages + 1):
        page.setFont("Helvetica-Bold", 72)
        page.drawString(60, size[1] / 2, f"Page {number}")
        page.showPage()
    page.save()
    return path


def make_broken_pdf(path: Path) -> Path:
    """A PDF cut in half, as after an interrupted copy from a flash drive."""
    whole = make_pdf(path.with_name("whole.pdf"), pages=5).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path
