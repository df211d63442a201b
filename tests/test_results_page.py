"""The Results page and the report chart: figures from the analysis, never a crash."""

from __future__ import annotations

from pdf_tools import fonts_all_embedded, needs_poppler
from reportlab.graphics import renderPDF

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.stats_text import summary_text
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.scores import analyse_event
from kerinjing_desktop.gui.pages.results_page import ResultsPage
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.reports.charts import drawing, pre_post_chart
from kerinjing_desktop.reports.data import gather


def _page(qtbot, store, event_id):
    session = Session(store, None, "id")
    session.set_event(event_id)
    page = ResultsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    return page


def test_demo_results_match_the_analysis(qtbot, demo_store):
    """The page shows the analysis' summary sentences and draws both charts."""
    page = _page(qtbot, demo_store, DEMO_EVENT_ID)
    result = analyse_event(demo_store, DEMO_EVENT_ID, "id")
    assert result.n_paired > 10
    for sentence in summary_text(result, "id"):
        assert sentence.split("(")[0].strip() in page.summary.text()
    assert not page.bars.grab().isNull() and not page.dots.grab().isNull()


def test_event_without_scores_says_so(qtbot, store):
    """An event with no test yet shows the 'too few' summary and empty charts, no error."""
    event = add_event(store, "Sosialisasi", "Kerinjing", "2024-01-10")
    page = _page(qtbot, store, event.id)
    assert page.result is not None and page.result.n_paired == 0
    assert page.summary.text()
    assert not page.bars.grab().isNull()


@needs_poppler
def test_report_chart_embeds_its_font(demo_store, tmp_path):
    """The per-question chart for the report draws with the embedded font, also when empty."""
    questions = gather(demo_store, get_event(demo_store, DEMO_EVENT_ID), "id").questions
    for name, rows in (("full.pdf", questions), ("empty.pdf", ())):
        out = tmp_path / name
        renderPDF.drawToFile(drawing(pre_post_chart(rows, "id")), str(out))
        assert fonts_all_embedded(out)


def test_plain_figures_first_statistics_one_click_away(qtbot, demo_store):
    """Hake gain and rank-biserial r are hidden until asked for, and stay so across a reload."""
    page = _page(qtbot, demo_store, DEMO_EVENT_ID)
    labels = [page.figures.itemAt(i).widget() for i in range(page.figures.count())]
    qtbot.waitUntil(lambda: not labels[0].isHidden())  # the layout shows new labels queued
    shown = " ".join(label.text() for label in labels if not label.isHidden())
    assert "Hake" not in shown and "rank-biserial" not in shown and "Terdaftar" in shown
    page.statistics_toggle.click()
    assert page.statistics_labels and not any(lb.isHidden() for lb in page.statistics_labels)
    assert any("Hake" in label.text() for label in page.statistics_labels)
    page.reload()
    qtbot.waitUntil(lambda: not page.figures.itemAt(0).widget().isHidden())
    assert page.statistics_labels and not any(lb.isHidden() for lb in page.statistics_labels)
    page.statistics_toggle.click()
    assert all(label.isHidden() for label in page.statistics_labels)
