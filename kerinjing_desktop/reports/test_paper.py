"""The test paper: one sheet per registered participant (name, code, QR of the code) so the
pre-test and the post-test pair up, plus blank sheets with a code box for walk-ins.

The same paper serves both tests: the participant ticks PRE-TEST or POST-TEST. People who
did not consent to be named get a sheet with their code only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kerinjing_desktop.core.domain import Event, format_date
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.reports.common import FONT, FONT_BOLD, PrintOptions, register_fonts

DEFAULT_BLANK_SHEETS = 5  # walk-ins: a handful is usually enough for a village hall
MARGIN = 16 * mm
QR_SIZE = 26 * mm
LINE_GAP = 7.5 * mm  # handwriting on a lap or a plastic chair needs generous lines
MIN_LINES, MAX_LINES = 2, 7


@dataclass(frozen=True)
class Sheet:
    code: str  # "" for a blank sheet
    name: str  # "" when blank or not consented


def build(store: Store, event: Event, out: Path, options: PrintOptions) -> Path:
    questions = list_questions(store, event.id, options.lang)
    sheets = [
        Sheet(p.code, p.name if p.consent else "") for p in list_participants(store, event.id)
    ]
    blank = DEFAULT_BLANK_SHEETS if options.blank_rows < 0 else options.blank_rows
    sheets += [Sheet("", "")] * blank
    return write_papers(out, event, questions, sheets, options)


def write_papers(
    out: Path, event: Event, questions: list[Question], sheets: list[Sheet], options: PrintOptions
) -> Path:
    register_fonts()
    out = Path(out)
    canvas = Canvas(str(out), pagesize=options.page_size, pageCompression=1)
    canvas.setTitle(_("Test paper", options.lang) + f" — {event.title}")
    canvas.setAuthor("Kerinjing Desktop")
    painter = _Painter(canvas, event, questions, options)
    for sheet in sheets or [Sheet("", "")]:
        painter.sheet(sheet)
    canvas.save()
    return out


class _Painter:
    def __init__(self, canvas: Canvas, event: Event, questions: list[Question], options):
        self.c = canvas
        self.event = event
        self.questions = questions
        self.lang = options.lang
        self.width, self.height = options.page_size
        self.text_style = ParagraphStyle("q", fontName=FONT, fontSize=10.5, leading=13.5)
        self.option_style = ParagraphStyle("o", fontName=FONT, fontSize=10, leading=13)
        self.small = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=11)

    # ---------------------------------------------------------------- one participant
    def sheet(self, sheet: Sheet) -> None:
        y = self._header(sheet)
        blocks = [self._measure(q) for q in self.questions]
        open_count = sum(1 for q in self.questions if q.kind == "open")
        room = y - MARGIN - 4 * mm - sum(height for height in blocks)
        lines = MIN_LINES
        if open_count:
            lines = int(max(MIN_LINES, min(MAX_LINES, room / open_count / LINE_GAP)))
        for question, text_height in zip(self.questions, blocks, strict=True):
            needed = text_height + (lines * LINE_GAP if question.kind == "open" else 0)
            if y - needed < MARGIN + 8 * mm:
                self._footer(sheet)
                self.c.showPage()
                y = self._continuation(sheet)
            y = self._question(question, y, lines)
        self._footer(sheet)
        self.c.showPage()

    def _header(self, sheet: Sheet) -> float:
        c, w, top = self.c, self.width, self.height - MARGIN
        c.setFont(FONT_BOLD, 14)
        c.drawString(MARGIN, top - 12, _("TEST PAPER", self.lang))
        title = Paragraph(
            f"<b>{_escape(self.event.title)}</b>",
            ParagraphStyle("t", fontName=FONT, fontSize=10.5, leading=13),
        )
        text_width = w - 2 * MARGIN - QR_SIZE - 8 * mm
        _w, h = title.wrapOn(c, text_width, 40 * mm)
        title.drawOn(c, MARGIN, top - 20 - h)
        place = ", ".join(
            part
            for part in (
                _("Village {village}", self.lang).format(village=self.event.village),
                self.event.kecamatan,
                self.event.kabupaten,
            )
            if part
        )
        c.setFont(FONT, 9.5)
        c.drawString(MARGIN, top - 32 - h, place)
        c.drawString(MARGIN, top - 44 - h, format_date(self.event.date, self.lang))

        qr_x, qr_y = w - MARGIN - QR_SIZE, top - QR_SIZE
        if sheet.code:
            widget = QrCodeWidget(sheet.code, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, c, qr_x, qr_y)
        else:
            c.setDash(3, 3)
            c.rect(qr_x, qr_y, QR_SIZE, QR_SIZE)
            c.setDash()
            c.setFont(FONT, 7.5)
            c.drawCentredString(qr_x + QR_SIZE / 2, qr_y + QR_SIZE / 2, _("(walk-in)", self.lang))

        # identity row: code box (big, so it can be read across the room) and the name
        y = top - 56 - h
        box_h = 11 * mm
        c.setFont(FONT, 9)
        c.drawString(MARGIN, y - 4, _("Code", self.lang))
        c.rect(MARGIN, y - 6 - box_h, 34 * mm, box_h)
        if sheet.code:
            c.setFont(FONT_BOLD, 18)
            c.drawCentredString(MARGIN + 17 * mm, y - 4 - box_h + 2.5 * mm, sheet.code)
        name_x = MARGIN + 40 * mm
        c.setFont(FONT, 9)
        c.drawString(name_x, y - 4, _("Name", self.lang))
        c.line(name_x, y - 6 - box_h, w - MARGIN, y - 6 - box_h)
        if sheet.name:
            c.setFont(FONT, 13)
            c.drawString(name_x + 2 * mm, y - 4 - box_h + 2.5 * mm, sheet.name)
        elif sheet.code:
            c.setFont(FONT, 8.5)
            c.drawString(name_x + 2 * mm, y - 4 - box_h + 2.5 * mm,
                         _("(name not printed: code only)", self.lang))  # fmt: skip

        # which test: two big tick boxes
        y -= box_h + 14 * mm
        box = 5.5 * mm
        x = MARGIN
        c.setFont(FONT_BOLD, 11)
        for label in (_("PRE-TEST (before the session)", self.lang),
                      _("POST-TEST (after the session)", self.lang)):  # fmt: skip
            c.rect(x, y, box, box)
            c.drawString(x + box + 2.5 * mm, y + 1.3 * mm, label)
            x += (w - 2 * MARGIN) / 2
        y -= 5 * mm
        note = Paragraph(
            _(
                "Tick one box. Answer in your own words; there are no trick questions. "
                "For lettered answers, circle one letter.",
                self.lang,
            ),
            self.small,
        )
        _w, nh = note.wrapOn(c, w - 2 * MARGIN, 30 * mm)
        note.drawOn(c, MARGIN, y - nh)
        y -= nh + 3 * mm
        c.setLineWidth(0.8)
        c.line(MARGIN, y, w - MARGIN, y)
        return y - 4 * mm

    def _continuation(self, sheet: Sheet) -> float:
        top = self.height - MARGIN
        self.c.setFont(FONT_BOLD, 11)
        label = sheet.code or _("Code", self.lang) + ": ________"
        self.c.drawString(MARGIN, top - 12, f"{label} — {_('continued', self.lang)}")
        return top - 24

    def _footer(self, sheet: Sheet) -> None:
        self.c.setFont(FONT, 7.5)
        self.c.drawString(MARGIN, MARGIN - 6 * mm, "Kerinjing Desktop")
        self.c.drawRightString(self.width - MARGIN, MARGIN - 6 * mm, sheet.code)

    # ---------------------------------------------------------------- questions
    def _paragraphs(self, q: Question) -> list[Paragraph]:
        text = f"<b>{q.number}.</b> {_escape(q.text)}"
        if q.kind == "open" and q.max_score and q.scored:
            pass
        parts = [Paragraph(text, self.text_style)]
        letters = q.letters(self.lang)
        for letter, option in zip(letters, q.options, strict=False):
            parts.append(Paragraph(f"<b>{letter}</b>&nbsp;&nbsp;{_escape(option)}",
                                   self.option_style))  # fmt: skip
        return parts

    def _measure(self, q: Question) -> float:
        width = self.width - 2 * MARGIN - 6 * mm
        return sum(p.wrap(width, 200 * mm)[1] + 1.5 * mm for p in self._paragraphs(q)) + 3 * mm

    def _question(self, q: Question, y: float, lines: int) -> float:
        width = self.width - 2 * MARGIN - 6 * mm
        for index, paragraph in enumerate(self._paragraphs(q)):
            _w, h = paragraph.wrapOn(self.c, width, 200 * mm)
            paragraph.drawOn(self.c, MARGIN + (0 if index == 0 else 8 * mm), y - h)
            y -= h + 1.5 * mm
        if q.kind == "open":
            self.c.setLineWidth(0.3)
            self.c.setStrokeGray(0.55)
            for _line in range(lines):
                y -= LINE_GAP
                self.c.line(MARGIN + 6 * mm, y, self.width - MARGIN, y)
            self.c.setStrokeGray(0)
        return y - 3 * mm


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
