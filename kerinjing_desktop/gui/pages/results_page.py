"""Results: the key figures of the pre/post analysis, the plain-language summary, charts."""

from __future__ import annotations

import html

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.stats import Analysis
from kerinjing_desktop.core.stats_text import summary_text
from kerinjing_desktop.core.store.scores import analyse_event, analysis_input
from kerinjing_desktop.gui.charts import PrePostBars, TotalsDots
from kerinjing_desktop.gui.keys import set_button_text
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, set_tone


def _number(value: float | None, digits: int, lang: str, suffix: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return (text.replace(".", ",") if lang == "id" else text) + suffix


def _p_value(p: float | None, lang: str) -> str:
    if p is None:
        return "—"
    text = "< 0.001" if p < 0.001 else f"{p:.3f}"
    return text.replace(".", ",") if lang == "id" else text


class ResultsPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.result: Analysis | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")

        figures_box = QGroupBox(_("Key figures"))
        figures_layout = QVBoxLayout(figures_box)
        self.figures = QGridLayout()
        figures_layout.addLayout(self.figures)
        # A village audience reads the plain rows; the statistics (Hake gain, Wilcoxon p,
        # rank-biserial r) are for the written report, one click away.
        self.statistics_toggle = QPushButton(_("Show the statistics (for the report)"))
        self.statistics_toggle.setCheckable(True)
        self.statistics_toggle.toggled.connect(self._show_statistics)
        figures_layout.addWidget(self.statistics_toggle)
        self.statistics_labels: list[QLabel] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        summary_box = QGroupBox(_("Summary for the report"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary)
        copy = QPushButton(_("Copy summary"))
        copy.clicked.connect(self.copy_summary)
        summary_layout.addWidget(copy)
        top = QHBoxLayout()
        top.addWidget(figures_box, 2)
        top.addWidget(summary_box, 3)

        self.bars = PrePostBars()
        self.dots = TotalsDots()
        charts = QHBoxLayout()
        charts.addWidget(self.bars, 1)
        charts.addWidget(self.dots, 1)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        set_tone(self.footnote, Tone.MUTED)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(charts, 1)
        layout.addWidget(self.footnote)
        session.event_changed.connect(lambda _event: self.reload())
        # any change may move a figure; a hidden page reads the store when it is shown
        session.changed.connect(lambda *_change: self.reload() if self.isVisible() else None)
        self.reload()

    def reload(self) -> None:
        event = self.session.event
        lang = self.session.lang
        while self.figures.count():
            item = self.figures.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if event is None:
            self.heading.setText(_("No event chosen"))
            self.result = None
            self.summary.setText("")
            self.bars.set_result(None)
            self.dots.set_totals([], [], 0)
            return
        self.heading.setText(f"<b>{_('Results')}</b> — {event.title} — {event.village}")
        result = analyse_event(self.session.store, event.id, lang)
        self.result = result
        _specs, _n, pre, post = analysis_input(self.session.store, event.id, lang)
        w = result.wilcoxon
        rows = [
            (_("Registered"), str(result.n_registered)),
            (_("Took the pre-test / post-test"), f"{result.n_pre} / {result.n_post}"),
            (_("Took both (compared)"), str(result.n_paired)),
            (_("Mean before → after"),
             f"{_number(result.pre_mean_pct, 0, lang, '%')} → "
             f"{_number(result.post_mean_pct, 0, lang, '%')}"),
            (_("Mean score (of {max})").format(max=result.max_score),
             f"{_number(result.pre_mean, 1, lang)} → {_number(result.post_mean, 1, lang)}"),
        ]  # fmt: skip
        statistics = [
            (_("Normalized gain (Hake)"), _number(result.normalized_gain, 2, lang)),
            (_("Wilcoxon signed-rank p"), _p_value(w.p_value, lang)),
            (_("Effect size (rank-biserial r)"), _number(result.rank_biserial, 2, lang)),
        ]
        self.statistics_labels = []
        for row, (label, value) in enumerate(rows + statistics):
            name, shown = QLabel(label), QLabel(f"<b>{html.escape(value)}</b>")
            self.figures.addWidget(name, row, 0)
            self.figures.addWidget(shown, row, 1)
            if row >= len(rows):
                self.statistics_labels += [name, shown]
        self._show_statistics(self.statistics_toggle.isChecked())
        sentences = [html.escape(text) for text in summary_text(result, lang)]
        self.summary.setText("<p>" + "</p><p>".join(sentences) + "</p>")
        self.bars.set_result(result)
        self.dots.set_totals(
            [sum(s or 0 for s in scores) for scores in pre.values()],
            [sum(s or 0 for s in scores) for scores in post.values()],
            result.max_score,
        )
        self.footnote.setText(
            _(
                "Bars: only participants who took both tests. Dots: everyone who took each "
                "test. Background questions are not counted in the totals."
            )
        )

    def _show_statistics(self, shown: bool) -> None:
        for label in self.statistics_labels:
            label.setVisible(shown)
        set_button_text(  # keeps its Alt key through both texts
            self.statistics_toggle,
            _("Hide the statistics") if shown else _("Show the statistics (for the report)"),
        )

    def copy_summary(self) -> None:
        if self.result is not None:
            text = "\n".join(summary_text(self.result, self.session.lang))
            QGuiApplication.clipboard().setText(text)
            self.session.status.emit(_("Summary copied."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()
