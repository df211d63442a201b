"""The presenter's keys (PowerPoint and USB clickers), in the console and the audience window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from slides_data.pdfs import MINI_DECK

from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.presenter import Presenter
from kerinjing_desktop.slides.source import open_deck
from kerinjing_desktop.slides.timing import Timekeeper

K = Qt.Key


@pytest.fixture
def show(qtbot):
    deck = open_deck(MINI_DECK, "en")
    cache = SlideCache(deck)
    presenter = Presenter(deck, cache, timekeeper=Timekeeper())
    presenter.start()
    yield presenter
    presenter.leave()
    cache.close()
    deck.close()


def press(show, key, window: str = "console"):
    target = show.console if window == "console" else show.audience
    QTest.keyClick(target, key, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("window", ["console", "audience"])
@pytest.mark.parametrize("key", [K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space,
                                 K.Key_Return, K.Key_Enter])  # fmt: skip
def test_next_keys(show, window, key):
    """→ ↓ PgDn Space Enter go to the next slide, from either window."""
    press(show, key, window)
    assert show.index == 1


@pytest.mark.parametrize("window", ["console", "audience"])
@pytest.mark.parametrize("key", [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace])
def test_previous_keys(show, window, key):
    """← ↑ PgUp Backspace go back one slide, from either window."""
    show.go(3)
    press(show, key, window)
    assert show.index == 2


def test_home_end_and_number_enter(show):
    """End goes to the last slide, Home to the first, 3 then Enter to slide 3."""
    press(show, K.Key_End)
    assert show.index == 4
    press(show, K.Key_Home, "audience")
    assert show.index == 0
    press(show, K.Key_3)
    assert "3" in show.console.status.text()
    press(show, K.Key_Enter)
    assert show.index == 2
    press(show, K.Key_9)
    press(show, K.Key_Return)  # no slide 9: nothing moves
    assert show.index == 2


@pytest.mark.parametrize(("keys", "mode"), [((K.Key_B, K.Key_Period), "black"),
                                            ((K.Key_W, K.Key_Comma), "white")])  # fmt: skip
def test_black_and_white_screens(show, keys, mode):
    """B or . blacks the screen, W or , whites it; pressing again brings the slide back."""
    for key in keys:
        press(show, key, "audience")
        assert show.blank == mode and show.audience.blank == mode
        press(show, key)
        assert show.blank is None


def test_a_key_on_a_black_screen_only_brings_the_slide_back(show):
    """As in PowerPoint: after B, the next key shows the same slide again, without moving."""
    show.go(2)
    press(show, K.Key_B)
    press(show, K.Key_Right)
    assert (show.index, show.blank) == (2, None)


def test_tab_overview_and_jump(show, qtbot):
    """Tab shows the slide overview; choosing a slide there jumps to it and closes it."""
    press(show, K.Key_Tab)
    assert show.console.overview_shown()
    show.console.jump.emit(3)
    assert show.index == 3 and not show.console.overview_shown()
    press(show, K.Key_Tab)
    press(show, K.Key_Escape)  # Esc first closes the overview, the show goes on
    assert show.active and not show.console.overview_shown()


def test_f5_opens_the_audience_window_in_rehearsal(show):
    """With one screen, F5 opens the audience view as a window on the laptop."""
    assert show.rehearsal and not show.audience.isVisible()
    press(show, K.Key_F5)
    assert show.audience.isVisible() and not show.audience.isFullScreen()


def test_escape_leaves_and_reports_the_slide(show, qtbot):
    """Esc cancels a typed number first, then ends the show on the slide it was on."""
    show.go(2)
    press(show, K.Key_4)
    press(show, K.Key_Escape)
    assert show.active and show.digits == ""
    with qtbot.waitSignal(show.finished) as ended:
        press(show, K.Key_Escape)
    assert ended.args == [2] and not show.active


def test_console_shows_position_notes_and_time_left(show):
    """The console says "Slide 3 of 5" (in Indonesian too), the notes, and the part's time."""
    show.go(2)
    assert show.console.position.text() == "Slide 3 dari 5"
    assert "victims must not be afraid" in show.console.notes.toPlainText()
    assert show.console.section.text().startswith("The law: sisa 19:")


def test_notes_font_size_buttons(show):
    """A+ and A− change the notes' font size."""
    before = show.console.notes_pixel_size()
    show.console.buttons["larger"].click()
    assert show.console.notes_pixel_size() > before
    show.console.buttons["smaller"].click()
    show.console.buttons["smaller"].click()
    assert show.console.notes_pixel_size() < before
