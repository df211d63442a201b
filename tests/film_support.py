"""Shared by the film tests: is libvlc here, and the bad files made from the demo clip."""

from __future__ import annotations

import math
import shutil
import struct
import wave
from pathlib import Path

import pytest

from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.film.vlc_loader import VlcUnavailable, create_instance


def _vlc_problem() -> str | None:
    try:
        create_instance(headless=True).release()
    except VlcUnavailable as error:
        return str(error).splitlines()[0]
    return None


VLC_PROBLEM = _vlc_problem()
requires_vlc = pytest.mark.skipif(
    VLC_PROBLEM is not None,
    reason=f"libvlc 3 is not usable here ({VLC_PROBLEM}); ./test installs vlc-bin "
    "vlc-plugin-base from Debian",
)


def truncated_clip(folder: Path, fraction: float) -> Path:
    """The demo clip cut after `fraction` of its bytes: an interrupted copy. Its header still
    announces 6 s, so it "plays to the end" early without any error."""
    data = demo_clip().read_bytes()
    path = folder / f"cut-{int(fraction * 100)}.mp4"
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def garbage_file(folder: Path) -> Path:
    path = folder / "not-a-film.mp4"
    path.write_bytes(bytes((i * 97 + 13) % 251 for i in range(20_000)))
    return path


def audio_only_file(folder: Path, seconds: float = 1.5) -> Path:
    """A WAV tone: sound, no picture (made with the standard library, no ffmpeg needed)."""
    path = folder / "sound-only.wav"
    rate = 8000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / rate)))
            for n in range(int(rate * seconds))
        )
        out.writeframes(frames)
    return path


def copied_clip(folder: Path) -> Path:
    path = folder / "film-on-usb.mp4"
    shutil.copyfile(demo_clip(), path)
    return path
