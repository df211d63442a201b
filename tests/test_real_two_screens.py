"""Slides and film on a real X server with a laptop panel and a projector (Xorg, dummy driver,
RandR monitors), the projector's cable pulled mid-slide and mid-film and put back at another
resolution. The offscreen tests beside this one (test_slides_screens.py, test_film_screens.py)
cannot plug a screen in or out; here Qt gets real screenRemoved/screenAdded.

Skipped with the reason when the two-screens tool or Xorg is not available. Screenshots of
each monitor at each step are left in the test's temporary folder (printed with -s).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from film_support import requires_vlc

ROOT = Path(__file__).resolve().parents[1]
TOOL = Path(os.environ.get("KERINJING_TWO_SCREENS", ROOT.parent / "shared/tools/two-screens.sh"))
SCRIPT = Path(__file__).with_name("slides_data") / "real_two_screens.py"

pytestmark = [
    requires_vlc,
    pytest.mark.skipif(not TOOL.is_file(), reason=f"the two-screens tool is not at {TOOL}"),
    pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed (the clip)"),
]


def _free_display() -> str:
    for number in [70 + (os.getpid() + i) % 30 for i in range(30)]:
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    pytest.skip("no free X display number")


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("two-screens")
    clip = folder / "film.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=size=640x360:rate=25:duration=30", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         str(clip)],
        check=True, timeout=120,
    )  # fmt: skip
    env = dict(os.environ, TWO_SCREENS_DISPLAY=_free_display())
    started = subprocess.run(
        ["bash", str(TOOL), "start"], env=env, capture_output=True, text=True, timeout=180
    )
    if started.returncode != 0 or "DISPLAY=" not in started.stdout:
        subprocess.run(["bash", str(TOOL), "stop"], env=env, timeout=30)
        pytest.skip(f"Xorg with two monitors could not start: {started.stderr.strip()[:200]}")
    env |= {"DISPLAY": env["TWO_SCREENS_DISPLAY"], "QT_QPA_PLATFORM": "xcb"}
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), str(TOOL), str(clip), str(folder)],
            env=env, capture_output=True, text=True, timeout=240,
        )  # fmt: skip
    finally:
        subprocess.run(["bash", str(TOOL), "stop"], env=env, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    print(f"screenshots: {folder}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_slides_go_to_the_projector_and_the_console_stays(seen):
    """Two monitors: the audience window fills the projector, the console is on the laptop."""
    start = seen["slides"]["start"]
    assert seen["slides"]["screens"] == ["LAPTOP", "PROJ"]
    assert start["audience"] == {"visible": True, "screen": "PROJ", "full_screen": True,
                                 "geometry": [1366, 0, 1920, 1080]}  # fmt: skip
    assert start["console_screen"] == "LAPTOP" and not start["rehearsal"]


def test_cable_pulled_mid_slide_and_back_at_another_size(seen):
    """Unplugged on slide 3: the audience window goes away, the console stays on the laptop
    on the same slide; plugged back at 1280×720: the slides fill the new projector, on the
    slide the talk has reached meanwhile."""
    slides = seen["slides"]
    assert slides["removed_seen"] and slides["added_seen"]
    unplugged, back = slides["unplugged"], slides["replugged"]
    assert not unplugged["audience"]["visible"] and unplugged["console_screen"] == "LAPTOP"
    assert unplugged["index"] == 2 and unplugged["rehearsal"]
    assert back["audience"] == {"visible": True, "screen": "PROJ", "full_screen": True,
                                "geometry": [1366, 0, 1280, 720]}  # fmt: skip
    assert back["index"] == back["painted_index"] == 3 and not back["rehearsal"]


def test_film_fills_the_projector_with_a_picture(seen):
    """The film's window is full screen on the projector and VLC draws into it."""
    film = seen["film"]
    assert film["playing"] and film["start"]["state"] == "playing"
    assert film["start"]["screen"] == "PROJ" and film["start"]["full_screen"]
    assert film["start"]["geometry"] == [1366, 0, 1920, 1080] and film["start"]["has_vout"] == 1


def test_cable_pulled_mid_film_and_back_at_another_size(seen):
    """Unplugged mid-film: the film goes on in a window on the laptop; plugged back at
    1024×768: full screen on the projector again, still playing, still with a picture."""
    film = seen["film"]
    unplugged, back = film["unplugged"], film["replugged"]
    assert film["removed_seen"] and film["added_seen"]
    assert unplugged["screen"] == "LAPTOP" and not unplugged["full_screen"]
    assert unplugged["state"] == "playing" and unplugged["has_vout"] == 1
    assert back["screen"] == "PROJ" and back["full_screen"]
    assert back["geometry"] == [1366, 0, 1024, 768]
    assert back["state"] == "playing" and back["has_vout"] == 1
    assert film["start"]["position_ms"] < unplugged["position_ms"] < back["position_ms"]
