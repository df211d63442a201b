"""FilmPlayer over real libvlc (dummy video and audio), driven through Qt's event loop."""

from __future__ import annotations

import pytest
from film_support import copied_clip, requires_vlc, truncated_clip

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.film import library as library_module
from kerinjing_desktop.film.library import FilmLibrary, demo_clip, demo_subtitles, film_key
from kerinjing_desktop.film.markers import Marker, format_time
from kerinjing_desktop.film.player import FilmPlayer, PlayerState
from kerinjing_desktop.film.vlc_loader import create_instance, load_vlc

pytestmark = requires_vlc


@pytest.fixture
def make_player(qtbot):
    vlc = load_vlc()
    instance = create_instance(headless=True)
    made: list[FilmPlayer] = []

    def make(library: FilmLibrary | None = None) -> FilmPlayer:
        player = FilmPlayer(vlc, instance, library)
        made.append(player)
        return player

    make.vlc = vlc
    yield make
    for player in made:
        player.close()
    instance.release()


def test_plays_to_the_end(store, make_player, qtbot):
    """The clip plays through: positions rise to 6 s, `ended` fires, the resume point clears."""
    library = FilmLibrary(store)
    library.save_position(film_key(demo_clip()), 0)
    player = make_player(library)
    positions: list[int] = []
    player.position_changed.connect(positions.append)
    reported: list[int] = []  # VLC's own clock: the film's time, not the machine's
    player.time_reported.connect(reported.append)
    assert player.load(demo_clip())
    with qtbot.waitSignal(player.ended, timeout=12_000):
        player.play()
    # really played, not skipped to the end: VLC reported a time in every second of the clip
    assert {1, 2, 3, 4, 5} <= {ms // 1000 for ms in reported}
    assert player.state == PlayerState.ENDED
    assert player.position_ms() == 6000
    assert max(positions[:-1]) >= 5500
    assert library.saved_position(film_key(demo_clip())) == 0


def test_pauses_at_each_marker_and_holds_there(make_player, qtbot):
    """Each marker really pauses VLC there; Continue goes on to the next. How exactly the
    position between VLC's reports meets a marker is checked on a driven clock in
    test_film_clock.py (a wall clock drifts when the machine is loaded)."""
    player = make_player()
    player.set_markers([Marker(1500, "Q1"), Marker(3000, "Q2")])
    player.load(demo_clip())
    for marker in (1500, 3000):
        with qtbot.waitSignal(player.marker_reached, timeout=8000) as reached:
            player.play()
        assert reached.args[0].time_ms == marker
        assert player.state == PlayerState.PAUSED
        assert player.position_ms() >= marker
        held = player.position_ms()
        qtbot.wait(300)
        assert player.vlc_player.get_state() == make_player.vlc.State.Paused
        assert player.position_ms() == held


def test_resumes_at_the_saved_position_after_a_power_cut(make_player, qtbot, tmp_path, monkeypatch):
    """The position is committed while playing; a fresh start resumes VLC right there."""
    monkeypatch.setattr(library_module, "SAVE_EVERY_S", 0.2)
    data = tmp_path / "data"
    first = FilmLibrary(open_store(data))
    key = film_key(demo_clip())
    first.save_position(key, 3000)
    player = make_player(first)
    player.load(demo_clip(), start_ms=first.saved_position(key))
    assert player.position_ms() == 3000
    with qtbot.waitSignal(player.time_reported, timeout=5000, check_params_cb=lambda ms: ms > 0):
        player.play()
    assert player.vlc_player.get_time() >= 2900  # VLC started at 3 s, not at 0
    qtbot.waitUntil(lambda: first.saved_position(key) > 3000, timeout=3000)
    # the "power cut": another connection sees what is committed, without any close()
    after_cut = FilmLibrary(open_store(data))
    assert after_cut.saved_position(key) > 3000
    player.pause()
    assert abs(after_cut.saved_position(key) - player.position_ms()) <= 1


def test_subtitles_load(make_player, qtbot):
    """The .srt becomes a selected subtitle track; a missing one is a message, not a crash."""
    player = make_player()
    player.load(demo_clip(), subtitles=demo_subtitles())
    player.play()
    vlc_player = player.vlc_player
    # "Disable" plus our track, and ours selected (-1 would mean none shown)
    qtbot.waitUntil(
        lambda: vlc_player.video_get_spu_count() >= 2 and vlc_player.video_get_spu() > 0,
        timeout=5000,
    )
    with qtbot.waitSignal(player.problem, timeout=1000) as problem:
        assert not player.set_subtitles(demo_subtitles().with_name("absent.srt"))
    assert "absent.srt" in problem.args[0]


def test_usb_stick_pulled_mid_film_pauses_and_resumes(store, make_player, qtbot, tmp_path):
    """The file vanishing pauses with a message; back in place, Play continues there."""
    library = FilmLibrary(store)
    film = copied_clip(tmp_path)
    key = film_key(film)
    player = make_player(library)
    player.load(film)
    with qtbot.waitSignal(player.time_reported, timeout=5000, check_params_cb=lambda ms: ms > 0):
        player.play()
    hidden = film.rename(film.with_suffix(".away"))
    with qtbot.waitSignal(player.problem, timeout=3000) as problem:
        pass
    gone = _(
        "The film file is gone (was the USB stick removed?). Put it back and press Play to "
        "continue at {at}."
    )
    assert problem.args[0] == gone.format(at=format_time(player.position_ms()))
    assert player.state == PlayerState.PAUSED
    stopped = player.position_ms()
    assert library.saved_position(key) == stopped > 0
    hidden.rename(film)
    with qtbot.waitSignal(
        player.state_changed, timeout=5000, check_params_cb=lambda s: s == "playing"
    ):
        assert player.play()
    assert player.position_ms() >= stopped


def test_damaged_file_stops_with_a_message(make_player, qtbot, tmp_path):
    """A copy cut short "ends" at once: the player says so instead of claiming the end."""
    player = make_player()
    player.load(truncated_clip(tmp_path, 0.3))
    with qtbot.waitSignal(player.problem, timeout=5000) as problem:
        player.play()
    assert player.state != PlayerState.ENDED
    assert problem.args[0]


def test_missing_file_is_refused(make_player, qtbot, tmp_path):
    """Loading a file that is not there emits a problem and returns False."""
    player = make_player()
    with qtbot.waitSignal(player.problem, timeout=1000):
        assert not player.load(tmp_path / "nothing.mp4")
    assert player.state == PlayerState.IDLE
