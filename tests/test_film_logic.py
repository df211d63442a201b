"""The Film step's logic without widgets or VLC: a recording view and a stand-in player."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import FilmCheck
from kerinjing_desktop.film.library import FilmLibrary, demo_clip, demo_subtitles, film_key
from kerinjing_desktop.film.markers import Marker, load_preset
from kerinjing_desktop.film.player import PlayerState
from kerinjing_desktop.film.vlc_loader import VlcUnavailable
from kerinjing_desktop.gui.pages.film_logic import FilmLogic
from kerinjing_desktop.gui.theme import Tone


class Recorder:
    """Any `show_…` call is kept, by name, with its arguments (the latest last)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []

    def __getattr__(self, name: str):
        def record(*args, **kwargs):
            self.calls.append((name, args + tuple(kwargs.values())))

        return record

    def last(self, name: str) -> tuple:
        found = [args for called, args in self.calls if called == name]
        assert found, f"{name} was never called"
        return found[-1]


class Signal:
    def __init__(self) -> None:
        self.slots: list = []

    def connect(self, slot) -> None:
        self.slots.append(slot)

    def emit(self, *args) -> None:
        for slot in self.slots:
            slot(*args)


class FakePlayer:
    def __init__(self, loads: bool = True, length_ms: int = 0) -> None:
        for name in ("state_changed", "position_changed", "length_changed", "marker_reached"):
            setattr(self, name, Signal())
        self.problem, self.ended = Signal(), Signal()
        self.loads, self.length_ms = loads, length_ms
        self.state = PlayerState.IDLE
        self.loaded: tuple | None = None
        self.markers: list[Marker] = []
        self.volume = -1
        self.did: list[str] = []

    def set_volume(self, volume: int) -> None:
        self.volume = volume

    def set_markers(self, markers: list[Marker]) -> None:
        self.markers = list(markers)

    def load(self, path: Path, start_ms: int, subtitles: Path | None) -> bool:
        self.loaded = (path, start_ms, subtitles)
        return self.loads

    def position_ms(self) -> int:
        return 1234

    def __getattr__(self, name: str):  # play, pause, seek_by, close …: remembered
        return lambda *args: self.did.append(name)


class FakeAudience(Recorder):
    shown = False

    def is_shown(self) -> bool:
        return self.shown


@dataclass
class Rig:
    """The logic with its recording view and audience window, the statuses and the checks."""

    logic: FilmLogic
    view: Recorder
    audience: FakeAudience
    statuses: list[str]
    checks: list[tuple[Path, int | None]]


def _rig(store, result: FilmCheck | None = None) -> Rig:
    view, audience, statuses, checks = Recorder(), FakeAudience(), [], []

    def start_check(film, expected, on_success, on_failure) -> None:
        checks.append((film, expected))
        on_success(result or FilmCheck(film, readable=True, playable=True))

    logic = FilmLogic(
        view, FilmLibrary(store), load_preset("id"), "id", audience, statuses.append, start_check
    )
    return Rig(logic, view, audience, statuses, checks)


def _started(store, player: FakePlayer) -> Rig:
    rig = _rig(store)
    rig.logic.start(lambda: player, "xcb")
    return rig


def _film(tmp_path) -> Path:
    film = tmp_path / "film.mp4"
    film.write_bytes(b"x")
    return film


def _vlc_missing():
    raise VlcUnavailable("Pasang VLC: sudo apt install vlc")


def test_without_vlc_the_controls_are_off_and_the_film_still_shows(store):
    """No VLC: the install steps, the controls off; a remembered film is named, not loaded."""
    FilmLibrary(store).remember_file(demo_clip())
    rig = _rig(store)
    rig.logic.start(_vlc_missing, "xcb")
    assert "apt install vlc" in rig.view.last("show_vlc_missing")[0]
    assert rig.view.last("set_controls_enabled") == (False,)
    assert rig.view.last("show_file") == (demo_clip(), True)
    assert rig.checks == []  # nothing to check a film with


def test_no_film_chosen_yet(store):
    rig = _started(store, FakePlayer())
    assert rig.view.last("show_file") == (None, False)
    assert rig.view.last("set_controls_enabled") == (True,)
    assert rig.view.last("show_vlc_missing") == (None,)


def test_a_film_resumes_where_it_stopped_with_its_subtitles_and_is_checked(store, tmp_path):
    """The saved position and the chosen subtitles go to the player; the check expects the
    IOM film's length (the demo clip is checked without one)."""
    film, subtitles = _film(tmp_path), tmp_path / "film.srt"
    subtitles.write_text("1\n")
    library = FilmLibrary(store)
    library.save_position(film_key(film), 90_000)
    library.set_subtitle_for(film_key(film), subtitles)
    player = FakePlayer()
    rig = _started(store, player)
    rig.logic.open_film(film)
    assert library.remembered_file() == film
    assert player.loaded == (film, 90_000, subtitles)
    assert rig.view.last("show_resume") == (90_000,)
    assert rig.view.last("show_subtitles") == (subtitles,)
    assert rig.checks == [(film, load_preset("id").expected_ms)]
    assert player.markers == library.markers_for(film, "id")
    rig.logic.open_film(demo_clip())
    assert player.loaded == (demo_clip(), 0, demo_subtitles())
    assert rig.checks[-1] == (demo_clip(), None)
    assert rig.view.last("show_resume") == (0,)


