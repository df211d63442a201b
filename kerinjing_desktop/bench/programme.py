"""`bench programme [--laptops N]`: a generated programme collected, viewed, filtered, printed
and exported, and the memory each step took.

The programme (core/store/sample_programme.py: 10 events of about 50 people per laptop, five
questions before and after) is written by a child process first and not timed. Each step the
office waits for then runs as its own process, timed from spawn to exit, with that process's
own peak memory (os.wait4): collecting every bundle into a fresh store (and collecting them all
again, which must change nothing), the Laporan Program and the data package. The programme's
figures (reading the store and filtering them for privacy, what the programme view shows) and
a filter by kabupaten are timed inside this process on the collected store (medians).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_LAPTOPS = 20
GOALS = {
    "collect_ms": "< 60000 (200 laptops)",
    "figures_ms": "< 1000",
    "filter_ms": "< 100",
    "report_ms": "< 5000",
    "datapackage_ms": "< 10000",
    "peak_rss_mb": "< 500",
}
_GENERATE = (
    "import sys; from pathlib import Path; "
    "from kerinjing_desktop.core.office.sample import write_programme; "
    "write_programme(Path(sys.argv[1]), int(sys.argv[2]))"
)
_COLLECT = (
    "import sys; from pathlib import Path; "
    "from kerinjing_desktop.bench.programme import collect_all; "
    "collect_all(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])"
)


def collect_all(data_dir: Path, bundles: list[Path]) -> None:
    """What the office does with a stick of bundles, as the window's Collect does it (in a
    child process of the bench): a verified backup, then each bundle merged on its own."""
    from kerinjing_desktop.core.bundle import collect_bundles
    from kerinjing_desktop.core.store import open_store

    store = open_store(data_dir)
    try:
        refused = [c.refused for c in collect_bundles(store, bundles) if c.report is None]
    finally:
        store.close()
    if refused:
        raise SystemExit(refused[0])


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


def _median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def run(args: argparse.Namespace | None = None) -> dict:
    from kerinjing_desktop.core.office.publish import Filters, publish
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.programme import read_programme

    laptops = getattr(args, "laptops", None) or DEFAULT_LAPTOPS
    python = sys.executable
    app = [python, "-m", "kerinjing_desktop"]
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-programme-") as folder:
        root = Path(folder)
        generate_ms, _ = _child([python, "-c", _GENERATE, str(root / "usb"), str(laptops)])
        bundles = sorted((root / "usb").glob("*.kbundle"))
        bundles_mb = round(sum(p.stat().st_size for p in bundles) / 2**20, 1)
        office = root / "office"
        collect_ms, collect_mb = _child([python, "-c", _COLLECT, str(office), *map(str, bundles)])
        again_ms, again_mb = _child([python, "-c", _COLLECT, str(office), *map(str, bundles)])
        store = open_store(office)
        try:
            data = read_programme(store)
            figures_ms = _median_ms(lambda: publish(read_programme(store)), 3)
        finally:
            store.close()
        kabupaten = data.events[0].kabupaten if data.events else ""
        filter_ms = _median_ms(lambda: publish(data, Filters(kabupaten=kabupaten)), 7)
        base = [*app, "--data-dir", str(office)]
        report_ms, report_mb = _child([*base, "print", "programme", "--out", str(root / "p.pdf")])
        package_ms, package_mb = _child([*base, "export", "--datapackage", str(root / "pkg")])
        people = len(data.attendees)
        cells = sum(len(pairs) for pairs in data.pairs.values())
    return {
        "laptops": laptops,
        "events": len(data.events),
        "registrations": people,
        "pairs": cells,
        "bundles_mb": bundles_mb,
        "generate_ms": generate_ms,
        "collect_ms": collect_ms,
        "collect_again_ms": again_ms,
        "figures_ms": figures_ms,
        "filter_ms": filter_ms,
        "report_ms": report_ms,
        "datapackage_ms": package_ms,
        "peak_rss_mb": max(collect_mb, again_mb, report_mb, package_mb),
        "collect_rss_mb": collect_mb,
        "report_rss_mb": report_mb,
        "datapackage_rss_mb": package_mb,
    }
