"""The rules behind the Notes page, said in words: what a note or a commitment refuses, what a
later edit changes and keeps, and what a photo is turned into (no GPS position, the right way
up, only from the media folder, never from elsewhere on the laptop)."""

from __future__ import annotations

import pytest
from PIL import Image

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import (
    MAX_NOTE_LENGTH,
    Commitment,
    add_commitment,
    add_note,
    list_commitments,
    list_notes,
    replace_commitments,
    update_commitment,
    update_note,
)
from kerinjing_desktop.core.store.photos import (
    MAX_CAPTION,
    add_photo,
    delete_photo,
    list_photos,
    media_dir,
    media_file,
    set_caption,
)

TOO_LONG = f"the note is longer than {MAX_NOTE_LENGTH} characters"


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _problems(caught) -> list[tuple[str, str]]:
    return list(caught.value.problems)


def test_a_note_of_an_unknown_kind_and_empty_is_refused_with_both_reasons(demo_store):
    with pytest.raises(ValidationError) as caught:
        add_note(demo_store, DEMO_EVENT_ID, "gossip", " \n\x00 ")
    assert _problems(caught) == [
        ("kind", "unknown kind of note: gossip"),
        ("body", "the note is empty"),
    ]
    with pytest.raises(ValidationError) as caught:
        add_note(demo_store, DEMO_EVENT_ID, "fgd", "x" * (MAX_NOTE_LENGTH + 1))
    assert _problems(caught) == [("body", TOO_LONG)]
    exactly = add_note(demo_store, DEMO_EVENT_ID, "fgd", "x" * MAX_NOTE_LENGTH)
    assert len(exactly.body) == MAX_NOTE_LENGTH


def test_editing_a_note_changes_only_what_is_given(demo_store):
    note = add_note(demo_store, DEMO_EVENT_ID, "fgd", "awal", topic="upaya", sensitive=True)
    update_note(demo_store, note.id, "isi baru")  # topic, kind and the sensitive mark stay

    def stored():
        return next(n for n in list_notes(demo_store, DEMO_EVENT_ID) if n.id == note.id)

    assert (stored().body, stored().topic, stored().kind, stored().sensitive) == (
        "isi baru", "upaya", "fgd", True,
    )  # fmt: skip
    update_note(demo_store, note.id, "temuan", topic="  jalur   kerja ", sensitive=False,
                kind="finding")  # fmt: skip
    assert (stored().body, stored().topic, stored().kind, stored().sensitive) == (
        "temuan", "jalur kerja", "finding", False,
    )  # fmt: skip
    with pytest.raises(ValidationError, match="^unknown kind of note: diary$"):
        update_note(demo_store, note.id, "isi", kind="diary")
    with pytest.raises(ValidationError, match="^the note is empty$"):
        update_note(demo_store, note.id, "   ")
    assert stored().body == "temuan"  # a refused edit keeps the text that was there


def test_a_commitment_is_refused_empty_or_too_long_and_edited_line_by_line(demo_store):
    for text, message in (("  \n ", "the commitment is empty"),
                          ("y" * (MAX_NOTE_LENGTH + 1), TOO_LONG)):  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            add_commitment(demo_store, DEMO_EVENT_ID, text)
        assert _problems(caught) == [("text", message)]
    first = add_commitment(demo_store, DEMO_EVENT_ID, "Ronda malam")
    second = add_commitment(demo_store, DEMO_EVENT_ID, "Cek agen", sensitive=True)
    in_order = [c.id for c in list_commitments(demo_store, DEMO_EVENT_ID)]
    assert in_order[-2:] == [first.id, second.id] and second.position == first.position + 1
    update_commitment(demo_store, first.id, sensitive=True)  # ticked only: text stays
    update_commitment(demo_store, second.id, text="Cek agen resmi")  # typed: mark stays
    stamp = demo_store.db["commitments"].get(second.id)["updated_at"]
    update_commitment(demo_store, second.id)  # nothing given: not even newer for a merge
    assert demo_store.db["commitments"].get(second.id)["updated_at"] == stamp
    mine = {c.id: c for c in list_commitments(demo_store, DEMO_EVENT_ID)}
    assert (mine[first.id].text, mine[first.id].sensitive) == ("Ronda malam", True)
    assert (mine[second.id].text, mine[second.id].sensitive) == ("Cek agen resmi", True)
    for blank in (" ", ""):
        with pytest.raises(ValidationError, match="^the commitment is empty$"):
            update_commitment(demo_store, first.id, text=blank)
    update_commitment(demo_store, first.id, sensitive=False)  # unticked: shown again
    public = list_commitments(demo_store, DEMO_EVENT_ID, False)
    assert Commitment(first.id, DEMO_EVENT_ID, first.position, "Ronda malam", False) in public
    assert second.id not in {c.id for c in public}


