"""The reports' charts (`reports/charts.py`) as PNG pictures for the Word drafts, drawn with
Pillow and the bundled DejaVu.

Word holds pictures, not drawings, and reportlab's bitmap renderer needs a Cairo binding we do
not ship; Pillow comes with reportlab. Drawn at 200 dpi for a 16 cm wide figure.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.reports.charts import BarChart, value_axis

WIDTH, HEIGHT = 1260, 560


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(asset_path("fonts", name)), size)


def png(chart: BarChart, label_format: str = "{:.0f}") -> bytes:
    """Grouped bars, one colour per series, values written above the bars; PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 14), chart.title, font=_font(26, True), fill="black")
    left, right, top, bottom = 90, WIDTH - 30, 110, HEIGHT - 70
    axis_max, step = value_axis(chart)
    tick = axis_max
    while tick >= 0:  # grid lines and the value axis, top to bottom
        y = bottom - (bottom - top) * tick / axis_max
        draw.line((left, y, right, y), fill=palette.CHART_GRID, width=2)
        text = f"{tick:.0f}%" if chart.percent else f"{tick:.0f}"
        width = draw.textlength(text, font=_font(20))
        draw.text((left - 10 - width, y - 12), text, font=_font(20), fill="black")
        tick -= step
    draw.line((left, top, left, bottom), fill="black", width=2)
    draw.line((left, bottom, right, bottom), fill="black", width=2)
    slot = (right - left) / max(len(chart.categories), 1)
    bar = slot * 0.7 / max(len(chart.series), 1)
    for index, category in enumerate(chart.categories):
        x0 = left + slot * index + slot * 0.15
        for number, one in enumerate(chart.series):
            value = one.values[index]
            height = (bottom - top) * min(value, axis_max) / axis_max
            x = x0 + number * bar
            draw.rectangle((x, bottom - height, x + bar - 4, bottom), fill=one.colour)
            label = label_format.format(value)
            width = draw.textlength(label, font=_font(18))
            draw.text((x + (bar - 4 - width) / 2, bottom - height - 24), label, font=_font(18),
                      fill="black")  # fmt: skip
        # a name wider than its slot goes on one line a word (as in the PDF)
        wide = draw.textlength(category, font=_font(20)) > slot - 8
        for line_number, line in enumerate(category.split() if wide else [category]):
            width = draw.textlength(line, font=_font(20))
            draw.text((left + slot * index + (slot - width) / 2, bottom + 12 + 24 * line_number),
                      line, font=_font(20), fill="black")  # fmt: skip
    x = WIDTH - 30
    for one in reversed(chart.series):  # legend, right-aligned
        width = draw.textlength(one.label, font=_font(20))
        x -= width
        draw.text((x, 62), one.label, font=_font(20), fill="black")
        x -= 34
        draw.rectangle((x, 64, x + 24, 86), fill=one.colour)
        x -= 30
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True, dpi=(200, 200))
    return buffer.getvalue()
