"""Load python-vlc without ever crashing, and say how to install VLC when it is missing.

python-vlc looks for libvlc when it is imported and fails in many ways: ImportError (the
wheel is missing), NotImplementedError (no libvlc on Linux), OSError (a 32-bit VLC under a
64-bit Python on Windows), KeyError (odd Windows environments), even SystemExit (a bad
PYTHON_VLC_LIB_PATH). A libvlc without its plugins loads fine but `vlc.Instance()` returns
None. Every one of these becomes a `VlcUnavailable` with a translated message.

Tests (and a facilitator's dry run) simulate a machine without VLC with the environment
variable `KERINJING_SIMULATE_NO_VLC`: `1` (or `library`) = no libvlc, `plugins` = libvlc
without plugins.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType
from typing import Any

from kerinjing_desktop.core.i18n import _

SIMULATE_ENV = "KERINJING_SIMULATE_NO_VLC"

# Options every instance gets. Unknown options make vlc.Instance() return None, so keep to
# options VLC 3.0 has had from its first release.
BASE_OPTIONS = (
    "--quiet",
    "--no-video-title-show",  # the file name must not flash on the projector
    "--no-xlib",  # Qt owns Xlib; VLC uses xcb only (avoids XInitThreads clashes)
)
# No display (tests, CLI, offscreen Qt): decode for real, show and sound nothing. Hardware
# decoding is off so that no VA-API/VDPAU probe prints to the terminal.
HEADLESS_OPTIONS = ("--vout=dummy", "--aout=dummy", "--avcodec-hw=none")
# Subtitles must be readable from the back of a village hall.
PROJECTOR_OPTIONS = ("--sub-text-scale=150",)


class VlcUnavailable(Exception):
    """VLC cannot be used; `str()` is the translated message with how to fix it."""


def install_help() -> str:
    """What to install, per system, in the UI language (several lines)."""
    return "\n".join(
        [
            _("The film needs VLC media player 3 (free, from VideoLAN) installed on this laptop."),
            _(
                "Windows: install the 64-bit VLC 3 from videolan.org (the 32-bit one does not "
                "work with this app), then restart Kerinjing Desktop."
            ),
            _("Debian or Ubuntu: sudo apt install vlc"),
            _("macOS: install VLC 3 from videolan.org into the Applications folder."),
            _("Without VLC everything else in the app still works."),
        ]
    )


def _simulated() -> str:
    return os.environ.get(SIMULATE_ENV, "").strip().lower()


def load_vlc() -> ModuleType:
    """The python-vlc module, or VlcUnavailable with the install instructions."""
    simulated = _simulated()
    if simulated and simulated not in ("0", "plugins", "video-output"):
        raise VlcUnavailable(_("VLC is not installed.") + "\n" + install_help())
    try:
        module = importlib.import_module("vlc")
    except ImportError as error:  # the python-vlc wheel itself is missing
        raise VlcUnavailable(_("VLC is not installed.") + "\n" + install_help()) from error
    except OSError as error:
        # On Windows, "not a valid Win32 application" means a 32-bit VLC under 64-bit Python.
        raise VlcUnavailable(
            _("VLC is installed but cannot be loaded ({reason}).").format(reason=error)
            + "\n"
            + install_help()
        ) from error
    except (NotImplementedError, KeyError, SystemExit) as error:
        raise VlcUnavailable(_("VLC is not installed.") + "\n" + install_help()) from error
    return module


def vlc_version() -> str | None:
    """libvlc's version text (e.g. "3.0.20 Vetinari"), None when VLC cannot be loaded."""
    try:
        vlc = load_vlc()
        raw = vlc.libvlc_get_version()
    except (VlcUnavailable, AttributeError, OSError):
        return None
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def version_problem(version: str | None) -> str | None:
    """A translated problem when the version is not VLC 3 (VLC 4 changed the API)."""
    if version is None:
        return _("VLC is not installed.")
    if not version.startswith("3."):
        return _("VLC {version} is installed; this app needs VLC 3 (3.0.x).").format(
            version=version.split()[0]
        )
    return None


def create_instance(*, headless: bool, extra: tuple[str, ...] = ()) -> Any:
    """A `vlc.Instance`: headless = dummy video and audio (tests, CLI, offscreen Qt)."""
    vlc = load_vlc()
    if _simulated() == "plugins":
        instance = None
    else:
        options = BASE_OPTIONS + (HEADLESS_OPTIONS if headless else PROJECTOR_OPTIONS) + extra
        instance = vlc.Instance(*options)
        if instance is None:
            # An option this VLC does not know also gives None: retry with the bare minimum
            # before blaming the plugins.
            minimal = ("--quiet",) + (HEADLESS_OPTIONS[:2] if headless else ())
            instance = vlc.Instance(*minimal)
    if instance is None:
        raise VlcUnavailable(
            _("VLC is installed but its plugins are missing or damaged; reinstall VLC.")
            + "\n"
            + install_help()
        )
    return instance
