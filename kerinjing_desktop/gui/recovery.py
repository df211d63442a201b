"""Opening the store from the window: a damaged store leads to a question, not a crash."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import Store, StoreError, open_store
from kerinjing_desktop.core.store.recovery import StoreDamaged

# The backup module, the dialogs and the job runner are imported where they are used: none of
# them is needed to show the window, and start-up time is what a facilitator waits through.

log = logging.getLogger(__name__)


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    from kerinjing_desktop.gui.dialogs.ask import ask

    return ask(parent, title, text)


def _cannot_open(parent: QWidget | None, error: StoreError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, _("Cannot open the data"), str(error))


def new_folder_agreed(data_dir: Path, named: bool, parent: QWidget | None = None) -> bool:
    """A data folder named with --data-dir (or $KERINJING_DATA_DIR) that does not exist may
    be a typo: ask before making an empty store there beside the real one. The per-user
    default is made without asking (the first start on a new laptop)."""
    if not named or Path(data_dir).exists():
        return True
    return _ask(
        parent,
        _("New data folder?"),
        _(
            "The data folder {path} does not exist. Make a new, empty one there? Choose No "
            "if the name is mistyped (the app closes; start it again with the right name)."
        ).format(path=data_dir),
    )


def hold_data_dir(data_dir: Path, parent: QWidget | None = None):
    """The window's hold on its data dir for its whole life (`dirlock`), or None after
    saying which program has it (the other window, or a command still running)."""
    from kerinjing_desktop.core.store import dirlock

    try:
        from kerinjing_desktop.core.paths import ensure_private_dir

        ensure_private_dir(Path(data_dir))
        return dirlock.acquire(data_dir, dirlock.WINDOW, wait=WINDOW_WAIT_SECONDS)
    except StoreError as error:
        _cannot_open(parent, error)
    except OSError as error:  # a file where the folder should be, a read-only stick: in words
        from kerinjing_desktop.core.errors import os_reason

        reason = os_reason(error)
        text = _("Cannot open the data folder {path}: {reason}").format(
            path=data_dir, reason=reason
        )
        _cannot_open(parent, StoreError(text))
    return None


# A command (`scores import`, …) holding the data at start usually ends within seconds.
WINDOW_WAIT_SECONDS = 5.0


def open_store_asking(data_dir: Path, parent: QWidget | None = None) -> Store | None:
    """The store, the newest good backup (after asking), a new empty one (after asking), or
    None when the facilitator declines everything (nothing is deleted in any case)."""
    try:
        return open_store(data_dir, owner="window")
    except StoreDamaged as error:
        from kerinjing_desktop.core.store.restore import restore_backup

        if error.backup is not None and _ask(
            parent, _("The data file is damaged"), str(error) + "\n\n" + _("Open the backup now?")
        ):
            try:
                restore_backup(data_dir, error.backup)
                return open_store(data_dir, owner="window")
            except StoreError as second:
                _cannot_open(parent, second)
                return None
        if _ask(
            parent,
            _("The data file is damaged"),
            str(error) + "\n\n" + _("Start with an empty store? The damaged file is kept."),
        ):
            try:
                return open_store(data_dir, allow_fresh=True, owner="window")
            except StoreError as second:
                _cannot_open(parent, second)
        return None
    except StoreError as error:
        _cannot_open(parent, error)
        return None


def backup_quietly(store: Store, data_dir: Path) -> None:
    """A backup at start or close; a failure is logged, never a reason to stop the day."""
    from kerinjing_desktop.core.store.backup import BackupError, make_backup

    try:
        make_backup(store, data_dir)
    except BackupError as error:
        log.warning("backup failed: %s", error)


def start_backup(session, parent: QWidget | None = None) -> None:
    """The verified backup every start makes, run a moment after the window is up: off the
    GUI thread through run_job, so it no longer delays the window (it cost a copy, an
    integrity_check of the copy and an fsync before anything was on screen). A failure is
    logged and shown in the status bar, as before never a reason to stop the day."""
    from kerinjing_desktop.core.store.backup import make_backup
    from kerinjing_desktop.gui.jobs import run_job

    def failed(error: Exception) -> None:
        log.warning("backup at start failed: %s", error)
        session.status.emit(str(error))  # BackupError says what happened, translated

    run_job(
        parent,
        _("Back up now"),
        lambda: make_backup(session.store, session.data_dir),
        on_failure=failed,
    )


def wait_for_jobs() -> None:
    """Before the close backup and closing the store: let a start backup still running end
    (two backups at once on one connection, or closing it under one, must not happen)."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
