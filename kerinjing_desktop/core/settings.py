"""App preferences, declared in one place with their types and defaults.

Kept as JSON beside the store (`settings.json`), never pickled. Unknown or badly typed values
in the file fall back to the default, so a hand-edited file cannot stop the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from kerinjing_desktop.core.files import write_text

FILE_NAME = "settings.json"
NOTES_PIXEL_RANGE = (14, 48)  # the presenter console's A− … A+ steps span this


@dataclass
class AppSettings:
    lang: str = "id"  # "id" or "en"; --lang overrides it for one run
    font_point_size: int = 0  # 0 follows the system; larger numbers for tired eyes
    high_contrast: bool = False  # for bright halls
    tour_done: bool = False  # the three-screen first-run tour was shown (or closed)
    notes_pixel_size: int = 22  # the presenter console's speaker notes (A− / A+)


def load_settings(data_dir: Path | None) -> AppSettings:
    settings = AppSettings()
    if data_dir is None:
        return settings
    try:
        stored = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return settings
    if not isinstance(stored, dict):
        return settings
    for field in fields(AppSettings):
        value = stored.get(field.name)
        # exact types: JSON `true` is no font size (bool is a subclass of int in Python)
        if type(value) is type(getattr(settings, field.name)):
            setattr(settings, field.name, value)
    if settings.lang not in ("id", "en"):
        settings.lang = "id"
    if not 0 <= settings.font_point_size <= 40:
        settings.font_point_size = 0
    low, high = NOTES_PIXEL_RANGE
    if not low <= settings.notes_pixel_size <= high:
        settings.notes_pixel_size = AppSettings.notes_pixel_size
    return settings


def update_settings(data_dir: Path, **changes: object) -> AppSettings:
    """Re-read the file and change only `changes`, so that each window saving its own
    preference (Settings page, tour, presenter console) never undoes another's."""
    settings = replace(load_settings(data_dir), **changes)
    save_settings(data_dir, settings)
    return settings


def save_settings(data_dir: Path, settings: AppSettings) -> None:
    """Written whole or not at all (core/files.py), so a power cut never leaves half a file."""
    write_text(data_dir / FILE_NAME, json.dumps(asdict(settings), indent=2))
