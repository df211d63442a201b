"""Slides as files: PNG pictures, a printed handout with the notes, social-media cards.

The GUI runs these through run_job (off the GUI thread) and the CLI calls them directly.
Errors are ExportError with a translated message; nothing here shows a window.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Indenter,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.slides.cards import render_card
from kerinjing_desktop.slides.source import DeckSource, PdfDeck, default_helpline

DEFAULT_SIZE = QSize(1920, 1080)
HANDOUT_IMAGE = QSize(1280, 720)
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")


class ExportError(Exception):
    """A file that could not be written; the message is translated."""


def parse_size(text: str) -> QSize:
    """`1920x1080` → QSize; a clear ValueError for anything else (16…8192 pixels a side)."""
    match = _SIZE.match(text or "")
    if match:
        width, height = int(match.group(1)), int(match.group(2))
        if 16 <= width <= 8192 and 16 <= height <= 8192:
            return QSize(width, height)
    raise ValueError(
        _(
            "The size must be WIDTHxHEIGHT in pixels, 16 to 8192 each "
            "(for example 1920x1080), not {text!r}."
        ).format(text=text)
    )


def _out_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(
            _("Cannot create the folder {path}: {reason}").format(
                path=path, reason=os_reason(error)
            )
        ) from None
    if not path.is_dir():
        raise ExportError(_("{path} is not a folder.").format(path=path))
    return path


def _save(image: QImage, path: Path) -> Path:
    try:
        with atomic_path(path) as temp:
            if not image.save(str(temp), "PNG"):
                raise ExportError(_("Cannot write {path}.").format(path=path))
    except OSError as error:
        raise ExportError(
            _("Cannot write {path}: {reason}").format(path=path, reason=os_reason(error))
        ) from None
    return path


def render_pngs(source: DeckSource, out_dir: Path, size: QSize = DEFAULT_SIZE) -> list[Path]:
    """001.png, 002.png, … one per slide, at `size`."""
    folder = _out_dir(Path(out_dir))
    return [_save(source.render(i, size), folder / f"{i + 1:03}.png") for i in range(source.count)]


def write_cards(source: DeckSource, out_dir: Path) -> list[Path]:
    """card-01.png, … one 1080×1080 card per key message of the deck."""
    messages = source.key_messages()
    if not messages:
        raise ExportError(
            _("This deck has no key messages (lines starting with >) to make cards of.")
        )
    folder = _out_dir(Path(out_dir))
    helpline = getattr(source, "helpline", lambda: default_helpline())()
    lang = getattr(source, "lang", None)
    return [
        _save(render_card(message, helpline, lang), folder / f"card-{n:02}.png")
        for n, message in enumerate(messages, start=1)
    ]


# --- the handout --------------------------------------------------------------------------

FONT, BOLD, ITALIC = "KerinjingSans", "KerinjingSans-Bold", "KerinjingSans-Oblique"
_ROW_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the table names an unembedded Helvetica
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 5),
    ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor(palette.HANDOUT_RULE)),
]


def _register_fonts() -> None:
    """DejaVu, embedded in the PDF, so Indonesian text prints the same at any print shop."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (ITALIC, "DejaVuSans-Oblique.ttf")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def _markup(text: str) -> str:
    """Plain notes text → reportlab paragraph markup (escaped; **bold** kept)."""
    parts = escape(text).split("**")
    return "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))


