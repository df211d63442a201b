"""Every container VLC plays passes the check (MPEG program streams too: .mpg, VCD .dat, DVD
.vob), and a VLC that cannot draw a picture is said before the day and while playing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from film_support import requires_vlc

from kerinjing_desktop.film import video_output
from kerinjing_desktop.film.check import check_film
from kerinjing_desktop.film.findings import film_findings
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.film.player import FilmPlayer, PlayerState
from kerinjing_desktop.film.vlc_loader import SIMULATE_ENV, create_instance, load_vlc

pytestmark = requires_vlc
needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")

# extension → ffmpeg output options: the containers films travel in, with their usual codecs
FORMATS = {
    "mpg": ["-c:v", "mpeg1video", "-c:a", "mp2", "-f", "mpeg"],
    "dat": ["-c:v", "mpeg1video", "-c:a", "mp2", "-f", "mpeg"],  # a VCD's AVSEQ01.DAT
    "vob": ["-c:v", "mpeg2video", "-c:a", "ac3", "-f", "vob"],
    "avi": ["-c:v", "mpeg4", "-c:a", "libmp3lame", "-f", "avi"],
    "mkv": ["-c:v", "libx264", "-c:a", "aac", "-f", "matroska"],
    "webm": ["-c:v", "libvpx", "-c:a", "libvorbis", "-f", "webm"],
    "mp4": ["-c:v", "libx264", "-c:a", "aac", "-f", "mp4"],
}


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    """Four-second 160×120 clips with a tone, one per container (made here, never committed)."""
    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg not installed")
    folder = tmp_path_factory.mktemp("clips")
    made = {}
    for ext, options in FORMATS.items():
        path = folder / f"clip.{ext}"
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
             "testsrc=size=160x120:rate=25:duration=4", "-f", "lavfi", "-i",
             "sine=frequency=440:duration=4", *options, "-shortest", str(path)],
            check=True, timeout=60,
        )  # fmt: skip
        made[ext] = path
    return made


@needs_ffmpeg
@pytest.mark.parametrize("ext", list(FORMATS))
def test_every_container_vlc_plays_passes(clips, ext):
    """Each clip: playable, about 4 s long, its picture size and a video and an audio track."""
    result = check_film(clips[ext], expected_ms=None)
    assert result.playable, result.problems
    assert 3500 <= result.duration_ms <= 4500
    assert (result.width, result.height) == (160, 120)
    assert result.has_video and result.has_audio
    assert all("0 channel" not in track.describe() for track in result.tracks)


@needs_ffmpeg
def test_film_check_cli_accepts_a_vcd_file(cli, clips):
    """`film check` on a VCD .dat: exit 0, its length and picture."""
    result = cli("--lang", "en", "film", "check", str(clips["dat"]))
    assert result.status == 0, result.out + result.err
    assert "Plays: yes" in result.out and "160×120" in result.out


def _fake_plugins(folder: Path, names: list[str]) -> Path:
    outputs = folder / "plugins" / "video_output"
    outputs.mkdir(parents=True)
    for name in names:
        (outputs / f"{name}.so").write_bytes(b"")
    return folder / "plugins"


def test_a_vlc_without_window_outputs_is_found(tmp_path):
    """Debian's vlc-plugin-base alone (dummy, framebuffer, memory, yuv) cannot show a film;
    with the xcb output it can; an unknown layout says nothing."""
    base = _fake_plugins(tmp_path / "a", ["libvdummy_plugin", "libfb_plugin", "libvmem_plugin"])
    full = _fake_plugins(tmp_path / "b", ["libvdummy_plugin", "libxcb_x11_plugin"])
    problem = video_output.video_output_problem(folders=[base])
    assert problem and "vlc-plugin-video-output" in problem
    assert video_output.window_outputs([full], "linux") == ["libxcb_x11_plugin"]
    assert video_output.video_output_problem(folders=[full]) is None
    assert video_output.video_output_problem(folders=[tmp_path / "nowhere"]) is None


def test_this_vlc_has_a_window_output():
    """The VLC the tests run with is found and can draw a picture (./test installs it)."""
    assert video_output.plugin_dirs(load_vlc()), "VLC's plugin folder was not found"
    assert video_output.video_output_problem(load_vlc()) is None


def test_film_check_and_doctor_say_there_will_be_no_picture(cli, monkeypatch):
    """Without video outputs: `film check` exits 1 with what to install, `doctor` fails."""
    monkeypatch.setenv(SIMULATE_ENV, "video-output")
    result = cli("--lang", "en", "film", "check", str(demo_clip()))
    assert result.status == 1 and "black picture" in result.out
    assert "vlc-plugin-video-output" in result.out
    assert any(f.blocking and "gambarnya hitam" in f.message for f in film_findings(None))


def test_player_says_when_vlc_shows_no_picture(qtbot, monkeypatch):
    """Playing with no video output at all: within a few seconds of Playing, `problem` says
    there is no picture and what to install; the film keeps playing (sound still helps)."""
    monkeypatch.setattr("kerinjing_desktop.film.player.NO_PICTURE_AFTER_MS", 1500)
    vlc = load_vlc()
    instance = create_instance(headless=True, extra=("--vout=kerinjing-no-such-output",))
    player = FilmPlayer(vlc, instance)
    try:
        assert player.load(demo_clip())
        with qtbot.waitSignal(player.problem, timeout=6000) as said:
            player.play()
        assert "tidak menampilkan gambar" in said.args[0]
        assert "vlc-plugin-video-output" in said.args[0]
        assert player.no_picture and player.state == PlayerState.PLAYING
    finally:
        player.close()
        instance.release()


def test_player_with_a_picture_says_nothing(qtbot, monkeypatch):
    """With VLC's dummy output (it counts as a picture) no such message comes."""
    monkeypatch.setattr("kerinjing_desktop.film.player.NO_PICTURE_AFTER_MS", 500)
    vlc = load_vlc()
    instance = create_instance(headless=True)
    player = FilmPlayer(vlc, instance)
    said: list[str] = []
    player.problem.connect(said.append)
    try:
        player.load(demo_clip())
        with qtbot.waitSignal(player.state_changed, timeout=6000):
            player.play()
        qtbot.wait(1200)
        assert said == [] and not player.no_picture
    finally:
        player.close()
        instance.release()
