"""A damaged store at start, every answer the facilitator can give: no to the backup and no
to an empty store (the window does not open, nothing is deleted), no then yes (an empty
store, the damaged file kept), yes but the restore fails (said in words, no window on half
data), no backup at all (only the empty-store question); and a data folder that cannot be
made is said plainly before anything else."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.backup import list_backups, make_backup
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.recovery import damaged_files
from kerinjing_desktop.core.store.restore import RestoreError

GARBAGE = b"this is not a database at all " * 200


@pytest.fixture
def dialogs(monkeypatch):
    """Questions answered from `answers` and recorded with the error boxes, in order."""
    i18n.set_language("en")
    seen: list[tuple[str, str]] = []
    answers: list[bool] = []

    def ask(_parent, _title, text):
        seen.append(("ask", text))
        return answers.pop(0)

    monkeypatch.setattr("kerinjing_desktop.gui.dialogs.ask.ask", ask)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: seen.append((title, text)))
    return seen, answers


def _damaged(data_dir, with_backup=True):
    store = open_store(data_dir)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    if with_backup:
        make_backup(store, data_dir)
    store.close()
    (data_dir / DB_NAME).write_bytes(GARBAGE)


def test_no_to_both_questions_opens_nothing_and_deletes_nothing(tmp_path, dialogs):
    from kerinjing_desktop.gui.recovery import open_store_asking

    seen, answers = dialogs
    _damaged(tmp_path)
    backups = list_backups(tmp_path)
    answers.extend([False, False])
    assert open_store_asking(tmp_path) is None
    assert [kind for kind, _text in seen] == ["ask", "ask"]
    assert seen[0][1].endswith("Open the backup now?")
    assert seen[1][1].endswith("Start with an empty store? The damaged file is kept.")
    assert seen[0][1].startswith("The data file is damaged (")
    (kept,) = damaged_files(tmp_path)
    assert kept.read_bytes() == GARBAGE and list_backups(tmp_path) == backups
    assert not (tmp_path / DB_NAME).exists()


def test_no_to_the_backup_then_yes_starts_empty_and_keeps_the_damaged_file(tmp_path, dialogs):
    from kerinjing_desktop.gui.recovery import open_store_asking

    seen, answers = dialogs
    _damaged(tmp_path)
    answers.extend([False, True])
    store = open_store_asking(tmp_path)
    assert store is not None and list_events(store) == []
    store.close()
    assert damaged_files(tmp_path)[0].read_bytes() == GARBAGE


def test_a_restore_that_fails_is_said_and_no_store_is_opened(tmp_path, dialogs, monkeypatch):
    from kerinjing_desktop.gui.recovery import open_store_asking

    seen, answers = dialogs
    _damaged(tmp_path)

    def fails(_data_dir, _source):
        raise RestoreError("Not restored: the disk is full.")

    monkeypatch.setattr("kerinjing_desktop.core.store.restore.restore_backup", fails)
    answers.append(True)
    assert open_store_asking(tmp_path) is None
    assert seen[1:] == [("Cannot open the data", "Not restored: the disk is full.")]
    assert not (tmp_path / DB_NAME).exists()  # no empty store slipped in its place


def test_without_a_backup_only_the_empty_store_is_offered(tmp_path, dialogs):
    from kerinjing_desktop.gui.recovery import open_store_asking

    seen, answers = dialogs
    _damaged(tmp_path, with_backup=False)
    answers.append(False)
    assert open_store_asking(tmp_path) is None
    assert len(seen) == 1 and seen[0][1].endswith(
        "Start with an empty store? The damaged file is kept."
    )
    assert "Open the backup now?" not in seen[0][1]


def test_an_empty_store_that_cannot_be_made_is_said(tmp_path, dialogs, monkeypatch):
    from kerinjing_desktop.gui import recovery

    seen, answers = dialogs
    _damaged(tmp_path, with_backup=False)
    real_open = recovery.open_store

    def open_refusing_fresh(data_dir, allow_fresh=False, owner=None):
        if allow_fresh:
            raise StoreError("The data folder is read-only.")
        return real_open(data_dir, owner=owner)

    monkeypatch.setattr(recovery, "open_store", open_refusing_fresh)
    answers.append(True)
    assert recovery.open_store_asking(tmp_path) is None
    assert seen[-1] == ("Cannot open the data", "The data folder is read-only.")


def test_a_data_folder_that_cannot_be_made_is_said_before_anything_else(tmp_path, dialogs):
    from kerinjing_desktop.gui.recovery import hold_data_dir

    seen, _answers = dialogs
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    assert hold_data_dir(blocker / "data") is None
    reason = "a file is in the way where a folder should be"
    assert seen == [
        ("Cannot open the data", f"Cannot open the data folder {blocker / 'data'}: {reason}")
    ]
