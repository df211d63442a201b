"""A facilitator's slide texts per event and language, and the facts the deck may say about
the event (core/store/slide_edits.py), with the raw score rows of an export
(core/store/exports.py)."""

from __future__ import annotations

from kerinjing_desktop.core.deck_local import LocalFacts
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.exports import ScoreLine, score_rows
from kerinjing_desktop.core.store.notes import add_note
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.scores import enter, set_absent
from kerinjing_desktop.core.store.slide_edits import (
    drop_slide_edit,
    local_facts,
    save_slide_edit,
    slide_edits,
)


def _event(store, village="Kerinjing", date="2021-09-21", **optional):
    return add_event(store, "Sosialisasi", village, date, **optional).id


def _rows(store):
    return store.execute(
        "SELECT event_id, lang, slide_key, text, device_id FROM slide_edits ORDER BY rowid"
    ).fetchall()


def test_an_edit_is_kept_per_event_language_and_slide(store):
    first, second = _event(store), _event(store, "Muara")
    save_slide_edit(store, first, "id", "why", "# Di Kerinjing")
    save_slide_edit(store, first, "en", "why", "# In Kerinjing")
    save_slide_edit(store, first, "id", "how", "")  # an empty text hides the slide
    save_slide_edit(store, second, "id", "why", "# Di Muara")
    assert slide_edits(store, first, "id") == {"why": "# Di Kerinjing", "how": ""}
    assert slide_edits(store, first, "en") == {"why": "# In Kerinjing"}
    assert slide_edits(store, second, "id") == {"why": "# Di Muara"}
    assert slide_edits(store, second, "en") == {}
    assert all(row[4] == store.device_id for row in _rows(store))


def test_an_edit_saved_again_replaces_the_text_in_its_row(store):
    event = _event(store)
    save_slide_edit(store, event, "id", "why", "satu")
    [row_id] = store.execute("SELECT id FROM slide_edits").fetchone()
    save_slide_edit(store, event, "id", "why", "dua")
    assert store.execute("SELECT id, text FROM slide_edits").fetchall() == [(row_id, "dua")]


def test_an_edit_is_kept_as_typed_without_nul_characters(store):
    event = _event(store)
    save_slide_edit(store, event, "id", "why", "  # Judul\n\n- satu\x00 dua  ")
    assert slide_edits(store, event, "id") == {"why": "  # Judul\n\n- satu dua  "}


def test_dropping_an_edit_takes_only_that_slide_of_that_event_and_language(store):
    first, second = _event(store), _event(store, "Muara")
    for event in (first, second):
        for lang in ("id", "en"):
            for key in ("why", "how"):
                save_slide_edit(store, event, lang, key, f"{event[:4]} {lang} {key}")
    drop_slide_edit(store, first, "id", "why")
    assert slide_edits(store, first, "id") == {"how": f"{first[:4]} id how"}
    assert len(slide_edits(store, first, "en")) == 2
    assert len(slide_edits(store, second, "id")) == 2
    assert len(_rows(store)) == 7


def test_the_facts_of_an_event_are_its_place_year_and_shareable_presurvey_notes(store):
    event = _event(store, date="2021-09-21", kecamatan="Ulu Musi", kabupaten="Empat Lawang")
    add_note(store, event, "presurvey", "Banyak   pemuda\nke  Malaysia")
    add_note(store, event, "presurvey", "Nama korban X", sensitive=True)
    add_note(store, event, "fgd", "Bukan pra-survei")
    add_note(store, event, "presurvey", "Agen datang tiap bulan")
    other = _event(store, "Muara")
    add_note(store, other, "presurvey", "Desa lain")
    assert local_facts(store, event, "demo") == LocalFacts(
        desa="Kerinjing",
        kecamatan="Ulu Musi",
        kabupaten="Empat Lawang",
        tahun="2021",
        findings=("Banyak pemuda ke Malaysia", "Agen datang tiap bulan"),
        demo=False,
    )
    assert local_facts(store, other, "demo").findings == ("Desa lain",)


def test_only_the_demo_event_says_the_demo_villages_lines(store):
    event = _event(store)
    assert local_facts(store, event, event).demo is True
    assert local_facts(store, event, "another").demo is False


def test_the_export_reads_every_score_by_participant_pre_before_post_by_question(store):
    event = _event(store)
    first = add_participant(store, event, PersonInput("Ani", "P", 30))
    second = add_participant(store, event, PersonInput("Budi", "L", 40))
    other = _event(store, "Muara")
    stranger = add_participant(store, other, PersonInput("Citra", "P", 20))
    enter(store, event, second.registration_id, "post", 2, "1", "id")
    enter(store, event, second.registration_id, "pre", 1, "2", "id")
    enter(store, event, first.registration_id, "post", 1, "0", "id")
    enter(store, event, first.registration_id, "pre", 3, "", "id")
    enter(store, event, first.registration_id, "pre", 1, "1", "id")
    enter(store, other, stranger.registration_id, "pre", 1, "2", "id")
    set_absent(store, event, second.registration_id, "post", "id")
    assert score_rows(store, event) == [
        ScoreLine(first.code, "pre", 1, "scored", 1, ""),  # an open question has no letter
        ScoreLine(first.code, "pre", 3, "unanswered", None, ""),
        ScoreLine(first.code, "post", 1, "scored", 0, ""),
        ScoreLine(second.code, "pre", 1, "scored", 2, ""),
        *[ScoreLine(second.code, "post", number, "absent", None, "") for number in range(1, 6)],
    ]
