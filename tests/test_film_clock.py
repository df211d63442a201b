"""The film's position between VLC's reports, and the stop at a marker, on a clock the test
drives (film/timeline.py interpolates from VLC's last report; see its module docstring).

The real-playback tests in test_film_player.py check that VLC really plays and pauses; the
precision of the interpolation is checked here, where no wall clock can drift under load.
"""

from __future__ import annotations

import pytest
from film_support import requires_vlc

from kerinjing_desktop.film import timeline, vlc_bridge
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.film.markers import Marker
from kerinjing_desktop.film.player import FilmPlayer, PlayerState
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc

pytestmark = requires_vlc


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms / 1000


@pytest.fixture
def playing(qtbot):
    """A player on the demo clip that believes VLC said Playing, with the test's clock."""
    vlc = load_vlc()
    instance = create_instance(headless=True)
    clock = Clock()
    player = FilmPlayer(vlc, instance, clock=clock)
    assert player.load(demo_clip())
    player._on_vlc_event(vlc_bridge.PLAYING, 0)
    assert player.state == PlayerState.PLAYING
    clock.advance(int(timeline.SEEK_GUARD_S * 1000) + 1)  # past load's seek guard
    player._observe_time(0)  # VLC's first report: the film is at its start
    yield player, clock
    player.close()
    instance.release()


def test_the_position_runs_on_from_vlcs_last_report(playing):
    player, clock = playing
    player._observe_time(1000)
    assert player.position_ms() == 1000
    clock.advance(240)
    assert player.position_ms() == 1240
    player._observe_time(1200)  # a fresher report re-anchors, even a little behind
    assert player.position_ms() == 1200
    clock.advance(60)
    assert player.position_ms() == 1260


def test_a_stalled_vlc_is_not_extrapolated_beyond_the_cap(playing):
    player, clock = playing
    player._observe_time(2000)
    clock.advance(10_000)
    assert player.position_ms() == 2000 + timeline.STALL_CAP_MS


def test_the_film_stops_exactly_at_a_marker_and_holds_there(playing, qtbot):
    player, clock = playing
    player.set_markers([Marker(1500, "Q1"), Marker(3000, "Q2")])
    player._observe_time(1000)
    clock.advance(499)
    player._on_tick()
    assert player.state == PlayerState.PLAYING  # 1 ms before the marker: still playing
    clock.advance(1)
    with qtbot.waitSignal(player.marker_reached, timeout=1000) as reached:
        player._on_tick()
    assert reached.args[0] == Marker(1500, "Q1")
    assert player.state == PlayerState.PAUSED and player.position_ms() == 1500
    clock.advance(5000)  # paused: the position holds however long the discussion takes
    assert player.position_ms() == 1500


def test_reports_from_before_a_seek_are_ignored_for_a_moment(playing):
    player, clock = playing
    player._observe_time(1000)
    player.seek_to(4000)
    player._observe_time(1100)  # in flight from before the seek
    assert abs(player.position_ms() - 4000) < 50
    clock.advance(int(timeline.SEEK_GUARD_S * 1000) + 1)
    player._observe_time(1100)  # later, a report far away is believed again
    assert player.position_ms() == 1100


def test_close_to_a_marker_a_precise_timer_is_armed_for_the_remaining_time(playing):
    player, clock = playing
    player.set_markers([Marker(1500, "Q1")])
    player._observe_time(1400)
    player._on_tick()
    assert player._marker_timer.isActive()
    assert player._marker_timer.remainingTime() <= 100
    player.set_markers([])
