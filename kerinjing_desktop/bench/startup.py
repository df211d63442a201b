"""`bench startup`: from process start to the first paint of the main window, against a bare
PySide6 window measured the same way, warm and cold; the command line's start; and the
memory of the real app presenting.

- The app (`python -m kerinjing_desktop --data-dir D`, a store holding the demo event) and a
  bare `QMainWindow` run by the same interpreter with the same environment, interleaved. Each
  child installs an event filter before anything else, and prints a marker once its main
  window has received its first paint event and that paint is done; the time is taken in this
  process when the marker arrives (spawn to first paint, interpreter start and imports
  included; shutting down is not counted). The app's code holds no benchmark hook: the child
  creates the QApplication, which the app then uses.
- Warm: 11 pairs (`app_ms`, `reference_ms`, `ratio` = median of the pairs' ratios, each with
  min and max). Cold: 7 pairs, the page cache dropped before every run (Linux, root:
  /proc/sys/vm/drop_caches), so the interpreter, Qt and our files come from the disk
  (`cold_app_ms`, `cold_reference_ms`, `cold_ratio`); elsewhere null, `cold` says why.
- `version_ms` against `bare_python_ms` (`python -c pass`): the whole `--version` process,
  11 pairs, `version_ratio`.
- `peak_rss_mb`: the app's peak memory at its first paint; `presenting_peak_rss_mb`: the real
  app (main window, Slides and Film steps) presenting a photo-heavy 60-page PDF at 1920×1080
  through every slide while the demo film plays in the Film step (headless VLC).
All from compiled bytecode, as an installed app starts. Offscreen when there is no display.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from kerinjing_desktop.bench import (
    app_command,
    compile_package,
    ensure_headless_qt,
    process_ms,
    spread,
)

GOALS = {
    "app_ms": "< 1500",
    "ratio": "≤ 1.3",
    "cold_ratio": "≤ 1.3",
    "version_ratio": "≤ 1.5",
    "peak_rss_mb": "< 350",
    "presenting_peak_rss_mb": "< 350",
}
REFERENCES = {
    "app_ms": "reference_ms",
    "cold_app_ms": "cold_reference_ms",
    "version_ms": "bare_python_ms",
}
WARM_RUNS, COLD_RUNS = 11, 7
MARKER = "kerinjing-painted"
PRESENTING_MARKER = "kerinjing-presenting"
TIMEOUT_S = 120
DROP_CACHES = Path("/proc/sys/vm/drop_caches")

# What both children run first: a filter that waits for the main window's first paint.
_FIRST_PAINT = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.inherits("QMainWindow"):
            app.removeEventFilter(self)
            QTimer.singleShot(0, painted)  # after this paint has been drawn
        return False


def painted():
    from kerinjing_desktop.bench import own_peak_rss_mb

    print({MARKER!r}, own_peak_rss_mb(), flush=True)
    after_paint()


watcher = FirstPaint()
app.installEventFilter(watcher)
"""

APP = (
    _FIRST_PAINT
    + """
def after_paint():
    app.quit()


from kerinjing_desktop.launcher import main

sys.exit(main(sys.argv[1:]))
"""
)

REFERENCE = (
    _FIRST_PAINT
    + """
def after_paint():
    app.quit()


from PySide6.QtWidgets import QMainWindow

window = QMainWindow()
window.setWindowTitle("reference")
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
"""
)

# The real app, presenting: after the first paint, the Film step plays the demo clip, the
# Slides step opens the photo PDF (argv[-1]) and presents it through every slide at
# 1920×1080, each waited for in the render cache; then the peak memory.
PRESENTING = (
    _FIRST_PAINT
    + f"""
def after_paint():
    QTimer.singleShot(0, present)


def wait(condition, timeout=60):
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out while presenting")
        app.processEvents()
        time.sleep(0.002)


def present():
    from kerinjing_desktop.bench import own_peak_rss_mb
    from kerinjing_desktop.film.library import demo_clip
    from kerinjing_desktop.film.player import PlayerState

    [window] = [w for w in app.topLevelWidgets() if w.inherits("QMainWindow")]
    window.show_step("film")
    film = window.page("film")
    playing = film.player is not None
    if playing:
        film.open_film(demo_clip(), remember=False)
        film.continue_film()
        wait(lambda: film.player.state == PlayerState.PLAYING, 30)
    window.show_step("slides")
    slides = window.page("slides")
    if not slides.open_pdf(__import__("pathlib").Path(sys.argv[-1])):
        raise SystemExit("the photo deck did not open")
    slides.present(0)
    presenter = slides.presenter
    presenter.show_audience()
    presenter.audience.resize(1920, 1080)
    wait(lambda: presenter.audience.size().toTuple() == (1920, 1080))
    for index in range(slides.deck.count):
        presenter.go(index)
        wait(lambda i=index: slides.cache.get(i, 1920, 1080) is not None)
    wait(slides.cache.is_idle)
    print({PRESENTING_MARKER!r}, own_peak_rss_mb(), playing, flush=True)
    presenter.leave()
    app.quit()


from kerinjing_desktop.launcher import main

sys.exit(main(sys.argv[1:-1]))
"""
)


