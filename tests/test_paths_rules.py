"""Where the app keeps things (core/paths.py): the assets beside the package or inside a
PyInstaller bundle, each system's per-user data folder, the choice of `--data-dir`, the
environment and the default in that order, and a data folder only its owner can open."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import kerinjing_desktop
from kerinjing_desktop.core import paths
from kerinjing_desktop.core.paths import (
    DATA_DIR_ENV,
    DB_NAME,
    asset_path,
    asset_root,
    default_data_dir,
    ensure_private_dir,
    resolve_data_dir,
)
from kerinjing_desktop.core.store import open_store

CHECKOUT = Path(kerinjing_desktop.__file__).resolve().parent.parent


def test_the_assets_are_the_folder_beside_the_package():
    assert asset_root() == CHECKOUT / "assets"
    assert asset_path("content", "fgd_guide.toml") == CHECKOUT / "assets/content/fgd_guide.toml"
    assert asset_path("content", "fgd_guide.toml").is_file()


def test_in_a_bundle_the_assets_are_in_its_unpacked_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert asset_root() == tmp_path / "assets"
    assert asset_path("a", "b.txt") == tmp_path / "assets" / "a" / "b.txt"


@pytest.fixture
def home(monkeypatch, tmp_path):
    for name in ("LOCALAPPDATA", "APPDATA", "XDG_DATA_HOME", DATA_DIR_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_linux_keeps_the_data_in_the_xdg_data_folder(monkeypatch, home):
    monkeypatch.setattr(sys, "platform", "linux")
    assert default_data_dir() == home / ".local" / "share" / "kerinjing-desktop"
    monkeypatch.setenv("XDG_DATA_HOME", "/media/data")
    assert default_data_dir() == Path("/media/data/kerinjing-desktop")


def test_windows_keeps_the_data_in_local_app_data(monkeypatch, home):
    monkeypatch.setattr(sys, "platform", "win32")
    assert default_data_dir() == home / "AppData" / "Local" / "KerinjingDesktop"
    monkeypatch.setenv("APPDATA", "/roaming")
    assert default_data_dir() == Path("/roaming/KerinjingDesktop")
    monkeypatch.setenv("LOCALAPPDATA", "/local")
    assert default_data_dir() == Path("/local/KerinjingDesktop")


def test_macos_keeps_the_data_in_application_support(monkeypatch, home):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("XDG_DATA_HOME", "/not/on/a/mac")
    assert default_data_dir() == home / "Library" / "Application Support" / "KerinjingDesktop"


def test_the_data_dir_option_then_the_environment_then_the_default(monkeypatch, home):
    monkeypatch.setattr(sys, "platform", "linux")
    assert DATA_DIR_ENV == "KERINJING_DATA_DIR"
    assert resolve_data_dir(None) == home / ".local" / "share" / "kerinjing-desktop"
    monkeypatch.setenv("KERINJING_DATA_DIR", "/from/env")
    assert resolve_data_dir(None) == Path("/from/env")
    assert resolve_data_dir("") == Path("/from/env")
    assert resolve_data_dir("/chosen") == Path("/chosen")
    assert resolve_data_dir(Path("~/kerinjing")) == home / "kerinjing"


def test_a_private_folder_is_made_with_its_parents_and_only_its_owner_may_open_it(tmp_path):
    made = ensure_private_dir(tmp_path / "a" / "b")
    assert made == tmp_path / "a" / "b" and made.is_dir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_an_existing_folder_is_made_private_and_kept(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    (folder / "kept.txt").write_text("x")
    folder.chmod(0o755)
    assert ensure_private_dir(folder) == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "kept.txt").read_text() == "x"


def test_off_posix_the_folder_is_made_and_its_mode_left(monkeypatch, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setattr(paths, "os", SimpleNamespace(name="nt", chmod=os.chmod))
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_the_store_is_the_file_earlier_versions_wrote(tmp_path):
    """A renamed file would open every existing user's data folder empty."""
    assert DB_NAME == "kerinjing.db"
    store = open_store(tmp_path)
    store.close()
    assert (tmp_path / "kerinjing.db").is_file()
