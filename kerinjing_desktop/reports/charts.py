"""The reports' charts, each defined once: a `BarChart` says what is drawn (titles, bars,
colours), and two renderers draw it, reportlab here for the PDF (`drawing`, fonts embedded
like every document) and Pillow for the Word drafts (`docx/charts.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.reports.common import FONT, register_fonts
from kerinjing_desktop.reports.data import GroupRow, QuestionRow


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float, ...]
    colour: str  # "#rrggbb", from core/palette.py


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    percent: bool = False  # a 0–100 % axis; else counts from 0 up to a round number
    empty: str = ""  # said instead of the bars when there are no categories


def pre_post_chart(questions: Sequence[QuestionRow], lang: str) -> BarChart:
    """Mean score per question as % of its maximum, pre-test next to post-test (paired
    participants only, as in the analysis)."""
    rows = [q for q in questions if q.pre_mean is not None]
    return BarChart(
        _("Mean score per question (% of its maximum)", lang),
        tuple(pgettext("question, as in Q3", "Q", lang) + str(q.number) for q in rows),
        (
            Series(
                _("Pre-test", lang),
                tuple(round(100 * (q.pre_mean or 0) / q.max_score, 1) for q in rows),
                palette.PRE_TEST,
            ),
            Series(
                _("Post-test", lang),
                tuple(round(100 * (q.post_mean or 0) / q.max_score, 1) for q in rows),
                palette.POST_TEST,
            ),
        ),
        percent=True,
        empty=_("No participant has taken both tests yet.", lang),
    )


def attendance_chart(groups: Sequence[GroupRow], lang: str) -> BarChart:
    """Those present in each group, men next to women."""
    return BarChart(
        _("Present, by group and gender", lang),
        tuple(g.name or g.group for g in groups),
        (
            Series(_("Men", lang), tuple(float(g.men) for g in groups), palette.MEN),
            Series(_("Women", lang), tuple(float(g.women) for g in groups), palette.WOMEN),
        ),
    )


def value_axis(chart: BarChart) -> tuple[float, float]:
    """The axis' top and step: 100 % in quarters, or a round count in at most six steps."""
    if chart.percent:
        return 100.0, 25.0
    top = max([v for s in chart.series for v in s.values] + [1.0])
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if top / step <= 6:
            return step * -(-top // step), float(step)
    return top, top / 5


def drawing(chart: BarChart, width: float = 160 * mm, height: float = 70 * mm) -> Drawing:
    """The chart as a reportlab Drawing for the PDF; without categories it says `empty`."""
    register_fonts()
    picture = Drawing(width, height)
    picture.initialFontName = FONT  # else the renderer starts in Helvetica, never embedded
    picture.add(String(0, height - 10, chart.title, fontName=FONT, fontSize=9))
    if not chart.categories:
        picture.add(String(0, height / 2, chart.empty, fontName=FONT, fontSize=9))
        return picture
    # a category of several words is written on several lines (group names)
    names = [name.replace(" ", "\n") for name in chart.categories]
    lines = max(name.count("\n") + 1 for name in names)
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 18 + 9 * (lines - 1)
    bars.width, bars.height = width - 40, height - 48 - 9 * (lines - 1)
    bars.data = [list(s.values) for s in chart.series]
    bars.categoryAxis.categoryNames = names
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 8
    top, step = value_axis(chart)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = "%d%%" if chart.percent else "%d"
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor(palette.CHART_GRID)
    for index, series in enumerate(chart.series):
        bars.bars[index].fillColor = colors.HexColor(series.colour)
    bars.bars.strokeColor = None
    bars.barLabelFormat = "%.0f"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 6
    picture.add(bars)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 6
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.colorNamePairs = [(colors.HexColor(s.colour), s.label) for s in chart.series]
    picture.add(legend)
    return picture
