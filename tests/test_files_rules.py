"""core/files.py's promises that test_files.py leaves implicit: the order of syncs and the
rename (a power cut must leave the old file or the whole new one), no file handle left open,
the temporary name, which orphans go, the modes of every helper and what each returns."""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from pathlib import Path

import pytest

from kerinjing_desktop.core import files

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and fsync")
linux_fds = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@posix_only
def test_the_file_is_synced_before_the_rename_and_its_folder_after(tmp_path, monkeypatch):
    """Synced first, so the rename can never expose a file whose bytes are not on the disk;
    the folder after, so the rename itself survives a power cut."""
    steps: list[tuple[str, int]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        steps.append(("sync folder" if stat.S_ISDIR(info.st_mode) else "sync file", info.st_ino))
        real_fsync(fd)

    def replace(source, target) -> None:
        steps.append(("rename", os.stat(source).st_ino))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = files.write_bytes(tmp_path / "report.pdf", b"%PDF")
    written = target.stat().st_ino
    assert steps == [
        ("sync file", written),
        ("rename", written),
        ("sync folder", tmp_path.stat().st_ino),
    ]


@linux_fds
def test_no_file_handle_is_left_open(tmp_path):
    """A long day of autosaves and exports must not run out of handles (or keep a deleted
    file's space on a USB stick)."""
    before = _open_descriptors()
    for number in range(5):
        files.write_bytes(tmp_path / "list.csv", b"x" * number)
        files.write_text(tmp_path / "note.txt", "catatan")
        files.ensure_private_file(tmp_path / "store.sqlite")
        files.fsync_dir(tmp_path)
    assert _open_descriptors() == before


def test_the_temporary_name_is_hidden_random_and_marked(tmp_path):
    target = tmp_path / "Daftar Hadir.xlsx"
    first, second = files.temp_name(target), files.temp_name(target)
    assert re.fullmatch(r"\.Daftar Hadir\.xlsx\.[0-9a-f]{8}\.partial", first.name)
    assert first.parent == tmp_path and first != second


def test_only_a_temporary_file_of_the_same_target_counts_as_its_orphan(tmp_path):
    target = tmp_path / "list.csv"
    assert files.is_temp_of(files.temp_name(target), target)
    assert not files.is_temp_of(tmp_path / ".list.csv.backup", target)  # not a temporary file
    assert not files.is_temp_of(tmp_path / "list.csv.1.partial", target)  # not hidden: theirs
    assert not files.is_temp_of(files.temp_name(tmp_path / "list.csv2"), target)


def test_orphans_go_when_older_than_ten_minutes_by_the_clock(tmp_path, monkeypatch):
    """Ten minutes exactly is still a write in progress; a second past it is an orphan."""
    now = 2_000_000_000.0
    monkeypatch.setattr(files.time, "time", lambda: now)
    target = tmp_path / "export.xlsx"
    at_limit, past = files.temp_name(target), files.temp_name(target)
    for path, age in ((at_limit, 600), (past, 601)):
        path.write_bytes(b"half")
        os.utime(path, (now - age, now - age))
    files.write_bytes(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, at_limit.name])


@posix_only
def test_a_stale_link_left_under_a_temporary_name_goes_too(tmp_path, monkeypatch):
    """Judged by its own age: a link whose file is gone is an orphan like any other."""
    now = 2_000_000_000.0
    monkeypatch.setattr(files.time, "time", lambda: now)
    target = tmp_path / "export.xlsx"
    link = files.temp_name(target)
    link.symlink_to(tmp_path / "gone")
    os.utime(link, (now - 3600, now - 3600), follow_symlinks=False)
    files.write_bytes(target, b"whole")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@posix_only
def test_a_shared_folder_gives_its_group_read_write_and_nothing_else(tmp_path):
    """Only the group's read and write bits: never execute, never anything for others."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o2777)
    assert files.output_mode(shared) == 0o660
    os.chmod(shared, 0o2710)
    assert files.output_mode(shared) == 0o600
    assert files.output_mode(tmp_path / "missing") == 0o600  # unreadable folder: private


@posix_only  # Windows refuses a rename over a folder with another error
def test_the_parent_folder_and_a_folder_are_never_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(IsADirectoryError):
        files.write_bytes("..", b"x")
    with pytest.raises(IsADirectoryError), files.atomic_path(tmp_path / "folder"):
        pass  # a library that writes nothing still cannot turn a folder into a file
    assert stat.S_ISDIR(os.stat(tmp_path / "folder").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_atomic_open_writes_bytes_by_default_and_text_as_utf8(tmp_path):
    with files.atomic_open(tmp_path / "a.bin") as handle:
        handle.write(b"\x00\x01")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    for mode in ("w", "wt"):
        with files.atomic_open(tmp_path / f"{mode}.txt", mode) as handle:
            handle.write("Désa\n")
        assert (tmp_path / f"{mode}.txt").read_bytes() == "Désa\n".encode()
    with files.atomic_open(tmp_path / "l.txt", "w", encoding="latin-1") as handle:
        handle.write("é")
    assert (tmp_path / "l.txt").read_bytes() == b"\xe9"


@pytest.mark.parametrize("mode", ["a", "ab", "r+", "x"])
def test_atomic_open_refuses_any_mode_but_a_whole_write(tmp_path, mode):
    with pytest.raises(ValueError, match=f"not mode '{re.escape(mode)}'"):
        files.atomic_open(tmp_path / "x", mode).__enter__()
    assert list(tmp_path.iterdir()) == []


def test_the_writers_return_the_path_and_keep_the_text_as_given(tmp_path):
    assert files.write_bytes(tmp_path / "b", b"1") == tmp_path / "b"
    assert files.write_text(str(tmp_path / "t"), "a\r\nb\né") == tmp_path / "t"
    assert (tmp_path / "t").read_bytes() == "a\r\nb\né".encode()  # no newline translation
    files.write_text(tmp_path / "c", "é", encoding="cp1252")
    assert (tmp_path / "c").read_bytes() == b"\xe9"


@posix_only
def test_a_store_file_is_made_private_without_losing_what_it_holds(tmp_path):
    store = tmp_path / "kerinjing.sqlite"
    store.write_bytes(b"SQLite format 3\x00")
    os.chmod(store, 0o644)
    assert files.ensure_private_file(store) == store
    assert store.read_bytes() == b"SQLite format 3\x00" and _mode(store) == 0o600
    fresh = files.ensure_private_file(tmp_path / "new.sqlite")
    assert fresh.read_bytes() == b"" and _mode(fresh) == 0o600


@posix_only
def test_a_store_file_already_private_keeps_its_status_change_time(tmp_path):
    """No chmod when the mode is right: it would move the status-change time, which tells a
    store already checked for damage from one changed since (store/checked.py)."""
    store = tmp_path / "kerinjing.sqlite"
    files.ensure_private_file(store)
    before = os.stat(store).st_ctime_ns
    time.sleep(0.01)  # a chmod now would give a later status-change time
    files.ensure_private_file(store)
    assert os.stat(store).st_ctime_ns == before and _mode(store) == 0o600


@posix_only
def test_make_private_closes_a_file_to_everyone_else(tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8")
    os.chmod(photo, 0o666)
    files.make_private(photo)
    assert _mode(photo) == 0o600


def test_an_unwritable_folder_fails_with_the_systems_error(tmp_path):
    """The caller words the failure; the helper passes the system's error on unchanged."""
    with pytest.raises(FileNotFoundError) as raised:
        files.write_bytes(tmp_path / "missing" / "x.csv", b"x")
    assert raised.value.errno == errno.ENOENT
