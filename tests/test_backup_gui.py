"""The Backups page lists backups and backs up now; a damaged store at start asks and opens
the newest good backup instead of crashing."""

from __future__ import annotations

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store.backup import list_backups, make_backup
from kerinjing_desktop.core.store.events import add_event, list_events


def test_backups_page_backs_up_now(qtbot, tmp_path, make_store):
    from kerinjing_desktop.gui.pages.backups_page import BackupsPage
    from kerinjing_desktop.gui.session import Session

    store = make_store(tmp_path)
    page = BackupsPage(Session(store, tmp_path, "id"))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    page.backup_now()  # off the GUI thread, through run_job
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert len(list_backups(tmp_path)) == 1


def test_damaged_store_opens_on_the_backup_after_asking(qtbot, tmp_path, make_store, monkeypatch):
    from kerinjing_desktop.gui.recovery import open_store_asking

    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    make_backup(store, tmp_path)
    store.close()
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 100)
    asked = []
    monkeypatch.setattr(
        "kerinjing_desktop.gui.dialogs.ask.ask", lambda *args: asked.append(args) or True
    )
    store = open_store_asking(tmp_path)
    assert asked and store is not None
    assert [s.event.title for s in list_events(store)] == ["Tersimpan"]


def test_start_backup_runs_off_the_gui_thread_and_is_verified(qtbot, tmp_path, make_store):
    """run_gui's start backup (a moment after the window is up) still makes a verified backup."""
    from kerinjing_desktop.core.store.backup import verify_file
    from kerinjing_desktop.gui.recovery import start_backup, wait_for_jobs
    from kerinjing_desktop.gui.session import Session

    store = make_store(tmp_path)
    start_backup(Session(store, tmp_path, "id"))
    qtbot.waitUntil(lambda: len(list_backups(tmp_path)) == 1)
    wait_for_jobs()
    assert verify_file(list_backups(tmp_path)[0].path) is None


def test_start_backup_failure_is_reported(qtbot, tmp_path, make_store, monkeypatch):
    """A failed start backup reaches the status bar (and the log), never a traceback."""
    from kerinjing_desktop.core.store.backup import BackupError
    from kerinjing_desktop.gui.recovery import start_backup
    from kerinjing_desktop.gui.session import Session

    def broken(*_args):
        raise BackupError("disk full")

    monkeypatch.setattr("kerinjing_desktop.core.store.backup.make_backup", broken)
    store = make_store(tmp_path)
    session = Session(store, tmp_path, "id")
    with qtbot.waitSignal(session.status, timeout=5000) as shown:
        start_backup(session)
    assert shown.args == ["disk full"]


def test_unusable_data_folder_is_said_plainly(qtbot, tmp_path, monkeypatch):
    """A data folder that cannot be opened gives one message box (in Indonesian) and no store."""
    from PySide6.QtWidgets import QMessageBox

    from kerinjing_desktop.gui.recovery import open_store_asking

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[1:3]))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert open_store_asking(blocker) is None
    assert len(shown) == 1 and shown[0][0] == "Data tidak dapat dibuka"


def test_bundle_import_on_the_backups_page_says_what_it_deletes_and_asks(
    qtbot, tmp_path, make_store, monkeypatch
):
    """A bundle that would delete 20 registrations here: the page lists the deletions and
    merges nothing when the facilitator says no; after a yes it backs up, then merges."""
    from kerinjing_desktop.core.bundle import export_bundle, import_bundle
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
    from kerinjing_desktop.core.store.participants import list_participants, remove_participant
    from kerinjing_desktop.gui.pages import backups_page
    from kerinjing_desktop.gui.session import Session

    other = make_store("other")
    create_demo_event(other)
    export_bundle(other, tmp_path / "first.kbundle")
    for person in list_participants(other, DEMO_EVENT_ID)[:20]:
        remove_participant(other, person.registration_id)
    export_bundle(other, tmp_path / "second.kbundle")
    here = tmp_path / "here"
    store = make_store(here)
    import_bundle(store, tmp_path / "first.kbundle")
    page = backups_page.BackupsPage(Session(store, here, "en"))
    qtbot.addWidget(page)
    monkeypatch.setattr(
        backups_page.QFileDialog,
        "getOpenFileNames",
        lambda *args: ([str(tmp_path / "second.kbundle")], ""),
    )
    answers, asked, shown = [False, True], [], []
    monkeypatch.setattr(
        backups_page, "ask", lambda _parent, _title, text: asked.append(text) or answers.pop(0)
    )
    monkeypatch.setattr(
        backups_page.QMessageBox, "information", lambda *args: shown.append(args[2])
    )
    backups_before = len(list_backups(here))
    page.import_bundle()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "MENGHAPUS 20" in asked[0] and "(peserta 20)" in asked[0]
    assert len(list_participants(store, DEMO_EVENT_ID)) == 28
    assert len(list_backups(here)) == backups_before
    page.import_bundle()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert len(list_participants(store, DEMO_EVENT_ID)) == 8
    assert len(list_backups(here)) == backups_before + 1
