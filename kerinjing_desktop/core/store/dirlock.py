"""One program owns a data dir at a time: the window, or one writing command.

Why: a restore renames the store file. A second program that still has the old file open
keeps writing into it (now `kerinjing.db.before-restore-…`), and every edit it "saves" is
gone from the live store. SQLite's own locks guard single transactions, not that.

The lock is `kerinjing.lock` in the data dir, locked with `fcntl.flock` (POSIX) or
`msvcrt.locking` (Windows). The operating system drops it when the holder ends in any way,
kill -9 and power cuts included, so a stale lock never blocks anyone. The file also says
who holds it (program, process id, since when), so that the refusal names the window or
the command to close. Reading commands do not take it and may read while the window runs.

Inside one process the lock is shared: the window holds it for its whole life, and its
Restore page (closing and reopening the store) or a second `open_store` of the same
process count on that hold instead of locking themselves out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.errors import StoreError

LOCK_NAME = "kerinjing.lock"
WINDOW = "window"
# Where the Windows byte-range lock sits: past the holder's text, which others must read.
_WIN_LOCK_OFFSET = 1 << 20

_registry_guard = threading.Lock()
_held: dict[str, _Held] = {}  # resolved data dir → this process's hold on it


@dataclass(frozen=True)
class Holder:
    """Who holds a data dir: `program` is "window" or a command such as "scores set"."""

    program: str
    pid: int
    since: str  # UTC, ISO 8601

    def describe(self) -> str:
        if self.program == WINDOW:
            who = _("the Kerinjing Desktop window")
        elif self.program:
            who = _("the command `kerinjing-desktop {command}`").format(command=self.program)
        else:
            who = _("another Kerinjing Desktop program")
        try:  # the holder wrote UTC; a facilitator reads the laptop's clock
            since = dt.datetime.fromisoformat(self.since).astimezone().strftime("%H:%M")
        except ValueError:
            since = "?"
        return _("{who} (process {pid}, since {since})").format(who=who, pid=self.pid, since=since)


class DataDirBusy(StoreError):
    """Another program holds the data dir; `holder` says which (None when it did not say)."""

    def __init__(self, data_dir: Path, holder: Holder | None):
        who = holder.describe() if holder else _("another Kerinjing Desktop program")
        if holder is not None and holder.program == WINDOW:
            advice = _("Use that window, or close it and try again.")
        else:
            advice = _("Wait until it has finished, then try again.")
        super().__init__(
            _("The data in {folder} is in use by {who}. Nothing was changed. {advice}").format(
                folder=data_dir, who=who, advice=advice
            )
        )
        self.holder = holder


class _Held:
    """This process's descriptor of the lock file and how many holds share it (a plain class:
    a dataclass costs a millisecond at import, on every start)."""

    __slots__ = ("count", "fd", "program")

    def __init__(self, fd: int, count: int, program: str):
        self.fd, self.count, self.program = fd, count, program


def _key(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    os.close(fd)  # on POSIX closing the descriptor drops the flock


def read_holder(data_dir: Path) -> Holder | None:
    """What the lock file says about its holder (it may be stale: see `holder`)."""
    try:
        with open(Path(data_dir) / LOCK_NAME, "rb") as handle:
            data = json.loads(handle.read(4096).split(b"\n", 1)[0] or b"{}")
        return Holder(str(data["program"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _open(data_dir: Path) -> int:
    path = Path(data_dir) / LOCK_NAME
    return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)


def _write_holder(fd: int, program: str) -> None:
    since = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = json.dumps({"program": program, "pid": os.getpid(), "since": since}) + "\n"
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, text.encode("utf-8"))


def holder(data_dir: Path) -> Holder | None:
    """The program holding `data_dir` now (this process included), or None when it is free."""
    key = _key(data_dir)
    with _registry_guard:
        if key in _held:
            return Holder(_held[key].program, os.getpid(), "")
    if not (Path(data_dir) / LOCK_NAME).exists():
        return None
    fd = _open(data_dir)
    if _try_lock(fd):
        _unlock(fd)
        return None
    os.close(fd)
    return read_holder(data_dir) or Holder("", 0, "")


def holds(data_dir: Path) -> bool:
    """Whether this process holds the lock on `data_dir`."""
    with _registry_guard:
        return _key(data_dir) in _held


class DirLock:
    """This process's hold on a data dir; `release()` gives it up (once)."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self._released = False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        key = _key(self.data_dir)
        with _registry_guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[key]
                _unlock(held.fd)

    def __enter__(self) -> DirLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(data_dir: Path, program: str, wait: float = 0.0) -> DirLock:
    """Take the data dir for `program`, waiting up to `wait` seconds for another command to
    finish (never for the window: it holds the data for hours). Raises DataDirBusy."""
    data_dir = Path(data_dir)
    key = _key(data_dir)
    deadline = time.monotonic() + wait
    pause = 0.01  # grows: many waiting commands must not starve the one holding the lock
    while True:
        with _registry_guard:
            if key in _held:
                _held[key].count += 1
                return DirLock(data_dir)
            fd = _open(data_dir)
            if _try_lock(fd):
                with contextlib.suppress(OSError):  # a full disk: locked all the same, unnamed
                    _write_holder(fd, program)
                _held[key] = _Held(fd, 1, program)
                return DirLock(data_dir)
            os.close(fd)
        found = read_holder(data_dir)
        if time.monotonic() >= deadline or (found is not None and found.program == WINDOW):
            raise DataDirBusy(data_dir, found)
        time.sleep(pause)
        pause = min(pause * 1.5, 0.25)
