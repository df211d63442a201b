"""The pre-day film check (`film.check`), with real libvlc on real and broken files."""

from __future__ import annotations

import pytest
from film_support import (
    audio_only_file,
    garbage_file,
    requires_vlc,
    truncated_clip,
)

from kerinjing_desktop.core.findings import Verdict
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import check_film
from kerinjing_desktop.film.findings import film_findings
from kerinjing_desktop.film.library import FilmLibrary, demo_clip
from kerinjing_desktop.film.markers import IOM_FILM_MS
from kerinjing_desktop.film.vlc_loader import SIMULATE_ENV, VlcUnavailable, create_instance


@requires_vlc
def test_demo_clip_plays_with_its_size_and_tracks():
    """The demo clip checks as playable: 6 s, 640×360, a video and an audio track."""
    result = check_film(demo_clip(), expected_ms=None)
    assert result.playable and result.readable and not result.problems
    assert result.duration_ms == 6000
    assert (result.width, result.height) == (640, 360)
    assert [t.kind for t in result.tracks] == ["video", "audio"]
    assert result.tracks[0].codec == "h264"
    assert result.to_json()["duration"] == "00:06"


@requires_vlc
def test_length_far_from_27_14_is_a_warning_not_a_failure():
    """A 6 s file against the IOM film's 27:14 warns (wrong film?) but still plays."""
    result = check_film(demo_clip(), expected_ms=IOM_FILM_MS, probe=False)
    assert result.playable
    assert any("27:14" in w for w in result.warnings)
    assert not check_film(demo_clip(), expected_ms=6050, probe=False).warnings  # within 2 %


def test_missing_file_and_folder_are_unreadable(tmp_path):
    """A missing file or a folder: not readable, with a message naming the path."""
    gone = check_film(tmp_path / "gone.mp4")
    assert not gone.readable and not gone.playable
    assert "gone.mp4" in gone.problems[0]
    assert not check_film(tmp_path).readable


@requires_vlc
@pytest.mark.parametrize("fraction", [0.3, 0.7])
def test_cut_short_copy_is_not_playable(tmp_path, fraction):
    """A copy cut at 30 % (ends at once) or 70 % (start plays, end missing) is caught."""
    result = check_film(truncated_clip(tmp_path, fraction), expected_ms=None)
    assert result.readable and not result.playable
    assert result.duration_ms == 6000  # the header still promises the full length
    assert result.problems


@requires_vlc
def test_audio_only_file_is_refused_with_a_clear_message(tmp_path):
    """Sound without picture is not a film: refused, and the message says audio only."""
    result = check_film(audio_only_file(tmp_path), expected_ms=None)
    assert not result.playable and result.has_audio and not result.has_video
    assert result.problems == [
        _("The file has sound but no picture (audio only): choose the video file of the film.")
    ]
    assert result.problems[0] != (
        "The file has sound but no picture (audio only): choose the video file of the film."
    ), "shown in Indonesian by default"


@requires_vlc
def test_garbage_file_is_not_playable(tmp_path):
    """Bytes that are not a film: nothing to play."""
    result = check_film(garbage_file(tmp_path), expected_ms=None)
    assert result.readable and not result.playable and result.problems


def test_vlc_absent_is_a_message_with_install_steps(monkeypatch):
    """Simulated missing libvlc or plugins: VlcUnavailable says what to install, per system."""
    monkeypatch.setenv(SIMULATE_ENV, "1")
    with pytest.raises(VlcUnavailable) as missing:
        check_film(demo_clip())
    text = str(missing.value)
    assert "sudo apt install vlc" in text and "64" in text and "macOS" in text
    monkeypatch.setenv(SIMULATE_ENV, "plugins")
    with pytest.raises(VlcUnavailable) as plugins:
        create_instance(headless=True)
    assert "plugin" in str(plugins.value)


def test_doctor_findings_without_vlc(monkeypatch):
    """`doctor` gets one failing finding, with the install steps, when VLC is absent."""
    monkeypatch.setenv(SIMULATE_ENV, "1")
    findings = film_findings()
    assert [f.verdict for f in findings] == [Verdict.FIX]
    assert "apt install vlc" in findings[0].message


@requires_vlc
def test_doctor_findings_with_vlc_and_a_vanished_film(store, tmp_path):
    """`doctor` names the VLC version, and flags a remembered film that is gone."""
    library = FilmLibrary(store)
    library.remember_file(tmp_path / "was-on-usb.mp4")
    findings = film_findings(store)
    assert findings[0].verdict is Verdict.OK and "3.0" in findings[0].message
    assert findings[1].verdict is Verdict.FIX and "was-on-usb.mp4" in findings[1].message
    library.remember_file(demo_clip())
    assert all(f.verdict is Verdict.OK for f in film_findings(store))
