"""Before the day: does this film file play? (Qt-free; used by `film check`, `doctor`, the page.)

The check parses the file with libvlc (duration, tracks, picture size), then plays it with
dummy video and audio twice, briefly: at the start (does the picture decode?) and a little
before the end (is the copy complete?). A file cut short by an interrupted copy still
announces the full length in its header and "plays to the end in 0 s without an error";
only the second probe catches it.

VLC's parser learns nothing from an MPEG program stream (`.mpg`, VCD `.dat`, DVD `.vob`):
its streams are only found by reading it. When the parse finds no tracks or no length, the
file is played for a moment and asked again, so every file VLC plays passes.

VLC's event callbacks here only set Python flags: nothing calls libvlc from inside a
callback (that deadlocks libvlc 3).
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import IOM_FILM_MS, format_time
from kerinjing_desktop.film.video_output import video_output_problem
from kerinjing_desktop.film.vlc_loader import (
    VlcUnavailable,
    create_instance,
    load_vlc,
    version_problem,
    vlc_version,
)

PARSE_TIMEOUT_MS = 5000
PROBE_TIMEOUT_S = 3.0
LENGTH_TOLERANCE = 0.02  # a re-encode or a trimmed credit changes a few seconds, not more
READ_PROBE_BYTES = 64 * 1024


@dataclass
class TrackInfo:
    kind: str  # "video", "audio", "subtitle" or "other"
    codec: str
    width: int = 0
    height: int = 0
    channels: int = 0
    rate: int = 0
    language: str = ""

    def describe(self) -> str:
        if self.kind == "video":
            return _("video {codec} {width}×{height}").format(
                codec=self.codec, width=self.width, height=self.height
            )
        if self.kind == "audio" and self.channels and self.rate:
            return _("audio {codec}, {channels} channel(s), {rate} Hz").format(
                codec=self.codec, channels=self.channels, rate=self.rate
            )
        if self.kind == "audio":
            return _("audio {codec}").format(codec=self.codec)
        if self.kind == "subtitle":
            return _("subtitles {codec}").format(codec=self.codec)
        return self.codec


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


# python-vlc 3.0.x declares libvlc_media_track_t with three separate pointers where libvlc
# has a union of them, so its `tracks_get()` reads garbage (and can crash). These mirror the
# C layout of libvlc 3 (include/vlc/libvlc_media.h).
class _VideoTrack(ctypes.Structure):
    _fields_ = [("height", ctypes.c_uint), ("width", ctypes.c_uint)]


class _AudioTrack(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint), ("rate", ctypes.c_uint)]


class _MediaTrack(ctypes.Structure):
    _fields_ = [
        ("codec", ctypes.c_uint32),
        ("original_fourcc", ctypes.c_uint32),
        ("id", ctypes.c_int),
        ("type", ctypes.c_int),
        ("profile", ctypes.c_int),
        ("level", ctypes.c_int),
        ("detail", ctypes.c_void_p),  # union { audio *, video *, subtitle * }
        ("bitrate", ctypes.c_uint),
        ("language", ctypes.c_char_p),
        ("description", ctypes.c_char_p),
    ]


_TRACK_KINDS = {0: "audio", 1: "video", 2: "subtitle"}


def _fourcc(value: int) -> str:
    text = value.to_bytes(4, "little").decode("latin-1").strip("\x00 ")
    return text if text.isprintable() and text else f"0x{value:08x}"


def read_tracks(vlc: Any, media: Any) -> list[TrackInfo]:
    """The media's elementary streams, read with the correct libvlc 3 struct layout."""
    get = vlc.dll.libvlc_media_tracks_get
    release = vlc.dll.libvlc_media_tracks_release
    array_type = ctypes.POINTER(ctypes.POINTER(_MediaTrack))
    get.argtypes = [ctypes.c_void_p, ctypes.POINTER(array_type)]
    get.restype = ctypes.c_uint
    release.argtypes = [array_type, ctypes.c_uint]
    release.restype = None
    array = array_type()
    count = get(media, ctypes.byref(array))  # python-vlc objects pass as their pointer
    tracks: list[TrackInfo] = []
    try:
        for index in range(count):
            raw = array[index].contents
            info = TrackInfo(kind=_TRACK_KINDS.get(raw.type, "other"), codec=_fourcc(raw.codec))
            if raw.language:
                info.language = raw.language.decode("utf-8", "replace")
            if raw.detail and info.kind == "video":
                video = ctypes.cast(raw.detail, ctypes.POINTER(_VideoTrack)).contents
                info.width, info.height = int(video.width), int(video.height)
            elif raw.detail and info.kind == "audio":
                audio = ctypes.cast(raw.detail, ctypes.POINTER(_AudioTrack)).contents
                info.channels, info.rate = int(audio.channels), int(audio.rate)
            tracks.append(info)
    finally:
        if count:
            release(array, count)
    return tracks


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


