"""Benchmarks behind `kerinjing-desktop bench`: one module per subject, each with
`run(options) -> dict` returning the keys CLI.md fixes, plus `GOALS` for the report table."""

from __future__ import annotations

import os


class BenchError(Exception):
    """A benchmark that cannot run as asked (no such film, a deck that does not open): the
    `bench` command says so and exits with `status`. Any other failure of a benchmark becomes
    its `error` figure and the other subjects still run."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def ensure_headless_qt() -> None:
    """Benchmarks run without a display unless one is there (and Qt's choice is not forced)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kerinjing_desktop.qt.refcount_guard import protect_singletons

    protect_singletons()


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of the values lie (nearest-rank, as people read it)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: list[float]) -> float:
    import statistics  # here: `bench startup` children import this package for own_peak_rss_mb

    return statistics.median(values)


def own_peak_rss_mb() -> float | None:
    """This process's own peak resident memory (VmHWM: unlike ru_maxrss it is not inherited
    from the parent that started us), or None where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def app_command() -> list[str]:
    """How a person starts the app's command: the bundle's executable, or this Python
    running the package (what the installed `kerinjing-desktop` script does)."""
    import sys

    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kerinjing_desktop"]


def process_ms(
    command: list[str], env: dict[str, str] | None = None, timeout: float = 600
) -> float:
    """Wall time of one whole process, from spawning it to its exit, in ms; a child that
    fails raises RuntimeError with the end of what it said."""
    import subprocess
    import time

    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)  # fmt: skip
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        tail = " ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        raise RuntimeError(f"{' '.join(command[-4:])} failed ({done.returncode}): {tail}")
    return elapsed


def spread(key: str, values: list[float]) -> dict[str, float]:
    """`key` (the median) with `key`'s min and max beside it: `x_ms`, `x_min_ms`, `x_max_ms`
    (or `ratio`, `ratio_min`, `ratio_max`)."""
    stem, unit = (key[:-3], "_ms") if key.endswith("_ms") else (key, "")
    return {
        key: round(median(values), 2),
        f"{stem}_min{unit}": round(min(values), 2),
        f"{stem}_max{unit}": round(max(values), 2),
    }


def compile_package() -> None:
    """An installed app starts from compiled bytecode (pip and PyInstaller compile it): so
    does the measured one, even where PYTHONDONTWRITEBYTECODE keeps a warm-up from it."""
    import compileall
    from pathlib import Path

    import kerinjing_desktop

    compileall.compile_dir(Path(kerinjing_desktop.__file__).parent, quiet=1)
