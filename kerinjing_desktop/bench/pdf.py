"""`bench pdf`: 200 certificates, a 200-row attendance sheet and the activity report of a
200-person event, each built three times in a temporary store (medians), and peak memory."""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kerinjing_desktop.core.domain import GROUPS, PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.notes import add_note, replace_commitments
from kerinjing_desktop.core.store.participants import import_participants, set_attendance
from kerinjing_desktop.reports import attendance, certificates, summary
from kerinjing_desktop.reports.common import PrintOptions, register_fonts

PEOPLE = 200
RUNS = 3
GOALS = {
    "certificates_200_ms": "< 2000",
    "attendance_200_ms": "< 500",
    "summary_200_ms": "< 1500",
}


def _median_ms(work, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def run(args: argparse.Namespace | None = None) -> dict:
    register_fonts()  # font loading is start-up cost, not document cost
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-pdf-") as folder:
        store = open_store(Path(folder) / "data")
        try:
            event = add_event(
                store,
                "Sosialisasi Pencegahan TPPO",
                "Kerinjing",
                "2021-09-21",
                venue="Balai Desa",
                kecamatan="Tanjung Raja",
                kabupaten="Ogan Ilir",
            )
            people = [
                PersonInput(
                    f"Peserta Contoh Nomor {i:03d}",
                    "LP"[i % 2],
                    17 + i % 50,
                    GROUPS[i % len(GROUPS)],
                    "08123456" + f"{i:04d}",
                )
                for i in range(PEOPLE)
            ]
            import_participants(store, event.id, people)
            set_attendance(store, event.id, [f"P-{i:03d}" for i in range(1, PEOPLE + 1)], True)
            add_note(store, event.id, "fgd", "Catatan diskusi. " * 40, topic="situation")
            replace_commitments(store, event.id, [("Komitmen desa. " * 10, False)] * 4)
            event = get_event(store, event.id)
            out = Path(folder)
            options = PrintOptions(blank_rows=0)
            # the first certificates run issues the 200 serials; later runs re-use them
            results = {
                "certificates_200_ms": _median_ms(
                    lambda: certificates.build(store, event, out / "c.pdf", options)
                ),
                "attendance_200_ms": _median_ms(
                    lambda: attendance.build(store, event, out / "a.pdf", options)
                ),
                "summary_200_ms": _median_ms(
                    lambda: summary.build(store, event, out / "s.pdf", options)
                ),
            }
        finally:
            store.close()
    results["peak_rss_mb"] = _peak_rss_mb()
    return results
