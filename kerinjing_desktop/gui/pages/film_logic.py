"""What the Film step does, without its widgets (Mu's `logic.py` driving a narrow view).

The page (`film_page.py`) builds the widgets and hands them to `FilmLogic` as a `FilmView`;
everything that decides (which film is open, where it resumes, which subtitles, what the
check found, when a question shows, what is saved) happens here, so that the tests can drive
it with a recording view and a stand-in player, no window and no VLC.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import FilmCheck
from kerinjing_desktop.film.library import FilmLibrary, demo_subtitles, film_key, is_demo
from kerinjing_desktop.film.markers import Marker, Preset, format_time
from kerinjing_desktop.film.player import PlayerState
from kerinjing_desktop.film.vlc_loader import VlcUnavailable
from kerinjing_desktop.gui.theme import Tone
from kerinjing_desktop.qt.platform import WAYLAND_HINT

# start_check(film, expected_ms, on_success, on_failure): runs check_film off the GUI thread
CheckStarter = Callable[
    [Path, int | None, Callable[[FilmCheck], None], Callable[[Exception], None]], None
]


class FilmView(Protocol):
    """What the logic asks of the page's widgets."""

    def show_vlc_missing(self, message: str | None) -> None: ...  # None: VLC is there
    def set_controls_enabled(self, enabled: bool) -> None: ...
    def show_file(self, path: Path | None, demo: bool) -> None: ...
    def show_check(self, text: str, tone: Tone) -> None: ...
    def show_subtitles(self, path: Path | None) -> None: ...
    def show_resume(self, at_ms: int) -> None: ...  # 0 hides the line
    def show_message(self, text: str, tone: Tone) -> None: ...  # "" hides it
    def show_state(self, state: PlayerState) -> None: ...
    def show_position(self, ms: int, total_ms: int) -> None: ...  # the slider and the time
    def show_time(self, ms: int, total_ms: int) -> None: ...
    def show_length(self, ms: int) -> None: ...
    def show_question(self, question: str | None) -> None: ...  # None hides the box
    def show_window_shown(self, shown: bool) -> None: ...
    def show_markers(self, markers: list[Marker]) -> None: ...


class Audience(Protocol):
    """The audience window on the projector (`film_audience.AudienceWindow`)."""

    def attach(self, player: Any) -> None: ...
    def is_shown(self) -> bool: ...
    def toggle(self) -> None: ...
    def show_video(self, place: bool = False) -> None: ...
    def show_question(self, text: str) -> None: ...
    def close(self) -> None: ...