def test_a_list_with_one_line_too_long_is_refused_whole_and_blanks_clear_it(demo_store):
    replace_commitments(demo_store, DEMO_EVENT_ID, [("Satu", False), ("Dua", True)])
    with pytest.raises(ValidationError) as caught:
        replace_commitments(
            demo_store, DEMO_EVENT_ID, [("Baru", False), ("z" * (MAX_NOTE_LENGTH + 1), False)]
        )
    assert _problems(caught) == [("text", TOO_LONG)]
    assert [c.text for c in list_commitments(demo_store, DEMO_EVENT_ID)] == ["Satu", "Dua"]
    assert replace_commitments(demo_store, DEMO_EVENT_ID, [(" ", False), ("", True)]) == []
    assert list_commitments(demo_store, DEMO_EVENT_ID) == []


@pytest.fixture
def on_disk(tmp_path):
    store = open_store(tmp_path / "data")
    event = add_event(store, "Hari foto", "Kerinjing", "2021-09-21")
    yield store, event.id
    store.close()


def _phone_photo(path, size=(400, 300)):
    """A JPEG as a phone writes it: a GPS position and 'turn right 90°' in its EXIF."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the picture is to be shown turned 90° clockwise
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (3.0, 45.0, 10.0)
    gps[3], gps[4] = "E", (101.0, 12.0, 5.0)
    Image.new("RGB", size, "green").save(path, "JPEG", exif=exif)
    with Image.open(path) as check:
        assert check.getexif().get_ifd(0x8825)  # the source really carries a position
    return path


def test_a_photo_is_stored_without_its_gps_position_and_the_right_way_up(on_disk, tmp_path):
    store, event_id = on_disk
    photo = add_photo(store, event_id, _phone_photo(tmp_path / "phone.jpg"))
    stored = media_file(store, photo.file_name)
    assert stored is not None and stored.suffix == ".jpg"
    with Image.open(stored) as image:
        assert image.size == (300, 400)  # turned as the phone meant, so no tag is needed
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and 0x010F not in exif and 0x0112 not in exif


def test_a_transparent_png_stays_png_and_a_gif_is_refused(on_disk, tmp_path):
    store, event_id = on_disk
    stamp = tmp_path / "stamp.png"
    Image.new("RGBA", (200, 200), (200, 0, 0, 0)).save(stamp)
    saved = media_file(store, add_photo(store, event_id, stamp).file_name)
    assert saved is not None and saved.suffix == ".png"
    with Image.open(saved) as image:
        assert image.mode == "RGBA" and image.getpixel((5, 5))[3] == 0
    opaque = tmp_path / "flat.png"
    Image.new("RGB", (50, 50), "blue").save(opaque)
    assert add_photo(store, event_id, opaque).file_name.endswith(".jpg")
    gif = tmp_path / "animasi.gif"
    Image.new("P", (20, 20)).save(gif)
    with pytest.raises(ValidationError) as caught:
        add_photo(store, event_id, gif)
    assert _problems(caught) == [("file", "animasi.gif is not a JPEG or PNG picture.")]
    assert len(list_photos(store, event_id)) == 2


def test_an_unreadable_picture_and_a_store_in_memory_are_refused_in_words(store, tmp_path):
    folder = tmp_path / "a folder.jpg"
    folder.mkdir()
    on_disk = open_store(tmp_path / "data")
    try:
        event = add_event(on_disk, "T", "V", "2021-09-21")
        with pytest.raises(ValidationError) as caught:
            add_photo(on_disk, event.id, folder)
        ((field, message),) = _problems(caught)
        assert field == "file" and message.startswith("Cannot read a folder.jpg: ")
        assert list_photos(on_disk, event.id) == []
    finally:
        on_disk.close()
    picture = tmp_path / "ok.jpg"
    Image.new("RGB", (10, 10)).save(picture)
    with pytest.raises(ValidationError) as caught:
        add_photo(store, "any-event", picture)
    assert _problems(caught) == [("file", "This store has no data folder for pictures.")]


def test_only_files_inside_the_media_folder_are_ever_shown_or_deleted(on_disk, tmp_path):
    store, event_id = on_disk
    outside = tmp_path / "data" / "secret.jpg"
    Image.new("RGB", (10, 10)).save(outside)
    folder = media_dir(store)
    assert folder is not None
    folder.mkdir(exist_ok=True)
    for name in ("../secret.jpg", str(outside), "", "sub/x.jpg", "missing.jpg"):
        assert media_file(store, name) is None, name
    # a row pointing outside (a forged bundle) is deleted without touching the file there
    store.db["photos"].insert(
        store.row_meta()
        | {"event_id": event_id, "file_name": "../secret.jpg", "caption": "", "position": 1}
    )
    (row,) = list_photos(store, event_id)
    delete_photo(store, row.id)
    assert list_photos(store, event_id) == [] and outside.exists()
    delete_photo(store, "no-such-photo")  # already gone: nothing to do, no error


def test_a_caption_is_cleaned_and_cut_to_its_limit(on_disk, tmp_path):
    store, event_id = on_disk
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (10, 10)).save(picture)
    photo = add_photo(store, event_id, picture, "  Pembukaan\n\toleh  kades ")
    assert photo.caption == "Pembukaan oleh kades"
    set_caption(store, photo.id, "a" * (MAX_CAPTION + 50))
    (stored,) = list_photos(store, event_id)
    assert stored.caption == "a" * MAX_CAPTION
    set_caption(store, photo.id, "")
    assert list_photos(store, event_id)[0].caption == ""