def _notes_flowables(notes: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One paragraph per line, as the notes are written (and shown in the console)."""
    flowables: list[Flowable] = []
    for line in (line.strip() for line in notes.splitlines()):
        if line.startswith(("- ", "* ")):
            flowables.append(Paragraph(_markup(line[2:]), styles["bullet"], bulletText="•"))
        elif line:
            flowables.append(Paragraph(_markup(line), styles["notes"]))
    return flowables


def _image_bytes(source: DeckSource, index: int) -> tuple[io.BytesIO, QSize]:
    fitted = getattr(source, "fitted_size", None)
    size = fitted(index, HANDOUT_IMAGE) if fitted else HANDOUT_IMAGE
    image = source.render(index, size)
    painter = QPainter(image)  # a thin frame, so a white slide has an edge on white paper
    painter.setPen(QPen(QColor(palette.HANDOUT_FRAME), 2))
    painter.drawRect(image.rect().adjusted(1, 1, -1, -1))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Flat colours and text compress best as PNG; a PDF's photos as JPEG.
    if isinstance(source, PdfDeck):
        image.save(buffer, "JPEG", 85)
    else:
        image.save(buffer, "PNG")
    buffer.close()
    return io.BytesIO(bytes(data.data())), size


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "notes", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=12.4, spaceAfter=2.5
    )
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2),
        "sub": ParagraphStyle(
            "sub",
            fontName=FONT,
            fontSize=9.5,
            leading=12,
            textColor=colors.HexColor(palette.GREY),
            spaceAfter=8,
        ),  # fmt: skip
        "caption": ParagraphStyle(
            "caption", fontName=BOLD, fontSize=8.5, leading=10.5, spaceBefore=3
        ),
        "notes": base,
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=10, bulletIndent=1),
        "none": ParagraphStyle(
            "none", parent=base, textColor=colors.HexColor(palette.HANDOUT_QUIET)
        ),
    }


def _make_numbered_canvas(helpline: str, deck_name: str, lang: str | None) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Defers each page until the total is known, to print "Page 2 of 5"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, _height = A4
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor(palette.GREY))
            self.drawString(15 * mm, 9 * mm, helpline)
            label = _("Page {page} of {total}", lang).format(page=self._pageNumber, total=total)
            self.drawRightString(width - 15 * mm, 9 * mm, label)
            self.drawRightString(width - 15 * mm, A4[1] - 9 * mm, deck_name)

    return NumberedCanvas


def write_handout(source: DeckSource, out_file: Path) -> Path:
    """A4, slides with their speaker notes beside them (two or three a page), page numbers."""
    _register_fonts()
    out_file = Path(out_file)
    if out_file.is_dir():
        raise ExportError(
            _("{path} is a folder; give a file name ending in .pdf.").format(path=out_file)
        )
    _out_dir(out_file.parent)
    lang = getattr(source, "lang", None)
    helpline = getattr(source, "helpline", lambda: default_helpline(lang))()
    styles = _styles()
    frame_width = A4[0] - 30 * mm
    image_width = 92 * mm  # big enough to read; three slides fill an A4 page
    notes_width = frame_width - image_width - 6 * mm
    story: list[Flowable] = [
        Paragraph(escape(source.name), styles["title"]),
        Paragraph(escape(_("Slides and speaker notes", lang)), styles["sub"]),
    ]
    for index in range(source.count):
        data, size = _image_bytes(source, index)
        picture = Image(data, width=image_width, height=image_width * size.height() / size.width())
        caption = Paragraph(f"{index + 1}. {escape(source.title(index))}", styles["caption"])
        notes = _notes_flowables(source.notes(index), styles) or [
            Paragraph(escape(_("(no notes)", lang)), styles["none"])
        ]
        beside, below = _split_notes(notes, notes_width, 120 * mm)
        table = Table([[[picture, caption], beside]], colWidths=[image_width + 6 * mm, notes_width])
        table.setStyle(_ROW_STYLE)
        # What did not fit beside the slide goes on in the notes' column, under the notes
        # (at the page's full width it ran under the slide's picture, as if a new text).
        column = image_width + 6 * mm - _FRAME_PADDING  # the table is as wide as the frame
        story += [table, *_indented(below, column), Spacer(1, 5 * mm)]
    try:
        with atomic_path(out_file) as temp:
            document = SimpleDocTemplate(
                str(temp),
                pagesize=A4,
                leftMargin=15 * mm,
                rightMargin=15 * mm,
                topMargin=15 * mm,
                bottomMargin=16 * mm,
                title=source.name,
                author="Kerinjing Desktop",
                initialFontName=FONT,  # else every page names an unembedded Helvetica
            )
            document.build(story, canvasmaker=_make_numbered_canvas(helpline, source.name, lang))
    except OSError as error:
        raise ExportError(
            _("Cannot write {path}: {reason}").format(path=out_file, reason=os_reason(error))
        ) from None
    return out_file


_FRAME_PADDING = 6  # points: the padding reportlab's page frame keeps inside its edges


def _indented(flowables: list[Flowable], left: float) -> list[Flowable]:
    return [Indenter(left=left), *flowables, Indenter(left=-left)] if flowables else []


def _split_notes(
    notes: Sequence[Flowable], width: float, max_height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The notes that fit beside the slide; the rest flows below it (long notes never make a
    table row taller than a page)."""
    beside: list[Flowable] = []
    used = 0.0
    for position, flowable in enumerate(notes):
        _w, height = flowable.wrap(width, max_height)
        if used + height > max_height:  # (a first paragraph taller than that goes below)
            return beside, list(notes[position:])
        beside.append(flowable)
        used += height + getattr(flowable.style, "spaceAfter", 0)
    return beside, []


def export_work(deck: DeckSource, kind: str, target: Path) -> Callable[[], str]:
    """The work of one export ("png", "cards" or "handout") for a worker thread; it returns
    what to tell the facilitator. A PDF deck is read through a copy of its own, opened in
    the worker: pdfium's documents are not shared between threads."""
    if isinstance(deck, PdfDeck):
        path, notes, minutes = deck.path, dict(deck.page_notes), deck.minutes

        def open_copy() -> DeckSource:
            copy = PdfDeck(path)
            copy.page_notes, copy.minutes = notes, minutes
            return copy
    else:

        def open_copy() -> DeckSource:
            return deck

    def work() -> str:
        source = open_copy()
        try:
            if kind == "png":
                count = len(render_pngs(source, target))
                saved = ngettext(
                    "Saved {n} picture in {path}.", "Saved {n} pictures in {path}.", count
                )
                return saved.format(n=count, path=target)
            if kind == "cards":
                count = len(write_cards(source, target))
                saved = ngettext("Saved {n} card in {path}.", "Saved {n} cards in {path}.", count)
                return saved.format(n=count, path=target)
            write_handout(source, target)
            return _("Saved the handout {path}.").format(path=target)
        finally:
            if source is not deck:
                source.close()

    return work
