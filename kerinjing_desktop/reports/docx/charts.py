"""Bar charts as PNG pictures for the Word drafts, drawn with Pillow and the bundled DejaVu.

Word holds pictures, not drawings, and reportlab's bitmap renderer needs a Cairo binding we do
not ship; Pillow comes with reportlab. Drawn at 200 dpi for a 16 cm wide figure.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from kerinjing_desktop.core.paths import asset_path

WIDTH, HEIGHT = 1260, 560
COLOURS = ((0xF0, 0xA3, 0x5E), (0x2E, 0x7D, 0x9A))


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float, ...]


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(asset_path("fonts", name)), size)


def _nice_top(value: float) -> tuple[float, float]:
    """A round axis maximum and step above `value` (at least 1)."""
    top = max(value, 1.0)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if top / step <= 6:
            return step * -(-top // step), float(step)
    return top, top / 5


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    percent: bool = False,
    label_format: str = "{:.0f}",
) -> bytes:
    """Grouped bars, one colour per series, values written above the bars; PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 14), title, font=_font(26, True), fill="black")
    left, right, top, bottom = 90, WIDTH - 30, 110, HEIGHT - 70
    highest = max([v for s in series for v in s.values] + [0.0])
    axis_max, step = (100.0, 25.0) if percent else _nice_top(highest)
    tick = axis_max
    while tick >= 0:  # grid lines and the value axis, top to bottom
        y = bottom - (bottom - top) * tick / axis_max
        draw.line((left, y, right, y), fill=(0xDD, 0xDD, 0xDD), width=2)
        text = f"{tick:.0f}%" if percent else f"{tick:.0f}"
        width = draw.textlength(text, font=_font(20))
        draw.text((left - 10 - width, y - 12), text, font=_font(20), fill="black")
        tick -= step
    draw.line((left, top, left, bottom), fill="black", width=2)
    draw.line((left, bottom, right, bottom), fill="black", width=2)
    slot = (right - left) / max(len(categories), 1)
    bar = slot * 0.7 / max(len(series), 1)
    for index, category in enumerate(categories):
        x0 = left + slot * index + slot * 0.15
        for number, one in enumerate(series):
            value = one.values[index]
            height = (bottom - top) * min(value, axis_max) / axis_max
            x = x0 + number * bar
            colour = COLOURS[number % len(COLOURS)]
            draw.rectangle((x, bottom - height, x + bar - 4, bottom), fill=colour)
            label = label_format.format(value)
            width = draw.textlength(label, font=_font(18))
            draw.text((x + (bar - 4 - width) / 2, bottom - height - 24), label, font=_font(18),
                      fill="black")  # fmt: skip
        width = draw.textlength(category, font=_font(20))
        draw.text((left + slot * index + (slot - width) / 2, bottom + 12), category,
                  font=_font(20), fill="black")  # fmt: skip
    x = WIDTH - 30
    for number, one in reversed(list(enumerate(series))):  # legend, right-aligned
        width = draw.textlength(one.label, font=_font(20))
        x -= width
        draw.text((x, 62), one.label, font=_font(20), fill="black")
        x -= 34
        draw.rectangle((x, 64, x + 24, 86), fill=COLOURS[number % len(COLOURS)])
        x -= 30
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True, dpi=(200, 200))
    return buffer.getvalue()
