"""The film's Qt-free parts: times, the marker preset, the film library in the store."""

from __future__ import annotations

import pytest

from kerinjing_desktop.film.library import FilmLibrary, demo_clip, film_key, is_demo
from kerinjing_desktop.film.markers import (
    IOM_FILM_MS,
    Marker,
    format_time,
    load_preset,
    markers_from_json,
    parse_time,
)

PRESET = """
film_title = "A film"
expected_duration = "10:00"
note.id = "Catatan"
note.en = "Note"

[[marker]]
time = "07:00"
question.id = "Pertanyaan dua?"
question.en = "Question two?"

[[marker]]
time = "01:30"
question.id = "Pertanyaan satu?"
question.en = "Question one?"
"""


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("05:30", 330_000),
        ("27:14", IOM_FILM_MS),
        ("1:02:03", 3_723_000),
        ("90", 90_000),
        (" 0:01,5 ", 1_500),
    ],
)
def test_parse_time(text, ms):
    """mm:ss, h:mm:ss and plain seconds become milliseconds."""
    assert parse_time(text) == ms


@pytest.mark.parametrize("text", ["", "abc", "5:75", "1:2:3:4", "-1:00", "1.5:00", "10:"])
def test_parse_time_refuses_nonsense_with_a_message(text):
    """A bad time is a ValueError whose message shows an example."""
    with pytest.raises(ValueError, match="05:30"):
        parse_time(text)


def test_format_time():
    """Times show as mm:ss, or h:mm:ss past an hour."""
    assert format_time(0) == "00:00"
    assert format_time(IOM_FILM_MS) == "27:14"
    assert format_time(3_723_999) == "1:02:03"
    assert format_time(-5) == "00:00"


def test_preset_in_each_language_sorted(tmp_path):
    """A preset file gives its markers sorted, in the asked language, and its length."""
    path = tmp_path / "markers.toml"
    path.write_text(PRESET, encoding="utf-8")
    indonesian = load_preset("id", path)
    assert indonesian.expected_ms == 600_000 and indonesian.note == "Catatan"
    assert [m.time_ms for m in indonesian.markers] == [90_000, 420_000]
    assert indonesian.markers[0].question == "Pertanyaan satu?"
    assert load_preset("en", path).markers[0].question == "Question one?"


def test_broken_or_missing_preset_is_empty_not_a_crash(tmp_path):
    """A broken or missing preset file gives no markers and the IOM length."""
    broken = tmp_path / "broken.toml"
    broken.write_text("[[marker]\ntime = ", encoding="utf-8")
    for path in (broken, tmp_path / "absent.toml"):
        preset = load_preset("id", path)
        assert preset.markers == [] and preset.expected_ms == IOM_FILM_MS


def test_bundled_preset_is_usable():
    """The shipped preset has questions in both languages, inside the film's length."""
    for lang in ("id", "en"):
        preset = load_preset(lang)
        assert preset.markers, "assets/content/film_markers.toml has no markers"
        assert all(m.question and 0 < m.time_ms < preset.expected_ms for m in preset.markers)


def test_library_round_trip(store, tmp_path):
    """File, position (by name and size), markers, subtitles and volume survive in the store."""
    library = FilmLibrary(store)
    film = tmp_path / "film.mp4"
    film.write_bytes(b"x" * 10)
    library.remember_file(film)
    assert library.remembered_file() == film
    key = film_key(film)
    assert key == "film.mp4|10"
    library.save_position(key, 12_345)
    assert library.saved_position(key) == 12_345
    library.save_position(key, 0)
    assert library.saved_position(key) == 0
    library.set_subtitle_for(key, tmp_path / "film.srt")
    assert library.subtitle_for(key) == tmp_path / "film.srt"
    library.save_volume(150)
    assert library.volume() == 100
    assert not library.markers_edited()
    library.save_markers([Marker(2000, "b"), Marker(1000, "a")])
    assert library.markers("id") == [Marker(1000, "a"), Marker(2000, "b")]
    library.restore_preset()
    assert library.markers("id") == load_preset("id").markers


def test_markers_from_bad_json_are_skipped():
    """Malformed stored markers are dropped one by one, never fatal."""
    stored = [{"time": "00:10", "question": "ok"}, {"time": "soon"}, "junk", {"time_ms": "x"}]
    assert markers_from_json(stored) == [Marker(10_000, "ok")]
    assert markers_from_json(None) == []


def test_demo_clip_is_small_and_recognised():
    """The shipped demo clip is under 300 KB, with its .srt, and is known as the demo."""
    assert demo_clip().stat().st_size < 300 * 1024
    assert demo_clip().with_suffix(".srt").is_file()
    assert is_demo(demo_clip()) and not is_demo(demo_clip().with_name("other.mp4"))
