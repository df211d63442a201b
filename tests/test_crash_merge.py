"""Kills a process in the middle of `bundle import` with SIGKILL: after every kill the store
opens whole and holds either all of its data before the merge or all of the merged data
(never a part, never less), a merge that returned is what the store holds, and every backup
it left is whole.

The laptop here has its own event and edits and has deleted a person's data; the bundle
brings another laptop's event with its certificates, a walk-in, removals, corrections, a
change to the person deleted here and another person's deletion. Each kill starts from a copy of the
store before the merge. Quick form (in ./test): 10 kills. Full form:
`KERINJING_FULL=1 ./test tests/test_crash_merge.py -s` (60 kills;
KERINJING_CRASH_MERGE_KILLS=N overrides the count).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from kill_support import run_and_kill

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.backup import list_backups, verify_file
from kerinjing_desktop.core.store.events import add_event, get_event, update_event
from kerinjing_desktop.core.store.integrity import integrity_check
from kerinjing_desktop.core.store.participants import (
    add_participant,
    list_participants,
    remove_participant,
    update_person,
)
from kerinjing_desktop.core.store.privacy import delete_person
from kerinjing_desktop.core.store.sync import collect
from kerinjing_desktop.reports.certificates import build
from kerinjing_desktop.reports.common import PrintOptions

WRITER = Path(__file__).with_name("merge_writer.py")
FULL = os.environ.get("KERINJING_FULL") == "1"
KILLS = int(os.environ.get("KERINJING_CRASH_MERGE_KILLS") or (60 if FULL else 10))


@dataclass
class Figures:
    kills: int = 0
    merged: int = 0  # merges that returned before the kill
    lost: int = 0  # a store holding neither the data before nor the merged data
    corrupt: int = 0
    torn_backups: int = 0
    landed: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _fingerprint(data_dir: Path) -> str:
    store = open_store(data_dir)
    try:
        if integrity_check(store) != "ok":
            raise AssertionError("integrity_check failed")
        tables, deletions = collect(store, None, include_sensitive=True)
    finally:
        store.close()
    return json.dumps([tables, sorted(deletions)], sort_keys=True, default=str)


def _setup(folder: Path) -> tuple[Path, Path, str, str]:
    """(the store before the merge, the bundle, its fingerprint before, after)."""
    other = open_store(folder / "other")
    create_demo_event(other)
    export_bundle(other, folder / "first.kbundle", include_sensitive=True)
    before = folder / "before"
    here = open_store(before)
    import_bundle(here, folder / "first.kbundle")
    add_event(here, "Acara laptop ini", "Desa Sini", "2021-10-05")
    update_event(here, DEMO_EVENT_ID, venue="Balai desa (diubah di sini)")
    people = list_participants(other, DEMO_EVENT_ID)
    # A person's data deleted here that the other laptop then changes, and another person
    # deleted there: the deletion rule (store/merge_forgotten.py) runs inside the merge too.
    delete_person(here, people[6].person_id)
    here.close()
    event = get_event(other, DEMO_EVENT_ID)
    changed = people[6]
    update_person(other, changed.registration_id,
                  PersonInput(changed.name + " (diubah)", changed.gender, 30))  # fmt: skip
    delete_person(other, people[7].person_id)
    for person in people[:6]:
        remove_participant(other, person.registration_id)
    add_participant(other, DEMO_EVENT_ID, PersonInput("Peserta Baru", "P", 30), checked_in=True)
    build(other, event, folder / "c.pdf", PrintOptions())
    export_bundle(other, folder / "second.kbundle", include_sensitive=True)
    other.close()
    shutil.rmtree(before / "backups", ignore_errors=True)
    after = folder / "after"
    shutil.copytree(before, after)
    reference = open_store(after)
    import_bundle(reference, folder / "second.kbundle")
    names = {p.name for p in list_participants(reference, DEMO_EVENT_ID)}
    reference.close()
    assert changed.name not in names and changed.name + " (diubah)" not in names
    assert people[7].name not in names
    return before, folder / "second.kbundle", _fingerprint(before), _fingerprint(after)


def _run(data_dir: Path, bundle: Path, delay: float) -> list[str]:
    return run_and_kill(
        [sys.executable, str(WRITER), str(data_dir), str(bundle)],
        delay,
        "merging",
    )


def _duration(before: Path, bundle: Path, folder: Path) -> float:
    """Seconds from READY to MERGED in a writer left to finish: where the kills aim."""
    trial = folder / "trial"
    shutil.copytree(before, trial)
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(trial), str(bundle)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
    )  # fmt: skip
    seen = {}
    for line in proc.stdout:
        seen[line.strip()] = time.monotonic()
    proc.wait(60)
    return seen["MERGED"] - seen["READY"]


def run_harness(folder: Path, kills: int, seed: int = 12) -> Figures:
    rng = random.Random(seed)
    before, bundle, was, merged = _setup(folder)
    assert was != merged
    span = _duration(before, bundle, folder) * 1.2
    figures = Figures()
    for number in range(kills):
        data_dir = folder / f"kill-{number}"
        shutil.copytree(before, data_dir)
        lines = _run(data_dir, bundle, rng.uniform(0.0, span))
        figures.kills += 1
        backups = list_backups(data_dir)
        where = "merged" if "MERGED" in lines else ("merging" if backups else "backing up")
        figures.landed[where] = figures.landed.get(where, 0) + 1
        try:
            now_holds = _fingerprint(data_dir)
        except Exception as error:  # a store that does not open is a corrupt one
            figures.corrupt += 1
            figures.problems.append(f"kill {number} ({where}): {error}")
            continue
        allowed = {merged} if "MERGED" in lines else {was, merged}
        figures.merged += "MERGED" in lines
        if now_holds not in allowed:
            figures.lost += 1
            figures.problems.append(f"kill {number} ({where}): the store holds a mix or less")
        for info in backups:
            if verify_file(info.path) is not None:
                figures.torn_backups += 1
                figures.problems.append(f"kill {number}: backup {info.path.name} is not whole")
        shutil.rmtree(data_dir)
    return figures


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.timeout(1800)
def test_no_merge_is_torn_or_loses_data_across_sigkills(tmp_path):
    started = time.monotonic()
    figures = run_harness(tmp_path, KILLS)
    elapsed = time.monotonic() - started
    landed = ", ".join(f"{where}: {count}" for where, count in sorted(figures.landed.items()))
    print(
        f"\nmerge crash harness: kills={figures.kills} merged={figures.merged} "
        f"lost={figures.lost} corrupt={figures.corrupt} torn_backups={figures.torn_backups} "
        f"in {elapsed:.1f} s; kills landed: {landed}"
    )
    assert figures.problems == []
    assert figures.kills == KILLS
    assert (figures.lost, figures.corrupt, figures.torn_backups) == (0, 0, 0)
