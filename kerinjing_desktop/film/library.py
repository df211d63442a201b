"""The film library: the chosen file, where it stopped, its subtitles, the markers (Qt-free).

Everything goes through `core.store.settings`, whose calls commit on return: a position saved
every few seconds survives a power cut. A film is known by its file name and size, not its
path, so the same copy on a USB stick that mounts as E: today and F: tomorrow still resumes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.settings import delete_setting, get_json, set_json
from kerinjing_desktop.film.markers import Marker, demo_markers, load_preset, markers_from_json

log = logging.getLogger(__name__)

FILE_KEY = "film.file"
MARKERS_KEY = "film.markers"
VOLUME_KEY = "film.volume"
POSITION_PREFIX = "film.position:"
SUBTITLE_PREFIX = "film.subtitle:"
DEFAULT_VOLUME = 80
SAVE_EVERY_S = 5.0  # a power cut loses at most this much of the film


def demo_clip() -> Path:
    return asset_path("demo", "clip.mp4")


def demo_subtitles() -> Path:
    return asset_path("demo", "clip.srt")


def is_demo(path: Path | str) -> bool:
    try:
        return Path(path).resolve() == demo_clip().resolve()
    except OSError:
        return False


def film_key(path: Path | str) -> str:
    """Name and size: stable across drive letters and mount points."""
    file = Path(path)
    try:
        size = os.stat(file).st_size
    except OSError:
        size = -1
    return f"{file.name}|{size}"


@dataclass
class FilmLibrary:
    store: Store

    # the chosen file ------------------------------------------------------------------
    def remembered_file(self) -> Path | None:
        value = get_json(self.store, FILE_KEY)
        return Path(value) if isinstance(value, str) and value else None

    def remember_file(self, path: Path | str) -> None:
        set_json(self.store, FILE_KEY, str(Path(path)))

    # where it stopped ------------------------------------------------------------------
    def saved_position(self, key: str) -> int:
        value = get_json(self.store, POSITION_PREFIX + key)
        if isinstance(value, dict) and isinstance(value.get("ms"), int):
            return max(0, value["ms"])
        return 0

    def save_position(self, key: str, ms: int) -> None:
        if ms <= 0:
            delete_setting(self.store, POSITION_PREFIX + key)
        else:
            set_json(self.store, POSITION_PREFIX + key, {"ms": int(ms)})

    # subtitles -------------------------------------------------------------------------
    def subtitle_for(self, key: str) -> Path | None:
        value = get_json(self.store, SUBTITLE_PREFIX + key)
        return Path(value) if isinstance(value, str) and value else None

    def set_subtitle_for(self, key: str, path: Path | str | None) -> None:
        if path is None:
            delete_setting(self.store, SUBTITLE_PREFIX + key)
        else:
            set_json(self.store, SUBTITLE_PREFIX + key, str(Path(path)))

    # markers ---------------------------------------------------------------------------
    def markers(self, lang: str) -> list[Marker]:
        """The facilitator's list if they edited one, else the preset in `lang`."""
        stored = get_json(self.store, MARKERS_KEY)
        if stored is not None:
            return markers_from_json(stored)
        return load_preset(lang).markers

    def markers_for(self, path: Path | str, lang: str) -> list[Marker]:
        """The demo clip has its own two pauses; any other file uses the film's list."""
        return demo_markers() if is_demo(path) else self.markers(lang)

    def save_markers(self, markers: list[Marker]) -> None:
        set_json(self.store, MARKERS_KEY, [m.to_json() for m in sorted(markers)])

    def markers_edited(self) -> bool:
        return get_json(self.store, MARKERS_KEY) is not None

    def restore_preset(self) -> None:
        delete_setting(self.store, MARKERS_KEY)

    # volume ----------------------------------------------------------------------------
    def volume(self) -> int:
        value = get_json(self.store, VOLUME_KEY)
        return min(100, max(0, value)) if isinstance(value, int) else DEFAULT_VOLUME

    def save_volume(self, volume: int) -> None:
        set_json(self.store, VOLUME_KEY, min(100, max(0, int(volume))))


class Bookmark:
    """Where the playing film is, kept in the library every few seconds and at each pause
    or stop (the player calls `save`), so that a power cut loses at most SAVE_EVERY_S."""

    def __init__(self, library: FilmLibrary | None, clock: Callable[[], float]):
        self._library = library
        self._clock = clock  # seconds, monotonic
        self.key = ""  # film_key() of the film open, "" before one is
        self._last_save = clock()

    def due(self) -> bool:
        return self._clock() - self._last_save >= SAVE_EVERY_S

    def save(self, position_ms: int) -> None:
        self._last_save = self._clock()
        if self._library is None or not self.key:
            return
        try:
            self._library.save_position(self.key, position_ms)
        except Exception:  # a full disk must not stop the film; the log keeps the reason
            log.exception("could not save the film position")