class FilmLogic:
    def __init__(
        self,
        view: FilmView,
        library: FilmLibrary,
        preset: Preset,
        lang: str,
        audience: Audience,
        status: Callable[[str], None],
        start_check: CheckStarter,
    ):
        self.view = view
        self.library = library
        self.preset = preset
        self.lang = lang
        self.audience = audience
        self.status = status
        self._start_check = start_check
        self.player: Any = None  # a FilmPlayer once VLC loaded
        self.film: Path | None = None
        self.check: FilmCheck | None = None
        self.volume = library.volume()
        self._checking = False

    def start(self, open_player: Callable[[], Any], platform: str) -> None:
        """Load VLC and reopen the film chosen last time (after a power cut too)."""
        self.start_vlc(open_player, platform)
        remembered = self.library.remembered_file()
        if remembered is not None:
            self.open_film(remembered, remember=False)
        else:
            self.view.show_file(None, demo=False)

    # --------------------------------------------------------------------- VLC ----
    def start_vlc(self, open_player: Callable[[], Any], platform: str) -> None:
        """Load VLC (again, after the facilitator installed it); say how to if missing."""
        if self.player is not None:
            return
        try:
            player = open_player()
        except VlcUnavailable as error:
            self.view.show_vlc_missing(str(error))
            self.view.set_controls_enabled(False)
            return
        self.view.show_vlc_missing(None)
        self.player = player
        player.set_volume(self.volume)
        player.state_changed.connect(self.state_changed)
        player.position_changed.connect(self.position_changed)
        player.length_changed.connect(self.length_changed)
        player.marker_reached.connect(self.marker_reached)
        player.problem.connect(self.show_problem)
        player.ended.connect(self.ended)
        self.audience.attach(player)
        self.view.set_controls_enabled(True)
        if platform == "wayland":
            self.show_problem(_(WAYLAND_HINT))
        if self.film is not None:
            self.open_film(self.film, remember=False)

    # ---------------------------------------------------------------- the file ----
    def open_film(self, path: Path, remember: bool = True) -> None:
        """Remember the file, load it where it stopped last time, and check it."""
        self.film = Path(path)
        if remember:
            self.library.remember_file(self.film)
        self.view.show_file(self.film, demo=is_demo(self.film))
        self.check = None
        self.view.show_time(0, self.shown_total_ms())
        self.hide_question()
        self.view.show_message("", Tone.BAD)
        if self.player is None:
            return
        key = film_key(self.film)
        start = self.library.saved_position(key)
        subtitles = self.library.subtitle_for(key)
        if subtitles is None and is_demo(self.film):
            subtitles = demo_subtitles()
        if subtitles is not None and not subtitles.is_file():
            subtitles = None
        self.player.set_markers(self.library.markers_for(self.film, self.lang))
        if not self.player.load(self.film, start_ms=start, subtitles=subtitles):
            self.view.show_check(_("The film file cannot be found."), Tone.BAD)
            return
        self.view.show_subtitles(subtitles)
        self.view.show_resume(start)
        self.run_check()

    def _no_film_yet(self, on_check: bool) -> bool:
        """Play or Check before a film is chosen: say what to do instead of doing nothing."""
        if self.film is not None:
            return False
        text = _("No film chosen yet: press “Choose the film…” (or “Use the demo clip” to try).")
        if on_check:
            self.view.show_check(text, Tone.WARN)
        else:
            self.view.show_message(text, Tone.WARN)
        self.status(text)
        return True

    def run_check(self) -> None:
        film = self.film
        if self._no_film_yet(on_check=True) or film is None or self._checking:
            return
        self._checking = True
        self.view.show_check(_("Checking the film file…"), Tone.WARN)
        expected = None if is_demo(film) else self.preset.expected_ms
        self._start_check(
            film, expected, lambda result: self._check_done(film, result), self._check_failed
        )

    def _check_done(self, film: Path, result: FilmCheck) -> None:
        self._checking = False
        if film != self.film:
            return
        self.check = result
        lines = [result.summary(), *result.problems[1:], *result.warnings]
        tone = Tone.BAD if result.problems else Tone.WARN if result.warnings else Tone.OK
        self.view.show_check("\n".join(lines), tone)
        if result.duration_ms > 0 and self.player is not None and not self.player.length_ms:
            self.length_changed(result.duration_ms)

    def _check_failed(self, error: Exception) -> None:
        self._checking = False
        self.view.show_check(str(error), Tone.BAD)

    def set_subtitles(self, path: Path | None) -> None:
        if self.player is None or self.film is None:
            return
        if not self.player.set_subtitles(path):
            return
        self.library.set_subtitle_for(film_key(self.film), path)
        self.view.show_subtitles(path)

    # ----------------------------------------------------------------- playing ----
    def toggle_window(self) -> None:
        self.audience.toggle()
        self.view.show_window_shown(self.audience.is_shown())

    def toggle(self) -> None:
        if self.player is None or self._no_film_yet(on_check=False):
            return
        if self.player.state == PlayerState.PLAYING:
            self.player.pause()
        else:
            self.continue_film()

    def continue_film(self) -> None:
        if self.player is None or self.film is None:
            return
        self.audience.show_video(place=True)
        self.view.show_window_shown(self.audience.is_shown())
        self.hide_question()
        self.view.show_message("", Tone.BAD)
        self.view.show_resume(0)
        self.player.play()

    def seek_by(self, delta_ms: int) -> None:
        if self.player is not None:
            self.player.seek_by(delta_ms)

    def seek_to(self, ms: int) -> None:
        if self.player is not None:
            self.player.seek_to(ms)
            self.view.show_resume(0)

    def set_volume(self, value: int) -> None:
        """Heard at once; saved by `save_volume` once the slider rests."""
        self.volume = value
        if self.player is not None:
            self.player.set_volume(value)

    def save_volume(self) -> None:
        self.library.save_volume(self.volume)

    # --------------------------------------------------------- player signals ----
    def state_changed(self, state: str) -> None:
        self.view.show_state(PlayerState(state))
        if state == PlayerState.PLAYING:
            self.hide_question()

    def total_ms(self) -> int:
        """The film's length as best known: VLC's, else the check's, else the preset's."""
        if self.player is not None and self.player.length_ms:
            return int(self.player.length_ms)
        if self.check is not None and self.check.duration_ms:
            return self.check.duration_ms
        return self.preset.expected_ms

    def shown_total_ms(self) -> int:
        """The length beside the clock: none (0) before a film is chosen, not the preset's."""
        return self.total_ms() if self.film is not None else 0

    def position_changed(self, ms: int) -> None:
        self.view.show_position(ms, self.total_ms())

    def length_changed(self, ms: int) -> None:
        self.view.show_length(ms)
        self.view.show_time(self.position_ms(), self.total_ms())

    def marker_reached(self, marker: Marker) -> None:
        self.view.show_question(marker.question)
        self.audience.show_question(marker.question)
        self.status(_("Discussion pause at {at}.").format(at=format_time(marker.time_ms)))

    def hide_question(self) -> None:
        self.view.show_question(None)
        self.audience.show_video()

    def ended(self) -> None:
        self.view.show_message(_("The film has ended."), Tone.OK)

    def show_problem(self, message: str) -> None:
        self.view.show_message(message, Tone.BAD)
        self.status(message)

    # ------------------------------------------------------------------ markers ----
    def markers_edited(self, markers: list[Marker]) -> None:
        """Saved at once; the film in the player follows (the demo clip keeps its own)."""
        self.library.save_markers(markers)
        if self.player is not None and self.film is not None and not is_demo(self.film):
            self.player.set_markers(markers)

    def restore_preset(self) -> None:
        self.library.restore_preset()
        markers = sorted(self.library.markers(self.lang))
        self.view.show_markers(markers)
        if self.player is not None and self.film is not None and not is_demo(self.film):
            self.player.set_markers(markers)

    def position_ms(self) -> int:
        return int(self.player.position_ms()) if self.player is not None else 0

    # ------------------------------------------------------------------ closing ----
    def shutdown(self) -> None:
        """Save where the film stopped and let go of the player (the app is quitting)."""
        if self.player is not None:
            self.player.close()
            self.player = None
        self.audience.close()
