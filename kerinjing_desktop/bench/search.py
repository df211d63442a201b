"""`bench search`: the participants page of one event of 5,000 people (the largest day the
page must serve), in a store that also holds 40 other events of 50.

open_ms: choosing the event until its participants page has painted its table (7 times,
median with min and max). p95_keystroke_ms: one key typed into the search box until the
filtered table has painted, over six searches. And the imports (bench/data.py):
`import_file_ms`, the whole `participants import` command for the largest list the app reads
(20,000 rows), and `store_import_100000_ms`, 100,000 people registered in the store.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time

from kerinjing_desktop.bench import ensure_headless_qt, percentile, spread
from kerinjing_desktop.bench.data import imports

GOALS = {"open_ms": "< 100", "p95_keystroke_ms": "< 30", "store_import_100000_ms": "< 5000"}
BIG_EVENT, OTHER_EVENTS, PEOPLE_PER_EVENT = 5000, 40, 50
OPENS = 7
FIRST = [
    "Siti",
    "Nur",
    "Ahmad",
    "Dewi",
    "Rizki",
    "Putri",
    "Wahyu",
    "Sri",
    "Budi",
    "Ani",
    "Hendra",
    "Yuliana",
    "Fadli",
    "Indah",
    "Rohani",
    "Bayu",
    "Lela",
    "Dimas",
    "Rahma",
]
LAST = [
    "Aminah",
    "Hidayat",
    "Saputra",
    "Lestari",
    "Pratama",
    "Wahyuni",
    "Kurnia",
    "Sari",
    "Gunawan",
    "Marlina",
    "Ramadhan",
    "Permata",
    "Rahman",
    "Susanti",
    "",
    "",
]


def build_store(data_dir: str):
    from kerinjing_desktop.core.domain import GROUPS, validate_person
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.events import add_event
    from kerinjing_desktop.core.store.participants import import_participants

    rng = random.Random(7)
    store = open_store(data_dir)
    event_ids = []
    with store.transaction():
        for number in range(OTHER_EVENTS + 1):
            event = add_event(
                store,
                f"Sosialisasi {number + 1}",
                f"Desa {number + 1}",
                f"20{10 + number % 15}-0{1 + number % 9}-1{number % 10}",
            )
            people = [
                validate_person(
                    f"{rng.choice(FIRST)} {rng.choice(LAST)}".strip(),
                    rng.choice("LP"),
                    rng.randint(15, 70),
                    rng.choice(GROUPS),
                )
                for _ in range(BIG_EVENT if number == 0 else PEOPLE_PER_EVENT)
            ]
            import_participants(store, event.id, people)
            event_ids.append(event.id)
    return store, event_ids


def run(_args: argparse.Namespace) -> dict:
    ensure_headless_qt()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kerinjing_desktop.gui.pages.participants_page import ParticipantsPage
    from kerinjing_desktop.gui.session import Session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data_dir:
        store, event_ids = build_store(data_dir)
        session = Session(store, None, "id")
        opens = []
        big = event_ids[0]
        for _ in range(OPENS):
            session.set_event(event_ids[1])  # from another event, as a person switches
            app.processEvents()
            start = time.perf_counter()
            session.set_event(big)
            page = ParticipantsPage(session)
            page.resize(1100, 650)
            page.show()
            page.table.viewport().repaint()
            app.processEvents()
            opens.append((time.perf_counter() - start) * 1000)
            page.close()
            page.deleteLater()
            app.processEvents()
        page = ParticipantsPage(session)
        page.resize(1100, 650)
        page.show()
        app.processEvents()

        keystrokes = []
        for word in ("siti", "aminah", "p-01", "rahma", "dewi l", "wahyu"):
            page.search.clear()
            app.processEvents()
            for char in word:
                start = time.perf_counter()
                QTest.keyClick(page.search, char)
                page.table.viewport().repaint()
                app.processEvents()
                keystrokes.append((time.perf_counter() - start) * 1000)
            QTest.keyClick(page.search, Qt.Key.Key_Escape)
        page.close()
        store.close()
    return (
        spread("open_ms", opens)
        | {
            "p95_keystroke_ms": round(percentile(keystrokes, 0.95), 2),
            "people": BIG_EVENT,
            "events": OTHER_EVENTS + 1,
        }
        | imports()
    )
