"""FilmPlayer: the one player class over python-vlc (libvlc 3), for the Qt GUI thread.

Three rules shape it:
- VLC calls its event callbacks on its own threads, and calling libvlc from inside one of
  them deadlocks. The callbacks (`vlc_bridge.py`) do one thing: post the event to a Mailbox,
  which the GUI thread collects, where everything else happens. Not a Qt signal emitted on
  VLC's thread: that takes Qt's connection lock while holding the GIL (see qt/mailbox.py).
- `get_time()` and TimeChanged move only every 250–500 ms. The position is interpolated with
  a monotonic clock from the last report (`timeline.py`), so a discussion marker can stop the
  film within a few tens of milliseconds of its time (a precise single-shot timer fires it).
- A VLC without video output plugins plays the sound and runs the clock over a black
  picture without a word: a few seconds after Playing, a film with a video track but no
  video output (`has_vout`) raises `problem` with what to install.
- Power cuts and pulled USB sticks are normal: the position goes to the store every few
  seconds and on every pause or stop, and a vanished file pauses with a message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.library import Bookmark, FilmLibrary, film_key
from kerinjing_desktop.film.markers import Marker, format_time
from kerinjing_desktop.film.timeline import PlayerState, Timeline
from kerinjing_desktop.film.video_output import no_picture_message
from kerinjing_desktop.film.vlc_bridge import END, ERROR, LENGTH, PAUSED, PLAYING, TIME, VlcBridge
from kerinjing_desktop.qt.mailbox import Mailbox
from kerinjing_desktop.qt.refcount_guard import protect_singletons

protect_singletons()  # PySide6 6.12 on Python 3.11 (see qt/refcount_guard.py): 20 emits/s

TICK_MS = 50  # how often the position, the markers and the file are looked at
RESUME_CHECK_MS = 400  # after Play: confirm with VLC that the film really runs
FILE_CHECK_EVERY_S = 1.0
SEEK_STEP_MS = 10_000
EARLY_END_MS = 3000  # an end this far before the length is not the real end
NO_PICTURE_AFTER_MS = 3000  # Playing this long with a video track and no video output


class FilmPlayer(QObject):
    state_changed = Signal(str)  # a PlayerState value
    position_changed = Signal(int)  # ms, interpolated; every tick while playing
    length_changed = Signal(int)  # ms
    time_reported = Signal(int)  # a fresh time report from VLC reached the GUI thread
    marker_reached = Signal(object)  # the Marker the film paused at
    problem = Signal(str)  # a translated message for the facilitator
    ended = Signal()

    def __init__(
        self,
        vlc: Any,
        instance: Any,
        library: FilmLibrary | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        # seconds, monotonic; a test passes its own clock to check the interpolation exactly
        self._clock = clock
        # (kind, value) from VLC's threads, collected on this thread until close()
        self._vlc_events: Mailbox[tuple[int, int]] = Mailbox(lambda e: self._on_vlc_event(*e), self)
        self._vlc_events.keep_polling(True)
        self._bridge = VlcBridge(
            vlc, instance, lambda kind, value: self._vlc_events.post((kind, value))
        )
        self._player = self._bridge.player

        self._state = PlayerState.IDLE
        self._path: Path | None = None
        self._length = 0
        self._volume = 80
        self.paused_at_marker: Marker | None = None
        self._needs_reload = False
        self._timeline = Timeline(self._clock)  # where the film is, which pause comes next
        self._bookmark = Bookmark(library, self._clock)  # where it stopped, for a power cut
        self._last_file_check = self._clock()
        self._play_called_at = 0.0

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._marker_timer = QTimer(self)
        self._marker_timer.setSingleShot(True)
        self._marker_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._marker_timer.timeout.connect(self._on_tick)
        self.no_picture = False  # the last film played without any video output
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(NO_PICTURE_AFTER_MS)
        self._picture_timer.timeout.connect(self._check_picture)

    # ------------------------------------------------------------------ properties ----
    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def length_ms(self) -> int:
        return self._length

    @property
    def markers(self) -> list[Marker]:
        return list(self._timeline.markers)

    @property
    def vlc_player(self) -> Any:
        """The libvlc player, for read-only queries (track counts) on the GUI thread."""
        return self._player

    def position_ms(self) -> int:
        """The interpolated position (exact to a few tens of ms while playing)."""
        return self._timeline.position(self._state == PlayerState.PLAYING, self._length)

    # -------------------------------------------------------------------- control ----
    def attach_video(self, win_id: int, platform: str) -> bool:
        """Draw into a native window: X11 (Qt on xcb), Windows or macOS. False otherwise."""
        return self._bridge.attach_video(win_id, platform)

    def load(
        self,
        path: Path | str,
        *,
        start_ms: int = 0,
        length_ms: int = 0,
        subtitles: Path | str | None = None,
    ) -> bool:
        """Open a film (not yet playing) at `start_ms`; False with a `problem` if it is gone."""
        file = Path(path)
        if not file.is_file():
            self.problem.emit(
                _("The film file {path} does not exist (was the USB stick removed?).").format(
                    path=file
                ),
            )
            return False
        self._stop_vlc()
        self._path = file
        self._bookmark.key = film_key(file)
        self._length = max(0, length_ms)
        self._bridge.open(file, max(0, start_ms))
        self._needs_reload = False
        self.no_picture = False
        self._reset_position(max(0, start_ms))
        if subtitles is not None:
            self.set_subtitles(subtitles)
        else:
            self._bridge.readd_subtitles()
        self._set_state(PlayerState.READY)
        if self._length:
            self.length_changed.emit(self._length)
        self.position_changed.emit(self._timeline.anchor_ms)
        return True

    def set_markers(self, markers: list[Marker]) -> None:
        self._timeline.set_markers(markers, self.position_ms())

    def set_subtitles(self, path: Path | str | None) -> bool:
        """Add an .srt (or other subtitle file) to the film; None forgets it."""
        problem = self._bridge.set_subtitles(None if path is None else Path(path), self._path)
        if problem:
            self.problem.emit(problem)
        return not problem

    def play(self) -> bool:
        if self._path is None:
            return False
        if self._needs_reload or self._state == PlayerState.ERROR:
            # after a pulled USB stick or an early end, reopen where the film stopped
            start = self._timeline.anchor_ms
            if not self.load(self._path, start_ms=start, length_ms=self._length):
                return False
        elif self._state == PlayerState.ENDED:
            self._player.stop()
            self._reset_position(0)
        self.paused_at_marker = None
        self._play_called_at = self._clock()
        if self._state == PlayerState.PAUSED:
            # An explicit resume is queued after a pause VLC may not have applied yet (Continue
            # pressed right after a discussion pause); play() there is a no-op and the pause wins.
            self._player.set_pause(0)
        elif self._player.play() != 0:
            self._fail(_("VLC could not start the film."))
            return False
        QTimer.singleShot(RESUME_CHECK_MS, self._confirm_playing)
        return True  # the tick starts with VLC's Playing event

    def _confirm_playing(self) -> None:
        """VLC may resume without a new Playing event when pause and resume cross: ask it."""
        stalled = self._player is not None and self._state != PlayerState.PLAYING
        if stalled and self._player.is_playing():
            self._on_vlc_event(PLAYING, 0)

    def pause(self) -> None:
        if self._state != PlayerState.PLAYING:
            return
        self._freeze()
        self._player.set_pause(1)
        self._set_state(PlayerState.PAUSED)
        self._save_position()

    def seek_to(self, ms: int) -> None:
        if self._path is None:
            return
        target = max(0, int(ms))
        if self._length > 0:
            target = min(target, max(0, self._length - 500))
        if self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._player.set_time(target)
        else:
            # not started (or ended): start there when Play is pressed
            self._needs_reload = self._state != PlayerState.IDLE
        self._reset_position(target)
        self.position_changed.emit(target)
        if self._state == PlayerState.PAUSED:
            self._save_position()

    def seek_by(self, delta_ms: int) -> None:
        self.seek_to(self.position_ms() + delta_ms)

    def set_volume(self, volume: int) -> None:
        self._volume = min(100, max(0, int(volume)))
        self._player.audio_set_volume(self._volume)  # -1 before audio starts: re-applied

    def volume(self) -> int:
        return self._volume

    def stop(self) -> None:
        """Stop and remember where (the next load resumes there)."""
        if self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._freeze()
            self._save_position()
        self._stop_vlc()
        if self._path is not None:
            self._needs_reload = True
            self._set_state(PlayerState.READY)

    def close(self) -> None:
        """Stop, save and release libvlc's player (the instance belongs to the caller)."""
        self.stop()
        self._bridge.release()
        self._vlc_events.stop()
        self._player = None
        self._state = PlayerState.IDLE

    # ---------------------------------------------------------------- GUI thread ----
    def _on_vlc_event(self, kind: int, value: int) -> None:
        if self._player is None:  # closed while events were in flight
            return
        if kind == PLAYING:
            self._timeline.restart()
            self._set_state(PlayerState.PLAYING)
            self._player.audio_set_volume(self._volume)
            self._tick.start()
            if not self.no_picture:
                self._picture_timer.start()
        elif kind == PAUSED:
            if self._state == PlayerState.PLAYING:  # paused from elsewhere
                self._freeze()
                self._set_state(PlayerState.PAUSED)
        elif kind == TIME:
            self._observe_time(value)
        elif kind == LENGTH:
            if value > 0 and value != self._length:
                self._length = value
                self.length_changed.emit(value)
        elif kind == END:
            self._on_end()
        elif kind == ERROR:
            if self._path is not None and not self._path.exists():
                self._file_lost()
            else:
                self._fail(_("VLC could not play the film file; it may be damaged."))

    def _check_picture(self) -> None:
        """Playing (or paused since), a video track, and no video output: say what to do."""
        if self._player is None or self._state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        if self._bridge.shows_no_picture():
            self.no_picture = True
            self.problem.emit(no_picture_message())

    def _observe_time(self, raw: int) -> None:
        """A fresh report from VLC: re-anchor the interpolation on it."""
        if self._timeline.observe(raw, self._state == PlayerState.PLAYING):
            self.time_reported.emit(raw)

    def _on_tick(self) -> None:
        if self._state != PlayerState.PLAYING:
            self._tick.stop()
            return
        now = self._clock()
        if self._path is not None and now - self._last_file_check >= FILE_CHECK_EVERY_S:
            self._last_file_check = now
            if not self._path.exists():
                self._file_lost()
                return
        position = self.position_ms()
        self.position_changed.emit(position)
        if self._check_markers(position):
            return
        if self._bookmark.due():
            self._save_position(position)

    def _check_markers(self, position: int) -> bool:
        """Pause at the next marker; True if it did. Close to one, arm a precise timer."""
        found = self._timeline.next_marker(position)
        if found is None:
            return False
        marker, remaining = found
        if remaining <= 0:
            self._marker_timer.stop()
            self.paused_at_marker = marker
            self.pause()
            self.marker_reached.emit(marker)
            return True
        if remaining <= 2 * TICK_MS and not self._marker_timer.isActive():
            self._marker_timer.start(remaining)
        return False

    def _on_end(self) -> None:
        self._tick.stop()
        self._marker_timer.stop()
        reached = max(self._timeline.last_raw, self.position_ms())
        if self._length > 0 and reached < self._length - EARLY_END_MS:
            self._timeline.anchor_ms = max(0, reached)
            if self._path is not None and not self._path.exists():
                self._file_lost()
                return
            self._needs_reload = True
            self._set_state(PlayerState.PAUSED)
            self._save_position()
            self.problem.emit(
                _(
                    "The film stopped at {at}, before its end ({length}): the file may be "
                    "damaged or incomplete. Check it with “Check the file”."
                ).format(at=format_time(reached), length=format_time(self._length)),
            )
            return
        if self._length <= 0 and reached <= 0:
            self._fail(_("The file ended at once: it is damaged or is not a film."))
            return
        self._timeline.anchor_ms = self._length or reached
        self._bookmark.save(0)  # next time: from the start
        self._set_state(PlayerState.ENDED)
        self.position_changed.emit(self._timeline.anchor_ms)
        self.ended.emit()

    def _file_lost(self) -> None:
        self._freeze()
        self._tick.stop()
        self._marker_timer.stop()
        self._player.set_pause(1)
        self._needs_reload = True
        self._set_state(PlayerState.PAUSED)
        self._save_position()
        self.problem.emit(
            _(
                "The film file is gone (was the USB stick removed?). Put it back and press "
                "Play to continue at {at}."
            ).format(at=format_time(self._timeline.anchor_ms)),
        )

    def _fail(self, message: str) -> None:
        self._tick.stop()
        self._marker_timer.stop()
        self._set_state(PlayerState.ERROR)
        self.problem.emit(message)

    # ------------------------------------------------------------------- helpers ----
    def _freeze(self) -> None:
        self._timeline.freeze(self.position_ms())

    def _reset_position(self, ms: int) -> None:
        self._timeline.reset(ms)
        self._marker_timer.stop()

    def _save_position(self, position: int | None = None) -> None:
        self._bookmark.save(self.position_ms() if position is None else position)

    def _stop_vlc(self) -> None:
        self._tick.stop()
        self._marker_timer.stop()
        self._picture_timer.stop()
        if self._player is not None:
            self._bridge.stop(lambda: self._clock() - self._play_called_at)

    def _set_state(self, state: PlayerState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
