"""Screens: the slides go to the projector, the console stays on the laptop, hotplug is safe.

The two-screen cases run in a child process on Qt's offscreen platform with a screen config
file. That platform cannot plug screens in or out while running, so the hotplug cases call
the presenter's screenRemoved/screenAdded handlers with the screen list such a change leaves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kerinjing_desktop.qt.screens import Placement, ScreenInfo, choose

SCRIPT = Path(__file__).with_name("slides_data") / "two_screens.py"


def screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96,
            "logicalDpiX": 96, "logicalDpiY": 96}  # fmt: skip


def run_two_screens(tmp_path: Path, screens: list[dict]) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def laptop_and_projector(tmp_path_factory):
    laptop, projector = screen("laptop", 0, 1366, 768), screen("projector", 1366, 1920, 1080)
    return run_two_screens(tmp_path_factory.mktemp("screens"), [laptop, projector])


def test_audience_window_lands_on_the_projector(laptop_and_projector):
    """With a laptop (primary) and a projector, the slides go full screen on the projector."""
    start = laptop_and_projector["start"]
    assert start["audience_screen"] == "projector" and start["audience_fullscreen"]
    assert start["audience_geometry"] == [1366, 0, 1920, 1080]
    assert start["console_screen"] == "laptop" and not start["rehearsal"]


def test_keys_work_in_the_projector_window_too(laptop_and_projector):
    """A key pressed in the audience window and one in the console both move the show."""
    assert laptop_and_projector["after_keys"]["index"] == 2
    assert laptop_and_projector["after_keys"]["painted_index"] == 2


def test_swap_button_exchanges_the_screens(laptop_and_projector):
    """Swap puts the slides on the laptop and the console on the projector."""
    swapped = laptop_and_projector["swapped"]
    assert (swapped["audience_screen"], swapped["console_screen"]) == ("laptop", "projector")


def test_unplugging_and_replugging_keeps_the_slide(laptop_and_projector):
    """Projector out: audience hidden, rehearsal view, same slide; back in: full screen again."""
    out, back = laptop_and_projector["unplugged"], laptop_and_projector["replugged"]
    assert out["rehearsal"] and not out["audience_visible"] and out["index"] == 2
    assert laptop_and_projector["recheck_pending"]  # looked at again about a second later
    assert back["audience_screen"] == "projector" and back["audience_fullscreen"]
    assert back["index"] == 2 and not back["rehearsal"]


def test_laptop_panel_is_found_by_name_when_the_projector_is_primary(tmp_path):
    """If the projector was made the primary screen, the eDP panel still keeps the console."""
    seen = run_two_screens(
        tmp_path, [screen("HDMI-1", 0, 1024, 768), screen("eDP-1", 1024, 1366, 768)]
    )
    assert seen["start"]["audience_screen"] == "HDMI-1"
    assert seen["start"]["console_screen"] == "eDP-1"


def test_choice_of_screens():
    """One screen: rehearsal; two: the non-laptop one is the projector; swap exchanges them."""
    laptop = ScreenInfo("laptop", primary=True)
    assert choose([laptop]) == Placement(console=0, audience=None)
    assert choose([laptop, ScreenInfo("VGA-1")]) == Placement(0, 1)
    assert choose([ScreenInfo("VGA-1"), laptop]) == Placement(1, 0)
    assert choose([laptop, ScreenInfo("VGA-1")], swapped=True) == Placement(1, 0)
    assert choose([ScreenInfo("HDMI-1", primary=True), ScreenInfo("LVDS-1")]) == Placement(1, 0)
    assert choose([]) == Placement(console=0, audience=None)
