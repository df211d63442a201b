"""`bench film [FILE]`: how fast our player starts the film, against a bare python-vlc player.

Both play the same file (default: the demo clip) in the same process, interleaved, with
VLC's dummy video and audio outputs: the command is headless by contract, and the same
outputs on both sides keep the comparison fair. Timed from `play()`:

- `playing_ms`: to VLC's Playing event as our GUI thread receives it (through the queued
  Qt signal, which is what the page reacts to);
- `first_time_ms`: to the first time report > 0 reaching our GUI thread;
- `reference_playing_ms`, `reference_first_time_ms`: the bare player, its Playing callback
  and its first `get_time() > 0` (polled every 2 ms);
- `ratio`: ours ÷ reference for `playing_ms`, and `first_time_ratio` for `first_time_ms`
  (goal: within 10 %), each the median of the rounds' own ratios;
- every figure with its min and max (`…_min_ms`, `…_max_ms`, `ratio_min`, …): `playing_ms`
  is a few milliseconds on either side, so its ratio swings with scheduling noise; judge by
  its spread and by `first_time_ratio` (the first frame's time, hundreds of ms) as well;
- `peak_rss_mb`: the process's peak resident memory after all runs (playing included).

7 rounds; each round alternates which player goes first.
"""

from __future__ import annotations

import argparse
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

from kerinjing_desktop.bench import BenchError, ensure_headless_qt, spread
from kerinjing_desktop.core.i18n import _

RUNS = 7
TIMEOUT_S = 10.0
REFERENCES = {"playing_ms": "reference_playing_ms", "first_time_ms": "reference_first_time_ms"}
GOALS = {
    "playing_ms": "",
    "first_time_ms": "",
    "ratio": "≤ 1.10",
    "first_time_ratio": "≤ 1.10",
    "peak_rss_mb": "",
}


def _peak_rss_mb() -> float:
    if sys.platform == "win32":  # pragma: no cover - resource is POSIX only
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def _ours(vlc: Any, instance: Any, film: Path) -> tuple[float, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from kerinjing_desktop.film.player import FilmPlayer, PlayerState

    player = FilmPlayer(vlc, instance)
    player.load(film)
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def on_state(state: str) -> None:
        if state == PlayerState.PLAYING and "playing" not in marks:
            marks["playing"] = time.perf_counter()

    def on_time(ms: int) -> None:
        if ms > 0 and "time" not in marks:
            marks["time"] = time.perf_counter()
            loop.quit()

    player.state_changed.connect(on_state)
    player.time_reported.connect(on_time)
    player.problem.connect(lambda _m: loop.quit())
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    started = time.perf_counter()
    player.play()
    loop.exec()
    player.close()
    if "playing" not in marks or "time" not in marks:
        raise BenchError(_("The film did not start within {s} s.").format(s=int(TIMEOUT_S)), 1)
    return (marks["playing"] - started) * 1000, (marks["time"] - started) * 1000


def _reference(vlc: Any, instance: Any, film: Path) -> tuple[float, float]:
    player = instance.media_player_new()
    media = instance.media_new_path(str(film))
    player.set_media(media)
    playing = threading.Event()
    marks: dict[str, float] = {}

    def on_playing(_event: Any) -> None:  # VLC's thread: record only
        marks["playing"] = time.perf_counter()
        playing.set()

    manager = player.event_manager()
    manager.event_attach(vlc.EventType.MediaPlayerPlaying, on_playing)
    started = time.perf_counter()
    player.play()
    deadline = started + TIMEOUT_S
    while time.perf_counter() < deadline:
        if player.get_time() > 0:
            marks["time"] = time.perf_counter()
            break
        time.sleep(0.002)
    playing.wait(max(0.0, deadline - time.perf_counter()))
    manager.event_detach(vlc.EventType.MediaPlayerPlaying)
    player.stop()
    player.release()
    media.release()
    if "playing" not in marks or "time" not in marks:
        raise BenchError(_("The film did not start within {s} s.").format(s=int(TIMEOUT_S)), 1)
    return (marks["playing"] - started) * 1000, (marks["time"] - started) * 1000


def run(args: argparse.Namespace | None = None) -> dict:
    from kerinjing_desktop.film.library import demo_clip
    from kerinjing_desktop.film.vlc_loader import VlcUnavailable, create_instance, load_vlc

    rest = list(getattr(args, "rest", None) or [])
    film = Path(rest[0]).expanduser() if rest else demo_clip()
    runs = max(1, int(getattr(args, "runs", None) or RUNS))
    if not film.is_file():
        raise BenchError(_("The film file {path} does not exist.").format(path=film), 2)
    try:
        vlc = load_vlc()
        ours_instance = create_instance(headless=True)
        reference_instance = create_instance(headless=True)
    except VlcUnavailable as error:
        raise BenchError(str(error), 2) from error
    ensure_headless_qt()
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    ours: list[tuple[float, float]] = []
    reference: list[tuple[float, float]] = []
    try:
        for round_number in range(runs):
            if round_number % 2 == 0:
                ours.append(_ours(vlc, ours_instance, film))
                reference.append(_reference(vlc, reference_instance, film))
            else:
                reference.append(_reference(vlc, reference_instance, film))
                ours.append(_ours(vlc, ours_instance, film))
    finally:
        ours_instance.release()
        reference_instance.release()
    playing_ratios = [o[0] / r[0] for o, r in zip(ours, reference, strict=True) if r[0] > 0]
    first_ratios = [o[1] / r[1] for o, r in zip(ours, reference, strict=True) if r[1] > 0]
    return (
        {"file": Path(film).name, "runs": runs}  # the name only: a path would name this machine
        | spread("playing_ms", [o[0] for o in ours])
        | spread("first_time_ms", [o[1] for o in ours])
        | spread("reference_playing_ms", [r[0] for r in reference])
        | spread("reference_first_time_ms", [r[1] for r in reference])
        | (spread("ratio", playing_ratios) if playing_ratios else {"ratio": None})
        | (spread("first_time_ratio", first_ratios) if first_ratios else {"first_time_ratio": None})
        | {"peak_rss_mb": _peak_rss_mb()}
    )
