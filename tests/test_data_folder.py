"""Where the data lives on each system (the folder a facilitator or a helper is told to back
up), which choice wins, and where the assets are found inside a packaged app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kerinjing_desktop.core import paths


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # what `~` means
    for name in ("LOCALAPPDATA", "APPDATA", "XDG_DATA_HOME", "KERINJING_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "home"


def test_windows_keeps_the_data_in_local_app_data(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert paths.default_data_dir() == home / "AppData" / "Local" / "KerinjingDesktop"
    monkeypatch.setenv("APPDATA", r"D:\Profiles\fasilitator\Roaming")
    assert paths.default_data_dir() == Path(r"D:\Profiles\fasilitator\Roaming", "KerinjingDesktop")
    monkeypatch.setenv("LOCALAPPDATA", r"D:\Profiles\fasilitator\Local")
    assert paths.default_data_dir() == Path(r"D:\Profiles\fasilitator\Local", "KerinjingDesktop")


def test_macos_keeps_the_data_in_application_support(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("XDG_DATA_HOME", "/not/used/on/macos")
    expected = home / "Library" / "Application Support" / "KerinjingDesktop"
    assert paths.default_data_dir() == expected


def test_linux_follows_xdg_data_home(home, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.default_data_dir() == home / ".local" / "share" / "kerinjing-desktop"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.default_data_dir() == tmp_path / "xdg" / "kerinjing-desktop"


def test_the_option_beats_the_environment_which_beats_the_default(home, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.resolve_data_dir(None) == home / ".local" / "share" / "kerinjing-desktop"
    monkeypatch.setenv("KERINJING_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(None) == tmp_path / "env"
    assert paths.resolve_data_dir("~/stick") == home / "stick"


def test_a_packaged_app_finds_its_assets_beside_the_executable(monkeypatch, tmp_path):
    checkout = paths.asset_root()
    assert (checkout / "deck").is_dir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.asset_root() == tmp_path / "bundle" / "assets"
    assert paths.asset_path("deck", "tppo_id.md") == tmp_path / "bundle" / "assets/deck/tppo_id.md"
