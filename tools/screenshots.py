"""Screenshots of every step's page at one screen size and scale, to look at by eye.

Run under a real X server of the laptop's size, once per scale, e.g.:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 \\
        .venv/bin/python tools/screenshots.py OUT_DIR --lang id

Windows puts a 14" 1920x1080 laptop at 150% (1280x720 of room) and many at 125%; the pages
must fit and read well at 1366x768 (100%, 125%) and 1920x1080 (100%, 150%). The demo event is
opened in a fresh data folder; each page is shown in the window as the app sizes it, and
also the F1 list of keys and the event form's calendar.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args()

    from kerinjing_desktop.core import i18n

    i18n.set_language(args.lang)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kerinjing_desktop.core.demo import create_demo_event
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.gui.app import _install_qt_translations
    from kerinjing_desktop.gui.main_window import STEPS, MainWindow
    from kerinjing_desktop.gui.session import Session
    from kerinjing_desktop.gui.theme import apply_look

    app = QApplication(sys.argv[:1])
    apply_look(app, 0, False)
    _install_qt_translations(app, args.lang)
    data = Path(tempfile.mkdtemp(prefix="kerinjing-shots-"))
    store = open_store(data)
    session = Session(store, data, args.lang)
    window = MainWindow(session)
    session.set_event(create_demo_event(store))
    window.show()
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    screen = app.primaryScreen().size()
    tag = f"{screen.width()}x{screen.height()}-{scale}-{args.lang}"
    args.out.mkdir(parents=True, exist_ok=True)
    steps = [step.key for step in STEPS]

    def shoot(index: int = 0) -> None:
        if index > 0:
            key = steps[index - 1]
            window.grab().save(str(args.out / f"{tag}-{index:02d}-{key}.png"))
        if index == len(steps):
            window.show_keys()
            QTimer.singleShot(300, keys_shot)
            return
        window.show_step(steps[index])
        QTimer.singleShot(400, lambda: shoot(index + 1))

    def keys_shot() -> None:
        window.keys_help.grab().save(str(args.out / f"{tag}-keys.png"))
        window.keys_help.close()
        for page in window._pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        app.quit()

    QTimer.singleShot(500, shoot)
    app.exec()
    store.close()
    print(tag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
