"""Where things live: bundled assets and the per-user data dir (owner-only on POSIX)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "KerinjingDesktop"
DB_NAME = "kerinjing.db"


def asset_root() -> Path:
    """The `assets/` folder, in a checkout or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def asset_path(*parts: str) -> Path:
    return asset_root().joinpath(*parts)


def default_data_dir() -> Path:
    """The OS's per-user app-data folder."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA")
        return Path(base or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kerinjing-desktop"


DATA_DIR_ENV = "KERINJING_DATA_DIR"


def resolve_data_dir(option: str | os.PathLike[str] | None) -> Path:
    """`--data-dir`, else `$KERINJING_DATA_DIR`, else the OS default."""
    chosen = option or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return Path(chosen).expanduser()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it owner-only (0700) on POSIX."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
