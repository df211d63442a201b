"""The crash-safe swap at the end of a restore, and finishing it after a crash.

A restore (see `restore`) leaves a checked copy as `kerinjing.db.restoring` (fsynced), then
writes the journal `kerinjing.db.restore-journal` naming where the current store goes
(`kerinjing.db.before-restore-<time>`, never deleted), then renames the current store and its
companions aside and the copy in, and removes the journal. Every step is a rename.

At every open by a program that may write, `finish_pending` completes a swap a crash
interrupted (journal present: move the rest aside, rename the copy in) and drops a
half-written copy. A complete copy whose swap never began is renamed
`kerinjing.db.unused-restore-<time>` rather than deleted. `leftovers` lists all of these for
`doctor`. This module is what `connection` needs at open; it imports nothing that opens a
store (the store's modules import each other without a cycle).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

from kerinjing_desktop.core.files import fsync_dir
from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store.backup import verify_file

CANDIDATE = DB_NAME + ".restoring"
PARTIAL = CANDIDATE + ".partial"
JOURNAL = DB_NAME + ".restore-journal"
ASIDE_LABEL = "before-restore"
UNUSED_LABEL = "unused-restore"
# A store's companions: they belong to the main file and move with it, never to another.
COMPANIONS = ("-wal", "-shm", "-journal")


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def _fsync_dir(directory: Path) -> None:
    fsync_dir(directory)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def pending(data_dir: Path) -> bool:
    """Whether an interrupted restore waits to be finished (or cleared) at the next open."""
    directory = Path(data_dir)
    return any((directory / name).exists() for name in (JOURNAL, CANDIDATE, PARTIAL))


def _read_journal(directory: Path) -> Path | None:
    try:
        aside = json.loads((directory / JOURNAL).read_text(encoding="utf-8"))["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    name = Path(str(aside)).name  # a name in this folder, nothing else
    return directory / name if name.startswith(f"{DB_NAME}.{ASIDE_LABEL}-") else None


def _complete_swap(directory: Path, aside: Path) -> None:
    """Move whatever is still the old store aside, then rename the candidate in. Each step
    is a rename, so running this again after a crash in the middle finishes the job."""
    live = directory / DB_NAME
    if (directory / CANDIDATE).exists():
        for suffix in ("", *COMPANIONS):
            current = live.with_name(live.name + suffix)
            if current.exists():
                os.replace(current, aside.with_name(aside.name + suffix))
        _fsync_dir(directory)
        os.replace(directory / CANDIDATE, live)
        _fsync_dir(directory)
    (directory / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(directory)


def finish_pending(data_dir: Path) -> str | None:
    """Finish or clear what a crash during a restore left; the caller holds the data dir.
    Returns what was done, for the log, or None when nothing was pending."""
    directory = Path(data_dir)
    done = None
    for work in directory.glob(".restore-*"):
        shutil.rmtree(work, ignore_errors=True)  # a killed restore's scratch copies
    for name in (PARTIAL, *(PARTIAL + suffix for suffix in COMPANIONS)):
        if (directory / name).exists():
            (directory / name).unlink()  # a copy of the source, half-written: nothing lost
            done = "dropped a half-written copy"
    if (directory / JOURNAL).exists():
        aside = _read_journal(directory) or directory / f"{DB_NAME}.{ASIDE_LABEL}-{_stamp()}"
        _complete_swap(directory, aside)
        return "finished an interrupted restore"
    candidate = directory / CANDIDATE
    if candidate.exists():
        # Left by an older version's crash between its renames: the copy was complete.
        if not (directory / DB_NAME).exists() and verify_file(candidate) is None:
            os.replace(candidate, directory / DB_NAME)
            _fsync_dir(directory)
            return "finished an interrupted restore"
        os.replace(candidate, directory / f"{DB_NAME}.{UNUSED_LABEL}-{_stamp()}")
        _fsync_dir(directory)
        return "kept an unused restore copy aside"
    return done


def leftovers(data_dir: Path) -> list[Path]:
    """Files a restore keeps or leaves in the data dir, for `doctor` to name (companions of
    a kept store are not listed on their own)."""
    directory = Path(data_dir)
    found = []
    for pattern in (f"{DB_NAME}.{ASIDE_LABEL}-*", f"{DB_NAME}.{UNUSED_LABEL}-*"):
        found += [p for p in directory.glob(pattern) if not p.name.endswith(COMPANIONS)]
    found += [directory / n for n in (JOURNAL, CANDIDATE, PARTIAL) if (directory / n).exists()]
    return sorted(found, key=lambda path: path.name)
