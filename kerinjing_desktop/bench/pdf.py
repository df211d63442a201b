"""`bench pdf`: the printed documents of a 200-person event, timed as a person waits for
them: each `kerinjing-desktop print …` command as a whole process (start-up, imports, the
store, the fonts, the PDF written), 7 runs each, median with min and max.

- `certificates_200_ms` is paired run by run with LibreOffice headless converting an
  equivalent 200-page document (one landscape page per person: frame, title, name, serial and
  a QR code; bench/libreoffice.py) to PDF: `libreoffice_200_ms`, and `ratio` (ours ÷
  LibreOffice, the median of the 7 pairs' ratios, with its min and max). Without LibreOffice
  those keys are null and `libreoffice` says why.
- `attendance_200_ms` (the 200-row sheet) and `summary_200_ms` (the activity report).
- `print_to_cups_200_ms`: in the app with its window up, from Print to the job handed to
  CUPS: the PDF built (the session's first print: reportlab imported, fonts registered) and
  given to a cups-pdf queue of a private scheduler started for the bench (needs root and
  Debian's cups and printer-driver-cups-pdf; else null and `cups` says why); 7 fresh
  processes.
- `peak_rss_mb`: the largest peak memory of one `print certificates` process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kerinjing_desktop.bench import app_command, compile_package, process_ms, spread

PEOPLE = 200
RUNS = 7
GOALS = {
    "certificates_200_ms": "",
    "ratio": "≤ 0.5",
    "attendance_200_ms": "≤ 500",
    "summary_200_ms": "≤ 500",
    "print_to_cups_200_ms": "< 2000",
}
REFERENCES = {"certificates_200_ms": "libreoffice_200_ms"}


def _make_event(data_dir: Path) -> str:
    from kerinjing_desktop.core.domain import GENDERS, GROUPS, PersonInput
    from kerinjing_desktop.core.kinds import NoteKind
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.events import add_event
    from kerinjing_desktop.core.store.notes import add_note, replace_commitments
    from kerinjing_desktop.core.store.participants import import_participants, set_attendance

    store = open_store(data_dir)
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
                GENDERS[i % 2],
                17 + i % 50,
                GROUPS[i % len(GROUPS)],
                "08123456" + f"{i:04d}",
            )
            for i in range(PEOPLE)
        ]
        import_participants(store, event.id, people)
        set_attendance(store, event.id, [f"P-{i:03d}" for i in range(1, PEOPLE + 1)], True)
        add_note(store, event.id, NoteKind.FGD, "Catatan diskusi. " * 40, topic="situation")
        replace_commitments(store, event.id, [("Komitmen desa. " * 10, False)] * 4)
        return event.id
    finally:
        store.close()


def _issued(data_dir: Path, event_id: str) -> list[tuple[str, str, str]]:
    """(name, serial, QR payload) of the certificates the warm-up run issued."""
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.certificates import certificates_for_event

    store = open_store(data_dir)
    try:
        return [
            (c.holder_name, c.serial, f"{c.serial}|{c.check_code}")
            for c in certificates_for_event(store, event_id)
        ]
    finally:
        store.close()


def _peak_mb_of(command: list[str], env: dict[str, str]) -> float | None:
    """Peak RSS of one run of `command` (wait4's ru_maxrss), or None without wait4."""
    if not hasattr(os, "wait4"):
        return None
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return round(usage.ru_maxrss / 1024, 1)


def _libreoffice(folder: Path, people, ours: list[str], env) -> tuple[dict, list[float]]:
    """Paired runs: ours then LibreOffice's, RUNS times; the figures and our times."""
    from kerinjing_desktop.bench import libreoffice

    soffice = libreoffice.find_soffice()
    ours_ms: list[float] = []
    if soffice is None:
        ours_ms = [process_ms(ours, env) for _ in range(RUNS)]
        return {"libreoffice": libreoffice.NOT_FOUND}, ours_ms
    document = libreoffice.write_document(folder / "sertifikat.fodt", people)
    out = folder / "lo-out"
    command = libreoffice.convert_command(soffice, document, out, folder / "lo-profile")
    libreoffice.first_run(command)
    pages = libreoffice.pdf_pages(out / "sertifikat.pdf")
    if pages != len(people):
        return {"libreoffice": f"LibreOffice made {pages} pages, not {len(people)}"}, [
            process_ms(ours, env) for _ in range(RUNS)
        ]
    reference_ms, ratios = [], []
    for _ in range(RUNS):
        ours_ms.append(process_ms(ours, env))
        reference_ms.append(process_ms(command, env))
        ratios.append(ours_ms[-1] / reference_ms[-1])
    return spread("libreoffice_200_ms", reference_ms) | spread("ratio", ratios), ours_ms


def _print_to_cups(data_dir: Path, event_id: str, folder: Path, env) -> dict:
    from kerinjing_desktop.bench.cups_queue import CupsQueue, QueueUnavailable

    try:
        queue = CupsQueue.start()
    except QueueUnavailable as reason:
        return {"cups": str(reason)}
    times = []
    try:
        child_env = dict(env, CUPS_SERVER=str(queue.socket))
        for run in range(RUNS):
            out = folder / f"print-{run}"
            out.mkdir()
            done = subprocess.run(
                [sys.executable, "-m", "kerinjing_desktop.bench.print_job", str(data_dir),
                 event_id, queue.name, str(out)],
                env=child_env, capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            marker = [line for line in done.stdout.splitlines() if line.startswith("handed")]
            if not marker:
                tail = " ".join(done.stderr.strip().splitlines()[-2:])
                return {"cups": f"the print run failed: {tail}"}
            times.append(float(marker[0].split()[1]))
        queue.wait_for_pdfs(RUNS, timeout=600)  # the jobs really went through
    finally:
        queue.stop()
    return spread("print_to_cups_200_ms", times)


def run(args: argparse.Namespace | None = None) -> dict:
    compile_package()
    env = dict(os.environ)
    env.pop("KERINJING_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-pdf-") as tmp:
        folder = Path(tmp)
        data_dir = folder / "data"
        event_id = _make_event(data_dir)
        base = [*app_command(), "--data-dir", str(data_dir), "print"]

        def command(kind: str) -> list[str]:
            return [*base, kind, "--event", event_id, "--out", str(folder / f"{kind}.pdf")]

        for kind in ("certificates", "attendance", "summary"):
            process_ms(command(kind), env)  # warm-up: issues the serials, fills the disk cache
        figures, certificates_ms = _libreoffice(
            folder, _issued(data_dir, event_id), command("certificates"), env
        )
        results = spread("certificates_200_ms", certificates_ms) | figures
        for kind in ("attendance", "summary"):
            times = [process_ms(command(kind), env) for _ in range(RUNS)]
            results |= spread(f"{kind}_200_ms", times)
        results |= _print_to_cups(data_dir, event_id, folder, env)
        results["peak_rss_mb"] = _peak_mb_of(command("certificates"), env)
        results["runs"] = RUNS
    return results
