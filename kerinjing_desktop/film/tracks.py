"""A film's elementary streams (video, audio, subtitles) as libvlc 3 reports them (Qt-free).

python-vlc 3.0.x declares libvlc's track struct wrongly (see below), so the tracks are read
here with ctypes mirrors of the C layout.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

from kerinjing_desktop.core.i18n import _


@dataclass
class TrackInfo:
    kind: str  # "video", "audio", "subtitle" or "other"
    codec: str
    width: int = 0
    height: int = 0
    channels: int = 0
    rate: int = 0
    language: str = ""

    def describe(self) -> str:
        if self.kind == "video":
            return _("video {codec} {width}×{height}").format(
                codec=self.codec, width=self.width, height=self.height
            )
        if self.kind == "audio" and self.channels and self.rate:
            return _("audio {codec}, {channels} channel(s), {rate} Hz").format(
                codec=self.codec, channels=self.channels, rate=self.rate
            )
        if self.kind == "audio":
            return _("audio {codec}").format(codec=self.codec)
        if self.kind == "subtitle":
            return _("subtitles {codec}").format(codec=self.codec)
        return self.codec


# python-vlc 3.0.x declares libvlc_media_track_t with three separate pointers where libvlc
# has a union of them, so its `tracks_get()` reads garbage (and can crash). These mirror the
# C layout of libvlc 3 (include/vlc/libvlc_media.h).
class _VideoTrack(ctypes.Structure):
    _fields_ = [("height", ctypes.c_uint), ("width", ctypes.c_uint)]


class _AudioTrack(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint), ("rate", ctypes.c_uint)]


class _MediaTrack(ctypes.Structure):
    _fields_ = [
        ("codec", ctypes.c_uint32),
        ("original_fourcc", ctypes.c_uint32),
        ("id", ctypes.c_int),
        ("type", ctypes.c_int),
        ("profile", ctypes.c_int),
        ("level", ctypes.c_int),
        ("detail", ctypes.c_void_p),  # union { audio *, video *, subtitle * }
        ("bitrate", ctypes.c_uint),
        ("language", ctypes.c_char_p),
        ("description", ctypes.c_char_p),
    ]


_TRACK_KINDS = {0: "audio", 1: "video", 2: "subtitle"}


def _fourcc(value: int) -> str:
    text = value.to_bytes(4, "little").decode("latin-1").strip("\x00 ")
    return text if text.isprintable() and text else f"0x{value:08x}"


def read_tracks(vlc: Any, media: Any) -> list[TrackInfo]:
    """The media's elementary streams, read with the correct libvlc 3 struct layout."""
    get = vlc.dll.libvlc_media_tracks_get
    release = vlc.dll.libvlc_media_tracks_release
    array_type = ctypes.POINTER(ctypes.POINTER(_MediaTrack))
    get.argtypes = [ctypes.c_void_p, ctypes.POINTER(array_type)]
    get.restype = ctypes.c_uint
    release.argtypes = [array_type, ctypes.c_uint]
    release.restype = None
    array = array_type()
    count = get(media, ctypes.byref(array))  # python-vlc objects pass as their pointer
    tracks: list[TrackInfo] = []
    try:
        for index in range(count):
            raw = array[index].contents
            info = TrackInfo(kind=_TRACK_KINDS.get(raw.type, "other"), codec=_fourcc(raw.codec))
            if raw.language:
                info.language = raw.language.decode("utf-8", "replace")
            if raw.detail and info.kind == "video":
                video = ctypes.cast(raw.detail, ctypes.POINTER(_VideoTrack)).contents
                info.width, info.height = int(video.width), int(video.height)
            elif raw.detail and info.kind == "audio":
                audio = ctypes.cast(raw.detail, ctypes.POINTER(_AudioTrack)).contents
                info.channels, info.rate = int(audio.channels), int(audio.rate)
            tracks.append(info)
    finally:
        if count:
            release(array, count)
    return tracks
