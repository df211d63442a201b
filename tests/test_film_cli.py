"""`kerinjing-desktop film check` exit codes and JSON, and `bench film`'s figures."""

from __future__ import annotations

import argparse
import json

from film_support import audio_only_file, requires_vlc, truncated_clip

from kerinjing_desktop.bench import film as bench_film
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.film.vlc_loader import SIMULATE_ENV

JSON_KEYS = {"duration_ms", "duration", "width", "height", "tracks", "playable", "warnings"}


@requires_vlc
def test_check_json_for_a_good_film(cli):
    """A playable file: exit 0 and one JSON document with the documented keys."""
    done = cli("film", "check", str(demo_clip()), "--json", data=False)
    assert done.status == 0, done.err
    report = json.loads(done.out)
    assert report.keys() >= JSON_KEYS
    assert report["duration"] == "00:06" and report["duration_ms"] == 6000
    assert (report["width"], report["height"]) == (640, 360)
    assert report["playable"] is True
    assert [t["kind"] for t in report["tracks"]] == ["video", "audio"]


@requires_vlc
def test_check_text_output(cli):
    """Without --json: readable lines with the duration and the picture size."""
    done = cli("--lang", "en", "film", "check", str(demo_clip()), data=False)
    assert done.status == 0
    assert "00:06" in done.out and "640×360" in done.out


@requires_vlc
def test_check_exit_1_when_vlc_cannot_play_it(cli, tmp_path):
    """A cut-short copy and a sound-only file: exit 1, the reason in the JSON."""
    for bad in (truncated_clip(tmp_path, 0.3), audio_only_file(tmp_path)):
        done = cli("film", "check", str(bad), "--json", data=False)
        assert done.status == 1, bad
        report = json.loads(done.out)
        assert report["playable"] is False and report["problems"]


def test_check_exit_2_for_a_missing_file(cli, tmp_path):
    """A missing file: exit 2, one line on stderr, nothing on stdout."""
    done = cli("film", "check", str(tmp_path / "nope.mp4"), "--json", data=False)
    assert done.status == 2
    assert done.out == ""
    assert len(done.err.strip().splitlines()) == 1 and "nope.mp4" in done.err


def test_check_exit_2_when_vlc_is_absent(cli, monkeypatch):
    """Without VLC: exit 2 and the install instructions, no traceback."""
    monkeypatch.setenv(SIMULATE_ENV, "1")
    done = cli("film", "check", str(demo_clip()), data=False)
    assert done.status == 2
    assert "apt install vlc" in done.err and "Traceback" not in done.err


@requires_vlc
def test_bench_film_reports_the_documented_keys():
    """`bench film` measures ours and the bare player on the same file (one run here)."""
    figures = bench_film.run(argparse.Namespace(rest=[], runs=1))
    for key in ("playing_ms", "first_time_ms", "reference_playing_ms", "ratio", "peak_rss_mb"):
        assert figures[key] is not None and figures[key] > 0, key
    assert figures["first_time_ms"] >= figures["playing_ms"]
