"""The bundled deck's look: drawn with QPainter at the exact pixel size of the screen.

High contrast for a bright village hall: dark ink on white with a deep navy title bar, or white
on navy for title slides. Every size is a fraction of the slide's height (of a 16:9 area on
4:3 projectors), so a slide looks the same on a 1024×768 projector and on a 1920×1080 one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.deck import Slide
from kerinjing_desktop.slides.textfit import Fitted, Para, fit

NAVY = QColor(palette.NAVY)
INK = QColor(palette.INK)
BLUE = QColor(palette.BLUE)
GREY = QColor(palette.GREY)
PALE = QColor(palette.PALE)
AMBER = QColor(palette.AMBER)
KEY_FILL = QColor(palette.KEY_FILL)
KEY_BAR = QColor(palette.KEY_BAR)
YELLOW = QColor(palette.YELLOW)
WHITE = QColor(palette.WHITE)

LEGIBLE_SCALE = 0.5  # tests hold the bundled deck's body text above this share of full size


@dataclass
class Region:
    """One text box of a slide, kept for the fit checks in the tests."""

    name: str
    rect: QRectF
    text: Fitted


@dataclass
class Plan:
    background: QColor
    regions: list[Region] = field(default_factory=list)
    shapes: list[tuple[QRectF, QColor]] = field(default_factory=list)


def unit(size: QSize) -> float:
    """1 % of the height of the largest 4:3 area inside the slide.

    16:9 and 4:3 projectors (many village halls still have 1024×768 ones) both get text as
    tall as their height allows; on narrower slides the fitter shrinks what does not fit.
    """
    return min(size.height(), size.width() * 3 / 4) / 100


def _body_paras(slide: Slide, u: float, colour: QColor, bullet_colour: QColor) -> list[Para]:
    paras: list[Para] = []
    if slide.subtitle:
        paras.append(Para(slide.subtitle, 4.4 * u, BLUE if colour == INK else PALE, bold=True))
    for text in slide.paragraphs:
        paras.append(Para(text, 4.4 * u, colour))
    for bullet in slide.bullets:
        size = (4.4 if bullet.level == 0 else 3.8) * u
        paras.append(
            Para(
                bullet.text,
                size,
                colour,
                bullet=bullet.level,
                bullet_color=bullet_colour,
                space_after=0.35,
            )
        )
    return paras


def _footer(plan: Plan, slide: Slide, number: str, size: QSize, u: float, dark: bool, src: str):
    width, height = size.width(), size.height()
    pad = max(4 * u, width * 0.04)
    colour = PALE if dark else GREY
    top = height - 7 * u
    number_box = 12 * u
    tag = Para(number, 2.4 * u, colour, bold=True, align=Qt.AlignmentFlag.AlignRight)
    plan.regions.append(
        Region(
            "number",
            QRectF(width - pad - number_box, top + 0.6 * u, number_box, 3.6 * u),
            fit([tag], number_box, 3.6 * u),
        )
    )
    if slide.source:
        text = Para(f"{src} {slide.source}", 2.3 * u, colour)
        box = QRectF(pad, top + 0.6 * u, width - 2 * pad - number_box - 2 * u, 5.8 * u)
        plan.regions.append(Region("source", box, fit([text], box.width(), box.height())))
    return top


def _bullets_plan(slide: Slide, number: str, size: QSize, src: str) -> Plan:
    width = size.width()
    u = unit(size)
    pad = max(4 * u, width * 0.04)
    plan = Plan(WHITE)
    bar = 15 * u
    plan.shapes.append((QRectF(0, 0, width, bar), NAVY))
    plan.shapes.append((QRectF(0, bar, width, 0.8 * u), AMBER))
    title = fit([Para(slide.title, 6.2 * u, WHITE, bold=True)], width - 2 * pad, bar - 3.6 * u)
    plan.regions.append(
        Region("title", QRectF(pad, (bar - title.height) / 2, width - 2 * pad, bar), title)
    )
    bottom = _footer(plan, slide, number, size, u, False, src) - 1.5 * u
    if slide.key_message:
        inner = width - 2 * pad - 5 * u
        key = fit([Para(slide.key_message, 4.3 * u, NAVY, bold=True)], inner, 22 * u)
        box = QRectF(pad, bottom - key.height - 3.6 * u, width - 2 * pad, key.height + 3.6 * u)
        plan.shapes.append((box, KEY_FILL))
        plan.shapes.append((QRectF(box.left(), box.top(), 1.2 * u, box.height()), KEY_BAR))
        plan.regions.append(
            Region("key", QRectF(box.left() + 3.4 * u, box.top() + 1.8 * u, inner, key.height), key)
        )
        bottom = box.top() - 2.5 * u
    top = bar + 3.5 * u
    body = _body_paras(slide, u, INK, KEY_BAR)
    if body:
        text = fit(body, width - 2 * pad, bottom - top)
        plan.regions.append(Region("body", QRectF(pad, top, width - 2 * pad, bottom - top), text))
    return plan


def _centred_plan(slide: Slide, number: str, size: QSize, src: str, dark: bool) -> Plan:
    """`title` (white on navy) and `statement` (one big message on white) slides."""
    width = size.width()
    u = unit(size)
    pad = max(7 * u, width * 0.06)
    centre = Qt.AlignmentFlag.AlignHCenter
    plan = Plan(NAVY if dark else WHITE)
    top = 8 * u
    paras: list[Para] = []
    if dark:
        paras.append(Para(slide.title, 7.6 * u, WHITE, bold=True, align=centre, space_after=0.5))
        if slide.subtitle:
            paras.append(Para(slide.subtitle, 4.6 * u, PALE, align=centre))
        paras += [Para(p, 3.6 * u, WHITE, align=centre) for p in slide.paragraphs]
        if slide.key_message:
            paras.append(Para(slide.key_message, 4.2 * u, YELLOW, bold=True, align=centre))
        paras += [Para(b.text, 3.6 * u, WHITE, align=centre) for b in slide.bullets]
    elif slide.key_message:  # the title is a small heading, the key message the statement
        heading = fit([Para(slide.title, 4.2 * u, NAVY, bold=True)], width - 2 * pad, 10 * u)
        plan.regions.append(
            Region("title", QRectF(pad, 5 * u, width - 2 * pad, heading.height), heading)
        )
        plan.shapes.append((QRectF(pad, 6.2 * u + heading.height, 14 * u, 0.9 * u), AMBER))
        top = 10 * u + heading.height
        paras.append(Para(slide.key_message, 6.6 * u, NAVY, bold=True, align=centre))
    else:  # the title itself is the statement
        paras.append(Para(slide.title, 6.6 * u, NAVY, bold=True, align=centre, space_after=0.6))
    if not dark:
        if slide.subtitle:
            paras.append(Para(slide.subtitle, 4.6 * u, BLUE, bold=True, align=centre))
        paras += [Para(p, 4.4 * u, INK, align=centre) for p in slide.paragraphs]
        paras += _body_paras(Slide(bullets=slide.bullets), u, INK, KEY_BAR)
    bottom = _footer(plan, slide, number, size, u, dark, src) - 2 * u
    if paras:
        text = fit(paras, width - 2 * pad, bottom - top)
        y = top + max(0.0, (bottom - top - text.height) / 2)
        if dark or not slide.key_message:  # the accent line sits just above a centred title
            plan.shapes.append((QRectF(width / 2 - 7 * u, y - 3.2 * u, 14 * u, 0.9 * u), AMBER))
        plan.regions.append(Region("body", QRectF(pad, y, width - 2 * pad, bottom - y), text))
    return plan


def plan_slide(slide: Slide, number: str, size: QSize, source_label: str) -> Plan:
    """Where everything goes on one slide at one size (the text already fitted)."""
    if slide.layout == "title":
        return _centred_plan(slide, number, size, source_label, dark=True)
    if slide.layout == "statement":
        return _centred_plan(slide, number, size, source_label, dark=False)
    return _bullets_plan(slide, number, size, source_label)


def render_slide(slide: Slide, number: str, size: QSize, source_label: str) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    plan = plan_slide(slide, number, size, source_label)
    image.fill(plan.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for rect, colour in plan.shapes:
        painter.fillRect(rect, colour)
    for region in plan.regions:
        region.text.draw(painter, region.rect.topLeft())
    painter.end()
    return image


def render_message(text: str, size: QSize) -> QImage:
    """A plain slide with a message (a page that failed to render, a deck still loading)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    u = unit(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = Qt.AlignmentFlag.AlignHCenter
    fitted = fit([Para(text, 4 * u, GREY, align=centre)], size.width() * 0.8, size.height() * 0.6)
    x = (size.width() - fitted.width) / 2
    fitted.draw(painter, QPointF(x, (size.height() - fitted.height) / 2))
    painter.end()
    return image
