"""`bench startup`: from process start to the main window shown and the event loop idle.

The app (`python -m kerinjing_desktop --data-dir D`, a store holding the demo event) and a bare
PySide6 `QMainWindow` are started the same way, by the same interpreter with the same
environment, interleaved. Each prints a marker from a zero-delay timer queued right after
`show()` (so once the event loop has drained what showing posted) and quits; the time is taken
in this process when the marker line arrives, so shutting down is not counted. The app does
this when `KERINJING_BENCH_STARTUP=1` (see `kerinjing_desktop.gui.app.run_gui`).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import kerinjing_desktop
from kerinjing_desktop.bench import ensure_headless_qt, median

GOALS = {
    "app_ms": "< 1500",
    "ratio": "< 1.5",
    "peak_rss_mb": "< 350",
    "presenting_peak_rss_mb": "< 350",
}
REFERENCES = {"app_ms": "reference_ms"}
RUNS = 11  # alternating app and reference runs; medians of 11 keep the ratio steady
MARKER = "kerinjing-ready"
TIMEOUT_S = 60

REFERENCE = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("reference")
window.resize(1024, 700)
window.show()


def idle():
    from kerinjing_desktop.bench import own_peak_rss_mb

    print({MARKER!r}, own_peak_rss_mb(), flush=True)
    app.quit()


QTimer.singleShot(0, idle)
sys.exit(app.exec())
"""


PRESENTING_MARKER = "kerinjing-presenting"

# The day's heaviest moment, in one process: the bundled deck presented (console and audience
# window at 1920×1080, stepped through every slide with the render cache filling as it does in
# the hall) while the demo film plays through our FilmPlayer (headless VLC, as `bench film`).
# Prints its own peak RSS (VmHWM) once every slide was shown and the cache is idle.
PRESENTING = f"""
import sys, time
from kerinjing_desktop.bench import ensure_headless_qt, own_peak_rss_mb
from kerinjing_desktop.bench.slides import AUDIENCE, _app, _wait
from kerinjing_desktop.core.i18n import language
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.film.player import FilmPlayer, PlayerState
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc
from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.presenter import Presenter
from kerinjing_desktop.slides.source import BundledDeck

ensure_headless_qt()
app = _app()
vlc = load_vlc()
player = FilmPlayer(vlc, create_instance(headless=True))
states = []
player.state_changed.connect(states.append)
player.load(demo_clip())
player.play()
_wait(app, lambda: PlayerState.PLAYING in states, timeout=30)
deck = BundledDeck.bundled(language())
cache = SlideCache(deck)
presenter = Presenter(deck, cache)
presenter.start()
presenter.show_audience()
presenter.audience.resize(*AUDIENCE)
for index in range(deck.count):
    presenter.go(index)
    _wait(app, lambda i=index: cache.get(i, *AUDIENCE) is not None, timeout=30)
_wait(app, cache.is_idle, timeout=60)
if player.state != PlayerState.PLAYING and PlayerState.ENDED not in states:
    sys.exit("the film stopped while presenting: " + repr(states))
print({PRESENTING_MARKER!r}, own_peak_rss_mb(), flush=True)
presenter.leave()
cache.close()
player.close()
deck.close()
"""


def _presenting_peak_mb(env: dict[str, str]) -> float | None:
    """Peak RSS of the presenting child (deck on the projector, film playing), in MB."""
    done = subprocess.run(
        [sys.executable, "-c", PRESENTING],
        env=env, capture_output=True, text=True, timeout=TIMEOUT_S * 3,
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith(PRESENTING_MARKER):
            value = line.split()[1]
            return None if value == "None" else round(float(value), 1)
    tail = " ".join(done.stderr.strip().splitlines()[-3:])
    raise RuntimeError(f"the presenting run gave no figure: {tail or 'no output'}")


def _start(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Milliseconds from spawning `command` to its ready marker, and its peak RSS in MB."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors_file:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=errors_file, text=True
        )
        ready_ms = peak_mb = None
        watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a child that hangs is killed
        watchdog.start()
        try:
            for line in process.stdout:
                if line.startswith(MARKER):
                    ready_ms = (time.perf_counter() - started) * 1000
                    reported = line.split()[1:]
                    if reported and reported[0] != "None":
                        peak_mb = float(reported[0])
                    break
            process.stdout.read()
        finally:
            reaped = _reap(process)
            watchdog.cancel()
        if peak_mb is None:
            peak_mb = reaped
        errors_file.seek(0)
        errors = errors_file.read()
    if ready_ms is None:
        tail = " ".join(errors.strip().splitlines()[-3:])
        raise RuntimeError(f"{command[1:3]} never showed its window: {tail or 'no output'}")
    return ready_ms, peak_mb


def _reap(process: subprocess.Popen) -> float | None:
    """Wait for the child; on POSIX take its own peak RSS (ru_maxrss) from wait4."""
    if not hasattr(os, "wait4"):
        process.wait(TIMEOUT_S)
        return None
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_maxrss / 1024  # KiB on Linux
        if time.monotonic() > deadline:
            process.kill()
        time.sleep(0.005)


def run(_args=None) -> dict:
    if getattr(sys, "frozen", False):
        raise RuntimeError("bench startup runs from a source checkout (it starts Python itself)")
    ensure_headless_qt()
    # An installed app starts from compiled bytecode (pip and PyInstaller compile it): so does
    # the measured one, even where PYTHONDONTWRITEBYTECODE keeps the warm-up from writing it.
    compileall.compile_dir(Path(kerinjing_desktop.__file__).parent, quiet=1)
    env = dict(os.environ, KERINJING_BENCH_STARTUP="1")
    env.pop("KERINJING_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-startup-") as tmp:
        data_dir = str(Path(tmp) / "data")
        app = [sys.executable, "-m", "kerinjing_desktop", "--data-dir", data_dir]
        reference = [sys.executable, "-c", REFERENCE]
        subprocess.run(
            app + ["demo-data"], env=env, check=True, capture_output=True, timeout=TIMEOUT_S
        )
        _start(app, env)  # warm-up: disk cache, first backup, compiled bytecode
        _start(reference, env)
        app_ms, reference_ms, peaks = [], [], []
        for _ in range(RUNS):
            elapsed, peak = _start(app, env)
            app_ms.append(elapsed)
            if peak is not None:
                peaks.append(peak)
            reference_ms.append(_start(reference, env)[0])
        presenting_mb = _presenting_peak_mb(env)
    app_median, reference_median = median(app_ms), median(reference_ms)
    return {
        "app_ms": round(app_median, 1),
        "reference_ms": round(reference_median, 1),
        "ratio": round(app_median / reference_median, 2),
        "peak_rss_mb": round(max(peaks), 1) if peaks else None,
        "presenting_peak_rss_mb": presenting_mb,
    }
