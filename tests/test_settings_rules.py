"""The app's preferences in settings.json (core/settings.py): the defaults, every value read
back, each limit at its edge, anything else falling back to the default, and one window's
change never undoing another's."""

from __future__ import annotations

import json

import pytest

from kerinjing_desktop.core.settings import (
    FILE_NAME,
    NOTES_PIXEL_RANGE,
    AppSettings,
    load_settings,
    save_settings,
    update_settings,
)

DEFAULTS = AppSettings(
    lang="id", font_point_size=0, high_contrast=False, tour_done=False, notes_pixel_size=22
)


def write(folder, data) -> None:
    (folder / "settings.json").write_text(json.dumps(data), encoding="utf-8")


def test_the_defaults_and_the_file_name():
    assert AppSettings() == DEFAULTS
    assert FILE_NAME == "settings.json"
    assert NOTES_PIXEL_RANGE == (14, 48)


def test_without_a_folder_or_a_file_the_defaults_are_used(tmp_path):
    assert load_settings(None) == DEFAULTS
    assert load_settings(tmp_path) == DEFAULTS
    (tmp_path / "settings.json").mkdir()  # unreadable as a file
    assert load_settings(tmp_path) == DEFAULTS


@pytest.mark.parametrize("data", [[1, 2], "en", 3, None])
def test_a_file_that_is_not_an_object_gives_the_defaults(tmp_path, data):
    write(tmp_path, data)
    assert load_settings(tmp_path) == DEFAULTS


def test_every_value_is_read_back(tmp_path):
    chosen = AppSettings(
        lang="en", font_point_size=17, high_contrast=True, tour_done=True, notes_pixel_size=30
    )
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen


def test_the_file_is_indented_json_of_every_field_and_nothing_else(tmp_path):
    save_settings(tmp_path, AppSettings(lang="en", font_point_size=12))
    text = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert text == (
        '{\n  "lang": "en",\n  "font_point_size": 12,\n  "high_contrast": false,\n'
        '  "tour_done": false,\n  "notes_pixel_size": 22\n}'
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    ("stored", "read"), [("id", "id"), ("en", "en"), ("", "id"), ("fr", "id"), ("EN", "id")]
)
def test_only_indonesian_and_english_are_languages(tmp_path, stored, read):
    write(tmp_path, {"lang": stored})
    assert load_settings(tmp_path).lang == read


@pytest.mark.parametrize(("stored", "read"), [(0, 0), (1, 1), (40, 40), (41, 0), (-1, 0)])
def test_the_font_size_is_0_to_40_points(tmp_path, stored, read):
    write(tmp_path, {"font_point_size": stored})
    assert load_settings(tmp_path).font_point_size == read


@pytest.mark.parametrize(
    ("stored", "read"), [(13, 22), (14, 14), (30, 30), (48, 48), (49, 22), (0, 22)]
)
def test_the_speaker_notes_are_14_to_48_pixels(tmp_path, stored, read):
    write(tmp_path, {"notes_pixel_size": stored})
    assert load_settings(tmp_path).notes_pixel_size == read


def test_a_value_of_another_type_keeps_the_default_and_the_others_are_read(tmp_path):
    write(
        tmp_path,
        {"lang": 1, "font_point_size": 12.0, "high_contrast": "yes", "tour_done": True,
         "notes_pixel_size": False, "unknown": 5},
    )  # fmt: skip
    assert load_settings(tmp_path) == AppSettings(tour_done=True)


def test_one_window_saving_its_preference_keeps_the_others(tmp_path):
    """The tour marks itself done while the Settings page changed the language: both stay."""
    first = update_settings(tmp_path, lang="en")
    second = update_settings(tmp_path, tour_done=True)
    assert first == AppSettings(lang="en")
    assert second == AppSettings(lang="en", tour_done=True)
    assert load_settings(tmp_path) == second
