"""Every page fits the room a laptop really gives (issue 13, item 17): 1366x768 at 125% is
1093x614 of room, 1920x1080 at 150% is 1280x720. No page is wider than its place (the window
would grow past the screen) and nothing scrolls sideways. tools/screenshots.py makes the
pictures to look at; this keeps it true."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QScrollArea

from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.gui.main_window import STEPS, MainWindow
from kerinjing_desktop.gui.session import Session

ROOMS = [(1093, 614), (1280, 720)]


def _cases():
    for step in STEPS:
        for room in ROOMS:
            for lang in ("id", "en"):
                yield pytest.param(step.key, room, lang, id=f"{step.key}-{room[0]}-{lang}")


@pytest.mark.parametrize(("step", "room", "lang"), list(_cases()))
def test_the_page_fits_the_room(qtbot, store, monkeypatch, step, room, lang):
    from kerinjing_desktop.core import i18n

    monkeypatch.setenv("KERINJING_SIMULATE_NO_VLC", "1")  # the longest film page: VLC's help
    i18n.set_language(lang)
    session = Session(store, None, lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(create_demo_event(store))
    window.resize(*room)
    window.show()
    window.show_step(step)
    qtbot.wait(30)
    page = window.page(step)
    try:
        assert page.minimumSizeHint().width() <= window.stack.width()
        assert not any(a.horizontalScrollBar().isVisible() for a in page.findChildren(QScrollArea))
    finally:
        if hasattr(page, "shutdown"):
            page.shutdown()


# The same, as a laptop draws it: a real X server of the screen's size and Qt's scale
# factor, every page built (the window is as wide as its widest page), both languages.
ALL_PAGES_ON_A_SCREEN = """
import sys, tempfile
from pathlib import Path
from kerinjing_desktop.core import i18n
i18n.set_language(sys.argv[1])
from PySide6.QtWidgets import QApplication
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.gui.main_window import STEPS, MainWindow
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import apply_look
app = QApplication(sys.argv[:1])
apply_look(app, 0, False)
data = Path(tempfile.mkdtemp())
store = open_store(data)
session = Session(store, data, sys.argv[1])
window = MainWindow(session)
session.set_event(create_demo_event(store))
window.show()
room = app.primaryScreen().availableGeometry().width()
for step in STEPS:
    window.show_step(step.key)
    app.processEvents()
    needed = window.minimumSizeHint().width()
    if needed > room:
        print(f"{step.key}: the window needs {needed} px of {room}")
for page in window._pages.values():
    getattr(page, "shutdown", lambda: None)()
store.close()
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (./test installs it)")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("screen", "scale"), [("1366x768", "1.25"), ("1920x1080", "1.5")])
def test_every_page_fits_a_laptop_screen_at_its_scale(tmp_path, screen, scale, lang):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale,
               KERINJING_SIMULATE_NO_VLC="1")  # fmt: skip
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24",
         sys.executable, "-c", ALL_PAGES_ON_A_SCREEN, lang],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "", done.stdout
