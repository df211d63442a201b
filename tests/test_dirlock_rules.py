"""The data folder's lock, the rules its words' tests leave out: how long and how often a
command waits (on a clock the test drives), what the lock file holds, that asking who holds
a folder leaves no lock and no descriptor behind, that two folders are two locks, and the
Windows byte-range lock (played by a stand-in `msvcrt`, so it runs on every system)."""

from __future__ import annotations

import json
import os
import re
import sys
from types import SimpleNamespace

import pytest
from fd_support import open_in

from kerinjing_desktop.core.store import dirlock
from kerinjing_desktop.core.store.dirlock import DataDirBusy, Holder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="plays the other program with flock")


@pytest.fixture
def clock(monkeypatch):
    """A clock the test drives: each pause is recorded and moves the clock on by itself."""
    state = SimpleNamespace(now=100.0, pauses=[])

    def sleep(seconds: float) -> None:
        state.pauses.append(seconds)
        state.now += seconds

    monkeypatch.setattr(dirlock, "time", SimpleNamespace(monotonic=lambda: state.now, sleep=sleep))
    return state


def test_by_default_a_command_does_not_wait(tmp_path, other_program, clock):
    other_program(b'{"program": "scores set", "pid": 1, "since": "x"}\n')
    mine = dirlock._open(tmp_path)
    assert dirlock._try_lock(mine) is False  # a plain no, whichever system says it
    os.close(mine)
    with pytest.raises(DataDirBusy):
        dirlock.acquire(tmp_path, "restore")
    assert clock.pauses == []


def test_a_waiting_command_pauses_longer_each_time_up_to_a_quarter_second(
    tmp_path, other_program, clock
):
    """Pauses grow by half each time from 10 ms and stop growing at 250 ms; the command
    gives up once the wait is over, not a pause earlier."""
    other_program(b'{"program": "scores set", "pid": 1, "since": "x"}\n')
    with pytest.raises(DataDirBusy):
        dirlock.acquire(tmp_path, "restore", wait=1.0)
    growing = [0.01, 0.015, 0.0225, 0.03375, 0.050625, 0.0759375, 0.11390625, 0.170859375]
    assert clock.pauses == pytest.approx([*growing, 0.25, 0.25, 0.25])


def test_the_lock_file_holds_one_line_naming_the_holder(tmp_path):
    """Whatever an earlier holder wrote is replaced by one JSON line: program, this process,
    and since when in UTC to the second."""
    (tmp_path / dirlock.LOCK_NAME).write_text("x" * 500 + "\n" + "y" * 500)
    with dirlock.acquire(tmp_path, "scores set") as hold:
        assert isinstance(hold, dirlock.DirLock) and hold.data_dir == tmp_path
        text = (tmp_path / dirlock.LOCK_NAME).read_text(encoding="utf-8")
    said = json.loads(text)
    assert text == json.dumps(said) + "\n"
    assert (said["program"], said["pid"]) == ("scores set", os.getpid())
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", said["since"])


def test_only_the_first_four_kilobytes_of_a_lock_file_are_read(tmp_path):
    """A lock file is read up to 4096 bytes: a longer first line is no readable holder."""
    line = json.dumps({"program": "p" * 4050, "pid": 1, "since": "x"})
    padded = line.replace('"pid"', '"pid"' + " " * (4097 - len(line)), 1)
    assert len(padded) == 4097
    (tmp_path / dirlock.LOCK_NAME).write_text(padded + "\n")
    assert dirlock.read_holder(tmp_path) is None
    (tmp_path / dirlock.LOCK_NAME).write_text(padded[:-1].replace(" ", "", 1) + "}\n")
    assert dirlock.read_holder(tmp_path).pid == 1


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc")
def test_asking_who_holds_a_folder_leaves_no_lock_and_no_descriptor(tmp_path, other_program):
    """Asking about a free folder must not keep it locked (another program can take it
    next); asking about a held one must not leave its descriptor open."""
    (tmp_path / dirlock.LOCK_NAME).write_text("")
    assert dirlock.holder(tmp_path) is None
    assert open_in(tmp_path) == []
    other_program(b'{"program": "window", "pid": 5, "since": "x"}\n')
    assert dirlock.holder(tmp_path) == Holder("window", 5, "x")
    assert open_in(tmp_path) == [str(tmp_path / dirlock.LOCK_NAME)]  # the other's only


def test_two_folders_are_two_locks(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    with dirlock.acquire(first, "window"):
        assert dirlock.holds(first) and not dirlock.holds(second)
        assert dirlock.holder(second) is None
        with dirlock.acquire(second, "scores set"):
            assert dirlock.read_holder(second).program == "scores set"
        assert dirlock.holds(first) and not dirlock.holds(second)


def test_the_same_folder_by_another_path_is_the_same_lock(tmp_path):
    (tmp_path / "a").mkdir()
    with dirlock.acquire(tmp_path / "a", "window"):
        assert dirlock.holds(tmp_path / "a" / ".." / "a")


def test_a_holder_is_a_value():
    with pytest.raises(AttributeError):
        Holder("window", 1, "x").program = "other"  # type: ignore[misc]


@pytest.fixture
def windows(monkeypatch):
    """Windows as dirlock sees it: sys.platform says win32, and msvcrt's byte-range lock is
    played by a table of (file, offset) locks, so that a second descriptor is refused."""
    locks: dict[tuple[int, int], int] = {}
    calls: list[tuple[str, int, int]] = []

    def locking(fd: int, mode: str, length: int) -> None:
        where = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        calls.append((mode, where[1], length))
        if mode == "unlock":
            locks.pop(where, None)
        elif locks.get(where, fd) != fd:
            raise OSError(36, "Resource deadlock avoided")
        else:
            locks[where] = fd

    fake = SimpleNamespace(LK_NBLCK="try", LK_UNLCK="unlock", locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(dirlock, "sys", SimpleNamespace(platform="win32"))
    return SimpleNamespace(locks=locks, calls=calls)


def test_on_windows_one_byte_past_the_first_megabyte_is_locked(tmp_path, windows):
    """The holder's text at the start stays readable to others while the lock is held."""
    held = dirlock.acquire(tmp_path, "window")
    assert windows.calls == [("try", 1 << 20, 1)]
    assert dirlock.read_holder(tmp_path).program == "window"
    other = dirlock._open(tmp_path)
    assert dirlock._try_lock(other) is False
    os.close(other)
    held.release()
    assert windows.calls[-1] == ("unlock", 1 << 20, 1) and windows.locks == {}
    other = dirlock._open(tmp_path)
    assert dirlock._try_lock(other) is True
    dirlock._unlock(other)
    assert windows.locks == {}
