"""`bench programme [--laptops N] [--runs R]`: a generated programme collected, viewed,
filtered, printed and exported, and the memory each step took.

The programme (core/store/sample_programme.py: 10 events of about 50 people per laptop, five
questions before and after) is written by a child process first and not timed. Then R times
(7 unless told), each step the office waits for runs as its own process, timed from spawn to
exit, with that process's own peak memory (os.wait4): collecting every bundle into a fresh
store as the window's Collect does (`collect_ms`), right after it the reference, the same rows
copied into a fresh store with nothing checked and no merge rule (`collect_reference_ms`;
`collect_ratio` is the median of the runs' ratios, so a machine busy with other work moves
both), collecting them all again, which must change nothing, the Laporan Program and the data
package. The programme's figures (reading the store and filtering them for privacy, what the
programme view shows) and a filter by kabupaten are timed inside this process on the collected
store. Every time is the median with its min and max (`x_ms`, `x_min_ms`, `x_max_ms`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_LAPTOPS = 20
RUNS = 7  # pairs: collecting, then the reference right after it, on the same machine load
GOALS = {
    "collect_ms": "< 60000 (200 laptops)",
    "figures_ms": "< 1000",
    "filter_ms": "< 100",
    "report_ms": "< 5000",
    "datapackage_ms": "< 10000",
    "peak_rss_mb": "< 500",
}
REFERENCES = {"collect_ms": "collect_reference_ms"}
_GENERATE = (
    "import sys; from pathlib import Path; "
    "from kerinjing_desktop.core.office.sample import write_programme; "
    "write_programme(Path(sys.argv[1]), int(sys.argv[2]))"
)
_REFERENCE = (
    "import sys; from pathlib import Path; "
    "from kerinjing_desktop.bench.programme import reference_copy; "
    "reference_copy(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])"
)
_TIMED = ("collect_ms", "collect_reference_ms", "collect_again_ms", "report_ms", "datapackage_ms")
_COLLECT = (
    "import sys; from pathlib import Path; "
    "from kerinjing_desktop.bench.programme import collect_all; "
    "collect_all(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])"
)


def collect_all(data_dir: Path, bundles: list[Path]) -> None:
    """What the office does with a stick of bundles, as the window's Collect does it (in a
    child process of the bench): a verified backup, then each bundle merged on its own."""
    from kerinjing_desktop.core.bundle_plan import collect_bundles
    from kerinjing_desktop.core.store import open_store

    store = open_store(data_dir)
    try:
        refused = [c.refused for c in collect_bundles(store, bundles) if c.report is None]
    finally:
        store.close()
    if refused:
        raise SystemExit(refused[0])


def reference_copy(data_dir: Path, bundles: list[Path]) -> None:
    """The reference for collecting: the same rows copied into a fresh store with nothing
    checked and no merge rule (in a child process of the bench). What collecting costs above
    it is the checks, the rules, the backup and the reading of what is already there."""
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.merge_batch import copy_unchecked

    store = open_store(data_dir)
    try:
        for path in bundles:
            copy_unchecked(store, path)
    finally:
        store.close()


def _child(argv: list[str]) -> tuple[float, float]:
    """(wall ms, peak RSS MB) of one child process run to its end; RuntimeError if it fails."""
    # stderr goes to a file: a pipe nobody reads until the end fills at 64 KB and hangs both
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        error = errors.read().decode(errors="replace")
    if process.returncode:
        raise RuntimeError(f"{' '.join(argv[:4])}…: exit {process.returncode}: {error[-300:]}")
    return round(elapsed, 1), round(usage.ru_maxrss / 1024, 1)


def _times_ms(work, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(args: argparse.Namespace | None = None) -> dict:
    from kerinjing_desktop.bench import spread
    from kerinjing_desktop.core.office.publish import Filters, publish
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.programme import read_programme

    laptops = getattr(args, "laptops", None) or DEFAULT_LAPTOPS
    runs = max(1, getattr(args, "runs", None) or RUNS)
    python = sys.executable
    app = [python, "-m", "kerinjing_desktop"]
    times: dict[str, list[float]] = {key: [] for key in _TIMED}
    peaks: dict[str, float] = dict.fromkeys(_TIMED, 0.0)
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-programme-") as folder:
        root = Path(folder)
        generate_ms, _ = _child([python, "-c", _GENERATE, str(root / "usb"), str(laptops)])
        bundles = [str(p) for p in sorted((root / "usb").glob("*.kbundle"))]
        bundles_mb = round(sum(Path(p).stat().st_size for p in bundles) / 2**20, 1)
        office = root / "office"
        for _run in range(runs):
            # A fresh office and a fresh bare copy each time, one right after the other.
            for path in (office, root / "reference", root / "pkg"):
                shutil.rmtree(path, ignore_errors=True)
            base = [*app, "--data-dir", str(office)]
            steps = {
                "collect_ms": [python, "-c", _COLLECT, str(office), *bundles],
                "collect_reference_ms": [python, "-c", _REFERENCE, str(root / "reference"),
                                         *bundles],
                "collect_again_ms": [python, "-c", _COLLECT, str(office), *bundles],
                "report_ms": [*base, "print", "programme", "--out", str(root / "p.pdf")],
                "datapackage_ms": [*base, "export", "--datapackage", str(root / "pkg")],
            }  # fmt: skip
            for key, argv in steps.items():
                elapsed, peak = _child(argv)
                times[key].append(elapsed)
                peaks[key] = max(peaks[key], peak)
        store = open_store(office)
        try:  # as the Programme step reads them: it shows no notes (read_programme's texts)
            data = read_programme(store, texts=False)
            figures = _times_ms(lambda: publish(read_programme(store, texts=False)), max(runs, 3))
        finally:
            store.close()
        kabupaten = data.events[0].kabupaten if data.events else ""
        filtered = _times_ms(lambda: publish(data, Filters(kabupaten=kabupaten)), 7)
    ratios = [
        ours / reference
        for ours, reference in zip(times["collect_ms"], times["collect_reference_ms"], strict=True)
        if reference > 0
    ]
    results: dict = {
        "laptops": laptops,
        "runs": runs,
        "events": len(data.events),
        "registrations": sum(reach.registered for reach in data.reach.values()),
        "pairs": sum(pairs.count for pairs in data.pairs.values()),
        "bundles_mb": bundles_mb,
        "generate_ms": generate_ms,
    }
    for key, values in times.items():
        results |= spread(key, values)
    results |= spread("collect_ratio", ratios)
    results |= spread("figures_ms", figures) | spread("filter_ms", filtered)
    results |= {
        "peak_rss_mb": max(peaks[k] for k in ("collect_ms", "collect_again_ms", "report_ms",
                                               "datapackage_ms")),
        "collect_rss_mb": peaks["collect_ms"],
        "report_rss_mb": peaks["report_ms"],
        "datapackage_rss_mb": peaks["datapackage_ms"],
    }  # fmt: skip
    return results
