"""Charts for printed reports (reportlab Drawings, fonts embedded like every document)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.reports.common import FONT, register_fonts

PRE = colors.HexColor("#f0a35e")
POST = colors.HexColor("#2e7d9a")


def pre_post_chart(
    result: dict, lang: str, width: float = 160 * mm, height: float = 70 * mm
) -> Drawing:
    """Mean score per question as % of its maximum, pre-test next to post-test (paired
    participants only, as in the analysis). An empty analysis gives a drawing that says so."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the renderer starts in Helvetica, never embedded
    rows = [q for q in result.get("questions", []) if q["pre_mean"] is not None]
    title = _("Mean score per question (% of its maximum)", lang)
    drawing.add(String(0, height - 10, title, fontName=FONT, fontSize=9))
    if not rows:
        drawing.add(String(0, height / 2, _("No participant has taken both tests yet.", lang),
                           fontName=FONT, fontSize=9))  # fmt: skip
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 18
    chart.width, chart.height = width - 40, height - 48
    chart.data = [
        [round(100 * q["pre_mean"] / q["max"], 1) for q in rows],
        [round(100 * q["post_mean"] / q["max"], 1) for q in rows],
    ]
    chart.categoryAxis.categoryNames = [f"{_('Q', lang)}{q['number']}" for q in rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor, chart.bars[1].fillColor = PRE, POST
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 6
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.colorNamePairs = [(PRE, _("Pre-test", lang)), (POST, _("Post-test", lang))]
    drawing.add(legend)
    return drawing
