"""Two small charts drawn with QPainter (QtCharts is not in PySide6-Essentials):
pre vs post mean per question (grouped bars, % of the question's maximum) and the spread of
the participants' totals (a dot plot: one dot per participant, pre above, post below)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.stats import Analysis, QuestionResult

PRE_COLOUR = QColor(palette.PRE_TEST)  # the same as in the printed reports
POST_COLOUR = QColor(palette.POST_TEST)
AXIS = QColor(palette.CHART_AXIS)
GRID = QColor(palette.CHART_GRID)


class _Chart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _white_painter(self) -> QPainter:
        """A smooth painter over a white chart area (for paintEvent)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        return painter

    def _legend(self, painter: QPainter, x: float, y: float) -> None:
        for colour, label in ((PRE_COLOUR, _("Pre-test")), (POST_COLOUR, _("Post-test"))):
            painter.fillRect(QRectF(x, y - 9, 12, 12), colour)
            painter.setPen(AXIS)
            painter.drawText(int(x + 17), int(y + 2), label)
            x += 30 + painter.fontMetrics().horizontalAdvance(label)


class PrePostBars(_Chart):
    """Mean score per question as a percentage of its maximum, pre next to post."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.questions: list[QuestionResult] = []

    def set_result(self, result: Analysis | None) -> None:
        self.questions = list(result.questions) if result else []
        self.update()

    @staticmethod
    def frame_lines(line: int) -> tuple[int, int]:
        """(legend baseline, top of the plot) for a font `line` pixels high: the title on the
        first line, the legend on the second, and a line's room above the plot for the value
        written over a full (100 %) bar, which used to be painted over the legend."""
        legend_y = 20 + line
        return legend_y, legend_y + line + 12

    def paintEvent(self, _event) -> None:
        painter = self._white_painter()
        metrics = painter.fontMetrics()
        legend_y, top = self.frame_lines(metrics.height())
        left = metrics.horizontalAdvance("100%") + 12
        bottom = self.height() - metrics.height() - 12
        right = self.width() - 10
        height = bottom - top
        painter.setPen(AXIS)
        painter.drawText(8, 16, _("Mean score per question (% of its maximum)"))
        for pct in (0, 25, 50, 75, 100):
            y = bottom - height * pct / 100
            painter.setPen(QPen(GRID if pct else AXIS, 1))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(AXIS)
            painter.drawText(4, int(y + metrics.ascent() / 2), f"{pct}%")
        rows = [
            (q.number, q.pre_mean, q.post_mean, q.max)
            for q in self.questions
            if q.pre_mean is not None and q.post_mean is not None
        ]
        if not rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             _("No participant has taken both tests yet."))  # fmt: skip
            return
        slot = (right - left) / len(rows)
        bar = min(48.0, slot * 0.32)
        for i, (number, pre_mean, post_mean, most) in enumerate(rows):
            centre = left + slot * (i + 0.5)
            for offset, mean, colour in ((-bar, pre_mean, PRE_COLOUR),
                                         (0.0, post_mean, POST_COLOUR)):  # fmt: skip
                share = 100 * mean / most
                y = bottom - height * share / 100
                painter.fillRect(QRectF(centre + offset, y, bar - 2, bottom - y), colour)
                painter.setPen(AXIS)
                label = f"{round(share)}"
                painter.drawText(QRectF(centre + offset - 6, y - metrics.height() - 1, bar + 10,
                                        metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
            question = pgettext("question, as in Q3", "Q") + str(number)
            painter.drawText(QRectF(centre - slot / 2, bottom + 4, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, question)  # fmt: skip
        self._legend(painter, left, legend_y)


class TotalsDots(_Chart):
    """One dot per participant at their total score: the pre-test row above the post-test."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pre: list[int] = []
        self.post: list[int] = []
        self.max_score = 0

    def set_totals(self, pre: list[int], post: list[int], max_score: int) -> None:
        self.pre, self.post, self.max_score = list(pre), list(post), max_score
        self.update()

    def paintEvent(self, _event) -> None:
        painter = self._white_painter()
        metrics = painter.fontMetrics()
        painter.setPen(AXIS)
        painter.drawText(8, 16, _("Total score of each participant (one dot each)"))
        if self.max_score <= 0 or not (self.pre or self.post):
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _("No scores yet."))
            return
        label_w = max(metrics.horizontalAdvance(_("Pre-test")),
                      metrics.horizontalAdvance(_("Post-test"))) + 16  # fmt: skip
        left, right = label_w, self.width() - 16
        bottom = self.height() - metrics.height() - 10
        band = (bottom - 30) / 2
        step = (right - left) / self.max_score
        for value in range(self.max_score + 1):  # the axis: every whole score
            x = left + step * value
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(x), 30, int(x), int(bottom))
            painter.setPen(AXIS)
            painter.drawText(QRectF(x - 15, bottom + 3, 30, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(value))  # fmt: skip
        for index, (label, totals, colour) in enumerate(
            ((_("Pre-test"), self.pre, PRE_COLOUR), (_("Post-test"), self.post, POST_COLOUR))
        ):
            base = 30 + band * (index + 1) - 6
            counts = Counter(totals)
            tallest = max(counts.values(), default=1)
            radius = max(2.5, min(step / 2.6, (band - 10) / (2 * tallest), 7.0))
            painter.setPen(AXIS)
            painter.drawText(4, int(base - radius + metrics.ascent() / 2), label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for value, n in counts.items():
                x = left + step * value
                for k in range(n):  # stack identical totals upwards
                    y = base - radius - k * 2 * radius
                    painter.drawEllipse(QRectF(x - radius, y - radius, 2 * radius - 1,
                                               2 * radius - 1))  # fmt: skip
        painter.setBrush(Qt.BrushStyle.NoBrush)
