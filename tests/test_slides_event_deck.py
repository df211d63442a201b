"""One event's deck in the app, the CLI and bundles: its village, its edits, nothing of the
demo village at another village's event."""

from __future__ import annotations

import pytest
from pdf_tools import needs_poppler
from pdf_tools import text as pdf_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import add_note
from kerinjing_desktop.core.store.slide_edits import save_slide_edit, slide_edits
from kerinjing_desktop.gui.dialogs.slide_edit import SlideEditDialog
from kerinjing_desktop.gui.pages.slides_page import SlidesPage
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.slides.event_deck import bundled_for_event

WHY = "# Mengapa ini penting di desa kita"


def _words(deck) -> str:
    return " ".join(deck.title(i) + " " + deck.notes(i) for i in range(deck.count))


@pytest.fixture
def village(store):
    event = add_event(store, "Sosialisasi", "Sukamaju", "2026-12-05", kabupaten="Bekasi")
    return event.id


@pytest.fixture
def page(qtbot, store, tmp_path, village):
    session = Session(store, tmp_path, "id")
    session.set_event(village)
    widget = SlidesPage(session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def test_another_village_skips_what_only_the_demo_village_could_say(store, village, qapp):
    """Slide 3 and the Saudi slide are left out at another village; the pre-survey notes
    (not the sensitive one) bring slide 3 back with that village's own points."""
    create_demo_event(store)
    demo = bundled_for_event(store, DEMO_EVENT_ID, "id")
    other = bundled_for_event(store, village, "id")
    assert other.count == demo.count - 2 and "Kerinjing" in _words(demo)
    assert "Arab Saudi" not in " ".join(other.title(i) for i in range(other.count))
    add_note(store, village, "presurvey", "Banyak pemuda berangkat ke Malaysia")
    add_note(store, village, "presurvey", "Nama korban: Ibu X", sensitive=True)
    found = bundled_for_event(store, village, "id")
    slide = next(s for s in found.deck.slides if s.key == WHY)
    assert [b.text for b in slide.bullets] == ["Banyak pemuda berangkat ke Malaysia"]
    assert "Kerinjing" not in slide.source + slide.notes and "Sukamaju" in slide.source


def test_notes_typed_for_a_bundled_slide_are_kept_for_this_event(page, qtbot, store, village):
    """The bundled deck's notes are editable with an event open; typing saves an edit of
    that slide for this event only, and the deck shows it after reopening."""
    assert page.deck.event_id == village and not page.notes.isReadOnly()
    assert "Sukamaju" in page.deck_label.text()
    page.thumbs.setCurrentRow(1)
    page.notes.selectAll()
    QTest.keyClicks(page.notes, "Catatan kami sendiri")
    key = page.deck.key(1)
    qtbot.waitUntil(lambda: key in slide_edits(store, village, "id"))
    page.open_bundled()
    assert page.deck.notes(1) == "Catatan kami sendiri"
    assert page.deck.title(1) == "Rencana kegiatan hari ini"  # the text stayed the bundled one
    other = add_event(store, "Lain", "Mekarsari", "2026-12-06").id
    page.session.set_event(other)
    assert page.deck.event_id == other and page.deck.notes(1) != "Catatan kami sendiri"


def test_editing_a_slide_in_the_dialog_redraws_it(page, qtbot, store, village, monkeypatch):
    """Edit opens the slide's text; what is typed is saved and the deck shows the new title;
    'Use the bundled slide' takes it back."""
    page.thumbs.setCurrentRow(0)
    seen: list[SlideEditDialog] = []
    seen_text: list[str] = []

    def typed(dialog: SlideEditDialog) -> int:
        seen.append(dialog)
        seen_text.append(dialog.editor.toPlainText())
        dialog.editor.selectAll()
        for line in ("# Selamat datang di Sukamaju", "Catatan:", "Halo"):
            QTest.keyClicks(dialog.editor, line)
            QTest.keyClick(dialog.editor, Qt.Key.Key_Return)
        dialog.done(0)
        return 0

    monkeypatch.setattr(SlideEditDialog, "exec", typed)
    QTest.keyClick(page.edit_button, Qt.Key.Key_Space)
    assert seen_text[0].startswith("Layout: title\n# Cegah"), seen_text
    assert page.deck.title(0) == "Selamat datang di Sukamaju"
    assert page.thumbs.currentRow() == 0 and page.deck.notes(0) == "Halo"

    def back(dialog: SlideEditDialog) -> int:
        dialog.reset_button.click()
        return 1

    monkeypatch.setattr(SlideEditDialog, "exec", back)
    page.edit_slide()
    assert page.deck.title(0) == "Cegah Perdagangan Orang dari Desa"
    assert slide_edits(store, village, "id") == {}


def test_a_slide_text_that_cannot_be_read_is_kept_and_said(page, store, village):
    """A text without a title is kept as typed; the bundled slide is shown, the page says why."""
    save_slide_edit(store, village, "id", page.deck.key(0), "- lupa judul")
    page.open_bundled()
    assert page.deck.title(0) == "Cegah Perdagangan Orang dari Desa"
    assert "(baris 1)" in page.message.text()
    assert page.deck.edit_text(0) == "- lupa judul"


@needs_poppler
def test_cli_render_and_handout_use_the_events_deck(cli, tmp_path, qapp, make_store):
    """`slides render|handout bundled --event ID` show that event's village and edits."""
    assert cli("demo-data").status == 0
    event_id = cli("events", "add", "--title", "T", "--village", "Sukamaju", "--date",
                   "2026-12-05").out.strip()  # fmt: skip
    store = make_store(cli.data_dir)
    save_slide_edit(
        store, event_id, "id", WHY, "# Mengapa di Sukamaju\n- Poin kami\nCatatan:\nTanya pak kades"
    )
    store.close()
    demo = cli("slides", "render", "bundled", "--event", DEMO_EVENT_ID[:8], "--out",
               str(tmp_path / "d"), "--size", "320x180")  # fmt: skip
    ours = cli("slides", "render", "bundled", "--event", event_id, "--out", str(tmp_path / "o"),
               "--size", "320x180")  # fmt: skip
    assert demo.status == ours.status == 0, ours.err
    assert len(list((tmp_path / "o").iterdir())) == len(list((tmp_path / "d").iterdir())) - 1
    out = tmp_path / "h.pdf"
    assert cli("slides", "handout", "bundled", "--event", event_id, "--out", str(out)).status == 0
    words = " ".join(pdf_text(out).split())
    assert "3. Mengapa di Sukamaju" in words and "Tanya pak kades" in words
    assert "Bekerja ke Arab Saudi" not in words and "Kerinjing," not in words
    wrong = cli("slides", "render", "x.pdf", "--event", event_id, "--out", str(tmp_path / "x"))
    assert wrong.status == 2 and "bundled" in wrong.err


def test_edits_travel_in_bundles(tmp_path, make_store):
    """A slide edited on one laptop arrives with the event on another; taking it back travels
    too (a tombstone)."""
    a = make_store("a")
    event_id = add_event(a, "T", "Sukamaju", "2026-12-05").id
    save_slide_edit(a, event_id, "id", WHY, "# Di Sukamaju")
    export_bundle(a, tmp_path / "one.kbundle", event_id=event_id)
    b = make_store("b")
    import_bundle(b, tmp_path / "one.kbundle")
    assert slide_edits(b, event_id, "id") == {WHY: "# Di Sukamaju"}
    a.execute("DELETE FROM slide_edits")
    export_bundle(a, tmp_path / "two.kbundle")
    import_bundle(b, tmp_path / "two.kbundle")
    assert slide_edits(b, event_id, "id") == {}


def test_new_pre_survey_notes_reach_the_deck_when_the_page_is_shown(page, store, village):
    """A pre-survey note added through the session (as the Notes step does) brings slide 3
    back when Slides is shown."""
    before = page.deck.count
    page.hide()
    page.session.run(None, add_note, store, village, "presurvey", "Banyak pemuda berangkat")
    assert page.deck.count == before
    page.show()
    assert page.deck.count == before + 1
