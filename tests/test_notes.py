"""Notes of the day, commitments and photos: the store, the privacy rule, the page."""

from __future__ import annotations

import os
import stat

import pytest
from PIL import Image

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.fgd import commitment_template, fgd_safety, fgd_topics
from kerinjing_desktop.core.store.notes import (
    add_note,
    delete_note,
    list_commitments,
    list_notes,
    replace_commitments,
    update_note,
)
from kerinjing_desktop.core.store.photos import add_photo, delete_photo, list_photos, media_file


def test_notes_round_trip_and_sensitive_filter(demo_store):
    """Notes keep their topic and line breaks; sensitive ones are filtered on request."""
    note = add_note(demo_store, DEMO_EVENT_ID, "fgd", "baris 1\nbaris 2  ", topic="efforts")
    assert note.body == "baris 1\nbaris 2"
    update_note(demo_store, note.id, "diubah", sensitive=True)
    everything = list_notes(demo_store, DEMO_EVENT_ID)
    public = list_notes(demo_store, DEMO_EVENT_ID, include_sensitive=False)
    assert any(n.body == "diubah" and n.sensitive for n in everything)
    assert all(not n.sensitive for n in public) and len(public) < len(everything)
    delete_note(demo_store, note.id)
    assert all(n.id != note.id for n in list_notes(demo_store, DEMO_EVENT_ID))
    with pytest.raises(ValidationError, match="^catatan masih kosong$"):
        add_note(demo_store, DEMO_EVENT_ID, "fgd", "   ")


def test_commitments_template_and_order(store, demo_store):
    """The template gives the seed's four points (six with the optional); order is kept."""
    assert len(commitment_template("id", include_optional=False)) == 4
    assert len(commitment_template("en")) == 6
    saved = replace_commitments(demo_store, DEMO_EVENT_ID, [("B", False), ("", False), ("A", True)])
    assert [c.text for c in saved] == ["B", "A"]
    assert [c.text for c in list_commitments(demo_store, DEMO_EVENT_ID, False)] == ["B"]


def test_guide_has_topics_and_safety():
    """The FGD guide gives topics with questions and a safety text in both languages."""
    assert len(fgd_topics("id")) >= 4 and all(t.questions for t in fgd_topics("en"))
    assert "129" in fgd_safety("id") and "129" in fgd_safety("en")


def test_photos_are_resized_private_and_removable(tmp_path, make_store):
    """A big photo is stored at most 1600 px, owner-only, in media/; a non-image is refused."""
    store = make_store("data")
    from kerinjing_desktop.core.store.events import add_event

    event = add_event(store, "T", "V", "2021-09-21")
    source = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), "orange").save(source)
    photo = add_photo(store, event.id, source, "Pembukaan")
    path = media_file(store, photo.file_name)
    with Image.open(path) as image:
        assert max(image.size) == 1600
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    bad = tmp_path / "x.jpg"
    bad.write_text("not a picture")
    with pytest.raises(ValidationError, match="JPEG"):
        add_photo(store, event.id, bad)
    delete_photo(store, photo.id)
    assert list_photos(store, event.id) == [] and not path.exists()


def test_notes_page_shows_safety_and_saves(qtbot, demo_store):
    """The page shows the safety text and the pre-survey; a note typed there is saved."""
    from kerinjing_desktop.gui.pages.notes_page import NotesPage
    from kerinjing_desktop.gui.session import Session

    session = Session(demo_store, None, "id")
    page = NotesPage(session)
    qtbot.addWidget(page)
    session.set_event(DEMO_EVENT_ID)
    assert "129" in page.safety.text()
    from kerinjing_desktop.core.store.events import get_event

    presurvey = get_event(demo_store, DEMO_EVENT_ID).presurvey_notes
    assert presurvey.strip() and page.presurvey.toPlainText() == presurvey
    page.editor.setPlainText("Catatan baru dari halaman")
    page.sensitive.setChecked(True)
    saved = [
        n for n in list_notes(demo_store, DEMO_EVENT_ID) if n.body == "Catatan baru dari halaman"
    ]
    assert saved and saved[0].sensitive
    page.commitments.use_template()
    assert page.commitments.list.count() == 6
