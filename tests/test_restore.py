"""Restore keeps everything: it reads the source with its -wal, refuses a file the app could
not use, survives a crash between its renames, and never runs under a program that has the
store open (issue 12, items 1 to 4)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import dirlock, open_store, restore, swap
from kerinjing_desktop.core.store.backup import BackupError, make_backup
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.restore import restore_backup
from kerinjing_desktop.core.store.scores import enter, sheet_for

ROOT = Path(__file__).resolve().parents[1]


def _titles(data_dir: Path) -> list[str]:
    store = open_store(data_dir)
    try:
        return sorted(s.event.title for s in list_events(store))
    finally:
        store.close()


def _scored(store, event_id: str) -> dict:
    """The pre-test sheet as (person, question) → (state, score)."""
    return {
        (reg_id, number): (cell.state, cell.score)
        for reg_id, by_number in sheet_for(store, event_id, "pre").items()
        for number, cell in by_number.items()
    }


def _type_scores(store, count: int) -> None:
    """`count` pre-test scores in the demo event, each one a change (a blank is typed over
    a score, a score over a blank)."""
    people = list_participants(store, DEMO_EVENT_ID)
    sheet = _scored(store, DEMO_EVENT_ID)
    for index in range(count):
        person, number = people[index // 2], 1 + index % 2
        was = sheet.get((person.registration_id, number), ("", None))
        text = "" if was[0] == "scored" else "1"
        enter(store, DEMO_EVENT_ID, person.registration_id, "pre", number, text, "id")


# ------------------------------------------------------------------ 2: the -wal comes along
def test_restore_reads_committed_data_in_the_sources_wal(tmp_path, make_store):
    """A store copied with its -wal (the app still open, or killed) restores with all of it:
    the main file alone holds none of the 30 scores."""
    live = tmp_path / "elsewhere"
    store = make_store(live)
    create_demo_event(store)
    before = _scored(store, DEMO_EVENT_ID)
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.execute("PRAGMA wal_autocheckpoint=0")
    _type_scores(store, 30)
    expected = _scored(store, DEMO_EVENT_ID)
    assert sum(expected[key] != before.get(key) for key in expected) == 30
    copy = tmp_path / "copied" / DB_NAME
    copy.parent.mkdir()
    for suffix in ("", "-wal"):  # what a person copying the folder takes along
        shutil.copyfile(live / (DB_NAME + suffix), copy.with_name(copy.name + suffix))
    store.close()
    assert copy.with_name(DB_NAME + "-wal").stat().st_size > 0

    data_dir = tmp_path / "data"
    open_store(data_dir).close()
    restore_backup(data_dir, copy)
    store = make_store(data_dir)
    try:
        assert _scored(store, DEMO_EVENT_ID) == expected
    finally:
        store.close()
    assert copy.with_name(DB_NAME + "-wal").stat().st_size > 0, "the source was changed"


def test_the_store_kept_before_a_restore_is_whole_without_its_wal(tmp_path, make_store):
    """What a restore moves aside is one complete file: restoring it brings every edit back."""
    data_dir = tmp_path / "data"
    store = make_store(data_dir)
    create_demo_event(store)
    backup = make_backup(store, data_dir).path
    _type_scores(store, 30)
    expected = _scored(store, DEMO_EVENT_ID)
    store.close()
    aside = restore_backup(data_dir, backup)
    assert aside is not None and not aside.with_name(aside.name + "-wal").exists()
    restore_backup(data_dir, aside)
    store = make_store(data_dir)
    try:
        assert _scored(store, DEMO_EVENT_ID) == expected
    finally:
        store.close()


# ------------------------------------------------------- 4: checked as the app will use it
def _damaged_copy(tmp_path: Path, damage: str) -> Path:
    source = tmp_path / "source"
    store = open_store(source)
    add_event(store, "Dari cadangan", "Kerinjing", "2021-09-21")
    store.close()
    conn = sqlite3.connect(source / DB_NAME, isolation_level=None)
    conn.execute(damage)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return source / DB_NAME


@pytest.mark.parametrize(
    "damage",
    ["PRAGMA user_version=1", "DROP TABLE certificates", "ALTER TABLE events DROP COLUMN venue"],
    ids=["lowered-version", "missing-table", "missing-column"],
)
def test_restore_refuses_a_file_the_app_could_not_use(tmp_path, cli, damage, make_store):
    candidate = _damaged_copy(tmp_path, damage)
    store = make_store(cli.data_dir)
    add_event(store, "Sekarang", "Kerinjing", "2022-01-01")
    store.close()
    result = cli("restore", str(candidate))
    assert result.status == 2 and "Traceback" not in result.err
    assert "Tidak dipulihkan" in result.err
    assert _titles(cli.data_dir) == ["Sekarang"]
    assert not swap.leftovers(cli.data_dir)
    assert not list(cli.data_dir.glob(".restore-*"))


def test_a_restorable_file_of_an_older_version_is_migrated(tmp_path):
    """The check migrates a copy: an old but whole store is accepted (and the app migrates it)."""
    old = ROOT / "tests" / "data" / "store_v1.db"
    expected = _titles_of_file(old)
    data_dir = tmp_path / "data"
    restore_backup(data_dir, old)
    assert _titles(data_dir) == expected and expected


# ------------------------------------------------------------ 3: a crash between the renames
class _Crash(BaseException):
    """Stands for a power cut: no cleanup code runs (it is not an OSError)."""


def _crash_at(monkeypatch, step: int) -> None:
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append(src)
        if len(calls) == step:
            raise _Crash
        return real(src, dst)

    monkeypatch.setattr(restore.os, "replace", replace)


@pytest.mark.parametrize("step", range(1, 6))
def test_a_crash_at_any_rename_is_finished_at_the_next_open(
    tmp_path, monkeypatch, step, make_store
):
    data_dir = tmp_path / "data"
    store = make_store(data_dir)
    add_event(store, "Cadangan", "Kerinjing", "2021-09-21")
    backup = make_backup(store, data_dir).path
    add_event(store, "Sesudah cadangan", "Kerinjing", "2021-10-01")
    store.execute("PRAGMA wal_autocheckpoint=0")
    add_event(store, "Di WAL saja", "Kerinjing", "2021-11-01")
    store.close()
    _crash_at(monkeypatch, step)
    try:
        restore_backup(data_dir, backup)
        crashed = False
    except _Crash:
        crashed = True
    monkeypatch.undo()
    titles = _titles(data_dir)
    # Finished (the backup is the store) or never begun (the store as it was): never empty.
    assert titles in (["Cadangan"], ["Cadangan", "Di WAL saja", "Sesudah cadangan"])
    assert not swap.pending(data_dir)
    kept = [p for p in swap.leftovers(data_dir) if swap.ASIDE_LABEL in p.name]
    if titles == ["Cadangan"]:  # nothing of the old store is lost: it is kept aside, whole
        assert len(kept) == 1 and _titles_of_file(kept[0]) == [
            "Cadangan",
            "Di WAL saja",
            "Sesudah cadangan",
        ]
    assert crashed or step > 4


def _titles_of_file(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM events"))
    finally:
        conn.close()


def test_an_older_versions_crash_mid_swap_opens_the_restored_data(make_store, cli):
    """What the old restore left when killed between its renames: no store, the complete copy
    as `.restoring`, the old one as `.before-restore-…`. The app used to start empty on it
    and doctor said "Store OK"; now the swap is finished and doctor names the kept store."""
    data_dir = cli.data_dir
    store = make_store(data_dir)
    add_event(store, "Dipulihkan", "Kerinjing", "2021-09-21")
    backup = make_backup(store, data_dir).path
    add_event(store, "Lama", "Kerinjing", "2021-10-01")
    store.close()
    os.replace(data_dir / DB_NAME, data_dir / f"{DB_NAME}.before-restore-20260101-000000-000000")
    for suffix in ("-wal", "-shm"):
        if (data_dir / (DB_NAME + suffix)).exists():
            (data_dir / (DB_NAME + suffix)).unlink()
    shutil.copyfile(backup, data_dir / swap.CANDIDATE)
    doctor = cli("--lang", "en", "doctor")
    assert "Traceback" not in doctor.err
    assert "before-restore-20260101" in doctor.out
    assert _titles(data_dir) == ["Dipulihkan"]
    assert not (data_dir / swap.CANDIDATE).exists()


def test_doctor_names_an_unfinished_restore_it_cannot_finish(make_store, cli):
    """While another program holds the data dir, a pending swap is named as a FIX."""
    store = make_store(cli.data_dir)
    store.close()
    (cli.data_dir / swap.JOURNAL).write_text('{"aside": "x"}')
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_SCRIPT, str(cli.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        doctor = cli("--lang", "en", "doctor")
    finally:
        holder.kill()
        holder.wait()
    assert doctor.status == 1 and "Traceback" not in doctor.err
    assert "FIX   A restore was interrupted" in doctor.out
    assert "the Kerinjing Desktop window (process" in doctor.out


_HOLD_SCRIPT = """
import sys, time
from kerinjing_desktop.core.store import dirlock
hold = dirlock.acquire(sys.argv[1], dirlock.WINDOW)
print("held", flush=True)
time.sleep(120)
"""


# ----------------------------------------------- 1: one program owns the data dir at a time
def _start_window(data_dir: Path) -> subprocess.Popen:
    """The real app's window (offscreen), on `data_dir`; returns once it holds the data."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kerinjing_desktop", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        found = dirlock.read_holder(data_dir)
        if found is not None and found.pid == proc.pid:
            break
        time.sleep(0.1)
    time.sleep(0.5)  # on a version without the lock: the window has its store open by now
    return proc


