"""Consent to be named is recorded, never assumed (issue 12, item 17): a Persetujuan/Consent
column in the list, the event's default (set once, on the Event page or with `participants
consent --default`) for rows that do not say, and a flag for one import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kerinjing_desktop.core.importer import read_people_bytes
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.consent import consent_default
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session

LIST = "Nama;L/P;Persetujuan\nSiti;P;Ya\nBudi;L;tidak\nAni;P;\nDewi;P;YES\nRina;P; no \n"


@pytest.mark.parametrize("default", [False, True])
def test_the_consent_column_decides_and_empty_cells_take_the_default(default):
    result = read_people_bytes(LIST.encode(), "list.csv", default_consent=default)
    assert result.ok and result.columns["consent"] == "Persetujuan"
    assert [(r.person.name, r.person.consent) for r in result.rows] == [
        ("Siti", True), ("Budi", False), ("Ani", default), ("Dewi", True), ("Rina", False),
    ]  # fmt: skip


def test_without_a_column_nobody_is_named_unless_the_default_says_so():
    rows = read_people_bytes(b"Nama;L/P\nSiti;P\n", "list.csv").rows
    assert [r.person.consent for r in rows] == [False]
    rows = read_people_bytes(b"Nama;L/P\nSiti;P\n", "list.csv", default_consent=True).rows
    assert [r.person.consent for r in rows] == [True]


def test_a_consent_cell_that_is_neither_yes_nor_no_is_a_row_problem():
    result = read_people_bytes(b"Nama;L/P;Consent\nSiti;P;mungkin\n", "list.csv")
    assert [(p.row, p.column) for p in result.problems] == [(2, "Consent")]
    assert "mungkin" in result.problems[0].message and result.rows == []


def test_a_template_row_with_only_a_consent_mark_is_skipped():
    result = read_people_bytes(b"No;Nama;L/P;Setuju\n1;Siti;P;Ya\n2;;;Ya\n", "list.csv")
    assert result.ok and [r.person.name for r in result.rows] == ["Siti"]


def _consents(cli, event):
    store = open_store(cli.data_dir)
    try:
        return {p.name: p.consent for p in list_participants(store, event)}
    finally:
        store.close()


def test_cli_default_flag_and_withdrawal(cli, tmp_path):
    event = cli("events", "add", "--title", "T", "--village", "V", "--date", "2021-09-21").out
    event = event.strip()
    (tmp_path / "a.csv").write_text("Nama;L/P\nSiti;P\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("Nama;L/P\nBudi;L\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("Nama;L/P\nAni;P\n", encoding="utf-8")
    assert cli("participants", "import", "--event", event, str(tmp_path / "a.csv")).status == 0
    set_default = cli("participants", "consent", "--event", event, "--default", "yes")
    assert set_default.status == 0, set_default.err
    assert cli("participants", "import", "--event", event, str(tmp_path / "b.csv")).status == 0
    flag = ("--consent", "no")
    assert (
        cli("participants", "import", "--event", event, str(tmp_path / "c.csv"), *flag).status == 0
    )
    assert _consents(cli, event) == {"Siti": False, "Budi": True, "Ani": False}
    assert cli("participants", "consent", "--event", event, "P-001", "P-003").status == 0
    assert cli("participants", "consent", "--event", event, "P-002", "--withdraw").status == 0
    assert _consents(cli, event) == {"Siti": True, "Budi": False, "Ani": True}
    unknown = cli("participants", "consent", "--event", event, "P-009")
    assert unknown.status == 2 and "P-009" in unknown.err
    assert cli("participants", "consent", "--event", event).status == 2


def test_event_page_sets_the_default_once_for_the_event(qtbot, store):
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    session = Session(store, None, "id")
    session.set_event(event.id)
    window = MainWindow(session)
    qtbot.addWidget(window)
    page = window.page("event")
    assert not page.consent.isChecked() and not consent_default(store, event.id)
    page.consent.setChecked(True)
    assert page.saved.text() != "Tersimpan."  # a change waits for Save, like the other fields
    page.save()
    assert consent_default(store, event.id)
    session.set_event(None)
    assert not page.consent.isChecked()  # a new event starts without consent
    session.set_event(event.id)
    assert page.consent.isChecked()


def test_a_new_event_keeps_the_box_ticked_on_save(qtbot, store):
    window = MainWindow(Session(store, None, "id"))
    qtbot.addWidget(window)
    page = window.page("event")
    page.inputs["title"].setText("Sosialisasi")
    page.inputs["village"].setText("Kerinjing")
    page.consent.setChecked(True)
    page.save()
    assert consent_default(store, window.session.event.id) and page.consent.isChecked()


def test_import_preview_says_who_will_be_named_and_a_full_disk_imports_nothing(
    qtbot, demo_store, tmp_path, monkeypatch
):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox, QTableView

    from kerinjing_desktop.core.demo import DEMO_EVENT_ID
    from kerinjing_desktop.gui.dialogs import import_dialog

    session = Session(demo_store, None, "id")
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(DEMO_EVENT_ID)
    path = tmp_path / "daftar.csv"
    path.write_text("Nama;L/P;Persetujuan\nMaimunah;P;ya\nJoko;L;\n", encoding="utf-8")
    dialog = import_dialog.ImportDialog(session, session.event, str(path), window)
    dialog.open_and_import(on_done=lambda n: None)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=5000)
    preview = dialog.findChildren(QTableView)[-1].model()
    named = [preview.index(row, 6).data() for row in range(preview.rowCount())]
    assert preview.headerData(6, Qt.Orientation.Horizontal) == "Nama dicantumkan"
    assert named == ["ya", "tidak"]  # Joko: the event's default (not named)

    def full(*_args):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    shown = []
    monkeypatch.setattr(import_dialog, "import_participants", full)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = len(list_participants(demo_store, DEMO_EVENT_ID))
    dialog.accept()
    assert shown and shown[0].startswith("Tidak ada yang diimpor. Disk penuh")
    assert dialog.isVisible() and len(list_participants(demo_store, DEMO_EVENT_ID)) == before
    dialog.reject()
