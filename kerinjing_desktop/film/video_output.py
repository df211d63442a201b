"""Can VLC draw a picture on this laptop? (Qt-free; for `film check`, `doctor` and the page.)

A VLC installed without its video output plugins (Debian's `vlc-plugin-base` alone, a
Windows VLC copied without its `plugins` folder) decodes the film, plays its sound and runs
its clock, but the picture stays black, and libvlc says nothing. Two checks:

- before the day: VLC's `plugins/video_output` folder holds none of the outputs that draw
  into a window on this system (`video_output_problem`);
- while playing: the player has no video output a few seconds after Playing
  (`libvlc_media_player_has_vout`, see film/player.py and vlc_bridge.py).

`KERINJING_SIMULATE_NO_VLC=video-output` simulates the missing plugins (tests, dry runs).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.vlc_loader import SIMULATE_ENV

SIMULATED = "video-output"
# Video outputs that draw into an application's window, by the plugin file's stem.
WINDOW_OUTPUTS = {
    "linux": ("libxcb_x11_plugin", "libxcb_xv_plugin", "libgl_plugin", "libglx_plugin",
              "libegl_x11_plugin", "libgles2_plugin"),
    "win32": ("libdirect3d11_plugin", "libdirect3d9_plugin", "libdirect3d11_filters_plugin",
              "libglwin32_plugin", "libwgl_plugin", "libwingdi_plugin"),
    "darwin": ("libmacosx_plugin", "libcaopengllayer_plugin", "libsamplebufferdisplay_plugin"),
}  # fmt: skip


def no_picture_help() -> str:
    """What to do when VLC shows no picture, per system, in the UI language."""
    return "\n".join(
        [
            _(
                "Debian or Ubuntu: sudo apt install vlc-plugin-video-output "
                "(or: sudo apt install vlc)"
            ),
            _("Windows or macOS: install VLC 3 again from videolan.org with all its parts."),
            _("Then start Kerinjing Desktop again."),
        ]
    )


def no_picture_message() -> str:
    """Said while playing when VLC shows no picture (the player's `has_vout` check)."""
    return (
        _("The film plays but VLC shows no picture: VLC's video output is missing on this laptop.")
        + "\n"
        + no_picture_help()
    )


def _system() -> str:
    return "win32" if sys.platform.startswith("win") else sys.platform.rstrip("0123456789")


def plugin_dirs(vlc: Any = None) -> list[Path]:
    """VLC's plugin folders that exist on this laptop (most likely first)."""
    candidates: list[Path] = []
    if os.environ.get("VLC_PLUGIN_PATH"):
        candidates += [Path(p) for p in os.environ["VLC_PLUGIN_PATH"].split(os.pathsep) if p]
    if vlc is not None and getattr(vlc, "plugin_path", None):
        candidates.append(Path(vlc.plugin_path))
    for library in _loaded_libvlc():
        candidates += [library.parent / "vlc" / "plugins", library.parent / "plugins",
                       library.parent.parent / "plugins"]  # fmt: skip
    seen: list[Path] = []
    for path in candidates:
        if path.is_dir() and path not in seen:
            seen.append(path)
    return seen


def _loaded_libvlc() -> list[Path]:
    """Where the libvlccore this process loaded lives (Linux: /proc/self/maps)."""
    maps = Path("/proc/self/maps")
    try:
        lines = maps.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = {line.split(None, 5)[-1] for line in lines if "libvlccore" in line}
    return [Path(path) for path in sorted(found) if path.startswith("/")]


def window_outputs(folders: Iterable[Path], system: str | None = None) -> list[str]:
    """The window-drawing video outputs found in these plugin folders."""
    wanted = set(WINDOW_OUTPUTS.get(system or _system(), ()))
    found: list[str] = []
    for folder in folders:
        outputs = folder / "video_output"
        if outputs.is_dir():
            found += sorted(p.stem for p in outputs.iterdir() if p.stem in wanted)
    return found


def video_output_problem(vlc: Any = None, folders: list[Path] | None = None) -> str | None:
    """A translated problem when VLC has no output that can show the film, else None.

    Says nothing when VLC's plugin folder cannot be found (the check while playing still
    catches a black picture).
    """
    if os.environ.get(SIMULATE_ENV, "").strip().lower() == SIMULATED:
        folders = []
        missing = True
    else:
        folders = plugin_dirs(vlc) if folders is None else folders
        known = [f for f in folders if (f / "video_output").is_dir()]
        missing = bool(known) and not window_outputs(known)
    if not missing:
        return None
    return (
        _(
            "VLC on this laptop has no video output: the film would play with sound but a "
            "black picture."
        )
        + "\n"
        + no_picture_help()
    )
