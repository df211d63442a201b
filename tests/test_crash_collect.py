"""Kills a collection (several bundles per transaction) with SIGKILL: after every kill the
store opens whole and holds the bundles of some first batches, each whole (the data of
collecting the first k bundles, for a k), at least every bundle told at a batch's end, and
collecting again ends with everything.

Quick form (in ./test): 6 kills. Full form: `KERINJING_FULL=1 ./test tests/test_crash_collect.py
-s` (40 kills; KERINJING_CRASH_COLLECT_KILLS=N overrides the count).
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
from pathlib import Path

import pytest
from collect_writer import BUNDLES
from kill_support import run_and_kill

from kerinjing_desktop.core.bundle_plan import collect_bundles
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.integrity import integrity_check
from kerinjing_desktop.core.store.sync import collect

WRITER = Path(__file__).with_name("collect_writer.py")
FULL = os.environ.get("KERINJING_FULL") == "1"
KILLS = int(os.environ.get("KERINJING_CRASH_COLLECT_KILLS") or (40 if FULL else 6))
LAPTOPS = 6  # the fifth carries a colleague's event too: bundles overlap


def _fingerprint(data_dir: Path, then=None) -> str:
    store = open_store(data_dir)
    try:
        if integrity_check(store) != "ok":
            raise AssertionError("integrity_check failed")
        if then is not None:
            then(store)
        tables, deletions = collect(store, None, include_sensitive=True)
    finally:
        store.close()
    return json.dumps([tables, sorted(deletions)], sort_keys=True, default=str)


def _duration(usb: Path, folder: Path) -> float:
    """Seconds from READY to DONE in a writer left to finish: where the kills aim."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder / "trial"), str(usb)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
    )  # fmt: skip
    seen = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        seen[line.strip()] = time.monotonic()
    proc.wait(60)
    return seen["DONE"] - seen["READY"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.timeout(1800)
def test_a_killed_collection_holds_whole_batches_and_collecting_again_finishes(tmp_path):
    usb = tmp_path / "usb"
    bundles = write_programme(usb, LAPTOPS, 1, 8)
    prefixes = {}  # the data of collecting the first k bundles → k
    for k in range(LAPTOPS + 1):
        store = open_store(tmp_path / f"first-{k}")
        if k:
            collect_bundles(store, bundles[:k])
        store.close()
        prefixes.setdefault(_fingerprint(tmp_path / f"first-{k}"), k)
    everything = _fingerprint(tmp_path / f"first-{LAPTOPS}")
    span = _duration(usb, tmp_path) * 1.2
    rng = random.Random(17)
    problems, held = [], []
    for number in range(KILLS):
        data_dir = tmp_path / f"kill-{number}"
        lines = run_and_kill(
            [sys.executable, str(WRITER), str(data_dir), str(usb)], rng.uniform(0, span),
            "collecting",
        )  # fmt: skip
        told = sum(line.startswith("TOLD") for line in lines)
        if "DONE" in lines:
            told = LAPTOPS
        try:
            now = _fingerprint(data_dir)
        except Exception as error:  # a store that does not open is a corrupt one
            problems.append(f"kill {number}: {error}")
            continue
        k = prefixes.get(now)
        if k is None:
            problems.append(f"kill {number}: not the data of the first bundles, each whole")
        elif k < told - told % BUNDLES:
            problems.append(f"kill {number}: {told} told, a batch's end, but {k} in the store")
        held.append(k)
        if _fingerprint(data_dir, then=lambda store: collect_bundles(store, [usb])) != everything:
            problems.append(f"kill {number}: collecting again did not end with everything")
        shutil.rmtree(data_dir)
    print(f"\ncollect crash harness: kills={KILLS}, bundles held after each: {held}")
    assert problems == []
    assert len(held) == KILLS
