"""The values written over the bars of the results chart keep clear of its legend: a question
everyone got right (100 %) had its "100" painted over "Pre-test / Post-test"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kerinjing_desktop.core.stats import QuestionSpec, analyse
from kerinjing_desktop.gui.charts import PRE_COLOUR, PrePostBars


def _picture(qtbot, mean: float, size: tuple[int, int]) -> QImage:
    chart = PrePostBars()
    qtbot.addWidget(chart)
    chart.resize(*size)
    result = analyse([QuestionSpec(n, 1) for n in (1, 2, 3)], 1, {"P-1": [round(mean)] * 3},
                     {"P-1": [round(mean)] * 3})  # fmt: skip
    chart.set_result(result)
    return chart.grab().toImage()


@pytest.mark.parametrize("size", [(480, 360), (320, 220), (900, 500)])
def test_a_full_bar_writes_its_value_below_the_legend(qtbot, size):
    """Full bars and empty bars differ only below the legend: nothing of the values written
    over the full bars lands in the legend's rows."""
    full, empty = _picture(qtbot, 1.0, size), _picture(qtbot, 0.0, size)
    orange = PRE_COLOUR.rgb()
    legend_rows = [
        y for y in range(empty.height())
        if any(empty.pixel(x, y) == orange for x in range(empty.width()))
    ]  # fmt: skip
    assert legend_rows, "the legend's swatch is drawn"
    first, last = min(legend_rows) - 4, max(legend_rows) + 4  # the legend's text, descenders
    for y in range(first, last + 1):
        row = [full.pixel(x, y) for x in range(full.width())]
        assert row == [empty.pixel(x, y) for x in range(empty.width())], y
