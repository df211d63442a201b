"""Text that always fits its box: paragraphs laid out by QTextLayout, shrunk until they fit.

A slide is projected in a hall, so text is as large as the box allows and never runs off the
slide: the fitter searches the largest scale at which every word stays whole and the text's
height fits; only below the smallest scale may a too-long word break.

QTextLayout, not QTextDocument: slides are drawn on the render thread, and a QTextDocument is a
QObject whose layout connects signals when it is made. PySide keeps Python's GIL through that
call, and Qt's connection lock may meanwhile be held by the GUI thread waiting for the GIL (it
does when a Python object with a connection is freed): the presenter froze, both threads
waiting on each other (seen in a test run, stacks taken with gdb). A QTextLayout is a plain
value, no QObject, no signals, no such lock.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from kerinjing_desktop.slides.fonts import font

LINE_HEIGHT = 1.12  # a little air between wrapped lines helps reading from afar
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
class Laid:
    """One paragraph laid out: its lines are placed relative to the text box's top left."""

    layout: QTextLayout
    color: QColor
    size: float  # the paragraph's pixel size at the fitted scale
    indent: float  # the bullet's left margin (0 for a paragraph)
    bullet_color: QColor | None  # None: no bullet


@dataclass
class Fitted:
    """The laid-out text: draw it with `draw`; `fits` is False only if nothing could fit."""

    paragraphs: list[Laid]
    scale: float
    fits: bool
    width: float
    height: float

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        for laid in self.paragraphs:
            painter.setPen(laid.color)
            laid.layout.draw(painter, top_left)
            if laid.bullet_color is None or laid.layout.lineCount() == 0:
                continue
            line = laid.layout.lineAt(0)
            radius = laid.size * 0.14
            centre = top_left + QPointF(
                laid.indent - laid.size * 0.62, line.y() + line.ascent() - laid.size * 0.33
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(laid.bullet_color)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


def _runs(text: str) -> list[tuple[str, bool]]:
    """`a **b** c` → [("a ", False), ("b", True), (" c", False)]; an odd `**` is kept bold."""
    parts = text.split("**")
    return [(part, index % 2 == 1) for index, part in enumerate(parts) if part]


def _lay_out(
    para: Para, scale: float, width: float, top: float, device: QPaintDevice | None, anywhere: bool
) -> tuple[Laid, float, float]:
    """The paragraph's lines from `top` down; its layout, its bottom and its widest line."""
    size = para.size * scale
    runs = _runs(para.text)
    text = "".join(part for part, _bold in runs)
    layout = QTextLayout(text, font(size, bold=para.bold, italic=para.italic), device)
    option = QTextOption(para.align)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    formats, start = [], 0
    for part, bold in runs:
        if bold and not para.bold:
            run = QTextLayout.FormatRange()
            run.start, run.length = start, len(part)
            face = QTextCharFormat()
            face.setFont(font(size, bold=True, italic=para.italic))
            run.format = face
            formats.append(run)
        start += len(part)
    layout.setFormats(formats)
    indent = size * (1.1 + 1.3 * para.bullet) if para.bullet is not None else 0.0
    widest, y = 0.0, top
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width - indent))
        line.setPosition(QPointF(indent, y))
        y += line.height() * LINE_HEIGHT
        widest = max(widest, indent + line.naturalTextWidth())
    layout.endLayout()
    laid = Laid(layout, para.color, size, indent, None)
    if para.bullet is not None:
        laid.bullet_color = para.bullet_color or para.color
    return laid, y, widest


def build(
    paras: list[Para], scale: float, width: float, device: QPaintDevice | None, anywhere: bool
) -> tuple[list[Laid], float, float]:
    """Every paragraph laid out at `scale`; with their total height and widest line."""
    laid: list[Laid] = []
    top = widest = 0.0
    for index, para in enumerate(paras):
        paragraph, bottom, wide = _lay_out(para, scale, width, top, device, anywhere)
        laid.append(paragraph)
        widest = max(widest, wide)
        top = bottom
        if index < len(paras) - 1:
            top += para.size * scale * para.space_after
    return laid, top, widest


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
        laid, tall, widest = build(paras, scale, width, device, anywhere)
        ok = tall <= height + 0.5 and widest <= width + 0.5
        return ok, Fitted(laid, scale, ok, width, tall)

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
