"""Run by test_real_two_screens.py on a real X server with two monitors (Qt's xcb platform):
the slides and the film on the projector, the cable pulled and put back at another size.

    python real_two_screens.py TOOL FILM OUTDIR

TOOL is the two-screens script (unplug / plug WxH), FILM a clip long enough to play through
the test. Prints one JSON document of what it saw; screenshots of the whole X screen go to
OUTDIR (slides-*.png, film-*.png) for a person to look at.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kerinjing_desktop.film.player import FilmPlayer, PlayerState  # noqa: E402
from kerinjing_desktop.film.video_window import VideoWindow  # noqa: E402
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc  # noqa: E402
from kerinjing_desktop.slides.cache import SlideCache  # noqa: E402
from kerinjing_desktop.slides.presenter import Presenter  # noqa: E402
from kerinjing_desktop.slides.source import open_deck  # noqa: E402

SETTLE_MS = 1800  # the app re-places windows at once and again a second later


def wait_until(condition, timeout_ms: int) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        if condition():
            return True
        QTest.qWait(50)
    return condition()


def cable(tool: str, *args: str) -> None:
    subprocess.run(["bash", tool, *args], check=True, timeout=30)


def shot(app: QApplication, path: Path) -> None:
    """Each monitor as the facilitator and the room see it: NAME-LAPTOP.png, NAME-PROJ.png."""
    for screen in app.screens():
        screen.grabWindow(0).save(str(path.with_name(f"{path.stem}-{screen.name()}.png")))


def window_state(window) -> dict:
    visible = window.isVisible()
    return {
        "visible": visible,
        "screen": window.screen().name() if visible else None,
        "full_screen": window.isFullScreen(),
        "geometry": list(window.geometry().getRect()),
    }


def slides(app: QApplication, tool: str, out: Path) -> dict:
    deck = open_deck(Path(__file__).with_name("mini_deck.md"), "en")
    cache = SlideCache(deck)
    presenter = Presenter(deck, cache)
    presenter.start()
    QTest.qWait(SETTLE_MS)

    def where() -> dict:
        return {
            "audience": window_state(presenter.audience),
            "console_screen": presenter.console.screen().name(),
            "index": presenter.index,
            "painted_index": presenter.audience.index,
            "rehearsal": presenter.rehearsal,
        }

    seen = {"screens": [s.name() for s in app.screens()], "start": where()}
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)
    QTest.qWait(300)
    shot(app, out / "slides-1-start.png")
    cable(tool, "unplug")
    seen["removed_seen"] = wait_until(lambda: len(app.screens()) == 1, 5000)
    QTest.qWait(SETTLE_MS)
    seen["unplugged"] = where()
    shot(app, out / "slides-2-unplugged.png")
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)  # the talk goes on on the laptop
    cable(tool, "plug", "1280x720")
    seen["added_seen"] = wait_until(lambda: len(app.screens()) == 2, 5000)
    QTest.qWait(SETTLE_MS)
    seen["replugged"] = where()
    shot(app, out / "slides-3-replugged-1280x720.png")
    presenter.leave()
    cache.close()
    deck.close()
    QTest.qWait(200)
    return seen


def film(app: QApplication, tool: str, clip: Path, out: Path) -> dict:
    vlc = load_vlc()
    instance = create_instance(headless=False)
    window = VideoWindow()
    window.place()
    QTest.qWait(500)
    player = FilmPlayer(vlc, instance)
    player.attach_video(window.video_win_id(), "xcb")
    player.load(clip)
    player.play()
    seen: dict = {"playing": wait_until(lambda: player.state == PlayerState.PLAYING, 8000)}
    QTest.qWait(SETTLE_MS)

    def where() -> dict:
        return window_state(window) | {
            "state": player.state.value,
            "position_ms": player.position_ms(),
            "has_vout": player.vlc_player.has_vout(),
        }

    seen["start"] = where()
    shot(app, out / "film-1-start.png")
    cable(tool, "unplug")
    seen["removed_seen"] = wait_until(lambda: len(app.screens()) == 1, 5000)
    QTest.qWait(SETTLE_MS)
    seen["unplugged"] = where()
    shot(app, out / "film-2-unplugged.png")
    cable(tool, "plug", "1024x768")
    seen["added_seen"] = wait_until(lambda: len(app.screens()) == 2, 5000)
    QTest.qWait(SETTLE_MS)
    seen["replugged"] = where()
    shot(app, out / "film-3-replugged-1024x768.png")
    player.close()
    window.close()
    instance.release()
    return seen


def main() -> None:
    tool, clip, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    app = QApplication([])
    seen = {"slides": slides(app, tool, out)}
    cable(tool, "unplug")  # back to the 1920×1080 projector between the two
    wait_until(lambda: len(app.screens()) == 1, 5000)
    cable(tool, "plug")
    wait_until(lambda: len(app.screens()) == 2, 5000)
    QTest.qWait(500)
    seen["film"] = film(app, tool, clip, out)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