class _Probe:
    """Collects a player's events in VLC's thread; the callbacks only set flags."""

    def __init__(self, vlc: Any, player: Any):
        self.ended = threading.Event()
        self.failed = threading.Event()
        self.last_time = -1
        self.moved = threading.Condition()
        manager = player.event_manager()
        events = vlc.EventType
        manager.event_attach(events.MediaPlayerEndReached, lambda _e: self.ended.set())
        manager.event_attach(events.MediaPlayerEncounteredError, lambda _e: self.failed.set())
        manager.event_attach(events.MediaPlayerTimeChanged, self._time)
        self._manager = manager
        self._events = events

    def _time(self, event: Any) -> None:
        with self.moved:
            self.last_time = int(event.u.new_time)
            self.moved.notify_all()

    def wait(self, past_ms: int, timeout_s: float) -> str:
        """ "played" once VLC reports a time past `past_ms`; "ended", "error" or "timeout"."""
        deadline = time.monotonic() + timeout_s
        with self.moved:
            while True:
                if self.failed.is_set():
                    return "error"
                if self.last_time > past_ms:
                    return "played"
                if self.ended.is_set():
                    return "ended"
                left = deadline - time.monotonic()
                if left <= 0:
                    return "timeout"
                self.moved.wait(min(left, 0.05))

    def detach(self) -> None:
        for kind in ("MediaPlayerEndReached", "MediaPlayerEncounteredError"):
            self._manager.event_detach(getattr(self._events, kind))
        self._manager.event_detach(self._events.MediaPlayerTimeChanged)


def _parse(vlc: Any, media: Any) -> bool:
    parsed = threading.Event()
    manager = media.event_manager()
    manager.event_attach(vlc.EventType.MediaParsedChanged, lambda _e: parsed.set())
    try:
        if media.parse_with_options(vlc.MediaParseFlag.local, PARSE_TIMEOUT_MS) != 0:
            return False
        parsed.wait(PARSE_TIMEOUT_MS / 1000 + 1)
    finally:
        manager.event_detach(vlc.EventType.MediaParsedChanged)
    return media.get_parsed_status() == vlc.MediaParsedStatus.done


def _discover_by_playing(vlc: Any, instance: Any, media: Any) -> tuple[list[TrackInfo], int]:
    """(tracks, length ms) found by playing the file for a moment with dummy outputs."""
    player = instance.media_player_new()
    player.set_media(media)
    player.audio_set_mute(True)
    probe = _Probe(vlc, player)
    try:
        player.play()
        if probe.wait(0, PROBE_TIMEOUT_S) != "played":
            return [], 0
        return read_tracks(vlc, media), max(0, int(player.get_length() or 0))
    finally:
        probe.detach()
        player.stop()
        player.release()


def _displayed_pictures(vlc: Any, media: Any) -> int:
    stats = vlc.MediaStats()
    return int(stats.displayed_pictures) if media.get_stats(stats) else 0


