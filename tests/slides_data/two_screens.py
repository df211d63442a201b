"""Run by test_slides_screens.py in its own process, with QT_QPA_PLATFORM=offscreen:configfile=…
(the platform is fixed per process). Prints one JSON document of what it saw."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kerinjing_desktop.slides.cache import SlideCache  # noqa: E402
from kerinjing_desktop.slides.presenter import Presenter  # noqa: E402
from kerinjing_desktop.slides.source import open_deck  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def where(presenter: Presenter) -> dict:
    audience = presenter.audience
    return {
        "rehearsal": presenter.rehearsal,
        "audience_visible": audience.isVisible(),
        "audience_screen": audience.screen().name() if audience.isVisible() else None,
        "audience_fullscreen": audience.isFullScreen(),
        "audience_geometry": list(audience.geometry().getRect()),
        "console_screen": presenter.console.screen().name(),
        "index": presenter.index,
        "painted_index": audience.index,
    }


def main() -> None:
    app = QApplication([])
    deck = open_deck(Path(__file__).with_name("mini_deck.md"), "en")
    cache = SlideCache(deck)
    presenter = Presenter(deck, cache)
    presenter.start()
    settle(app)
    seen: dict = {"screens": [s.name() for s in app.screens()], "start": where(presenter)}
    QTest.keyClick(presenter.audience, Qt.Key.Key_Right)  # keys in the projector's window
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)
    settle(app)
    seen["after_keys"] = where(presenter)
    presenter.swap_screens()
    settle(app)
    seen["swapped"] = where(presenter)
    presenter.swap_screens()
    settle(app)
    projector = next(s for s in app.screens() if s.name() == seen["start"]["audience_screen"])
    presenter._screen_removed(projector)  # what screenRemoved calls when the cable comes out
    settle(app)
    seen["unplugged"] = where(presenter)
    seen["recheck_pending"] = presenter._recheck.isActive()
    presenter._screens_changed(projector)  # what screenAdded calls when it goes back in
    settle(app)
    seen["replugged"] = where(presenter)
    presenter.leave()
    cache.close()
    deck.close()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
