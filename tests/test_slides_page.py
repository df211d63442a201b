"""The Slides step: bundled deck or a PDF, notes typed and kept, present, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from slides_data.pdfs import make_broken_pdf, make_pdf

from kerinjing_desktop.core.store.settings import get_json
from kerinjing_desktop.gui.pages.slides_page import SlidesPage
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.slides.notes import notes_key


@pytest.fixture
def page(qtbot, store, tmp_path):
    widget = SlidesPage(Session(store, tmp_path, "id"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def test_opens_with_the_bundled_deck_and_thumbnails(page, qtbot):
    """The page starts on the bundled deck in the session's language, thumbnails arriving."""
    assert page.deck.kind == "bundled" and page.thumbs.count() == page.deck.count
    assert "slide 1" in page.notes_label.text() and page.notes.isReadOnly()
    qtbot.waitUntil(lambda: not page.thumbs.item(0).icon().isNull(), timeout=5000)


def test_a_bad_pdf_keeps_the_deck_and_says_why(page, tmp_path):
    """A broken PDF shows a clear message and the open deck stays as it was."""
    assert not page.open_pdf(make_broken_pdf(tmp_path / "broken.pdf"))
    assert "rusak" in page.message.text() and page.deck.kind == "bundled"


def test_pdf_notes_are_saved_as_typed(page, qtbot, store, tmp_path):
    """Notes typed for a PDF page are committed to the store and come back on reopening."""
    assert page.open_pdf(make_pdf(tmp_path / "talk.pdf", pages=4))
    assert not page.notes.isReadOnly()
    page.thumbs.setCurrentRow(1)
    QTest.keyClicks(page.notes, "Tanya peserta")
    key = notes_key(page.deck.sha256)
    qtbot.waitUntil(lambda: get_json(store, key, {}).get("notes") == {"2": "Tanya peserta"})
    page.open_bundled()
    page.open_pdf(tmp_path / "talk.pdf")
    assert page.deck.notes(1) == "Tanya peserta"


def test_f5_presents_and_esc_comes_back(page, qtbot):
    """F5 starts the presenter from slide 1; Esc ends it and selects the slide it ended on."""
    QTest.keyClick(page, Qt.Key.Key_F5)
    assert page.presenter is not None and page.presenter.index == 0
    presenter = page.presenter
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)
    QTest.keyClick(presenter.console, Qt.Key.Key_Escape)
    assert page.presenter is None and page.thumbs.currentRow() == 1


def test_export_pictures_off_the_gui_thread(page, qtbot, tmp_path):
    """Saving pictures runs as a job and reports where the files went."""
    done: list[str] = []
    page.export("png", tmp_path / "png", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert len(list((tmp_path / "png").glob("*.png"))) == page.deck.count
    assert str(tmp_path / "png") in page.message.text()
