"""The presenter's keys (PowerPoint and USB clickers), in the console and the audience window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from slides_data.pdfs import MINI_DECK

from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.presenter import Presenter
from kerinjing_desktop.slides.source import Section, open_deck
from kerinjing_desktop.slides.timing import Timekeeper, part_clocks

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


def test_console_lists_time_left_in_every_part(show):
    """Every part of the day shows its time left; the current one is marked, spent time is
    taken from the part it was spent in only."""
    show.go(2)
    show.timekeeper.spent[show.sections[0].first] = 60 * 60.0  # an hour in the first part
    show._update_clocks()
    text = show.console.parts.text()
    names = [s.name.split(" — ")[0] for s in show.sections]
    assert all(name in text for name in names) and len(names) >= 2
    assert "lewat" in text  # the first part ran over (Indonesian: "lewat 50:00")
    current = [p for p in part_clocks(show.sections, show.timekeeper, show.index) if p.current]
    assert [p.name for p in current] == ["The law"]
    assert "text-decoration: underline;'>The law" in text


def test_part_clocks_without_qt():
    """Planned minus spent per part; a part without minutes has no clock."""
    sections = [Section(0, "Opening — welcome", 10), Section(3, "Film", None), Section(5, "End", 5)]
    keeper = Timekeeper({0: 720.0, 5: 60.0})
    clocks = part_clocks(sections, keeper, 4)
    assert [c.name for c in clocks] == ["Opening", "Film", "End"]
    assert [c.left for c in clocks] == [-120.0, None, 240.0]
    assert [c.current for c in clocks] == [False, True, False]
