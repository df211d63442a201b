"""The Settings step: language, font size, contrast, help contacts; keyboard reach of the window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kerinjing_desktop.core.contacts import load_contacts
from kerinjing_desktop.core.domain import format_date
from kerinjing_desktop.core.settings import load_settings
from kerinjing_desktop.core.store.settings import get_json
from kerinjing_desktop.gui.main_window import STEPS, MainWindow
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def look(qapp):
    """Put the app's font and contrast back after a test changed them live."""
    from kerinjing_desktop.gui.theme import apply_look, high_contrast_on, system_point_size

    size, contrast = system_point_size(qapp), high_contrast_on(qapp)
    yield qapp
    apply_look(qapp, size, contrast)


@pytest.fixture
def window(qtbot, store, tmp_path):
    window = MainWindow(Session(store, tmp_path, "id"))
    qtbot.addWidget(window)
    return window


def test_settings_is_the_last_step_and_ctrl_comma_opens_it(qtbot, window):
    """Settings ends the step list, unnumbered, and Ctrl+, / Ctrl+0 reach settings / backups."""
    assert STEPS[-1].key == "settings"
    assert window.steps.item(window.steps.count() - 1).text() == "Pengaturan"
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.steps, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.steps.currentRow() == len(STEPS) - 1
    qtbot.keyClick(window.steps, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert STEPS[window.steps.currentRow()].key == "backups"
    qtbot.keyClick(window.steps, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert STEPS[window.steps.currentRow()].key == "pretest"


def test_font_size_and_contrast_apply_live_and_are_saved(window, look, tmp_path):
    """Choosing Largest and high contrast changes the app at once and lands in settings.json."""
    page = window.page("settings")
    base = page.base_size
    page.font_size.setCurrentIndex(2)
    page.high_contrast.setChecked(True)
    assert look.font().pointSize() == base + 4
    assert "background: white" in look.styleSheet()
    assert "yellow" in window.steps.styleSheet() and f"{base + 6}pt" in window.steps.styleSheet()
    assert f"{base + 8}pt" in page.findChild(QLabel, "pageHeading").styleSheet()
    saved = load_settings(tmp_path)
    assert saved.font_point_size == base + 4 and saved.high_contrast
    page.font_size.setCurrentIndex(0)
    page.high_contrast.setChecked(False)
    assert load_settings(tmp_path).font_point_size == 0 and look.font().pointSize() == base
    assert look.styleSheet() == "" and f"{base + 2}pt" in window.steps.styleSheet()


def test_language_is_saved_for_the_next_start(window, tmp_path):
    """Choosing English saves lang=en and says it shows after a restart."""
    page = window.page("settings")
    shown = []
    window.session.status.connect(shown.append)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert json.loads((tmp_path / "settings.json").read_text())["lang"] == "en"
    assert "dibuka lagi" in shown[-1] and "dibuka lagi" in page.language_note.text()


def test_contacts_are_edited_and_kept_in_the_store(window, store):
    """The village head's number and an own contact are saved (set_json) and read back."""
    page = window.page("settings")
    names = [c.name for c in page.shown_contacts()]
    assert names[0].startswith("SAPA 129") and "Kepala Desa" in names
    row = names.index("Kepala Desa")
    page.contacts.item(row, 1).setText("0812-0000-1111")
    page.add_contact.click()
    last = page.contacts.rowCount() - 1
    page.contacts.item(last, 0).setText("Bidan desa")
    page.contacts.item(last, 1).setText("0813-2222-3333")  # no Save button: stored as typed
    stored = get_json(store, "contacts")
    kept = {entry["key"]: entry for entry in stored}
    assert kept["village_head"]["number"] == "0812-0000-1111"
    assert kept["village_head"]["checked_on"]  # a typed number counts as checked that day
    reread = {c.name: c.number for c in load_contacts(store, "id")}
    page.load_contacts()
    checked = {page.contacts.item(r, 0).text(): page.contacts.item(r, 2).text()
               for r in range(page.contacts.rowCount())}  # fmt: skip
    dated = {c.name: c.checked_on for c in load_contacts(store, "id")}
    assert checked["Kepala Desa"] == format_date(dated["Kepala Desa"], "id")
    sapa = "SAPA 129 (Kementerian PPPA) — telepon"
    assert checked[sapa] == format_date(dated[sapa], "id") != "—"  # the bundled date

    assert reread["Kepala Desa"] == "0812-0000-1111" and reread["Bidan desa"] == "0813-2222-3333"
    assert reread["SAPA 129 (Kementerian PPPA) — telepon"] == "129"


def test_a_number_typed_into_the_table_is_stored_keystroke_by_keystroke(qtbot, window, store):
    """F2 (or a double-click) on a number, typing: the store has it before Enter, and no Save
    button is needed (the contacts list had one, and what was typed was lost without it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    page = window.page("settings")
    window.show_step("settings")
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    row = [c.name for c in page.shown_contacts()].index("Kepala Desa")
    page.contacts.setCurrentCell(row, 1)
    page.contacts.editItem(page.contacts.item(row, 1))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "0812")
    assert {c.name: c.number for c in load_contacts(store, "id")}["Kepala Desa"] == "0812"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not any("Simpan" in b.text() and "kontak" in b.text()
                   for b in page.findChildren(QPushButton))  # fmt: skip


def test_page_buttons_get_distinct_mnemonics(window):
    """Every button of a page opened in the window has its own Alt+letter."""
    for key in ("settings", "backups", "participants"):
        page = window.page(key)
        letters = []
        for button in page.findChildren(QPushButton):
            if button.text():
                assert "&" in button.text(), (key, button.text())
                letters.append(button.text()[button.text().index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (key, letters)


def test_f1_lists_the_keys_of_the_current_page(qtbot, window):
    """F1 opens the keys overlay with the window's keys and the page's own (Ctrl+F on check-in)."""
    window.show_step("participants")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.steps, Qt.Key.Key_F1)
    text = window.keys_help.text.text()
    assert "Ctrl+F" in text and "Mencari di daftar" in text and "Ctrl+," in text
    assert "Alt+" in text
    window.keys_help.close()


def test_settings_page_fits_1366x768_without_sideways_scrolling(qtbot, window):
    """At 1366×768 the settings page needs no horizontal scroll bar (nothing cut at the side)."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(1366, 768)
    window.show_step("settings")
    window.show()
    qtbot.waitExposed(window)
    scroll = window.page("settings").findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0


def test_a_mnemonic_presses_its_button(qtbot, window):
    """Alt+T on the Indonesian settings page presses “Tambah kontak” (adds a row)."""
    window.show_step("settings")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.page("settings")
    assert page.add_contact.text() == "&Tambah kontak"
    rows = page.contacts.rowCount()
    qtbot.keyClick(window.steps, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.contacts.rowCount() == rows + 1)


def test_contacts_from_the_command_line(cli):
    """`contacts set` / `contacts add` change what `contacts --json` lists; a bad key exits 1."""
    cli.data_dir.mkdir()  # a new data folder, made first (a mistyped one is refused)
    assert cli("contacts", "set", "village_head", "0812-1111-2222").status == 0
    assert cli("contacts", "add", "Bidan desa", "0813-4444").status == 0
    listed = {c["name"]: c["number"] for c in json.loads(cli("contacts", "--json").out)}
    assert listed["Kepala Desa"] == "0812-1111-2222" and listed["Bidan desa"] == "0813-4444"
    wrong = cli("contacts", "set", "nope", "1")
    assert wrong.status == 1 and "village_head" in wrong.err
