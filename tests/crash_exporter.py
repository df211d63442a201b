"""An exporting process for the export kill harness: writes the same files over and over
(XLSX and CSV exports, the attendance PDF, a bundle), adding a person between rounds so that
each round's files differ, and prints `SAVED …` (flushed) after each file is written.

Run by tests/test_crash_export.py, which kills it with SIGKILL at random moments:
    python tests/crash_exporter.py DATA_DIR OUT_DIR SEED
Lines (one JSON object each after the keyword):
    BEGIN {"kind": …, "people": N}   a write of a file showing N people is about to start
    SAVED {"kind": …, "people": N}   it returned: from now on the file shows N people (or more)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.core.bundle import export_bundle  # noqa: E402
from kerinjing_desktop.core.demo import create_demo_event  # noqa: E402
from kerinjing_desktop.core.domain import PersonInput  # noqa: E402
from kerinjing_desktop.core.export import export_event  # noqa: E402
from kerinjing_desktop.core.store import open_store  # noqa: E402
from kerinjing_desktop.core.store.events import get_event  # noqa: E402
from kerinjing_desktop.core.store.participants import add_participant, list_participants  # noqa: E402
from kerinjing_desktop.reports import attendance  # noqa: E402
from kerinjing_desktop.reports.common import PrintOptions  # noqa: E402

KINDS = ("xlsx", "csv", "pdf", "bundle")


def say(keyword: str, **fields: object) -> None:
    sys.stdout.write(f"{keyword} {json.dumps(fields)}\n")
    sys.stdout.flush()


def write(kind: str, store, event, out: Path) -> None:
    if kind == "xlsx":
        export_event(store, event.id, "xlsx", out / "export.xlsx", include_sensitive=True)
    elif kind == "csv":
        export_event(store, event.id, "csv", out / "csv", include_sensitive=True)
    elif kind == "pdf":
        attendance.build(store, event, out / "attendance.pdf", PrintOptions(lang="id"))
    else:
        export_bundle(store, out / "event.kerinjing", event.id, include_sensitive=True)


def main(data_dir: str, out_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(data_dir)
    event = get_event(store, create_demo_event(store))
    out = Path(out_dir)
    say("READY")
    while True:
        people = len(list_participants(store, event.id))
        kind = rng.choice(KINDS)
        say("BEGIN", kind=kind, people=people)
        write(kind, store, event, out)
        say("SAVED", kind=kind, people=people)
        add_participant(store, event.id, PersonInput(f"Tambahan {seed} {people}", "P", 30))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
