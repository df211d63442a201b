"""The Participants & attendance page, driven with the keyboard as a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def page(qtbot, demo_store):
    session = Session(demo_store, None, "id")
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(DEMO_EVENT_ID)
    window.show_step("participants")
    window.show()
    return window.page("participants")


def _row_of(page, code):
    for row in range(page.proxy.rowCount()):
        source = page.proxy.mapToSource(page.proxy.index(row, 0)).row()
        if page.model.participant(source).code == code:
            return row
    raise AssertionError(code)


def test_lists_the_event_with_live_counts(page, demo_store):
    """The table shows every registration and the counts match the store."""
    everyone = ps.list_participants(demo_store, DEMO_EVENT_ID)
    assert page.proxy.rowCount() == len(everyone)
    attended = sum(p.attended for p in everyone)
    assert f"Hadir {attended} dari {len(everyone)}" in page.counts.text()


def test_search_by_name_and_code(qtbot, page):
    """Typing part of a name or a code filters the table as you type."""
    qtbot.keyClicks(page.search, "aminah")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "P-027")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    assert page.proxy.rowCount() == page.model.rowCount()


def test_space_checks_in_and_a_second_space_keeps_them_present(qtbot, page, demo_store):
    """Space on a row checks in and the store has it at once; a second check-in of someone
    present changes nothing (it used to un-check them); the first time is kept."""
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "P-005"))  # Masitoh: absent in the demo
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    first = ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-005").checked_in_at
    assert first is not None
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Space):
        qtbot.keyClick(page.table, key)
        assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-005").checked_in_at == first


def test_marking_absent_is_a_deliberate_act(qtbot, page, demo_store, monkeypatch):
    """Only Mark absent takes a check-in back, and it asks first (No keeps them present)."""
    answers = [False, True]
    monkeypatch.setattr(
        "kerinjing_desktop.gui.pages.participants_page.ask", lambda *a: answers.pop(0)
    )
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "P-005"))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    button = next(
        b
        for b in page.findChildren(QPushButton)
        if "Tandai tidak hadir" in b.text().replace("&", "")
    )
    button.click()
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-005").attended
    button.click()
    assert not ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-005").attended


def test_type_the_name_then_space_checks_in(qtbot, page, demo_store):
    """What the tour says: type a name (or a code), press Space. The box empties for the
    next person; with several people found, Space is a space that narrows the search."""
    qtbot.keyClicks(page.search, "masitoh")
    qtbot.keyClick(page.search, Qt.Key.Key_Space)
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-005").attended
    assert page.search.text() == "" and page.search.window().focusWidget() is page.search
    absent = [p for p in ps.list_participants(demo_store, DEMO_EVENT_ID) if not p.attended]
    code = absent[0].code
    qtbot.keyClicks(page.search, code.removeprefix("P-").lstrip("0"))  # "7" for P-007
    qtbot.keyClick(page.search, Qt.Key.Key_Space)
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, code).attended
    qtbot.keyClicks(page.search, "wahyu")  # Wahyu Hidayat and Sri Wahyuni
    assert page.proxy.rowCount() > 1
    before = [p.attended for p in ps.list_participants(demo_store, DEMO_EVENT_ID)]
    qtbot.keyClick(page.search, Qt.Key.Key_Space)
    assert page.search.text() == "wahyu "
    assert [p.attended for p in ps.list_participants(demo_store, DEMO_EVENT_ID)] == before


@pytest.mark.parametrize("typed", ["maruf", "MA-RUF", "ma`ruf"])
def test_search_ignores_case_apostrophes_hyphens_and_diacritics(qtbot, page, demo_store, typed):
    """Maruf finds Ma'ruf Hidayat; Siti finds Ṡiti (in the page and in the walk-in offer)."""
    ps.add_participant(demo_store, DEMO_EVENT_ID, validate_person("Ma'ruf Hidayat", "L", "40"))
    ps.add_participant(demo_store, DEMO_EVENT_ID, validate_person("Ṡiti Ḿaryam", "P", "33"))
    page.reload()
    qtbot.keyClicks(page.search, typed)
    assert [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())] == [
        "Ma'ruf Hidayat"
    ]
    page.search.clear()
    qtbot.keyClicks(page.search, "siti maryam")
    assert page.proxy.rowCount() == 1
    other = add_event(demo_store, "Desa lain", "Lubuk", "2022-01-10")
    page.session.set_event(other.id)
    qtbot.keyClicks(page.walk_in.name, typed)
    assert any("Ma'ruf Hidayat" in label for label in page.walk_in.known_model.stringList())


