"""A damaged store at start: move it aside (never overwrite or delete it) and say what next.

`open_store` calls `guard_open` before SQLite touches the file and `damaged` when SQLite finds
it broken. The facilitator then gets a `StoreDamaged` error naming where the file went and the
newest good backup; the GUI offers to open that backup, the CLI says how (`restore FILE`).
"""

from __future__ import annotations

from pathlib import Path

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store.errors import StoreError
from kerinjing_desktop.core.store.integrity import looks_like_sqlite

DAMAGED_LABEL = "damaged"


class StoreDamaged(StoreError):
    """The store file was damaged and moved aside; `backup` is the newest good one, if any."""

    def __init__(self, message: str, moved_to: Path | None, backup: Path | None):
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


def damaged_files(data_dir: Path) -> list[Path]:
    """Stores moved aside as damaged, newest first (their -wal/-shm companions not listed)."""
    found = [
        path
        for path in Path(data_dir).glob(f"{DB_NAME}.{DAMAGED_LABEL}-*")
        if not path.name.endswith(("-wal", "-shm"))
    ]
    return sorted(found, key=lambda path: path.name, reverse=True)


def _message(moved_to: Path | None, reason: str, data_dir: Path) -> StoreDamaged:
    from kerinjing_desktop.core.store.backup import newest_good_backup

    backup = newest_good_backup(data_dir)
    lines = [_("The data file is damaged ({reason}).").format(reason=reason)]
    if moved_to is not None:
        lines.append(_("It was moved aside to {path}; nothing was deleted.").format(path=moved_to))
    if backup is not None:
        lines.append(
            _(
                "The newest good backup is from {when}. Open the app to use it, or run: "
                "kerinjing-desktop restore {file}"
            ).format(when=backup.taken_at.strftime("%Y-%m-%d %H:%M UTC"), file=backup.path)
        )
    else:
        lines.append(
            _(
                "There is no good backup. Open the app to start with an empty store, or ask "
                "for help to rescue the damaged file."
            )
        )
    return StoreDamaged("\n".join(lines), moved_to, backup.path if backup else None)


def damaged(data_dir: Path, reason: str) -> StoreError:
    """Move the (closed) store aside and build the error to raise. Only the program that
    holds the data dir moves it: another one still has it open and writes into it."""
    from kerinjing_desktop.core.store import dirlock
    from kerinjing_desktop.core.store.backup import move_aside

    try:
        moment = None if dirlock.holds(data_dir) else dirlock.acquire(data_dir, "")
    except dirlock.DataDirBusy as busy:
        text = _("The data file is damaged ({reason}).").format(reason=reason)
        return StoreError(text + "\n" + str(busy))
    try:
        moved = move_aside(Path(data_dir), DAMAGED_LABEL)
    finally:
        if moment is not None:
            moment.release()
    return _message(moved, reason, Path(data_dir))


def _has_backups(data_dir: Path) -> bool:
    from kerinjing_desktop.core.store.backup import list_backups  # not on every start's path

    return bool(list_backups(Path(data_dir)))


def guard_open(data_dir: Path, allow_fresh: bool) -> None:
    """Refuse, before SQLite opens it, a file that cannot be a store; refuse to start empty
    silently after a damaged store was moved aside (unless the facilitator chose to)."""
    path = Path(data_dir) / DB_NAME
    if path.exists():
        size = path.stat().st_size
        if size > 0 and not looks_like_sqlite(path):
            raise damaged(data_dir, _("not a SQLite file"))
        # A zero-byte file is what a crash right after creating a new store leaves; with
        # backups beside it, though, a real store was emptied.
        if size == 0 and _has_backups(data_dir):
            raise damaged(data_dir, _("the file is empty (0 bytes)"))
        return
    if damaged_files(data_dir) and not allow_fresh:
        raise _message(None, _("moved aside earlier; not yet replaced"), Path(data_dir))
