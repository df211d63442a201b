"""The test paper: one sheet per registered participant (name, code, QR of the code) so the
pre-test and the post-test pair up, plus blank sheets with a code box for walk-ins.

The same paper serves both tests: the participant ticks PRE-TEST or POST-TEST. People who
did not consent to be named get a sheet with their code only.

Lettered options stand side by side when they fit, so one page holds the bundled five
questions with the three example items on A4, and ten to twelve questions on F4. A longer set
goes on to page 2 and on, never breaking inside a question; every page repeats the code, the
name and the PRE/POST boxes, so a loose sheet still finds its pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kerinjing_desktop.core.domain import Event, format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import QuestionKind
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.reports.common import FONT, FONT_BOLD, PrintOptions, register_fonts
from kerinjing_desktop.reports.qr import draw_qr
from kerinjing_desktop.reports.textsafe import printable

DEFAULT_BLANK_SHEETS = 5  # walk-ins: a handful is usually enough for a village hall
MARGIN = 16 * mm
QR_SIZE = 26 * mm
LINE_GAP = 7.5 * mm  # handwriting on a lap or a plastic chair needs generous lines
MIN_LINES, MAX_LINES = 2, 7
BOTTOM = MARGIN  # the lowest a question reaches; the footer sits below the margin
TEXT_GAP = 1.5 * mm  # below a question's text and its options
OPTION_GAP = 1 * mm  # between rows of options
QUESTION_GAP = 2.5 * mm
IDENTITY_BOX = 11 * mm
TICK_BOX = 5.5 * mm
# page 2 and on: title row, code and name, the test boxes, the rule and a gap below it
CONTINUATION_HEIGHT = 18 + 6 + IDENTITY_BOX + 4 * mm + TICK_BOX + 6 * mm


@dataclass(frozen=True)
class Sheet:
    code: str  # "" for a blank sheet
    name: str  # "" when blank or not consented


@dataclass(frozen=True)
class _Block:
    """A question laid out: paragraphs with their offsets from the top-left of the block."""

    items: tuple[tuple[Paragraph, float, float], ...]
    height: float  # text, options and the gap below, without the writing lines
    open: bool


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
    with atomic_path(out) as temp:
        canvas = Canvas(str(temp), pagesize=options.page_size, pageCompression=1)
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
        self.blocks = [self._layout(q) for q in questions]  # the same for every sheet
        self._pages: dict[float, list[list[int]]] = {}

    # ---------------------------------------------------------------- one participant
    def sheet(self, sheet: Sheet) -> None:
        """One participant's paper: as many pages as the questions need (usually one), never
        breaking inside a question; every page carries the code, the name and the test boxes."""
        y = self._header(sheet)
        if y not in self._pages:  # the header's height is the same on every sheet
            fewest = len(self._paginate(y, MIN_LINES))
            self._pages[y] = next(  # as many lines as that number of pages allows, so that
                pages  # page 1 is not left with two lines a question and page 2 with seven
                for lines in range(MAX_LINES, MIN_LINES - 1, -1)
                if len(pages := self._paginate(y, lines)) == fewest
            )
        pages = self._pages[y]
        for number, page in enumerate(pages, start=1):
            if number > 1:
                y = self._continuation(sheet, number, len(pages))
            lines = self._lines([self.blocks[i] for i in page], y)
            for i in page:
                y = self._question(self.blocks[i], y, lines)
            self._footer(sheet, number, len(pages))
            self.c.showPage()

    def _paginate(self, first_top: float, lines: int) -> list[list[int]]:
        """Question indexes per page, each question whole, open ones with `lines` lines."""
        pages: list[list[int]] = [[]]
        y = first_top
        for index, block in enumerate(self.blocks):
            needed = block.height + (lines * LINE_GAP if block.open else 0)
            if pages[-1] and y - needed < BOTTOM:
                pages.append([])
                y = self.height - MARGIN - CONTINUATION_HEIGHT
            pages[-1].append(index)
            y -= needed
        return pages

    @staticmethod
    def _lines(blocks: list[_Block], top: float) -> int:
        """Writing lines per open question: the room the page leaves, MIN_LINES…MAX_LINES."""
        open_count = sum(1 for block in blocks if block.open)
        if not open_count:
            return MIN_LINES
        room = top - BOTTOM - sum(block.height for block in blocks)
        return int(max(MIN_LINES, min(MAX_LINES, room / open_count / LINE_GAP + 1e-6)))

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
        when = format_date(self.event.date, self.lang)
        info = Paragraph(f"{_escape(place)} · {when}",
                         ParagraphStyle("i", fontName=FONT, fontSize=9.5, leading=12))  # fmt: skip
        _w, ih = info.wrapOn(c, text_width, 40 * mm)
        info.drawOn(c, MARGIN, top - 22 - h - ih)

        qr_x, qr_y = w - MARGIN - QR_SIZE, top - QR_SIZE
        if sheet.code:
            draw_qr(c, sheet.code, qr_x, qr_y, QR_SIZE)
        else:
            c.setDash(3, 3)
            c.rect(qr_x, qr_y, QR_SIZE, QR_SIZE)
            c.setDash()
            c.setFont(FONT, 7.5)
            c.drawCentredString(qr_x + QR_SIZE / 2, qr_y + QR_SIZE / 2, _("(walk-in)", self.lang))

        y = self._identity(sheet, top - 30 - h - ih) - 4 * mm - TICK_BOX
        self._test_boxes(y)
        y -= 3 * mm
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
        return y - 3 * mm

    def _identity(self, sheet: Sheet, y: float) -> float:
        """The code box (big, so it can be read across the room) and the name; returns the
        bottom of the box."""
        c, box_h = self.c, IDENTITY_BOX
        c.setLineWidth(1)
        c.setFont(FONT, 9)
        c.drawString(MARGIN, y - 4, _("Code", self.lang))
        c.rect(MARGIN, y - 6 - box_h, 34 * mm, box_h)
        if sheet.code:
            c.setFont(FONT_BOLD, 18)
            c.drawCentredString(MARGIN + 17 * mm, y - 4 - box_h + 2.5 * mm, sheet.code)
        name_x = MARGIN + 40 * mm
        c.setFont(FONT, 9)
        c.drawString(name_x, y - 4, _("Name", self.lang))
        c.line(name_x, y - 6 - box_h, self.width - MARGIN, y - 6 - box_h)
        if sheet.name and printable(sheet.name):
            c.setFont(FONT, 13)
            c.drawString(name_x + 2 * mm, y - 4 - box_h + 2.5 * mm, sheet.name)
        elif sheet.name:  # never boxes or broken letters: a line to write the name on
            c.setFont(FONT, 8.5)
            c.drawString(name_x + 2 * mm, y - 4 - box_h + 2.5 * mm,
                         _("name in a script this printout cannot show: write it by hand",
                           self.lang))  # fmt: skip
        elif sheet.code:
            c.setFont(FONT, 8.5)
            c.drawString(name_x + 2 * mm, y - 4 - box_h + 2.5 * mm,
                         _("(name not printed: code only)", self.lang))  # fmt: skip
        return y - 6 - box_h

    def _test_boxes(self, y: float) -> None:
        """Which test: two big tick boxes, PRE-TEST and POST-TEST (`y`: their bottom)."""
        c, box, x = self.c, TICK_BOX, MARGIN
        c.setLineWidth(1)
        c.setFont(FONT_BOLD, 11)
        for label in (_("PRE-TEST (before the session)", self.lang),
                      _("POST-TEST (after the session)", self.lang)):  # fmt: skip
            c.rect(x, y, box, box)
            c.drawString(x + box + 2.5 * mm, y + 1.3 * mm, label)
            x += (self.width - 2 * MARGIN) / 2

    def _continuation(self, sheet: Sheet, number: int, total: int) -> float:
        """Page 2 and on: the same code, name and test boxes, so a loose sheet finds its pair."""
        c, w, top = self.c, self.width, self.height - MARGIN
        c.setFont(FONT_BOLD, 11)
        page = _("Page {n} of {total}", self.lang).format(n=number, total=total)
        c.drawString(MARGIN, top - 10, f"{_('TEST PAPER', self.lang)} — {page}")
        y = self._identity(sheet, top - 18) - 4 * mm - TICK_BOX
        self._test_boxes(y)
        c.setLineWidth(0.8)
        c.line(MARGIN, y - 2 * mm, w - MARGIN, y - 2 * mm)
        return top - CONTINUATION_HEIGHT

    def _footer(self, sheet: Sheet, number: int, total: int) -> None:
        self.c.setFont(FONT, 7.5)
        self.c.drawString(MARGIN, MARGIN - 6 * mm, "Kerinjing Desktop")
        if total > 1:
            page = _("Page {n} of {total}", self.lang).format(n=number, total=total)
            self.c.drawCentredString(self.width / 2, MARGIN - 6 * mm, page)
        self.c.drawRightString(self.width - MARGIN, MARGIN - 6 * mm, sheet.code)

    # ---------------------------------------------------------------- questions
    def _layout(self, q: Question) -> _Block:
        """Where the text and the lettered options go, measured once (the same on every
        sheet): the options side by side when they fit."""
        width = self.width - 2 * MARGIN
        text = Paragraph(f"<b>{q.number}.</b> {_escape(q.text)}", self.text_style)
        _w, h = text.wrap(width, 200 * mm)
        items = [(text, 0.0, 0.0)]
        y = h + TEXT_GAP
        pairs = list(zip(q.letters(self.lang), q.options, strict=False))
        letters = [Paragraph(f"<b>{letter}</b>", self.option_style) for letter, _o in pairs]
        options = [Paragraph(_escape(option), self.option_style) for _l, option in pairs]
        if options:
            indent, hang = 8 * mm, 5 * mm  # a wrapped option stays clear of its letter
            room = self.width - 2 * MARGIN - indent
            # all in one row if each fits on a line; else two columns, each option on at most
            # two lines; else one under the other
            for columns, most_lines in dict.fromkeys(((len(options), 1), (2, 2), (1, 99))):
                column = room / columns
                heights = [o.wrap(column - hang - 3 * mm, 200 * mm)[1] for o in options]
                if max(heights) < self.option_style.leading * (most_lines + 0.5):
                    break
            for start in range(0, len(options), columns):
                row = range(start, min(start + columns, len(options)))
                for i in row:
                    x = indent + (i - start) * column
                    letters[i].wrap(hang, 20 * mm)
                    items += [(letters[i], x, y), (options[i], x + hang, y)]
                y += max(heights[i] for i in row) + OPTION_GAP
            y += TEXT_GAP - OPTION_GAP
        return _Block(tuple(items), y + QUESTION_GAP, q.kind == QuestionKind.OPEN)

    def _question(self, block: _Block, y: float, lines: int) -> float:
        for paragraph, x, offset in block.items:
            paragraph.drawOn(self.c, MARGIN + x, y - offset - paragraph.height)
        y -= block.height - QUESTION_GAP
        if block.open:
            self.c.setLineWidth(0.3)
            self.c.setStrokeGray(0.55)
            for _line in range(lines):
                y -= LINE_GAP
                self.c.line(MARGIN + 6 * mm, y, self.width - MARGIN, y)
            self.c.setStrokeGray(0)
        return y - QUESTION_GAP


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
