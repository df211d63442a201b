"""Every file the app writes goes through here: whole or not at all, and private.

A document, export, bundle, backup, photo or settings file is written under a temporary name
in the target's own folder, flushed to the disk (fsync), and only then renamed over the
target. A power cut, a kill or a full disk therefore leaves the previous file or no file,
never a 0-byte or half-written one that would open as "damaged" on the day it is needed.
The temporary name starts with a dot, so a file manager does not show it while it grows.

Who may read the file: these files carry names and phone numbers of participants, some of
them possible victims of trafficking, so they are made owner-only (0600) like the store.
The one exception is a folder the facilitator shares on purpose with a group (a shared
folder on POSIX has the set-group-ID bit, so new files join the folder's group): there the
folder decides, and the group gets the folder's own read/write bits (never "others").
On Windows, permissions come from the folder's access list, which is also the folder deciding.

Special files (a device such as /dev/null or /dev/full, a pipe) are written in place: there
is nothing to rename over, and a full device must say "the disk is full" like a disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

PRIVATE_MODE = 0o600
TEMP_SUFFIX = ".partial"
STALE_SECONDS = 600  # no file takes 10 minutes to write: an older temporary one was orphaned


def output_mode(folder: Path) -> int:
    """0600, plus the group's read/write bits of a shared (set-group-ID) folder."""
    try:
        folder_mode = os.stat(folder).st_mode
    except OSError:
        return PRIVATE_MODE
    if folder_mode & stat.S_ISGID:
        return PRIVATE_MODE | (folder_mode & 0o060)
    return PRIVATE_MODE


def temp_name(target: Path) -> Path:
    """A fresh hidden name beside `target`: same folder, so the rename cannot cross disks."""
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")


def is_temp_of(candidate: Path, target: Path) -> bool:
    """Whether `candidate` is a temporary file left by writing `target` (a kill mid-write)."""
    name = candidate.name
    return name.startswith(f".{target.name}.") and name.endswith(TEMP_SUFFIX)


def _is_special(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder: the file is synced
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write `target`'s content to (by any library: reportlab,
    openpyxl, SQLite, Pillow). When the block ends without an exception, the file is synced,
    made private and renamed over `target`; on any exception it is removed and `target` is
    untouched. A symbolic link is followed: the file it points to is replaced."""
    target = Path(target)
    if not target.name or target.name in (".", ".."):  # `--out ""` means the current folder
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if target.is_symlink():
        target = target.resolve()
    if _is_special(target):
        yield target
        return
    temp = temp_name(target)
    # Created here, private from its first byte: a library writing to it later keeps the mode.
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
    try:
        yield temp
        os.chmod(temp, output_mode(target.parent))
        _fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)
    _remove_orphans(target)


def _remove_orphans(target: Path) -> None:
    """Temporary files of `target` left by a kill or power cut during an earlier write."""
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        if is_temp_of(Path(entry.path), target):
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                    os.unlink(entry.path)


@contextlib.contextmanager
def atomic_open(
    target: Path | str, mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """`open()` for writing, with `atomic_path`'s promise: the file appears whole or not at all."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_open writes whole files, not mode {mode!r}")
    with atomic_path(target) as temp:
        if "b" in mode:
            handle: IO[Any] = open(temp, "wb")  # noqa: SIM115 (closed below, before the rename)
        else:
            handle = open(temp, "w", encoding=encoding or "utf-8", newline=newline)  # noqa: SIM115
        with handle:
            yield handle
            handle.flush()


def write_bytes(target: Path | str, data: bytes) -> Path:
    with atomic_open(target, "wb") as handle:
        handle.write(data)
    return Path(target)


def write_text(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    with atomic_open(target, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    return Path(target)


def ensure_private_file(path: Path) -> Path:
    """Create `path` empty if missing (never truncating one that exists) and make it 0600.

    For files that SQLite then opens in place (the store): they are not written whole, so
    they are not renamed into place, but they are private from their first byte. The mode is
    set only when it differs: a chmod moves the file's status-change time, which is part of
    what identifies a store already checked for damage (store/checked.py)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE)
    try:
        if os.name == "posix" and stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_MODE:
            os.fchmod(fd, PRIVATE_MODE)
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> None:
    """0600 on POSIX (a no-op on Windows, where the folder's access list decides)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)
