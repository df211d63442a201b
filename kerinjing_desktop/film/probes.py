"""The film check's probes: libvlc parses the file, then plays it for a moment with dummy
outputs, at the start (does the picture decode?) and near the end (is the copy complete?).
(Qt-free; `check.py` puts the findings together.)

VLC's event callbacks here only set Python flags: nothing calls libvlc from inside a
callback (that deadlocks libvlc 3).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import format_time
from kerinjing_desktop.film.tracks import TrackInfo, read_tracks

PARSE_TIMEOUT_MS = 5000
PROBE_TIMEOUT_S = 3.0


@dataclass
class Found:
    """What playing the file showed: why it cannot be used, and what is worth a look."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Probe:
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


def parse(vlc: Any, media: Any) -> bool:
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


@contextmanager
def _playing(vlc: Any, instance: Any, media: Any) -> Iterator[tuple[Any, Probe]]:
    """A muted player of `media`, started, with its Probe; stopped and released after."""
    player = instance.media_player_new()
    player.set_media(media)
    player.audio_set_mute(True)
    probe = Probe(vlc, player)
    try:
        player.play()
        yield player, probe
    finally:
        probe.detach()
        player.stop()
        player.release()


def discover_by_playing(vlc: Any, instance: Any, media: Any) -> tuple[list[TrackInfo], int]:
    """(tracks, length ms) found by playing the file for a moment with dummy outputs."""
    with _playing(vlc, instance, media) as (player, probe):
        if probe.wait(0, PROBE_TIMEOUT_S) != "played":
            return [], 0
        return read_tracks(vlc, media), max(0, int(player.get_length() or 0))


def displayed_pictures(vlc: Any, media: Any) -> int:
    stats = vlc.MediaStats()
    return int(stats.displayed_pictures) if media.get_stats(stats) else 0


def play_probes(
    vlc: Any, instance: Any, media: Any, tracks: list[TrackInfo], duration: int
) -> Found:
    """Play at the start and near the end with dummy outputs; say what goes wrong."""
    found = Found()
    with _playing(vlc, instance, media) as (player, probe):
        start = probe.wait(0, PROBE_TIMEOUT_S)
        if start == "error":
            found.problems.append(_("VLC reports an error while playing this file."))
            return found
        if start == "ended":
            found.problems.append(
                _(
                    "The file ends as soon as it starts (it plays for 0 s): it is damaged or "
                    "incomplete. Copy it again from the original."
                )
            )
            return found
        if any(t.kind == "video" for t in tracks):
            deadline = time.monotonic() + PROBE_TIMEOUT_S
            while displayed_pictures(vlc, media) == 0 and time.monotonic() < deadline:
                if probe.ended.is_set() or probe.failed.is_set():
                    break
                time.sleep(0.05)
            if displayed_pictures(vlc, media) == 0:
                codec = next(t.codec for t in tracks if t.kind == "video")
                found.problems.append(
                    _(
                        "VLC cannot show the picture of this file (video {codec}): it is "
                        "damaged, or VLC lacks this codec."
                    ).format(codec=codec)
                )
                return found
        if start == "timeout":
            found.warnings.append(
                _("VLC was slow to start this file; play it once before the day.")
            )
            return found
        if duration > 3000:
            target = duration - max(1500, duration // 50)
            player.set_time(target)
            with probe.moved:
                probe.last_time = -1
            end = probe.wait(target + 100, PROBE_TIMEOUT_S)
            if end in ("ended", "error"):
                found.problems.append(
                    _(
                        "The file stops before {at} although it should last {duration}: it "
                        "is damaged or was not copied completely. Copy it again."
                    ).format(at=format_time(target), duration=format_time(duration))
                )
            elif end == "timeout":
                found.warnings.append(
                    _("Could not confirm that the end of the file plays; watch the end once.")
                )
    return found
