"""The audience window's control on the Film page: made once, when first needed, and given
to VLC to draw into where Qt can embed a native window.

Made lazily because an unused top-level window would still open a native surface at start,
and VLC may only be attached once the window exists (attaching changes nothing later).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from kerinjing_desktop.film.video_window import VideoWindow

EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")  # where VLC can draw into a Qt window


class AudienceWindow(QObject):
    toggle_requested = Signal()  # Space in the audience window
    seek_requested = Signal(int)  # ±ms, the arrow keys there

    def __init__(self, platform: str, parent: QObject | None = None):
        super().__init__(parent)
        self.platform = platform
        self.window: VideoWindow | None = None
        self._player: Any = None

    def attach(self, player: Any) -> None:
        """The player that draws into the window (now, or when the window is made)."""
        self._player = player
        if self.window is not None:
            self._attach()

    def _attach(self) -> None:
        embeds = self.platform in EMBEDDING_PLATFORMS
        if embeds and self._player is not None and self.window is not None:
            self._player.attach_video(self.window.video_win_id(), self.platform)

    def ensure(self) -> VideoWindow:
        if self.window is None:
            self.window = VideoWindow()
            self.window.toggle_requested.connect(self.toggle_requested)
            self.window.seek_requested.connect(self.seek_requested)
            self._attach()
        return self.window

    def is_shown(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self) -> None:
        window = self.ensure()
        if window.isVisible():
            window.hide()
        else:
            window.place()

    def show_video(self, place: bool = False) -> None:
        """The film instead of the question; with `place`, the window shows up first."""
        if place:
            window = self.ensure()
            window.show_video()
            if not window.isVisible():
                window.place()
        elif self.window is not None:
            self.window.show_video()

    def show_question(self, text: str) -> None:
        if self.window is not None:
            self.window.show_question(text)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
