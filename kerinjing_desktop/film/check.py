"""Before the day: does this film file play? (Qt-free; used by `film check`, `doctor`, the page.)

The check parses the file with libvlc (duration, tracks, picture size), then plays it with
dummy video and audio twice, briefly: at the start (does the picture decode?) and a little
before the end (is the copy complete?). A file cut short by an interrupted copy still
announces the full length in its header and "plays to the end in 0 s without an error";
only the second probe catches it.

VLC's parser learns nothing from an MPEG program stream (`.mpg`, VCD `.dat`, DVD `.vob`):
its streams are only found by reading it. When the parse finds no tracks or no length, the
file is played for a moment and asked again, so every file VLC plays passes.

The parts: `tracks.py` reads the streams, `probes.py` parses and plays, `findings.py` is
what `doctor` says about VLC and the chosen film.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import IOM_FILM_MS, format_time
from kerinjing_desktop.film.probes import discover_by_playing, parse, play_probes
from kerinjing_desktop.film.tracks import TrackInfo, read_tracks
from kerinjing_desktop.film.video_output import video_output_problem
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc

LENGTH_TOLERANCE = 0.02  # a re-encode or a trimmed credit changes a few seconds, not more
READ_PROBE_BYTES = 64 * 1024


@dataclass
class FilmCheck:
    path: Path
    readable: bool = False  # False: missing, a folder, no permission (exit 2 in the CLI)
    duration_ms: int = 0
    width: int = 0
    height: int = 0
    tracks: list[TrackInfo] = field(default_factory=list)
    playable: bool = False
    problems: list[str] = field(default_factory=list)  # why it cannot be used (translated)
    warnings: list[str] = field(default_factory=list)  # worth a look, still playable

    @property
    def has_video(self) -> bool:
        return any(t.kind == "video" for t in self.tracks)

    @property
    def has_audio(self) -> bool:
        return any(t.kind == "audio" for t in self.tracks)

    def summary(self) -> str:
        """One line for the page: what works, or the first thing that is wrong."""
        if self.problems:
            return self.problems[0]
        return _("The file plays: {duration}, {width}×{height}.").format(
            duration=format_time(self.duration_ms), width=self.width, height=self.height
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "duration_ms": self.duration_ms,
            "duration": format_time(self.duration_ms),
            "width": self.width,
            "height": self.height,
            "tracks": [asdict(t) for t in self.tracks],
            "playable": self.playable,
            "problems": list(self.problems),
            "warnings": list(self.warnings),
        }


def _readable_problem(path: Path) -> str | None:
    """Why the file cannot be read at all, or None."""
    if not path.exists():
        return _("The film file {path} does not exist (was the USB stick removed?).").format(
            path=path
        )
    if path.is_dir():
        return _("{path} is a folder; choose the film file inside it.").format(path=path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(READ_PROBE_BYTES)
    except OSError as error:
        return _("The film file {path} cannot be read: {reason}.").format(
            path=path, reason=os_reason(error)
        )
    if not head:
        return _("The film file {path} is empty (0 bytes): copy it again.").format(path=path)
    return None


def check_film(
    path: Path | str,
    *,
    expected_ms: int | None = IOM_FILM_MS,
    instance: Any = None,
    probe: bool = True,
) -> FilmCheck:
    """Everything a facilitator needs to know about a film file before the day.

    Raises VlcUnavailable when VLC itself cannot be used. `expected_ms=None` skips the
    comparison with the IOM film's length (the demo clip).
    """
    result = FilmCheck(path=Path(path))
    problem = _readable_problem(result.path)
    if problem:
        result.problems.append(problem)
        return result
    result.readable = True
    vlc = load_vlc()
    own_instance = instance is None
    if own_instance:
        # No subtitles in the check: a sidecar .srt would make VLC's stop() wait ~6 s
        # when a probe ends during start-up (VLC 3 behaviour).
        instance = create_instance(headless=True, extra=("--no-spu",))
    media = instance.media_new_path(os.fspath(result.path))
    try:
        parsed = parse(vlc, media)
        result.duration_ms = max(0, int(media.get_duration() or 0))
        result.tracks = read_tracks(vlc, media) if parsed else []
        if probe and (not result.tracks or result.duration_ms <= 0):
            tracks, length = discover_by_playing(vlc, instance, media)
            if tracks:
                parsed, result.tracks = True, tracks
                result.duration_ms = result.duration_ms or length
        video = next((t for t in result.tracks if t.kind == "video"), None)
        if video is not None:
            result.width, result.height = video.width, video.height
        if not parsed or not result.tracks:
            result.problems.append(
                _("VLC finds nothing to play in this file: it is not a film, or it is damaged.")
            )
        elif video is None:
            result.problems.append(
                _(
                    "The file has sound but no picture (audio only): choose the video file of "
                    "the film."
                )
            )
        elif probe:
            found = play_probes(vlc, instance, media, result.tracks, result.duration_ms)
            result.problems += found.problems
            result.warnings += found.warnings
        if video is not None and (problem := video_output_problem(vlc)):
            result.problems.append(problem)
        if result.duration_ms <= 0 and not result.problems:
            result.problems.append(_("VLC cannot tell how long this film is; it may be damaged."))
        if expected_ms and result.duration_ms > 0:
            difference = abs(result.duration_ms - expected_ms)
            if difference > expected_ms * LENGTH_TOLERANCE:
                result.warnings.append(
                    _(
                        "The file lasts {found}; the IOM film lasts {expected}. Is this the "
                        "right film?"
                    ).format(
                        found=format_time(result.duration_ms), expected=format_time(expected_ms)
                    )
                )
    finally:
        media.release()
        if own_instance:
            instance.release()
    result.playable = not result.problems
    return result
