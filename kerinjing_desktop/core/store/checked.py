"""The store's damage check, remembered for one exact state of its file.

Every open runs SQLite's `quick_check` over the whole file before anything reads it, so that a
damaged store is found (and moved aside, with the newest backup offered) instead of being
half read. At 200 laptops the file is 370 MB and the check takes 1.5 s on a quiet machine, a
fifth of printing the Laporan Program; an office prints it again and again (another
kabupaten, another period, the other language) from a store that has not changed since.

So a reading open may ask to trust the last check (`open_store(..., remembered=True)`), and
it is trusted only when the file is provably the one that was checked:

- the same file state: device, inode, size, and the modification and status-change times to
  the nanosecond (any write, truncation, copy over it, `touch` or restore changes one of
  them; the status-change time cannot be set back by a program), and the same 100-byte
  SQLite header;
- the write-ahead log (`-wal`) absent or empty, both when the check ran and now: its pages
  would be read on top of the file, and they were never checked;
- remembered only by an open that ran the check, found "ok" and saw the same state before
  and after it (no writer changed the file meanwhile).

Not the header's file change counter (offset 24): the store is in WAL mode, where SQLite
updates that counter only when a commit happens to rewrite page 1; the 200-laptop store
said 3 after collecting 200 bundles.

What this cannot promise: bytes that change under the file system (a failing disk or card)
keep the state. Then SQLite meets the damaged page while reading and says SQLITE_CORRUPT; the
command forgets the check and opens the store again with the full check, which handles the
damage as at any start (cli/office.py).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kerinjing_desktop.core.files import write_text

MEMORY_SUFFIX = ".checked"  # beside the store: kerinjing.db.checked
HEADER_BYTES = 100


@dataclass(frozen=True)
class FileState:
    """What identifies the bytes of a store file without reading them all."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    header: str  # the SQLite header, in hex


def memory_path(store_file: Path) -> Path:
    return store_file.with_name(store_file.name + MEMORY_SUFFIX)


def state(store_file: Path) -> FileState | None:
    """The file's state now; None when it cannot be trusted whatever was remembered (its
    write-ahead log holds pages, or the file cannot be read)."""
    try:
        with contextlib.suppress(FileNotFoundError):
            if os.stat(f"{store_file}-wal").st_size:
                return None
        with open(store_file, "rb") as handle:
            info = os.fstat(handle.fileno())
            header = handle.read(HEADER_BYTES)
    except OSError:
        return None
    return FileState(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns,
                     header.hex())  # fmt: skip


def is_remembered(store_file: Path, now: FileState | None) -> bool:
    """Whether the check found "ok" on exactly this state of the file."""
    if now is None:
        return False
    try:
        saved = json.loads(memory_path(store_file).read_text(encoding="utf-8"))
        return FileState(**saved) == now
    except (OSError, ValueError, TypeError):  # missing, unreadable, or not what we write
        return False


def remember(store_file: Path, before: FileState | None) -> None:
    """After a check that found "ok": remember it, if the file is still as it was before the
    check. A memory that cannot be written only means the next open checks again."""
    if before is None or state(store_file) != before:
        return
    with contextlib.suppress(OSError):
        write_text(memory_path(store_file), json.dumps(asdict(before)))


def forget(store_file: Path) -> None:
    with contextlib.suppress(OSError):  # none remembered, or already forgotten
        memory_path(store_file).unlink()
