"""Where the film is between VLC's reports, and which discussion pause comes next (Qt-free).

VLC reports the time only every 250–500 ms. The position is interpolated with a monotonic
clock from the last report (`anchor_ms` at `anchor_at`), capped when VLC stalls, so that a
pause can stop the film within a few tens of milliseconds of its time. Reports still in
flight from before a seek are ignored for a moment. The player (`player.py`) feeds VLC's
reports in and asks where the film is; a test drives it with its own clock.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from kerinjing_desktop.film.markers import Marker

STALL_CAP_MS = 1500  # no report for this long: VLC has stalled, stop extrapolating
SEEK_GUARD_S = 1.5  # reports in flight from before a seek are ignored this long


class PlayerState(StrEnum):
    IDLE = "idle"  # no file
    READY = "ready"  # a file is loaded, not started
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    ERROR = "error"


class Timeline:
    def __init__(self, clock: Callable[[], float]):
        self._clock = clock  # seconds, monotonic
        self.anchor_ms = 0
        self.anchor_at = clock()
        self.last_raw = -1
        self._guard_until = 0.0
        self._guard_target = 0
        self.markers: list[Marker] = []
        self._fired: set[int] = set()  # indexes into markers already stopped at

    def position(self, playing: bool, length_ms: int) -> int:
        """The interpolated position while playing; the anchor otherwise."""
        if not playing:
            return self.anchor_ms
        elapsed = (self._clock() - self.anchor_at) * 1000
        position = self.anchor_ms + round(min(elapsed, STALL_CAP_MS))
        return min(position, length_ms) if length_ms > 0 else position

    def restart(self) -> None:
        """The film (re)starts running from the anchor now."""
        self.anchor_at = self._clock()

    def freeze(self, position: int) -> None:
        self.anchor_ms = position
        self.anchor_at = self._clock()

    def reset(self, ms: int) -> None:
        """A jump to `ms` (load, seek): reports from before it are doubted for a moment."""
        self.anchor_ms = ms
        self.anchor_at = self._clock()
        self.last_raw = -1
        self._guard_until = self._clock() + SEEK_GUARD_S
        self._guard_target = ms
        self._fired = self.passed(ms)

    def observe(self, raw: int, playing: bool) -> bool:
        """A fresh report from VLC: re-anchor on it. False if it is stale or doubted."""
        if raw < 0 or raw == self.last_raw:
            return False
        now = self._clock()
        if now < self._guard_until:
            expected = self._guard_target
            if playing:
                expected += int((now - self.anchor_at) * 1000)
            if abs(raw - expected) > 1000:
                return False  # reported before the seek took effect
        self.last_raw = raw
        if playing:
            self.anchor_ms, self.anchor_at = raw, now
        elif raw > self.anchor_ms:
            # paused: VLC got further than our estimate; a smaller value is a stale report
            self.anchor_ms = raw
        return True

    # ----------------------------------------------------------------- markers ----
    def set_markers(self, markers: list[Marker], position: int) -> None:
        self.markers = sorted(markers)
        self._fired = self.passed(position)

    def passed(self, ms: int) -> set[int]:
        """Markers already behind `ms`. One exactly at `ms` counts as passed (the film was
        saved while paused at it) unless the film starts at 0."""
        return {i for i, m in enumerate(self.markers) if m.time_ms < ms or 0 < m.time_ms == ms}

    def next_marker(self, position: int) -> tuple[Marker, int] | None:
        """The next pause not yet stopped at and the ms left until it (0 or less: now)."""
        upcoming = next((i for i in range(len(self.markers)) if i not in self._fired), None)
        if upcoming is None:
            return None
        marker = self.markers[upcoming]
        remaining = marker.time_ms - position
        if remaining <= 0:
            self._fired.add(upcoming)
        return marker, remaining