def _drop_page_cache() -> str | None:
    """Empty the page cache; None when done, else why it cannot be done here."""
    if not sys.platform.startswith("linux"):
        return "dropping the page cache is done on Linux only"
    try:
        os.sync()
        DROP_CACHES.write_text("1\n")
    except OSError as error:
        return f"cannot drop the page cache ({error.strerror}; needs root)"
    return None


def _first_paint(command: list[str], env: dict[str, str], marker: str = MARKER):
    """(ms from spawning `command` to its marker line, the rest of that line)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors_file:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=errors_file, text=True
        )
        ready_ms: float | None = None
        rest: list[str] = []
        watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a child that hangs is killed
        watchdog.start()
        try:
            for line in process.stdout:
                if line.startswith(marker):
                    ready_ms = (time.perf_counter() - started) * 1000
                    rest = line.split()[1:]
                    break
            process.stdout.read()
            process.wait(TIMEOUT_S)
        finally:
            watchdog.cancel()
        errors_file.seek(0)
        errors = errors_file.read()
    if ready_ms is None:
        tail = " ".join(errors.strip().splitlines()[-3:])
        raise RuntimeError(f"{marker}: the child never got there: {tail or 'no output'}")
    return ready_ms, rest


def _pairs(app: list[str], reference: list[str], env, runs: int, cold: bool):
    apps, references, ratios, peaks = [], [], [], []
    for _ in range(runs):
        if cold:
            _drop_page_cache()
        app_ms, rest = _first_paint(app, env)
        if cold:
            _drop_page_cache()
        reference_ms, _rest = _first_paint(reference, env)
        apps.append(app_ms)
        references.append(reference_ms)
        ratios.append(app_ms / reference_ms)
        if rest and rest[0] != "None":
            peaks.append(float(rest[0]))
    return apps, references, ratios, peaks


def run(_args=None) -> dict:
    if getattr(sys, "frozen", False):
        raise RuntimeError("bench startup runs from a source checkout (it starts Python itself)")
    ensure_headless_qt()
    compile_package()
    env = dict(os.environ)
    env.pop("KERINJING_DATA_DIR", None)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        process_ms([*app_command(), "--data-dir", str(data_dir), "demo-data"], env)
        from kerinjing_desktop.core.settings import update_settings

        update_settings(data_dir, tour_done=True)  # the first-run tour is not start-up
        app = [sys.executable, "-c", APP, "--data-dir", str(data_dir)]
        reference = [sys.executable, "-c", REFERENCE]
        _first_paint(app, env)  # warm-up: disk cache, first backup
        _first_paint(reference, env)
        apps, references, ratios, peaks = _pairs(app, reference, env, WARM_RUNS, cold=False)
        results |= spread("app_ms", apps) | spread("reference_ms", references)
        results |= spread("ratio", ratios)
        why_not = _drop_page_cache()
        if why_not is None:
            apps, references, ratios, _peaks = _pairs(app, reference, env, COLD_RUNS, True)
            results |= spread("cold_app_ms", apps) | spread("cold_reference_ms", references)
            results |= spread("cold_ratio", ratios)
        else:
            results |= {"cold_app_ms": None, "cold_ratio": None, "cold": why_not}
        results |= _version(env)
        results["peak_rss_mb"] = round(max(peaks), 1) if peaks else None
        results |= _presenting(data_dir, Path(tmp), env)
    return results


def _version(env: dict[str, str]) -> dict:
    versions, bare, ratios = [], [], []
    for _ in range(WARM_RUNS):
        versions.append(process_ms([*app_command(), "--version"], env))
        bare.append(process_ms([sys.executable, "-c", "pass"], env))
        ratios.append(versions[-1] / bare[-1])
    return (
        spread("version_ms", versions)
        | spread("bare_python_ms", bare)
        | spread("version_ratio", ratios)
    )


def _presenting(data_dir: Path, folder: Path, env: dict[str, str]) -> dict:
    from kerinjing_desktop.bench.slides import make_photo_pdf

    deck = make_photo_pdf(folder / "photos.pdf")
    command = [sys.executable, "-c", PRESENTING, "--data-dir", str(data_dir), str(deck)]
    _ms, rest = _first_paint(command, env, PRESENTING_MARKER)
    peak = None if rest[0] == "None" else round(float(rest[0]), 1)
    figures: dict[str, float | str | None] = {"presenting_peak_rss_mb": peak}
    if rest[1] != "True":
        figures["presenting"] = "without the film: VLC is not available"
    return figures
