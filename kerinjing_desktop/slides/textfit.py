"""Text that always fits its box: paragraphs laid out by QTextDocument, shrunk until they fit.

A slide is projected in a hall, so text is as large as the box allows and never runs off the
slide: the fitter searches the largest scale at which every word stays whole and the text's
height fits; only below the smallest scale may a too-long word break.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from kerinjing_desktop.slides.fonts import font

LINE_HEIGHT = 112  # percent: a little air between wrapped lines helps reading from afar
MIN_SCALE = 0.25  # below this the fitter stops shrinking and lets long words break


@dataclass(frozen=True)
class Para:
    """One paragraph; `text` may hold `**bold**` spans; sizes are pixels at scale 1."""

    text: str
    size: float
    color: QColor
    bold: bool = False
    italic: bool = False
    bullet: int | None = None  # None: a paragraph; 0 or 1: a bullet at that level
    bullet_color: QColor | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    space_after: float = 0.45  # in multiples of the size


@dataclass
class Fitted:
    """The laid-out text: draw it with `draw`; `fits` is False only if nothing could fit."""

    document: QTextDocument
    scale: float
    fits: bool
    width: float
    height: float
    bullets: list[tuple[int, int, float, QColor]]  # block number, level, size, colour

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        self.document.drawContents(painter, QRectF(0, 0, self.width, self.height + 2))
        painter.setPen(Qt.PenStyle.NoPen)
        for number, _level, size, colour in self.bullets:
            block = self.document.findBlockByNumber(number)
            layout = block.layout()
            if layout is None or layout.lineCount() == 0:
                continue
            line = layout.lineAt(0)
            origin = layout.position()
            radius = size * 0.14
            margin = block.blockFormat().leftMargin()
            centre = QPointF(
                margin - size * 0.62, origin.y() + line.y() + line.ascent() - size * 0.33
            )
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


def _runs(text: str) -> list[tuple[str, bool]]:
    """`a **b** c` → [("a ", False), ("b", True), (" c", False)]; an odd `**` is kept bold."""
    parts = text.split("**")
    return [(part, index % 2 == 1) for index, part in enumerate(parts) if part]


def build(
    paras: list[Para], scale: float, width: float, device: QPaintDevice | None, anywhere: bool
) -> tuple[QTextDocument, list[tuple[int, int, float, QColor]]]:
    document = QTextDocument()
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    document.setDefaultTextOption(option)
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    cursor = QTextCursor(document)
    bullets: list[tuple[int, int, float, QColor]] = []
    for index, para in enumerate(paras):
        size = para.size * scale
        block = QTextBlockFormat()
        block.setAlignment(para.align)
        block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(0 if index == len(paras) - 1 else size * para.space_after)
        if para.bullet is not None:
            block.setLeftMargin(size * (1.1 + 1.3 * para.bullet))
            bullets.append((index, para.bullet, size, para.bullet_color or para.color))
        base = QTextCharFormat()
        base.setForeground(para.color)
        if index == 0:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(block, base)
        for text, bold in _runs(para.text):
            run = QTextCharFormat(base)
            run.setFont(font(size, bold=para.bold or bold, italic=para.italic))
            cursor.insertText(text, run)
    document.setTextWidth(width)
    return document, bullets


def fit(
    paras: list[Para],
    width: float,
    height: float,
    device: QPaintDevice | None = None,
    max_scale: float = 1.0,
) -> Fitted:
    """The largest scale ≤ max_scale at which `paras` fit `width` × `height`."""
    width, height = max(width, 1.0), max(height, 1.0)

    def attempt(scale: float, anywhere: bool = False) -> tuple[bool, Fitted]:
        document, bullets = build(paras, scale, width, device, anywhere)
        size = document.size()
        ok = size.height() <= height + 0.5 and document.idealWidth() <= width + 0.5
        return ok, Fitted(document, scale, ok, width, size.height(), bullets)

    ok, best = attempt(max_scale)
    if ok:
        return best
    low, high = MIN_SCALE, max_scale
    ok, candidate = attempt(low)
    if not ok:  # even the smallest size is too big: break long words, keep shrinking
        for scale in (MIN_SCALE, MIN_SCALE * 0.75, MIN_SCALE * 0.5):
            ok, candidate = attempt(scale, anywhere=True)
            if ok:
                return candidate
        return candidate
    best = candidate
    for _ in range(9):  # about 0.2 % precision; each try is one layout, well under 1 ms
        middle = (low + high) / 2
        ok, candidate = attempt(middle)
        if ok:
            low, best = middle, candidate
        else:
            high = middle
    return best
