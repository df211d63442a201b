"""The libvlc side of the film player: one libvlc media player, its events sent on from
VLC's threads, and the libvlc 3 quirks the player works around (Qt-free).

VLC calls its event callbacks on its own threads, and calling libvlc from inside one of them
deadlocks. The callback here reads the event's value and hands (kind, value) to `send`, which
the player makes a queued Qt signal: everything else happens on the GUI thread.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.i18n import _

# VLC event kinds as they cross threads (plain ints keep the queued signal cheap)
PLAYING, PAUSED, STOPPED, END, ERROR, TIME, LENGTH = range(7)
EVENT_NAMES = {
    PLAYING: "MediaPlayerPlaying",
    PAUSED: "MediaPlayerPaused",
    STOPPED: "MediaPlayerStopped",
    END: "MediaPlayerEndReached",
    ERROR: "MediaPlayerEncounteredError",
    TIME: "MediaPlayerTimeChanged",
    LENGTH: "MediaPlayerLengthChanged",
}
STOP_SETTLE_S = 1.0  # see stop()


class VlcBridge:
    def __init__(self, vlc: Any, instance: Any, send: Callable[[int, int], None]):
        self.vlc = vlc
        self._instance = instance
        self._send = send
        self.player = instance.media_player_new()
        # The app, not VLC, handles the mouse and keys over the video.
        self.player.video_set_mouse_input(False)
        self.player.video_set_key_input(False)
        self._manager = self.player.event_manager()
        for kind, name in EVENT_NAMES.items():
            self._manager.event_attach(getattr(vlc.EventType, name), self._from_vlc, kind)
        self.subtitles: Path | None = None  # kept for the next film opened
        state = vlc.State
        self._finished_states = (state.Ended, state.Error, state.Stopped, state.NothingSpecial)

    def _from_vlc(self, event: Any, kind: int) -> None:
        """Runs on a VLC thread: read the event's value, send it, nothing else (no libvlc)."""
        value = 0
        if kind == TIME:
            value = int(event.u.new_time)
        elif kind == LENGTH:
            value = int(event.u.new_length)
        self._send(kind, value)

    def attach_video(self, win_id: int, platform: str) -> bool:
        """Draw into a native window: X11 (Qt on xcb), Windows or macOS. False otherwise."""
        if platform == "xcb":
            self.player.set_xwindow(int(win_id))
        elif platform == "windows":
            self.player.set_hwnd(int(win_id))
        elif platform == "cocoa":
            self.player.set_nsobject(int(win_id))
        else:
            return False
        return True

    def open(self, file: Path, start_ms: int) -> None:
        media = self._instance.media_new_path(os.fspath(file))
        if start_ms > 0:
            # Starting at the position is smoother than playing then seeking.
            media.add_option(f":start-time={start_ms / 1000:.3f}")
        self.player.set_media(media)
        media.release()

    def _add_subtitles(self, file: Path) -> bool:
        slave = self.vlc.MediaSlaveType.subtitle
        return bool(self.player.add_slave(slave, file.resolve().as_uri(), True) == 0)

    def set_subtitles(self, file: Path | None, film: Path | None) -> str | None:
        """Add a subtitle file to the open `film` (None forgets it); why not, translated."""
        if file is None:
            self.subtitles = None
            self.player.video_set_spu(-1)
            return None
        if not file.is_file():
            return _("The subtitle file {path} does not exist.").format(path=file)
        self.subtitles = file
        if film is not None and not self._add_subtitles(file):
            return _("VLC cannot use the subtitle file {path}.").format(path=file)
        return None

    def readd_subtitles(self) -> None:
        """The subtitles chosen before, on the film just opened (if the file is still there)."""
        if self.subtitles is not None and self.subtitles.is_file():
            self._add_subtitles(self.subtitles)

    def shows_no_picture(self) -> bool:
        """A video track, and no video output to show it on (see video_output.py)."""
        return bool(self.player.video_get_track_count() > 0 and self.player.has_vout() == 0)

    def stop(self, seconds_since_play: Callable[[], float]) -> None:
        """Stop, after the film's clock has started if play() was only just called.

        VLC 3 quirk, measured: stop() in the first ~0.25 s after play() on a film with a
        subtitle track blocks for ~6 s. Waiting (at most STOP_SETTLE_S) costs far less.
        """
        while (
            seconds_since_play() < STOP_SETTLE_S
            and self.player.get_time() <= 0
            and self.player.get_state() not in self._finished_states
        ):
            time.sleep(0.02)
        self.player.stop()

    def release(self) -> None:
        for name in EVENT_NAMES.values():
            self._manager.event_detach(getattr(self.vlc.EventType, name))
        self.player.release()
