"""Where the audience window goes: full screen on the projector, a window with one screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
PROJECTOR = {
    "name": "projector",
    "x": 1366,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
}

SCRIPT = """
import json
from PySide6.QtWidgets import QApplication
from kerinjing_desktop.film.video_window import VideoWindow

app = QApplication([])
window = VideoWindow()
window.place()
for _ in range(5):
    app.processEvents()
window.show_question("Siapa yang menawarkan pekerjaan itu?")
app.processEvents()
print(json.dumps({
    "primary": app.primaryScreen().name(),
    "screen": window.screen().name(),
    "full_screen": window.isFullScreen(),
    "visible": window.isVisible(),
    "geometry": [window.x(), window.y(), window.width(), window.height()],
    "question_shown": window.showing_question(),
    "question_px": window.question_view.question.font().pixelSize(),
}))
"""


def _place(tmp_path, screens: list[dict]) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_full_screen_on_the_second_of_two_screens(tmp_path):
    """With a laptop and a projector, the video window fills the projector, not the laptop."""
    placed = _place(tmp_path, [LAPTOP, PROJECTOR])
    assert placed["primary"] == "laptop"
    assert placed["screen"] == "projector"
    assert placed["full_screen"] and placed["visible"]
    assert placed["geometry"] == [1366, 0, 1920, 1080]
    assert placed["question_shown"] and placed["question_px"] >= 1080 // 14


def test_one_screen_gives_a_window_not_full_screen(tmp_path):
    """With the laptop alone, the video is a window that leaves the controls visible."""
    placed = _place(tmp_path, [LAPTOP])
    assert placed["screen"] == "laptop"
    assert not placed["full_screen"] and placed["visible"]
    x, y, width, height = placed["geometry"]
    assert width <= 1366 // 2 + 1 and height <= 768 // 2 + 1
