"""Every file the app writes appears whole or not at all, private (0600) unless the folder is a
shared group folder; a failed write leaves the previous file, never a torn or 0-byte one."""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from pathlib import Path

import pytest

from kerinjing_desktop.core import files
from kerinjing_desktop.core.files import atomic_open, atomic_path, output_mode, write_bytes

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_new_file_is_private_even_in_an_open_folder(tmp_path):
    os.chmod(tmp_path, 0o777)
    old_umask = os.umask(0)  # the most permissive session cannot open it up
    try:
        path = write_bytes(tmp_path / "export.csv", b"names")
    finally:
        os.umask(old_umask)
    assert path.read_bytes() == b"names" and _mode(path) == 0o600


@posix_only
def test_a_shared_group_folder_decides(tmp_path):
    """A set-group-ID folder is shared on purpose: its group bits apply; others never read."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o2775)
    assert output_mode(shared) == 0o660
    assert _mode(write_bytes(shared / "report.pdf", b"%PDF")) == 0o660
    os.chmod(shared, 0o2750)
    assert _mode(write_bytes(shared / "report.pdf", b"%PDF")) == 0o640
    os.chmod(shared, 0o755)  # an ordinary folder, however open
    assert _mode(write_bytes(shared / "report.pdf", b"%PDF")) == 0o600


@posix_only
def test_replacing_a_world_readable_file_makes_it_private(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)
    write_bytes(path, b"new")
    assert path.read_bytes() == b"new" and _mode(path) == 0o600


def test_an_error_while_writing_leaves_the_old_file_and_no_temp(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"the old list")
    with pytest.raises(RuntimeError, match="renderer"), atomic_open(path, "wb") as handle:
        handle.write(b"half of the new")
        raise RuntimeError("renderer failed")
    assert path.read_bytes() == b"the old list"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_a_full_disk_at_fsync_leaves_the_old_file(tmp_path, monkeypatch):
    """File systems with delayed allocation report ENOSPC at fsync: the rename never happens."""
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF old")

    def full(_path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_fsync_file", full)
    with pytest.raises(OSError) as raised:
        write_bytes(path, b"%PDF new")
    assert raised.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_nothing_new_appears_when_the_first_write_fails(tmp_path):
    with pytest.raises(ValueError), atomic_path(tmp_path / "new.xlsx"):
        raise ValueError("openpyxl failed")
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path):
    with atomic_path(tmp_path / "bundle.kerinjing") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".bundle.kerinjing.")
        assert files.is_temp_of(temp, tmp_path / "bundle.kerinjing")
        assert temp.exists() and not (tmp_path / "bundle.kerinjing").exists()
        if os.name == "posix":
            assert _mode(temp) == 0o600  # private from its first byte
        temp.write_bytes(b"x")
    assert (tmp_path / "bundle.kerinjing").read_bytes() == b"x"


@pytest.fixture
def devices_kept(monkeypatch):
    """A broken atomic_path (a mutation run makes them on purpose) fails the test instead of
    renaming a file over the machine's /dev/full or /dev/null: the tests may run as root."""
    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        if str(target).startswith("/dev/"):
            raise AssertionError(f"a file was renamed over {target}")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full")
def test_a_full_device_says_the_disk_is_full_and_stays_a_device(devices_kept):
    with pytest.raises(OSError) as raised:
        write_bytes("/dev/full", b"x" * 100_000)
    assert raised.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # not renamed over by a regular file


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="POSIX /dev/null")
def test_a_device_is_written_in_place(devices_kept):
    write_bytes("/dev/null", b"discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("target", ["", ".", "folder"])
def test_a_folder_or_an_empty_name_is_refused(tmp_path, monkeypatch, target):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(IsADirectoryError):
        write_bytes(target, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@posix_only
def test_a_symlink_keeps_pointing_at_the_replaced_file(tmp_path):
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_every_file_writer_goes_through_the_helper():
    """No module writes a file by itself: open(…, "w"), write_text/write_bytes, os.replace,
    a reportlab Canvas or document, a workbook or picture save all go through core/files."""
    package = Path(files.__file__).resolve().parents[1]
    allowed = {
        Path(files.__file__).resolve(),
        package / "gui" / "app.py",  # appends to the error log
        package / "cli" / "common.py",  # appends to the error log
        # restore's swap renames the store and its companions themselves, and copies the
        # source into a private scratch folder to read it; its journal goes through core/files
        package / "core" / "store" / "restore.py",
        package / "core" / "store" / "swap.py",
    }
    bench = package / "bench"
    offenders = []
    patterns = (
        r"(?<!atomic_)open\([^)]*[\"'][wa]b?[\"']", r"\.write_text\(", r"\.write_bytes\(",
        r"os\.replace\(", r"shutil\.copy", r"mkstemp", r"Canvas\(str\(out",
        r"SimpleDocTemplate\(\s*str\(out", r"book\.save\(path", r"image\.save\(str\(path",
        r"\.save\(target,",
    )  # fmt: skip
    for path in package.rglob("*.py"):
        if path.resolve() in allowed or bench in path.parents:
            continue
        source = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {p}" for p in patterns if re.search(p, source)]
    # restore's swap renames the store itself (core/store/backup.py), not a written file
    assert [o for o in offenders if not o.startswith("backup.py")] == []


def test_orphans_of_a_killed_write_are_removed_by_the_next_one(tmp_path):
    """A kill mid-write leaves a hidden temporary file; the next write of the same file
    removes it once it is old enough that no writer can still be using it."""
    target = tmp_path / "export.xlsx"
    orphan, fresh = files.temp_name(target), files.temp_name(target)
    other = files.temp_name(tmp_path / "other.pdf")
    for path in (orphan, fresh, other):
        path.write_bytes(b"half")
    old = time.time() - files.STALE_SECONDS - 60
    os.utime(orphan, (old, old))
    os.utime(other, (old, old))
    write_bytes(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, fresh.name, other.name]
    )


@posix_only
def test_the_command_line_error_log_is_private(tmp_path, capsys):
    """A traceback can hold a participant's name: the log is owner-only, like the store."""
    from kerinjing_desktop.cli.common import unexpected

    old_umask = os.umask(0o022)  # the usual session: new files readable by everyone
    try:
        assert unexpected(RuntimeError("Siti Aminah"), str(tmp_path / "data")) != 0
    finally:
        os.umask(old_umask)
    log = tmp_path / "data" / "logs" / "errors.log"
    assert "Siti Aminah" in log.read_text(encoding="utf-8") and _mode(log) == 0o600
    assert _mode(log.parent) == 0o700
