"""The presenter console's notes size (A− / A+) is remembered per machine in settings.json."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from slides_data.pdfs import MINI_DECK

from kerinjing_desktop.core.settings import AppSettings, load_settings
from kerinjing_desktop.gui.pages.settings_page import SettingsPage
from kerinjing_desktop.gui.pages.slides_page import SlidesPage
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.presenter import Presenter
from kerinjing_desktop.slides.source import open_deck

DEFAULT = AppSettings().notes_pixel_size


@pytest.fixture
def present(qtbot, tmp_path):
    """Start a show with tmp_path as the data folder; every show is ended afterwards."""
    deck = open_deck(MINI_DECK, "en")
    cache = SlideCache(deck)
    shows = []

    def start() -> Presenter:
        show = Presenter(deck, cache, data_dir=tmp_path)
        show.start()
        shows.append(show)
        return show

    yield start
    for show in shows:
        show.leave()
    cache.close()
    deck.close()


def test_size_chosen_in_one_show_is_used_by_the_next(present, tmp_path):
    """Two A+ clicks, close the console, open a new show: the notes keep the larger size."""
    show = present()
    assert show.console.notes_pixel_size() == DEFAULT
    show.console.buttons["larger"].click()
    show.console.buttons["larger"].click()
    chosen = show.console.notes_pixel_size()
    assert chosen > DEFAULT and load_settings(tmp_path).notes_pixel_size == chosen
    show.console.close()  # closing the console ends the show
    assert not show.active
    again = present()
    assert again.console.notes_pixel_size() == chosen
    assert again.console.notes.font().pixelSize() == chosen


def test_ctrl_minus_on_the_slides_step_is_kept_for_the_next_show(qtbot, store, tmp_path):
    """The Slides step gives the console its data folder: Ctrl+− is kept after Esc."""
    page = SlidesPage(Session(store, tmp_path, "id"))
    qtbot.addWidget(page)
    page.show()
    page.present()
    QTest.keyClick(page.presenter.console, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    chosen = page.presenter.console.notes_pixel_size()
    QTest.keyClick(page.presenter.console, Qt.Key.Key_Escape)
    page.present()
    assert chosen < DEFAULT and page.presenter.console.notes_pixel_size() == chosen
    QTest.keyClick(page.presenter.console, Qt.Key.Key_Escape)
    page.shutdown()


@pytest.mark.parametrize("stored", [500, 2, -22, "huge", None, [28]])
def test_a_bad_value_in_the_file_gives_the_default(present, tmp_path, stored):
    """An out-of-range or mistyped notes size in settings.json opens at the default size."""
    (tmp_path / "settings.json").write_text(json.dumps({"notes_pixel_size": stored}))
    assert present().console.notes_pixel_size() == DEFAULT


def test_settings_page_keeps_the_size_the_console_saved(qtbot, present, store, tmp_path):
    """Changing the language after A+ keeps the console's size (no stale overwrite)."""
    page = SettingsPage(Session(store, tmp_path, "id"))  # opened before the show, as in the app
    qtbot.addWidget(page)
    present().console.buttons["larger"].click()
    page.language.setCurrentIndex(page.language.findData("en"))
    saved = load_settings(tmp_path)
    assert saved.lang == "en" and saved.notes_pixel_size > DEFAULT
