"""`bundle import` merges bundle by bundle (cli/bundle_import.py): a refused file is named and
the others merged, Ctrl+C stops between bundles, and a kill -9 at any moment leaves every
bundle in the store whole or not at all, with nothing held before lost.

The bundles are a generated programme's first laptops (core/office/sample.py; none of these
carries a colleague's event, so no row is in two bundles): a bundle's rows are all in the
store or none of them. The crash harness kills `tests/import_writer.py` at random moments
(8 kills here; KERINJING_FULL=1 makes it 30, KERINJING_CRASH_IMPORT_KILLS=N any number).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kill_support import run_and_kill

from kerinjing_desktop.core.bundle import import_bundle, read_bundle
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.backup import list_backups, verify_file
from kerinjing_desktop.core.store.integrity import integrity_check

WRITER = Path(__file__).with_name("import_writer.py")
FULL = os.environ.get("KERINJING_FULL") == "1"
KILLS = int(os.environ.get("KERINJING_CRASH_IMPORT_KILLS") or (30 if FULL else 8))
LAPTOPS = 4  # laptop 4 (the fifth) would carry a colleague's event


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    """(an office that already holds laptop 1's bundle, the folder of laptops 2-4's)."""
    root = tmp_path_factory.mktemp("programme")
    paths = write_programme(root / "all", LAPTOPS, events_per_laptop=2, people=20)
    office = root / "office"
    store = open_store(office)
    import_bundle(store, paths[0])
    store.close()
    shutil.rmtree(office / "backups")
    usb = root / "usb"
    usb.mkdir()
    for path in paths[1:]:
        shutil.copy(path, usb / path.name)
    return office, usb


def _ids(store, table: str) -> set[str]:
    return {row[0] for row in store.execute(f"SELECT id FROM {table}")}


def _held_whole(data_dir: Path, bundles: list[Path]) -> tuple[int, list[str]]:
    """(how many bundles the store holds, the bundles it holds only a part of)."""
    store = open_store(data_dir)
    try:
        assert integrity_check(store) == "ok"
        tables: dict[str, set[str]] = {}
        held, mixed = 0, []
        for path in bundles:
            _manifest, rows, _deletions = read_bundle(path)
            found = 0
            for table, row in rows:
                if table not in tables:
                    tables[table] = _ids(store, table)
                found += str(row["id"]) in tables[table]
            if found == len(rows):
                held += 1
            elif found:
                mixed.append(f"{path.name}: {found} of {len(rows)} rows")
        return held, mixed
    finally:
        store.close()


def _copy(office: Path, to: Path) -> Path:
    shutil.copytree(office, to)
    return to


def test_a_refused_bundle_is_named_and_the_others_are_merged(cli, programme, tmp_path):
    office, usb = programme
    folder = tmp_path / "usb"
    shutil.copytree(usb, folder)
    bad = sorted(folder.iterdir())[1]
    conn = sqlite3.connect(bad)  # one row changed after the bundle was written
    conn.execute(
        'UPDATE rows SET data = replace(data, \'"full_name": "\', \'"full_name": "X\') '
        "WHERE rowid = (SELECT min(rowid) FROM rows WHERE table_name = 'people')"
    )
    conn.commit()
    conn.close()
    shutil.rmtree(cli.data_dir, ignore_errors=True)
    _copy(office, cli.data_dir)
    done = cli("bundle", "import", str(folder))
    assert done.status == 2, done.err
    assert bad.name in done.err and "1 dari 3 bundel tidak digabung" in done.err, done.err
    assert "Traceback" not in done.err
    others = [p for p in sorted(folder.iterdir()) if p != bad]
    assert _held_whole(cli.data_dir, others) == (2, [])
    assert _held_whole(cli.data_dir, [usb / bad.name]) == (0, [])  # its rows, as written


def test_ctrl_c_stops_between_bundles_and_the_rest_comes_with_a_second_run(programme, tmp_path):
    office, usb = programme
    data_dir = _copy(office, tmp_path / "office")
    argv = [sys.executable, "-m", "kerinjing_desktop", "--lang", "en", "--data-dir",
            str(data_dir), "bundle", "import", str(usb)]  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    first = proc.stderr.readline()  # the first bundle's line: it is merged
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)
    assert first.startswith("[1/3] "), first + err
    assert proc.returncode == 130, err
    bundles = sorted(usb.iterdir())
    held, mixed = _held_whole(data_dir, bundles)
    assert mixed == [] and 1 <= held < 3, (held, err)
    assert "Stopped after" in err and "Traceback" not in err, err
    again = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert _held_whole(data_dir, bundles) == (3, [])


def _duration(data_dir: Path, usb: Path) -> float:
    """Seconds from READY to IMPORTED in a writer left to finish: where the kills aim."""
    argv = [sys.executable, str(WRITER), str(data_dir), str(usb)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        seen[line.split()[0]] = time.monotonic()
    proc.wait(600)
    return seen["IMPORTED"] - seen["READY"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.timeout(1800)
def test_a_kill_mid_import_leaves_each_bundle_whole_and_loses_nothing(programme, tmp_path):
    office, usb = programme
    bundles = sorted(usb.iterdir())
    before = _held_whole(office, [*bundles])
    assert before == (0, [])
    span = _duration(_copy(office, tmp_path / "trial"), usb) * 1.1
    rng = random.Random(17)
    lost, mixed, torn, landed = 0, [], 0, []
    for number in range(KILLS):
        data_dir = _copy(office, tmp_path / f"kill-{number}")
        run_and_kill([sys.executable, str(WRITER), str(data_dir), str(usb)],
                     rng.uniform(0.0, span), "importing")  # fmt: skip
        held, parts = _held_whole(data_dir, bundles)
        landed.append(held)
        mixed += parts
        # what the office held before (laptop 1) is all still there
        lost += _held_whole(data_dir, [office.parent / "all" / "laptop-001.kbundle"])[0] != 1
        torn += sum(verify_file(info.path) is not None for info in list_backups(data_dir))
        shutil.rmtree(data_dir)
    print(f"\nbundle import crash harness ({span:.1f} s from READY to IMPORTED): kills={KILLS} "
          f"lost={lost} mixed={len(mixed)} torn_backups={torn}; bundles held after each kill: "
          f"{landed}")  # fmt: skip
    assert (lost, mixed, torn) == (0, [], 0)
