"""The Discussion page's commitments and photos on their less common paths: a line typed
empty leaves the store and comes back when typed again, a line too long is refused in words
while the store keeps the last good text, removing asks only when there is something to lose,
a file that is no picture is named among the pictures added, a photo removed takes its file
with it, and a photo whose file went missing still shows its caption."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import MAX_NOTE_LENGTH, list_commitments
from kerinjing_desktop.core.store.photos import list_photos, media_file

# A guard against a job that never ends, far above what a job takes on a loaded machine.
JOB_MS = 60_000


@pytest.fixture
def lists(qtbot, tmp_path, make_store, monkeypatch):
    """Both tabs on one event in a data folder; questions answered from `answers`, boxes
    recorded in `said`."""
    from kerinjing_desktop.gui.pages import notes_lists
    from kerinjing_desktop.gui.session import Session

    i18n.set_language("en")
    store = make_store("data")
    event = add_event(store, "Diskusi", "Lubuk Baru", "2026-12-05")
    session = Session(store, tmp_path / "data", "en")
    session.set_event(event.id)
    commitments, photos = notes_lists.CommitmentsTab(session), notes_lists.PhotosTab(session)
    for tab in (commitments, photos):
        qtbot.addWidget(tab)
        tab.reload()
    said: list[tuple[str, str]] = []
    answers: list[bool] = []

    def asked(_parent, _title, text):
        said.append(("ask", text))
        return answers.pop(0)

    monkeypatch.setattr(notes_lists, "ask", asked)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(("warning", text)))
    yield store, event.id, commitments, photos, said, answers


def _stored(store, event_id) -> list[str]:
    return [c.text for c in list_commitments(store, event_id)]


def test_a_line_typed_empty_leaves_the_store_and_returns_when_typed(lists):
    store, event_id, tab, _photos, said, _answers = lists
    tab.use_template()
    template = _stored(store, event_id)
    second = tab.list.item(1)
    second.setText("")  # every letter deleted: an empty commitment is none
    assert _stored(store, event_id) == [template[0], *template[2:]]
    second.setText("Warga melapor ke 129")
    assert _stored(store, event_id) == [template[0], "Warga melapor ke 129", *template[2:]]
    assert said == []


def test_a_line_too_long_is_refused_in_words_and_the_last_good_text_kept(lists):
    store, event_id, tab, _photos, said, _answers = lists
    tab.add()
    line = tab.list.item(0)
    line.setText("Ronda malam")
    line.setText("x" * (MAX_NOTE_LENGTH + 1))  # a paste gone wrong
    assert said == [("warning", f"the note is longer than {MAX_NOTE_LENGTH} characters")]
    assert _stored(store, event_id) == ["Ronda malam"]


def test_removing_asks_only_when_something_would_be_lost(lists):
    store, event_id, tab, _photos, said, answers = lists
    tab.remove()  # nothing selected: nothing happens
    tab.add()  # an empty line, never stored
    tab.remove()
    assert tab.list.count() == 0 and said == []
    tab.add()
    tab.list.item(0).setText("Cek agen resmi")
    answers.append(False)
    tab.remove()
    assert said == [("ask", "Remove this commitment?")]
    assert _stored(store, event_id) == ["Cek agen resmi"] and tab.list.count() == 1
    answers.append(True)
    tab.remove()
    assert _stored(store, event_id) == [] and tab.list.count() == 0


def test_a_ticked_line_is_stored_sensitive_as_it_is_ticked(lists):
    store, event_id, tab, _photos, _said, _answers = lists
    tab.add()
    tab.list.item(0).setText("Nama korban: jangan dibagikan")
    tab.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert list_commitments(store, event_id, include_sensitive=False) == []
    assert [c.sensitive for c in list_commitments(store, event_id)] == [True]


def _picture(path, colour="teal"):
    Image.new("RGB", (320, 240), colour).save(path)
    return path


def test_a_file_that_is_no_picture_is_named_and_the_pictures_still_added(lists, qtbot, tmp_path):
    store, event_id, _tab, photos, said, _answers = lists
    letter = tmp_path / "surat.jpg"
    letter.write_text("Surat undangan, bukan foto", encoding="utf-8")
    photos.add_files([letter, _picture(tmp_path / "pembukaan.png")])
    qtbot.waitUntil(lambda: bool(said), timeout=JOB_MS)
    assert said == [("warning", "surat.jpg is not a JPEG or PNG picture.")]
    assert photos.list.count() == 1 and len(list_photos(store, event_id)) == 1
    assert photos.list.currentRow() == 0 and photos.caption.isEnabled()


def test_only_files_that_are_no_pictures_add_nothing_and_select_nothing(lists, qtbot, tmp_path):
    store, event_id, _tab, photos, said, _answers = lists
    letter = tmp_path / "surat.png"
    letter.write_bytes(b"\x89PNG but not really")
    photos.add_files([letter])
    qtbot.waitUntil(lambda: bool(said), timeout=JOB_MS)
    assert said == [("warning", "surat.png is not a JPEG or PNG picture.")]
    assert photos.list.count() == 0 and not photos.caption.isEnabled()
    assert list_photos(store, event_id) == []


def test_a_photo_removed_takes_its_file_and_a_missing_file_keeps_its_caption(
    lists, qtbot, tmp_path
):
    store, event_id, _tab, photos, said, answers = lists
    photos.add_files([_picture(tmp_path / "a.png"), _picture(tmp_path / "b.png", "orange")])
    qtbot.waitUntil(lambda: photos.list.count() == 2, timeout=JOB_MS)
    first, second = list_photos(store, event_id)
    assert photos.list.currentRow() == 0  # the first new photo, ready for its caption
    qtbot.keyClicks(photos.caption, "Pembukaan")
    path = media_file(store, first.file_name)
    assert path is not None
    path.unlink()  # the media folder copied without this file
    photos.reload(select=first.id)
    assert photos.list.item(0).text() == "Pembukaan" and photos.list.item(0).icon().isNull()
    assert not photos.list.item(1).icon().isNull()
    photos.list.setCurrentRow(1)
    answers.append(False)
    photos.remove()
    assert said == [("ask", "Remove this photo?")] and len(list_photos(store, event_id)) == 2
    kept = media_file(store, second.file_name)
    answers.append(True)
    photos.remove()
    assert [p.id for p in list_photos(store, event_id)] == [first.id]
    assert kept is not None and not kept.exists()
    assert photos.list.count() == 1 and not photos.caption.isEnabled()
