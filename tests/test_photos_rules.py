"""Photos, the rules the notes' tests leave out: where media lives, how far a picture is
shrunk, which PNGs keep their transparency, how photos are numbered per event, and that a
deletion takes the row and its file only."""

from __future__ import annotations

import pytest
from PIL import Image

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.photos import (
    add_photo,
    delete_photo,
    import_image,
    list_photos,
    media_dir,
    media_file,
    set_caption,
)


@pytest.fixture
def on_disk(tmp_path):
    store = open_store(tmp_path / "data")
    yield store
    store.close()


def _picture(path, size=(40, 30), mode="RGB", color="green"):
    Image.new(mode, size, color).save(path)
    return path


def test_media_lives_beside_the_store_and_only_on_disk(on_disk, store, tmp_path):
    assert media_dir(on_disk) == tmp_path / "data" / "media"
    assert media_dir(store) is None and media_file(store, "x.jpg") is None


def test_a_big_picture_is_shrunk_to_1600_pixels_keeping_its_shape(on_disk, tmp_path):
    """At most 1600 pixels a side, stored as a JPEG of quality 85 (its first quantisation
    step is 5; quality 86 would make it 4)."""
    name = import_image(on_disk, _picture(tmp_path / "wide.jpg", (3200, 1000)))
    with Image.open(media_dir(on_disk) / name) as image:
        assert image.size == (1600, 500) and image.format == "JPEG"
        assert image.quantization[0][0] == 5
    small = import_image(on_disk, _picture(tmp_path / "small.jpg", (90, 60)), max_side=30)
    with Image.open(media_dir(on_disk) / small) as image:
        assert image.size == (30, 20)


@pytest.mark.parametrize(("mode", "color"), [("LA", (10, 0)), ("P", 3), ("RGBA", (1, 2, 3, 0))])
def test_a_png_that_may_be_transparent_stays_png(on_disk, tmp_path, mode, color):
    name = import_image(on_disk, _picture(tmp_path / "stamp.png", mode=mode, color=color))
    assert name.endswith(".png")
    with Image.open(media_dir(on_disk) / name) as image:
        assert image.format == "PNG"


def test_a_grey_png_without_transparency_becomes_a_jpeg(on_disk, tmp_path):
    name = import_image(on_disk, _picture(tmp_path / "grey.png", mode="L", color=128))
    assert name.endswith(".jpg")
    with Image.open(media_dir(on_disk) / name) as image:
        assert (image.format, image.mode) == ("JPEG", "RGB")


def test_photos_are_numbered_per_event_and_a_deletion_takes_one_row_and_its_file(on_disk, tmp_path):
    first = add_event(on_disk, "Sosialisasi", "Kerinjing", "2021-09-21").id
    second = add_event(on_disk, "Sosialisasi", "Muara", "2021-10-01").id
    picture = _picture(tmp_path / "p.jpg")
    one, two = (add_photo(on_disk, first, picture, caption) for caption in ("satu", "dua"))
    there = add_photo(on_disk, second, picture)
    assert (one.position, two.position, there.position) == (1, 2, 1)
    assert list_photos(on_disk, first) == [one, two]
    assert list_photos(on_disk, second) == [there]
    row = on_disk.db["photos"].get(one.id)
    assert (row["file_name"], row["device_id"]) == (one.file_name, on_disk.device_id)
    kept_file = media_file(on_disk, two.file_name)
    gone_file = media_file(on_disk, one.file_name)
    assert kept_file is not None and gone_file is not None
    delete_photo(on_disk, one.id)
    assert list_photos(on_disk, first) == [two]
    assert not gone_file.exists() and kept_file.exists()


def test_a_photo_is_a_value(on_disk, tmp_path):
    event_id = add_event(on_disk, "Sosialisasi", "Kerinjing", "2021-09-21").id
    photo = add_photo(on_disk, event_id, _picture(tmp_path / "p.jpg"))
    with pytest.raises(AttributeError):
        photo.caption = "lain"  # type: ignore[misc]


def _png_header(width: int, height: int) -> bytes:
    """A PNG that only claims its size: signature, IHDR, IEND (no picture data)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_a_picture_claiming_too_many_pixels_is_refused_before_it_is_decoded(on_disk, tmp_path):
    """Over 160 million pixels (twice the 80 million allowed) is a decompression bomb: said
    to be no picture, never decoded."""
    i18n.set_language("en")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header(2, 80_000_001))
    with pytest.raises(ValidationError) as caught:
        import_image(on_disk, bomb)
    assert caught.value.problems == [("file", "bomb.png is not a JPEG or PNG picture.")]


def test_a_file_that_is_no_picture_is_said_so(on_disk, tmp_path):
    i18n.set_language("en")
    fake = tmp_path / "holiday.jpg"
    fake.write_text("not a picture")
    with pytest.raises(ValidationError) as caught:
        import_image(on_disk, fake)
    assert caught.value.problems == [("file", "holiday.jpg is not a JPEG or PNG picture.")]


def test_a_caption_is_cut_at_300_characters(on_disk, tmp_path):
    event_id = add_event(on_disk, "Sosialisasi", "Kerinjing", "2021-09-21").id
    photo = add_photo(on_disk, event_id, _picture(tmp_path / "p.jpg"), "a" * 301)
    assert photo.caption == "a" * 300
    set_caption(on_disk, photo.id, "b" * 301)
    assert list_photos(on_disk, event_id)[0].caption == "b" * 300
