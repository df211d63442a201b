"""Everything typed on the Discussion page is in the store as it is typed: commitments,
photo captions, notes. No Save button, nothing that lives only in a widget (issue 13)."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.export import export_event
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.photos import list_photos
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def day(qtbot, make_store, monkeypatch):
    def no_warning(_parent, _title, text):
        raise AssertionError(text)

    monkeypatch.setattr(QMessageBox, "warning", no_warning)
    store = make_store("data")  # photos need a folder
    event = add_event(store, "Sosialisasi", "Lubuk Baru", "2026-12-05")
    add_participant(store, event.id, validate_person("Ani", "P", "30"))
    session = Session(store, None, "id")
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(event.id)
    window.show()
    window.show_step("fgd")
    yield window, window.page("fgd"), event


def _editor(list_widget) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is list_widget.viewport()
    return editor


def test_commitments_are_in_the_store_as_they_are_typed(qtbot, day, tmp_path):
    """Template, Add, typing: each line is stored at once (leaving the tab loses nothing), the
    report's source and the export have them; ticking sensitive keeps one out of the export."""
    window, page, event = day
    page.tabs.setCurrentWidget(page.commitments)
    tab = page.commitments
    tab.use_template()
    template = [c.text for c in list_commitments(window.session.store, event.id)]
    assert len(template) >= 4
    tab.add()
    editor = _editor(tab.list)
    qtbot.keyClicks(editor, "Kepala desa membentuk satgas")
    # in the store before the editor is closed: no Enter, no Save, no leaving the tab
    stored = [c.text for c in list_commitments(window.session.store, event.id)]
    assert stored == [*template, "Kepala desa membentuk satgas"]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    tab.list.item(0).setCheckState(Qt.CheckState.Checked)
    window.show_step("participants")  # leaving the page
    public = list_commitments(window.session.store, event.id, include_sensitive=False)
    assert [c.text for c in public] == [*template[1:], "Kepala desa membentuk satgas"]
    out = export_event(window.session.store, event.id, "csv", tmp_path / "x")
    exported = next(p for p in out if p.name.startswith(("komitmen", "commitments")))
    text = exported.read_text(encoding="utf-8-sig")
    assert "Kepala desa membentuk satgas" in text and template[0] not in text


def test_moving_and_removing_commitments_is_stored(qtbot, day, monkeypatch):
    window, page, event = day
    monkeypatch.setattr("kerinjing_desktop.gui.pages.notes_lists.ask", lambda *a: True)
    tab = page.commitments
    tab.use_template()
    texts = [c.text for c in list_commitments(window.session.store, event.id)]
    tab.list.setCurrentRow(0)
    tab.move_row(1)
    stored = [c.text for c in list_commitments(window.session.store, event.id)]
    assert stored == [texts[1], texts[0], *texts[2:]]
    tab.list.setCurrentRow(0)
    tab.remove()
    stored = [c.text for c in list_commitments(window.session.store, event.id)]
    assert stored == [texts[0], *texts[2:]]
    page.reload()  # what the page shows is what the store holds
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == stored


def test_a_caption_is_stored_as_typed_and_survives_a_click(qtbot, day, tmp_path):
    """The new photo is selected; its caption is in the store as typed (Enter moves on); a
    click on the photo shows the stored caption instead of wiping it."""
    window, page, event = day
    page.tabs.setCurrentWidget(page.photos)
    files = []
    for n, colour in enumerate(("teal", "orange")):
        files.append(tmp_path / f"p{n}.png")
        Image.new("RGB", (320, 240), colour).save(files[-1])
    tab = page.photos
    tab.add_files(files)
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10_000)
    assert tab.list.currentRow() == 0 and tab.caption.isEnabled()
    qtbot.keyClicks(tab.caption, "Pembukaan oleh kepala desa")
    photos = list_photos(window.session.store, event.id)
    assert photos[0].caption == "Pembukaan oleh kepala desa"
    qtbot.keyClick(tab.caption, Qt.Key.Key_Return)
    assert tab.list.currentRow() == 1 and tab.caption.text() == ""
    qtbot.keyClicks(tab.caption, "Diskusi")
    tab.list.setCurrentRow(0)  # clicking the first photo again
    assert tab.caption.text() == "Pembukaan oleh kepala desa"
    assert [p.caption for p in list_photos(window.session.store, event.id)] == [
        "Pembukaan oleh kepala desa",
        "Diskusi",
    ]


def test_a_note_is_stored_as_typed(qtbot, day):
    """The first letters create the note, the rest update it; no Save button is needed."""
    window, page, event = day
    page.tabs.setCurrentIndex(1)
    page.new_note()
    qtbot.keyClicks(page.editor, "Banyak pemuda")
    notes = [n for n in list_notes(window.session.store, event.id) if n.kind != "presurvey"]
    assert [n.body for n in notes] == ["Banyak pemuda"]
    qtbot.keyClicks(page.editor, " ke Malaysia")
    page.sensitive.setChecked(True)
    notes = [n for n in list_notes(window.session.store, event.id) if n.kind != "presurvey"]
    assert [(n.body, n.sensitive) for n in notes] == [("Banyak pemuda ke Malaysia", True)]
    assert page.note_list.count() == 1