@pytest.mark.timeout(120)
def test_restore_and_writing_commands_are_refused_while_the_window_has_the_data(
    tmp_path, make_store
):
    data_dir = tmp_path / "data"
    store = make_store(data_dir)
    create_demo_event(store)
    backup = make_backup(store, data_dir).path
    store.close()
    inode = (data_dir / DB_NAME).stat().st_ino
    window = _start_window(data_dir)
    try:
        command = [sys.executable, "-m", "kerinjing_desktop", "--lang", "en", "--data-dir"]
        command.append(str(data_dir))
        restored = subprocess.run([*command, "restore", str(backup)], capture_output=True,
                                  text=True, timeout=60)  # fmt: skip
        scored = subprocess.run(
            [*command, "scores", "set", "--event", DEMO_EVENT_ID, "P-001", "pre", "1", "2"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        listed = subprocess.run([*command, "events"], capture_output=True, text=True, timeout=60)
    finally:
        window.kill()
        window.wait()
    for result in (restored, scored):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "the Kerinjing Desktop window" in result.stderr
        assert f"process {window.pid}" in result.stderr
    assert listed.returncode == 0 and DEMO_EVENT_ID in listed.stdout  # reading still works
    assert (data_dir / DB_NAME).stat().st_ino == inode
    assert not swap.leftovers(data_dir)
    # Killed, the window lets go at once: the next command writes.
    after = subprocess.run([*command, "restore", str(backup)], capture_output=True, text=True,
                           timeout=60)  # fmt: skip
    assert after.returncode == 0, after.stderr


def test_the_windows_own_restore_page_still_restores(qtbot, tmp_path, monkeypatch):
    """The window holds the data dir; its Backups page closes the store, restores, reopens."""
    from kerinjing_desktop.gui.pages.backups_page import BackupsPage
    from kerinjing_desktop.gui.recovery import hold_data_dir, open_store_asking
    from kerinjing_desktop.gui.session import Session

    data_dir = tmp_path / "data"
    hold = hold_data_dir(data_dir)
    store = open_store_asking(data_dir)
    add_event(store, "Cadangan", "Kerinjing", "2021-09-21")
    make_backup(store, data_dir)
    add_event(store, "Nanti", "Kerinjing", "2021-10-01")
    session = Session(store, data_dir, "id")
    page = BackupsPage(session)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    monkeypatch.setattr("kerinjing_desktop.gui.pages.backups_page.ask", lambda *args: True)
    page.restore_selected()
    try:
        assert [s.event.title for s in list_events(session.store)] == ["Cadangan"]
        assert dirlock.holds(data_dir)
        with pytest.raises(dirlock.DataDirBusy):  # another process would still be refused
            _other_process_acquires(data_dir)
    finally:
        session.store.close()
        hold.release()
    assert not dirlock.holds(data_dir)


def _other_process_acquires(data_dir: Path) -> None:
    code = (
        "import sys\nfrom kerinjing_desktop.core.store import dirlock\n"
        "try:\n    dirlock.acquire(sys.argv[1], 'scores set')\n"
        "except dirlock.DataDirBusy as e:\n    print(e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    if result.returncode == 3:
        raise dirlock.DataDirBusy(data_dir, dirlock.read_holder(data_dir))


def test_restore_of_a_missing_or_foreign_file_says_so(tmp_path):
    data_dir = tmp_path / "data"
    open_store(data_dir).close()
    with pytest.raises(BackupError, match=r"^Tidak dipulihkan: .*nothing\.db tidak ada\.$"):
        restore_backup(data_dir, tmp_path / "nothing.db")
    with pytest.raises(
        BackupError, match=r"kerinjing\.db adalah berkas data yang sedang dipakai\.$"
    ):
        restore_backup(data_dir, data_dir / DB_NAME)  # the store in use itself


def test_a_second_window_is_told_which_window_has_the_data(qtbot, tmp_path, monkeypatch):
    """Two windows on one data dir: the second says who has it (in Indonesian) and gets no
    hold, so `run_gui` stops there (exit 2) before opening any store."""
    from PySide6.QtWidgets import QMessageBox

    from kerinjing_desktop.gui.recovery import hold_data_dir

    data_dir = tmp_path / "data"
    open_store(data_dir).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_SCRIPT, str(data_dir)],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        assert holder.stdout.readline().strip() == "held"
        assert hold_data_dir(data_dir) is None
    finally:
        holder.kill()
        holder.wait()
    assert len(shown) == 1
    assert "sedang dipakai oleh jendela Kerinjing Desktop" in shown[0]
    assert f"proses {holder.pid}" in shown[0]
