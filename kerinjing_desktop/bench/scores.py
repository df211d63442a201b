"""`bench scores`: keystrokes per score cell and keystroke → committed time, through the
real grid widget (offscreen), on a temporary file store (fsync is what a save costs); and
`stats_5000_ms`, the whole `stats` command for an event of 5,000 people (bench/data.py)."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time

PARTICIPANTS = 40
GOALS = {"keystrokes_per_cell": "1.0", "p95_save_ms": "< 50", "stats_5000_ms": "< 300"}


def run(args) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kerinjing_desktop.core.domain import validate_person
    from kerinjing_desktop.core.kinds import CellState, TestKind
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.events import add_event
    from kerinjing_desktop.core.store.participants import import_participants
    from kerinjing_desktop.core.store.scores import sheet_for
    from kerinjing_desktop.gui.score_grid import ScoreGrid, ScoreModel

    app = QApplication.instance() or QApplication([])
    rng = random.Random(40)
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-") as folder:
        store = open_store(folder)
        try:
            event = add_event(store, "Bench", "Kerinjing", "2021-09-21")
            people = [validate_person(f"Peserta {i}", "P") for i in range(PARTICIPANTS)]
            import_participants(store, event.id, people)
            save_ms: list[float] = []
            keystrokes = cells = 0
            for test in TestKind:
                model = ScoreModel(store, "id")
                model.reload(event.id, test)
                grid = ScoreGrid(model)
                grid.resize(1366, 768)
                grid.show()
                grid.start()
                questions = model.questions
                for _row in range(PARTICIPANTS):
                    for question in questions:
                        key = str(rng.randint(0, question.max_score))
                        started = time.perf_counter()
                        QTest.keyClick(grid, key)
                        save_ms.append((time.perf_counter() - started) * 1000)
                app.processEvents()
                keystrokes += grid.keystrokes
                stored = sheet_for(store, event.id, test)
                scored = [c for row in stored.values() for c in row.values()]
                cells += sum(cell.state == CellState.SCORED for cell in scored)
                grid.close()
                grid.deleteLater()
        finally:
            store.close()
    save_ms.sort()
    from kerinjing_desktop.bench.data import stats_5000

    return {
        "keystrokes_per_cell": keystrokes / cells if cells else None,
        "p95_save_ms": save_ms[int(0.95 * (len(save_ms) - 1))],
        "median_save_ms": statistics.median(save_ms),
        "cells": cells,
    } | stats_5000()
