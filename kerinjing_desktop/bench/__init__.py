"""Benchmarks behind `kerinjing-desktop bench`: one module per subject, each with
`run(options) -> dict` returning the keys CLI.md fixes, plus `GOALS` for the report table."""

from __future__ import annotations

import os


def ensure_headless_qt() -> None:
    """Benchmarks run without a display unless one is there (and Qt's choice is not forced)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kerinjing_desktop.gui.refcount_guard import protect_singletons

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
