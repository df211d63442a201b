"""Kills a writer process with SIGKILL at random moments: no saved entry is lost, imports are
all-or-nothing, and the store passes `PRAGMA integrity_check` after every kill.

Quick form (in ./test): 20 kills. Full form: `KERINJING_FULL=1 ./test tests/test_crash.py -s`
(200 kills; KERINJING_CRASH_KILLS=N overrides the count).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kill_support import run_and_kill

from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import list_events
from kerinjing_desktop.core.store.integrity import integrity_check
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.scores import sheet_for

WRITER = Path(__file__).with_name("crash_writer.py")
FULL = os.environ.get("KERINJING_FULL") == "1"
KILLS = int(os.environ.get("KERINJING_CRASH_KILLS") or (200 if FULL else 20))


@dataclass
class Expected:
    """What must be in the store: a value per key, plus the one in-flight value per key."""

    scores: dict[str, tuple] = field(default_factory=dict)
    attendance: dict[str, bool] = field(default_factory=dict)
    imports: dict[str, int] = field(default_factory=dict)
    pending: dict | None = None
    saved_lines: int = 0


@dataclass
class Figures:
    kills: int = 0
    saved_entries: int = 0
    entries_checked: int = 0
    lost: int = 0
    corrupt: int = 0
    torn_imports: int = 0
    problems: list[str] = field(default_factory=list)


def _run_writer(data_dir: Path, seed: int, delay: float) -> list[str]:
    """Start the writer, kill it `delay` seconds after it is ready; return its stdout lines."""
    return run_and_kill([sys.executable, str(WRITER), str(data_dir), str(seed)], delay, "writer")


def _apply(expected: Expected, lines: list[str]) -> None:
    expected.pending = None
    for line in lines:
        keyword, _space, payload = line.partition(" ")
        if keyword not in ("BEGIN", "SAVED"):
            continue
        data = json.loads(payload)
        if keyword == "BEGIN":
            expected.pending = data
            continue
        expected.pending = None
        expected.saved_lines += 1
        if data["op"] == "score":
            expected.scores[data["key"]] = tuple(data["cell"])
            if data["cell"][0] == "scored":  # a scored paper checks its writer in
                expected.attendance[data["key"].split("/")[0]] = True
        elif data["op"] == "attendance":
            expected.attendance[data["key"]] = data["present"]
        else:
            expected.imports[data["tag"]] = data["size"]


def _check(data_dir: Path, expected: Expected, figures: Figures) -> None:
    try:
        store = open_store(data_dir)
    except Exception as error:  # a store that no longer opens is a corrupt store
        figures.corrupt += 1
        figures.problems.append(f"open failed: {error}")
        return
    try:
        if integrity_check(store) != "ok":
            figures.corrupt += 1
            figures.problems.append(integrity_check(store))
        event = next(s.event for s in list_events(store) if s.event.title == "Crash harness")
        people = list_participants(store, event.id)
        present = {p.registration_id: p.checked_in_at is not None for p in people}
        cells = {}
        for test in ("pre", "post"):
            for reg_id, by_number in sheet_for(store, event.id, test).items():
                for number, cell in by_number.items():
                    cells[f"{reg_id}/{test}/{number}"] = (cell.state, cell.score, cell.answer)
        tags: dict[str, int] = {}
        for person in people:
            if person.name.startswith("crash "):
                tag = person.name.split(" ")[1]
                tags[tag] = tags.get(tag, 0) + 1
    finally:
        store.close()
    pending = expected.pending or {}
    # A pending import may have landed whole or not at all; any other count is a torn import.
    for tag, count in tags.items():
        size = expected.imports.get(tag)
        if size is None and pending.get("tag") == tag and count == pending["size"]:
            expected.imports[tag] = count  # it committed just before the kill: now required
        elif count != size:
            figures.torn_imports += 1
            figures.problems.append(f"import {tag}: {count} rows, expected {size}")
    for tag, size in expected.imports.items():
        figures.entries_checked += 1
        if tags.get(tag, 0) != size:
            figures.lost += 1
            figures.problems.append(f"import {tag} lost")
    for key, value in expected.attendance.items():
        figures.entries_checked += 1
        actual = present.get(key)
        landed = pending.get("key") == key and actual == pending.get("present")
        landed = landed or (pending.get("op") == "score" and actual is True
                            and pending["key"].startswith(key + "/"))  # fmt: skip
        if actual != value and not landed:
            figures.lost += 1
            figures.problems.append(f"attendance {key}: {actual}, expected {value}")
        expected.attendance[key] = actual
    for key, value in expected.scores.items():
        figures.entries_checked += 1
        actual = cells.get(key)
        if actual != value and not (pending.get("key") == key and actual is not None):
            figures.lost += 1
            figures.problems.append(f"score {key}: {actual}, expected {value}")
        expected.scores[key] = actual
    if pending.get("op") == "score" and pending["key"] in cells:
        expected.scores[pending["key"]] = cells[pending["key"]]


def run_harness(data_dir: Path, kills: int, seed: int = 7) -> Figures:
    rng = random.Random(seed)
    expected = Expected()
    figures = Figures()
    for number in range(kills):
        lines = _run_writer(data_dir, seed * 100_000 + number, rng.uniform(0.0, 0.25))
        figures.kills += 1
        _apply(expected, lines)
        _check(data_dir, expected, figures)
    figures.saved_entries = expected.saved_lines
    return figures


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.timeout(1800)  # the full form (200 kills) runs for minutes
def test_no_saved_entry_is_lost_across_sigkills(tmp_path):
    started = time.monotonic()
    figures = run_harness(tmp_path / "data", KILLS)
    elapsed = time.monotonic() - started
    print(
        f"\ncrash harness: kills={figures.kills} saved={figures.saved_entries} "
        f"entries_checked={figures.entries_checked} lost={figures.lost} "
        f"corrupt={figures.corrupt} torn_imports={figures.torn_imports} in {elapsed:.1f} s"
    )
    assert figures.problems == []
    assert figures.saved_entries > 0, "the writer never saved anything before being killed"
    assert (figures.lost, figures.corrupt, figures.torn_imports) == (0, 0, 0)