def _play_probes(vlc: Any, instance: Any, media: Any, result: FilmCheck) -> None:
    """Play at the start and near the end with dummy outputs; record what goes wrong."""
    player = instance.media_player_new()
    player.set_media(media)
    player.audio_set_mute(True)
    probe = _Probe(vlc, player)
    try:
        player.play()
        start = probe.wait(0, PROBE_TIMEOUT_S)
        if start == "error":
            result.problems.append(_("VLC reports an error while playing this file."))
            return
        if start == "ended":
            result.problems.append(
                _(
                    "The file ends as soon as it starts (it plays for 0 s): it is damaged or "
                    "incomplete. Copy it again from the original."
                )
            )
            return
        if result.has_video:
            deadline = time.monotonic() + PROBE_TIMEOUT_S
            while _displayed_pictures(vlc, media) == 0 and time.monotonic() < deadline:
                if probe.ended.is_set() or probe.failed.is_set():
                    break
                time.sleep(0.05)
            if _displayed_pictures(vlc, media) == 0:
                codec = next(t.codec for t in result.tracks if t.kind == "video")
                result.problems.append(
                    _(
                        "VLC cannot show the picture of this file (video {codec}): it is "
                        "damaged, or VLC lacks this codec."
                    ).format(codec=codec)
                )
                return
        if start == "timeout":
            result.warnings.append(
                _("VLC was slow to start this file; play it once before the day.")
            )
            return
        duration = result.duration_ms
        if duration > 3000:
            target = duration - max(1500, duration // 50)
            player.set_time(target)
            with probe.moved:
                probe.last_time = -1
            end = probe.wait(target + 100, PROBE_TIMEOUT_S)
            if end in ("ended", "error"):
                result.problems.append(
                    _(
                        "The file stops before {at} although it should last {duration}: it "
                        "is damaged or was not copied completely. Copy it again."
                    ).format(at=format_time(target), duration=format_time(duration))
                )
            elif end == "timeout":
                result.warnings.append(
                    _("Could not confirm that the end of the file plays; watch the end once.")
                )
    finally:
        probe.detach()
        player.stop()
        player.release()


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
        parsed = _parse(vlc, media)
        result.duration_ms = max(0, int(media.get_duration() or 0))
        result.tracks = read_tracks(vlc, media) if parsed else []
        if probe and (not result.tracks or result.duration_ms <= 0):
            tracks, length = _discover_by_playing(vlc, instance, media)
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
            _play_probes(vlc, instance, media, result)
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


def film_findings(store: Any = None) -> list[tuple[bool, str]]:
    """For `doctor`: VLC present and version 3, and the remembered film still plays.

    Pass the doctor's open store so `--data-dir` is honoured; without one only VLC is checked
    (the store is never created just to look). Each finding: (ok, message with how to fix).
    """
    findings: list[tuple[bool, str]] = []
    try:
        load_vlc()
        create_instance(headless=True).release()
    except VlcUnavailable as error:
        return [(False, str(error))]
    version = vlc_version()
    problem = version_problem(version)
    if problem:
        findings.append((False, problem))
    else:
        findings.append((True, _("VLC {version} is installed.").format(version=version)))
    no_picture = video_output_problem(load_vlc())
    if no_picture:
        findings.append((False, no_picture))
    if store is None:
        return findings
    from kerinjing_desktop.film.library import FilmLibrary, is_demo

    film = FilmLibrary(store).remembered_file()
    if film is None:
        findings.append(
            (True, _("No film file chosen yet (choose it in the Film step before the day)."))
        )
        return findings
    result = check_film(film, expected_ms=None if is_demo(film) else IOM_FILM_MS)
    if result.playable:
        findings.append(
            (True, _("Film {path}: {summary}").format(path=film, summary=result.summary()))
        )
    else:
        findings.append(
            (
                False,
                _("Film {path}: {problem} Choose the file again in the Film step.").format(
                    path=film, problem=result.problems[0]
                ),
            )
        )
    for warning in result.warnings:
        findings.append((True, _("Film {path}: {warning}").format(path=film, warning=warning)))
    return findings
