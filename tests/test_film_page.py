"""The Film step's page, offscreen: without VLC, with the demo clip, and the pause editor."""

from __future__ import annotations

import pytest
from film_support import garbage_file, requires_vlc

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.library import FilmLibrary, demo_clip
from kerinjing_desktop.film.markers import Marker, demo_markers
from kerinjing_desktop.film.vlc_loader import SIMULATE_ENV
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def open_page(qtbot, store):
    from kerinjing_desktop.gui.pages.film_page import FilmPage

    pages = []

    def make() -> FilmPage:
        page = FilmPage(Session(store, None, "id"))
        qtbot.addWidget(page)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()


def test_without_vlc_the_page_says_how_to_install_it(open_page, monkeypatch):
    """VLC absent (simulated): the install steps show, playing is off, pauses stay editable."""
    monkeypatch.setenv(SIMULATE_ENV, "1")
    page = open_page()
    assert not page.vlc_box.isHidden()
    assert "sudo apt install vlc" in page.vlc_message.text()
    assert not page.play_button.isEnabled()
    assert page.markers.rowCount() > 0  # the preset, ready to edit before the day


@requires_vlc
def test_demo_clip_checks_plays_and_pauses_for_discussion(open_page, qtbot, store):
    """The demo clip: the check line, then Play pauses at 00:02 with the question shown."""
    page = open_page()
    page.open_film(demo_clip())
    assert FilmLibrary(store).remembered_file() == demo_clip()
    qtbot.waitUntil(lambda: "640×360" in page.check_label.text(), timeout=8000)
    assert "00:06" in page.check_label.text()
    page.continue_film()
    assert page.video is not None and page.video.isVisible()
    qtbot.waitUntil(lambda: not page.question_box.isHidden(), timeout=6000)
    first = demo_markers()[0]
    assert page.question_label.text() == first.question
    assert page.video.showing_question()
    assert "00:02" in page.time_label.text()
    page.continue_film()
    qtbot.waitUntil(lambda: page.play_button.text() == _("Pause"), timeout=3000)
    assert page.question_box.isHidden() and not page.video.showing_question()


@requires_vlc
def test_the_page_reopens_the_remembered_film(open_page, qtbot, store):
    """A second start (after a power cut) opens the film chosen last time."""
    FilmLibrary(store).remember_file(demo_clip())
    page = open_page()
    assert page.film == demo_clip()
    qtbot.waitUntil(lambda: "00:06" in page.check_label.text(), timeout=8000)


def test_editing_pauses_saves_them_and_refuses_bad_times(open_page, store, monkeypatch):
    """A good time is saved at once in order; a bad one is refused with a message."""
    monkeypatch.setenv(SIMULATE_ENV, "1")  # the editor needs no VLC
    page = open_page()
    page.markers.set_markers([Marker(60_000, "Satu?"), Marker(120_000, "Dua?")])
    model = page.markers
    assert not model.setData(model.index(0, 0), "satu menit")
    assert "05:30" in page.message_label.text()
    assert model.setData(model.index(0, 0), "03:00")
    saved = FilmLibrary(store).markers("id")
    assert [(m.time_ms, m.question) for m in saved] == [(120_000, "Dua?"), (180_000, "Satu?")]
    assert not model.setData(model.index(0, 1), "   ")
    page.restore_preset()
    assert not FilmLibrary(store).markers_edited()


@requires_vlc
def test_a_file_that_is_not_a_film_gets_messages_not_a_crash(open_page, qtbot, tmp_path):
    """Bytes that are not a film: the check says so, and Play shows a message."""
    page = open_page()
    page.open_film(garbage_file(tmp_path))
    qtbot.waitUntil(lambda: "VLC" in page.check_label.text(), timeout=8000)
    page.continue_film()
    qtbot.waitUntil(lambda: not page.message_label.isHidden(), timeout=5000)
    assert page.message_label.text()
    page.open_film(tmp_path / "gone.mp4")
    assert not page.message_label.isHidden() and "gone.mp4" in page.message_label.text()
