"""A full disk: writes say so in words (exit 1, never a traceback), reads are never told
"could not be saved", and no document, export or bundle is left 0-byte or torn.

Two ways to fill a disk: SQLite's own `max_page_count` (the store can grow no more, exactly
what SQLITE_FULL reports on a full disk), and, where the tests may mount one (root on Linux),
a real 2 MB tmpfs filled to the last byte. Linux's /dev/full stands in for a full USB stick.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kerinjing_desktop.core.store import connection
from kerinjing_desktop.core.store.integrity import explain

COMMAND = [sys.executable, "-m", "kerinjing_desktop"]


def test_writes_on_a_full_disk_say_so_and_reads_still_work(cli, tmp_path, monkeypatch):
    event = cli("demo-data").out.strip()
    rows = "".join(f"Peserta Baru {n} {'x' * 150};P\n" for n in range(300))
    (tmp_path / "list.csv").write_text("Nama;L/P\n" + rows, encoding="utf-8")
    before = cli("participants", "list", "--event", event, "--json").out
    prepare = connection._prepare

    def full(conn, path, *rest):
        store = prepare(conn, path, *rest)
        conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
        return store

    monkeypatch.setattr(connection, "_prepare", full)
    for args in (
        ("participants", "import", "--event", event, str(tmp_path / "list.csv")),
        ("events", "add", "--title", "x" * 4000, "--village", "y" * 4000, "--date", "2021-09-21"),
    ):
        result = cli(*args)
        assert result.status == 1, result.err
        assert "Disk penuh" in result.err and "Traceback" not in result.err
    listed = cli("participants", "list", "--event", event, "--json")
    assert listed.status == 0 and listed.out == before  # nothing half-imported, reads work


def test_a_store_that_cannot_even_open_on_a_full_disk_is_not_told_could_not_be_saved():
    """SQLite cannot make its shared-memory file on a full disk: that is no failed save."""
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    message = explain(error)
    assert "tidak bisa disimpan" not in message
    assert "disk penuh" in message and "Yang sudah tersimpan aman" in message


def test_an_os_error_is_explained_in_words():
    message = explain(IsADirectoryError(21, "Is a directory", "."))
    assert message == "itu folder, bukan berkas"


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, KERINJING_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full")
def test_outputs_to_a_full_device_say_the_disk_is_full(tmp_path):
    """Every output command, pointed at a full device: the words, exit 2, no traceback (the
    XLSX writer's zip used to print one while being garbage-collected)."""
    data = tmp_path / "data"
    event = _run(data, "demo-data").stdout.strip()
    for args in (
        ("export", "--event", event, "--format", "xlsx", "--out", "/dev/full"),
        ("print", "attendance", "--event", event, "--out", "/dev/full"),
        ("bundle", "export", "--out", "/dev/full"),
        ("slides", "handout", "bundled", "--out", "/dev/full"),
    ):
        result = _run(data, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "penuh" in result.stderr and "Traceback" not in result.stderr, args


def _mount_tmpfs(folder: Path) -> bool:
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path):
    folder = tmp_path / "disk"
    if not _mount_tmpfs(folder):
        pytest.skip("mounting a tmpfs needs root on Linux")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    """Write until the disk refuses even a single byte."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_really_full_disk(tiny_disk):
    """A 2 MB disk holding the store and earlier exports, filled to the last byte."""
    data = tiny_disk / "data"
    event = _run(data, "demo-data").stdout.strip()
    xlsx, pdf = tiny_disk / "peserta.xlsx", tiny_disk / "hadir.pdf"
    assert (
        _run(data, "export", "--event", event, "--format", "xlsx", "--out", str(xlsx)).returncode
        == 0
    )
    assert _run(data, "print", "attendance", "--event", event, "--out", str(pdf)).returncode == 0
    old_xlsx, old_pdf = xlsx.read_bytes(), pdf.read_bytes()
    _fill(tiny_disk)
    results = {
        "set": _run(data, "scores", "set", "--event", event, "P-001", "pre", "1", "1"),
        "list": _run(data, "participants", "list", "--event", event),
        "export": _run(data, "export", "--event", event, "--format", "xlsx", "--out", str(xlsx)),
        "print": _run(data, "print", "attendance", "--event", event, "--out", str(pdf)),
        "csv": _run(
            data, "export", "--event", event, "--format", "csv", "--out", str(tiny_disk / "csv")
        ),
    }
    for name, result in results.items():
        assert "Traceback" not in result.stderr, name
        assert "tidak bisa disimpan" not in result.stderr, name  # "could not be saved"
    assert results["set"].returncode in (1, 2) and "penuh" in results["set"].stderr
    assert results["list"].returncode == 0 or "penuh" in results["list"].stderr
    assert xlsx.read_bytes() == old_xlsx and pdf.read_bytes() == old_pdf  # old file, not torn
    torn = [p.name for p in tiny_disk.rglob("*") if p.is_file() and p.stat().st_size == 0]
    # SQLite's own -wal/-shm may be empty; no output of ours may be
    assert [n for n in torn if not n.endswith(("-wal", "-shm", "filler"))] == []


def test_an_unexpected_full_disk_in_the_window_is_said_in_words(qapp, monkeypatch):
    """Anything that escapes to the window's error hook: a full disk reads as one."""
    from PySide6.QtWidgets import QMessageBox

    from kerinjing_desktop.gui.app import _install_error_hook

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _install_error_hook(None)
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    sys.excepthook(type(error), error, None)
    assert "Disk penuh" in shown[0] and "database or disk is full" not in shown[0]
