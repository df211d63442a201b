"""The file names the app suggests follow the chosen language (issue 13, item 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def suggested(monkeypatch):
    names: list[str] = []

    def capture(_parent, _title, path, *_rest, **_kw):
        names.append(Path(path).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", capture)
    return names


@pytest.mark.parametrize(
    ("lang", "paper", "report"),
    [("id", "lembar-tes.pdf", "laporan-Kerinjing-2021-09-21.pdf"),
     ("en", "test-paper.pdf", "report-Kerinjing-2021-09-21.pdf")],
)  # fmt: skip
def test_suggested_names_follow_the_language(qtbot, demo_store, suggested, lang, paper, report):
    from kerinjing_desktop.gui.pages.documents_page import DocumentsPage
    from kerinjing_desktop.gui.pages.scores_page import PreTestPage

    i18n.set_language(lang)
    session = Session(demo_store, None, lang)
    scores, documents = PreTestPage(session), DocumentsPage(session)
    qtbot.addWidget(scores)
    qtbot.addWidget(documents)
    session.set_event(DEMO_EVENT_ID)
    scores.print_papers()
    documents.save_document("summary")
    assert suggested == [paper, report]
