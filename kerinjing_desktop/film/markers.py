"""Discussion pauses: a time in the film and a question for the room (Qt-free).

The preset for the IOM film lives in `assets/content/film_markers.toml`; the facilitator's
edited list is kept in the store by `film.library`. Times are written "mm:ss" (or "h:mm:ss")
everywhere a person sees or types them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import asset_path

# The documentary's length as the seed report gives it; the preset file may override it.
IOM_FILM_MS = (27 * 60 + 14) * 1000
PRESET_FILE = ("content", "film_markers.toml")


@dataclass(frozen=True, order=True)
class Marker:
    time_ms: int
    question: str = field(compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "time": format_time(self.time_ms),
            "time_ms": self.time_ms,
            "question": self.question,
        }


@dataclass(frozen=True)
class Preset:
    film_title: str
    expected_ms: int
    note: str
    markers: list[Marker]


def format_time(ms: int) -> str:
    """12:34 (or 1:02:03 past an hour); negative times show as 00:00."""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def parse_time(text: str) -> int:
    """ "mm:ss", "h:mm:ss" or plain seconds (decimals allowed) → milliseconds.

    Raises ValueError with a translated message a facilitator can act on.
    """
    cleaned = text.strip().replace(",", ".")
    parts = cleaned.split(":")
    problem = _("“{text}” is not a time: write minutes:seconds, e.g. 05:30.").format(text=text)
    if not cleaned or len(parts) > 3 or any(not p.strip() for p in parts):
        raise ValueError(problem)
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise ValueError(problem) from None
    if any(n < 0 for n in numbers) or any(n != int(n) for n in numbers[:-1]):
        raise ValueError(problem)
    if len(numbers) > 1 and numbers[-1] >= 60:
        raise ValueError(problem)
    if len(numbers) == 3 and numbers[1] >= 60:
        raise ValueError(problem)
    seconds = 0.0
    for number in numbers:
        seconds = seconds * 60 + number
    return round(seconds * 1000)


def markers_from_json(items: Any) -> list[Marker]:
    """The stored list back into markers; anything malformed is skipped, never fatal."""
    markers: list[Marker] = []
    if not isinstance(items, list):
        return markers
    for item in items:
        if not isinstance(item, dict):
            continue
        question = str(item.get("question", "")).strip()
        try:
            time_ms = (
                int(item["time_ms"]) if "time_ms" in item else parse_time(str(item.get("time")))
            )
        except (KeyError, TypeError, ValueError):
            continue
        if time_ms >= 0:
            markers.append(Marker(time_ms, question))
    return sorted(markers)


def _localised(value: Any, lang: str) -> str:
    """A TOML value that is either a string or a table of languages."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("id") or value.get("en") or "")
    return "" if value is None else str(value)


def load_preset(lang: str, path: Path | None = None) -> Preset:
    """The preset in `lang`; a missing or broken file gives an empty preset, not a crash."""
    source = path or asset_path(*PRESET_FILE)
    try:
        with open(source, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return Preset("", IOM_FILM_MS, "", [])
    try:
        expected = parse_time(str(data.get("expected_duration", "")))
    except ValueError:
        expected = IOM_FILM_MS
    markers: list[Marker] = []
    for item in data.get("marker", []):
        if not isinstance(item, dict):
            continue
        try:
            time_ms = parse_time(str(item.get("time", "")))
        except ValueError:
            continue
        markers.append(Marker(time_ms, _localised(item.get("question"), lang)))
    return Preset(
        film_title=str(data.get("film_title", "")),
        expected_ms=expected or IOM_FILM_MS,
        note=_localised(data.get("note"), lang),
        markers=sorted(markers),
    )


def demo_markers() -> list[Marker]:
    """Two pauses inside the 6-second demo clip, so the discussion pause can be tried."""
    return [
        Marker(2000, _("Demo pause: what did you notice in the first seconds?")),
        Marker(4000, _("Demo pause: the film stops here for the room to talk.")),
    ]
