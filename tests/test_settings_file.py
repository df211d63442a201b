"""settings.json: a hand-edited or damaged file never gives a wrong preference."""

from __future__ import annotations

import json

from kerinjing_desktop.core.settings import AppSettings, load_settings


def test_values_of_the_wrong_type_fall_back_to_the_defaults(tmp_path):
    """`true` is no font size and `1` no yes/no answer: each keeps its default."""
    (tmp_path / "settings.json").write_text(
        json.dumps({"font_point_size": True, "high_contrast": 1, "lang": "en"})
    )
    settings = load_settings(tmp_path)
    assert settings.font_point_size == AppSettings.font_point_size
    assert settings.high_contrast is False and settings.lang == "en"


def test_a_file_that_is_not_json_gives_the_defaults(tmp_path):
    """Half a file (a power cut while saving) opens with the defaults, no crash."""
    (tmp_path / "settings.json").write_text('{"lang": "e')
    assert load_settings(tmp_path) == AppSettings()