def test_walk_in_keys_enter_in_every_box_fresh_row_and_visible(qtbot, page, demo_store):
    """Enter in the group box adds the walk-in; the old search goes so the new person is seen;
    the next walk-in does not get the last one's group unasked."""
    qtbot.keyClicks(page.search, "bayu")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.walk_in.name, "Rudi Hartono")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.walk_in.gender, "L")
    qtbot.keyClick(page.walk_in.gender, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.walk_in.age, "31")
    qtbot.keyClick(page.walk_in.age, Qt.Key.Key_Tab)
    page.walk_in.group.setCurrentText("PKK")
    qtbot.keyClick(page.walk_in.group, Qt.Key.Key_Return)
    added = next(p for p in ps.list_participants(demo_store, DEMO_EVENT_ID)
                 if p.name == "Rudi Hartono")  # fmt: skip
    assert added.attended and added.gender == "L" and added.age == 31 and added.group == "PKK"
    assert page.search.text() == ""
    assert _row_of(page, added.code) >= 0
    assert (
        page.walk_in.group.currentText() == "Lainnya" and page.walk_in.gender.currentIndex() == -1
    )
    qtbot.keyClicks(page.walk_in.name, "Wati")
    page.walk_in.gender.setCurrentText("P")
    qtbot.keyClick(page.walk_in.gender, Qt.Key.Key_Enter)
    wati = next(p for p in ps.list_participants(demo_store, DEMO_EVENT_ID) if p.name == "Wati")
    assert wati.group == "Lainnya" and wati.attended


def test_search_enter_then_space_checks_in(qtbot, page, demo_store):
    """Search, Enter, Space: three moves to check in someone who just arrived."""
    qtbot.keyClicks(page.search, "bayu")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-018").attended


def test_walk_in_in_a_few_keystrokes(qtbot, page, demo_store):
    """Name, L/P, age, Enter: a walk-in is registered, checked in, and gets the next code."""
    before = page.model.rowCount()
    qtbot.keyClicks(page.walk_in.name, "Rahmawati")
    page.walk_in.gender.setCurrentText("P")
    qtbot.keyClicks(page.walk_in.age, "27")
    qtbot.keyClick(page.walk_in.age, Qt.Key.Key_Return)
    assert page.model.rowCount() == before + 1
    added = ps.participant_by_code(demo_store, DEMO_EVENT_ID, f"P-{before + 1:03d}")
    assert added.name == "Rahmawati" and added.attended and added.age == 27


