"""Opening the store from the window: a damaged store leads to a question, not a crash."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import Store, StoreError, open_store
from kerinjing_desktop.core.store.backup import BackupError, make_backup, restore_backup
from kerinjing_desktop.core.store.recovery import StoreDamaged
from kerinjing_desktop.gui.dialogs.ask import ask

log = logging.getLogger(__name__)


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    return ask(parent, title, text)


def open_store_asking(data_dir: Path, parent: QWidget | None = None) -> Store | None:
    """The store, the newest good backup (after asking), a new empty one (after asking), or
    None when the facilitator declines everything (nothing is deleted in any case)."""
    try:
        return open_store(data_dir)
    except StoreDamaged as error:
        if error.backup is not None and _ask(
            parent, _("The data file is damaged"), str(error) + "\n\n" + _("Open the backup now?")
        ):
            try:
                restore_backup(data_dir, error.backup)
                return open_store(data_dir)
            except StoreError as second:
                QMessageBox.critical(parent, _("Cannot open the data"), str(second))
                return None
        if _ask(
            parent,
            _("The data file is damaged"),
            str(error) + "\n\n" + _("Start with an empty store? The damaged file is kept."),
        ):
            try:
                return open_store(data_dir, allow_fresh=True)
            except StoreError as second:
                QMessageBox.critical(parent, _("Cannot open the data"), str(second))
        return None
    except StoreError as error:
        QMessageBox.critical(parent, _("Cannot open the data"), str(error))
        return None


def backup_quietly(store: Store, data_dir: Path) -> None:
    """A backup at start or close; a failure is logged, never a reason to stop the day."""
    try:
        make_backup(store, data_dir)
    except BackupError as error:
        log.warning("backup failed: %s", error)