def test_a_film_that_cannot_load_says_so_and_is_not_checked(store, tmp_path):
    rig = _started(store, FakePlayer(loads=False))
    rig.logic.open_film(tmp_path / "gone.mp4")
    assert rig.view.last("show_check") == (_("The film file cannot be found."), Tone.BAD)
    assert rig.checks == []


@pytest.mark.parametrize(
    ("problems", "warnings", "tone"),
    [([], [], Tone.OK), ([], ["short"], Tone.WARN), (["bad", "worse"], [], Tone.BAD)],
)
def test_the_check_result_is_shown_in_its_tone(store, tmp_path, problems, warnings, tone):
    film = _film(tmp_path)
    result = FilmCheck(film, problems=problems, warnings=warnings, duration_ms=60_000)
    rig = _rig(store, result)
    rig.logic.start(FakePlayer, "xcb")
    rig.logic.open_film(film)
    text, shown_tone = rig.view.last("show_check")
    assert shown_tone == tone
    assert text.splitlines()[1:] == problems[1:] + warnings
    assert rig.logic.total_ms() == 60_000  # the check's length until VLC knows it
    assert rig.view.last("show_length") == (60_000,)


def test_total_length_prefers_vlc_then_the_check_then_the_preset(store):
    logic = _rig(store).logic
    assert logic.total_ms() == load_preset("id").expected_ms
    logic.check = FilmCheck(Path("f"), duration_ms=5000)
    assert logic.total_ms() == 5000
    logic.player = FakePlayer(length_ms=7000)
    assert logic.total_ms() == 7000


def test_a_pause_shows_the_question_on_both_screens_and_play_hides_it(store, tmp_path):
    player = FakePlayer()
    rig = _started(store, player)
    rig.logic.open_film(_film(tmp_path))
    player.marker_reached.emit(Marker(120_000, "Siapa yang berisiko?"))
    assert rig.view.last("show_question") == ("Siapa yang berisiko?",)
    assert rig.audience.last("show_question") == ("Siapa yang berisiko?",)
    assert "02:00" in rig.statuses[-1]
    player.state_changed.emit(PlayerState.PLAYING.value)
    assert rig.view.last("show_state") == (PlayerState.PLAYING,)
    assert rig.view.last("show_question") == (None,)
    assert rig.audience.last("show_video") == ()


def test_play_and_pause_go_to_the_player_and_open_the_audience_window(store, tmp_path):
    player = FakePlayer()
    rig = _started(store, player)
    rig.logic.toggle()
    assert player.did == []  # no film yet: nothing to play
    rig.logic.open_film(_film(tmp_path))
    rig.logic.toggle()
    assert player.did[-1] == "play"
    assert ("show_video", (True,)) in rig.audience.calls  # shown (placed) first
    assert rig.view.last("show_window_shown") == (False,)  # as the window says
    player.state = PlayerState.PLAYING
    rig.logic.toggle()
    assert player.did[-1] == "pause"


def test_edited_pauses_are_saved_and_reach_the_film_not_the_demo(store, tmp_path):
    player = FakePlayer()
    rig = _started(store, player)
    rig.logic.open_film(demo_clip())
    demo_markers = player.markers
    edited = [Marker(60_000, "Satu?")]
    rig.logic.markers_edited(edited)
    assert FilmLibrary(store).markers("id") == edited
    assert player.markers == demo_markers
    rig.logic.open_film(_film(tmp_path))
    rig.logic.markers_edited(edited)
    assert player.markers == edited
    rig.logic.restore_preset()
    assert not FilmLibrary(store).markers_edited()
    assert rig.view.last("show_markers")[0] == player.markers != edited


def test_under_wayland_the_page_says_how_to_place_the_film(store):
    rig = _rig(store)
    rig.logic.start(FakePlayer, "wayland")
    text, tone = rig.view.last("show_message")
    assert "QT_QPA_PLATFORM=xcb" in text and tone == Tone.BAD and rig.statuses == [text]


def test_the_volume_is_heard_at_once_and_saved_when_asked(store):
    player = FakePlayer()
    logic = _started(store, player).logic
    assert player.volume == FilmLibrary(store).volume()
    logic.set_volume(35)
    assert player.volume == 35 and FilmLibrary(store).volume() != 35
    logic.save_volume()
    assert FilmLibrary(store).volume() == 35