def test_walk_in_with_bad_input_changes_nothing(qtbot, page, monkeypatch):
    """A walk-in without L/P is refused with a message and nothing is added."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = page.model.rowCount()
    qtbot.keyClicks(page.walk_in.name, "Tanpa Jenis")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == before
    assert shown and "jenis kelamin" in shown[0]


def test_remove_with_confirmation_and_undo(qtbot, page, demo_store, monkeypatch):
    """Delete asks first; Undo brings the same person back with the same code."""
    monkeypatch.setattr("kerinjing_desktop.gui.pages.participants_page.ask", lambda *a: True)
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "P-003"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-003") is None
    assert page.undo_button.isVisibleTo(page)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-003").name == "Nurhayati"


def test_duplicate_names_are_flagged(qtbot, page):
    """A second person with the same name is allowed and marked in the table."""
    qtbot.keyClicks(page.walk_in.name, "Siti Aminah")
    page.walk_in.gender.setCurrentText("P")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Return)
    names = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert sum("Siti Aminah" in n and "⚠" in n for n in names) == 2


def test_known_person_from_another_event_is_reused(qtbot, page, demo_store):
    """Typing a name known from an earlier event offers it; choosing it registers that person."""
    from kerinjing_desktop.core.domain import validate_person
    from kerinjing_desktop.core.store.events import add_event

    other = add_event(demo_store, "Tindak lanjut", "Kerinjing", "2021-06-01")
    known = ps.add_participant(demo_store, other.id, validate_person("Zainab Lubis", "P", "30"))
    qtbot.keyClicks(page.walk_in.name, "Zainab")
    labels = page.walk_in.known_model.stringList()
    assert len(labels) == 1 and "Zainab Lubis" in labels[0]
    page.walk_in.register_known(labels[0])
    added = [p for p in ps.list_participants(demo_store, DEMO_EVENT_ID) if p.name == "Zainab Lubis"]
    assert added and added[0].person_id == known.person_id and added[0].attended


def test_import_dialog_previews_then_imports(qtbot, page, demo_store, tmp_path):
    """The import dialog reads off the GUI thread, previews, and imports on OK."""
    from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "daftar.csv"
    path.write_text("Nama;L/P;Umur\nMaimunah;P;50\nJoko;L;44\n", encoding="utf-8")
    before = len(ps.list_participants(demo_store, DEMO_EVENT_ID))
    done = []
    dialog = ImportDialog(page.session, page.session.event, str(path), page)
    dialog.open_and_import(on_done=done.append)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=5000)
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert done == [2]
    assert len(ps.list_participants(demo_store, DEMO_EVENT_ID)) == before + 2


def test_import_dialog_refuses_a_file_with_bad_rows(qtbot, page, demo_store, tmp_path):
    """With a bad row the Import button stays off until 'skip the bad rows' is ticked."""
    from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "daftar.csv"
    path.write_text("Nama,L/P,Umur\nMaimunah,P,50\nJoko,X,abc\n", encoding="utf-8")
    dialog = ImportDialog(page.session, page.session.event, str(path), page)
    dialog.open_and_import(on_done=lambda n: None)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=5000)
    assert not dialog.ok_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_import_problems_leave_the_room_to_the_preview(qtbot, page, tmp_path):
    """The lists of problems and of changes are only as tall as their rows (six at most,
    then they scroll); the preview of the people to import gets the rest of the dialog."""
    from PySide6.QtWidgets import QTableView

    from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "daftar.csv"
    bad = "".join(f"Orang {i};X;{i}\n" for i in range(10))  # 2 problems each: 20 in all
    path.write_text("Nama;L/P;Umur;Kelompok\nMaimunah;P;50;Kantor Camat\n" + bad, "utf-8")
    dialog = ImportDialog(page.session, page.session.event, str(path), page)
    dialog.open_and_import(on_done=lambda n: None)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=5000)
    problems, notices, preview = dialog.findChildren(QTableView)
    row = problems.verticalHeader().defaultSectionSize()
    for table, shown in ((problems, 6), (notices, 1)):
        assert table.height() <= table.horizontalHeader().height() + shown * row + 4
    assert preview.height() >= problems.height() - row  # the preview is never the squeezed one
    dialog.reject()


def test_edit_sets_the_role_for_the_certificate(qtbot, page, demo_store, monkeypatch):
    """Editing a participant can make them a speaker; the table and the store show it."""
    from kerinjing_desktop.gui.dialogs import person_dialog

    def choose_speaker(dialog):
        dialog.role_box.setCurrentIndex(dialog.role_box.findData("narasumber"))
        dialog.accept()
        return True

    monkeypatch.setattr(person_dialog.PersonDialog, "exec", choose_speaker)
    page.table.selectRow(_row_of(page, "P-021"))
    page.edit_selected()
    assert ps.participant_by_code(demo_store, DEMO_EVENT_ID, "P-021").role == "narasumber"
    row = page.proxy.mapToSource(page.proxy.index(_row_of(page, "P-021"), 2)).row()
    assert "Narasumber" in page.model.index(row, 2).data()


def test_english_mode_says_m_and_f_and_stores_l_and_p(qtbot, demo_store):
    """In English the gender is M/F everywhere a person reads it (the box, the table, the
    counts), the store keeps L/P; typing M in the box chooses it."""
    from kerinjing_desktop.core import i18n

    i18n.set_language("en")
    session = Session(demo_store, None, "en")
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(DEMO_EVENT_ID)
    window.show_step("participants")
    window.show()
    page = window.page("participants")
    assert [page.walk_in.gender.itemText(i) for i in range(2)] == ["M", "F"]
    assert page.walk_in.gender.placeholderText() == "M/F"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "M/F"
    assert {page.model.index(r, 3).data() for r in range(page.model.rowCount())} == {"M", "F"}
    assert " M " in page.counts.text() and " F " in page.counts.text()
    assert "L/P" not in page.counts.text()
    qtbot.keyClicks(page.walk_in.name, "Robert")
    qtbot.keyClicks(page.walk_in.gender, "M")
    qtbot.keyClick(page.walk_in.gender, Qt.Key.Key_Return)
    added = next(p for p in ps.list_participants(demo_store, DEMO_EVENT_ID) if p.name == "Robert")
    assert added.gender == "L" and added.attended
