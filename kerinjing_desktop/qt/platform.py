"""Platform choices that must be made before the QApplication exists.

The lead's start-up code calls these first thing; they touch only the process environment,
never Qt itself.
"""

from __future__ import annotations

import os
import sys

from kerinjing_desktop.core.i18n import N_

# Said on the Slides page, in the presenter's console and on the Film page under Wayland
WAYLAND_HINT = N_(
    "Under Wayland the app cannot place the slides or the film on the projector by itself: "
    "start it with QT_QPA_PLATFORM=xcb (XWayland)."
)


def is_wayland_session() -> bool:
    return sys.platform.startswith("linux") and (
        os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
        or bool(os.environ.get("WAYLAND_DISPLAY"))
    )


def prefer_xcb_on_wayland() -> bool:
    """Use XWayland (xcb) under a Wayland session, unless the user chose a platform.

    Wayland lets no application choose the screen of its own windows, so the audience
    window could not be put on the projector; under xcb it can. Returns True if it set it.
    """
    if os.environ.get("QT_QPA_PLATFORM") or not is_wayland_session():
        return False
    if not os.environ.get("DISPLAY"):  # no XWayland: stay on Wayland, the UI explains
        return False
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return True
