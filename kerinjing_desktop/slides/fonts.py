"""The slide fonts: the bundled DejaVu faces, so a slide looks the same on every laptop."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase

from kerinjing_desktop.core.paths import asset_path

FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_lock = threading.Lock()
_loaded = False


def load_fonts() -> None:
    """Register the bundled faces once (call on the GUI thread, after the app exists)."""
    global _loaded
    with _lock:
        if _loaded:
            return
        for name in FONT_FILES:
            path = asset_path("fonts", name)
            if path.exists():  # a missing face falls back to the system's sans serif
                QFontDatabase.addApplicationFont(str(path))
        _loaded = True


def font(pixel_size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A slide font at a pixel size (slides are sized in pixels of the target image)."""
    face = QFont(FAMILY)
    face.setStyleHint(QFont.StyleHint.SansSerif)
    face.setPixelSize(max(1, round(pixel_size)))
    face.setBold(bold)
    face.setItalic(italic)
    # Unhinted outlines keep the layout identical at every size, so fitting is predictable.
    face.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return face
