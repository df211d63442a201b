"""Values that come from a hand-edited file or another laptop's bundle are read defensively,
and a few refusals are said in words: settings out of range fall back to the defaults, a
signatory list that is no list costs the signatures and never the document, a logo must be
a JPEG or PNG, a follow-up's date must be written YYYY-MM-DD, a role must be one we know."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from kerinjing_desktop.core.domain import ValidationError, validate_person
from kerinjing_desktop.core.settings import NOTES_PIXEL_RANGE, AppSettings, load_settings
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.follow_ups import record_follow_up
from kerinjing_desktop.core.store.institution import (
    Institution,
    Signer,
    get_institution,
    logo_from_file,
    set_institution,
)
from kerinjing_desktop.core.store.notes import MAX_NOTE_LENGTH

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _settings(tmp_path, stored) -> AppSettings:
    (tmp_path / "settings.json").write_text(json.dumps(stored), encoding="utf-8")
    return load_settings(tmp_path)


def test_settings_out_of_range_fall_back_and_those_in_range_are_kept(tmp_path):
    assert _settings(tmp_path, ["lang", "en"]) == AppSettings()  # JSON, but no object
    odd = _settings(tmp_path, {"lang": "fr", "font_point_size": 41, "notes_pixel_size": 99})
    assert (odd.lang, odd.font_point_size, odd.notes_pixel_size) == (
        "id", 0, AppSettings.notes_pixel_size,
    )  # fmt: skip
    low, high = NOTES_PIXEL_RANGE
    edge = _settings(tmp_path, {"lang": "en", "font_point_size": 40, "notes_pixel_size": high})
    assert (edge.lang, edge.font_point_size, edge.notes_pixel_size) == ("en", 40, high)
    assert _settings(tmp_path, {"notes_pixel_size": low - 1}).notes_pixel_size == (
        AppSettings.notes_pixel_size
    )
    assert _settings(tmp_path, {"font_point_size": -1}).font_point_size == 0


def test_signatories_from_elsewhere_that_are_no_list_cost_only_the_signatures(store):
    set_institution(store, Institution("LPPM", signatories=(Signer("Dr. Ani", "Ketua"),)))
    for stored, kept in (
        ('{"name": "Dr. Ani"}', ()),  # an object, not a list
        ("[not json", ()),
        ('["Dr. Ani", {"name": "Dr. Budi", "title": "Sekretaris"}]',
         (Signer("Dr. Budi", "Sekretaris"),)),  # a bare string is skipped, not fatal
    ):  # fmt: skip
        store.db["institution"].update(
            store.execute("SELECT id FROM institution").fetchone()[0], {"signatories": stored}
        )
        institution = get_institution(store)
        assert institution.name == "LPPM" and institution.signatories == kept, stored


def test_a_logo_must_be_a_jpeg_or_png_and_a_palette_png_is_kept_as_png(tmp_path):
    gif = tmp_path / "logo.gif"
    Image.new("P", (30, 30)).save(gif)
    with pytest.raises(ValidationError) as caught:
        logo_from_file(gif)
    assert caught.value.problems == [("logo", "logo.gif is not a JPEG or PNG picture.")]
    palette = tmp_path / "logo.png"
    Image.new("P", (30, 30), 3).save(palette)
    made = tmp_path / "made.png"
    made.write_bytes(logo_from_file(palette))
    with Image.open(made) as image:
        assert image.format == "PNG" and image.mode == "RGBA"


def test_a_follow_up_date_must_be_written_in_full_and_a_long_note_is_refused(store):
    event = add_event(store, "Sosialisasi", "Kerinjing", "2026-01-10")
    with pytest.raises(ValidationError) as caught:
        record_follow_up(store, event.id, "Perdes", "20260601", "done", "x" * (MAX_NOTE_LENGTH + 1))
    assert caught.value.problems == [
        ("visited_on", "the visit's date is not a date (YYYY-MM-DD)"),
        ("note", f"the note is longer than {MAX_NOTE_LENGTH} characters"),
    ]
    kept = record_follow_up(store, event.id, "Perdes", "2026-06-01", "done", "x" * MAX_NOTE_LENGTH)
    assert kept.visited_on == "2026-06-01"


def test_an_unknown_role_is_refused_and_a_search_of_no_words_finds_no_one(store):
    event = add_event(store, "Sosialisasi", "Kerinjing", "2026-01-10")
    siti = ps.add_participant(store, event.id, validate_person("Siti Aminah", "P"))
    with pytest.raises(ValidationError) as caught:
        ps.set_role(store, siti.registration_id, "bupati")
    assert caught.value.problems == [("role", "Unknown role “bupati”.")]
    assert ps.set_role(store, siti.registration_id, "narasumber").role == "narasumber"
    assert ps.find_people(store, " - ' . ") == []  # only marks: no word to look for
    assert [p.name for p in ps.find_people(store, "amin")] == ["Siti Aminah"]
