"""Every documented key keeps working: each Alt key of each page is pressed twice, in the
states those presses lead to (Play → Pause → Continue, audience window shown → hidden), and
every button the page shows still has its key, in the button and in F1 (issue 13, item 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from window_support import back_to

from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.gui.keys import _mnemonic_letter, page_keys
from kerinjing_desktop.gui.main_window import STEPS, MainWindow
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def window(qtbot, tmp_path, make_store, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # file dialogs open in an empty home
    store = make_store("data")
    session = Session(store, tmp_path / "data", "id")
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(create_demo_event(store))
    window.show()
    closer = QTimer()  # answers every dialog a key opens (file, print, questions): Cancel
    closer.timeout.connect(_close_dialogs)
    closer.start(30)
    yield window
    closer.stop()
    for page in window._pages.values():
        if hasattr(page, "shutdown"):
            page.shutdown()


def _close_dialogs() -> None:
    for widget in (QApplication.activeModalWidget(), QApplication.activePopupWidget()):
        if isinstance(widget, QDialog):
            widget.reject()
        elif widget is not None:
            widget.close()


def _keyless_buttons(page) -> list[str]:
    shown = [b for b in page.findChildren(QAbstractButton) if b.text() and b.isVisibleTo(page)]
    return [b.text() for b in shown if _mnemonic_letter(b.text()) is None
            and b.shortcut().isEmpty()]  # fmt: skip


def _alt_keys(step: str, page) -> set[str]:
    return {key for key, _what in page_keys(step, page) if key.startswith("Alt+")}


def _others_closed(window) -> None:
    """A key that opened a window of its own (a slide show): closed before the next key."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and not isinstance(widget, QDialog):
            widget.close()
            widget.hide()


def _states(step: str, page) -> list[int | None]:
    """A page with tabs (the Discussion page) is pressed through in each tab."""
    tabs = getattr(page, "tabs", None)
    return list(range(tabs.count())) if tabs is not None else [None]


@pytest.mark.parametrize("step", [s.key for s in STEPS])
def test_each_alt_key_twice_on_every_page(qtbot, window, step):
    window.show_step(step)
    page = window.page(step)
    if step == "film":
        from kerinjing_desktop.film.library import demo_clip

        page.open_film(demo_clip())
    for tab in _states(step, page):
        if tab is not None:
            page.tabs.setCurrentIndex(tab)
        keys = sorted(_alt_keys(step, page))
        assert _keyless_buttons(page) == [], step
        for key in keys:
            for _time in range(2):
                window.show_step(step)
                if tab is not None:
                    page.tabs.setCurrentIndex(tab)
                back_to(qtbot, window)
                QTest.keyClick(
                    QApplication.focusWidget() or window,
                    Qt.Key(ord(key[-1])),
                    Qt.KeyboardModifier.AltModifier,
                )
                qtbot.wait(60)
                _others_closed(window)
                assert _keyless_buttons(page) == [], f"{step}: after {key}"
        # F1 lists a key for every button the page shows, after all those presses
        shown = [b for b in page.findChildren(QAbstractButton)
                 if b.isVisibleTo(page) and b.text()]  # fmt: skip
        assert len(_alt_keys(step, page)) == len({_mnemonic_letter(b.text()) for b in shown})


def test_play_keeps_its_key_through_its_states(qtbot, window):
    """The Film page's Play/Pause/Continue and audience-window buttons keep Alt+P and Alt+O
    (or whichever letter they were given) in every text they take."""
    pytest.importorskip("vlc")
    from kerinjing_desktop.film.library import demo_clip

    window.show_step("film")
    page = window.page("film")
    page.open_film(demo_clip())
    play_letter = _mnemonic_letter(page.play_button.text())
    window_letter = _mnemonic_letter(page.controls.window_button.text())
    for _time in range(3):
        page.controls.window_button.click()
        assert _mnemonic_letter(page.controls.window_button.text()) == window_letter
    if page.play_button.isEnabled():
        for _time in range(3):
            page.play_button.click()
            qtbot.wait(300)
            assert _mnemonic_letter(page.play_button.text()) == play_letter
