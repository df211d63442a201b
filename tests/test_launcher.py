"""The entry point: the bare command (with only global options) opens the window, a command
runs without it; the commands alone (cli.main without the launcher) never open a window."""

from __future__ import annotations

import argparse

import pytest

from kerinjing_desktop import cli, launcher


@pytest.fixture
def windows(monkeypatch):
    """The window the launcher would open: records the options it was given, exits 7."""
    opened: list[argparse.Namespace] = []

    def fake_window(args: argparse.Namespace) -> int:
        opened.append(args)
        return 7

    monkeypatch.setattr(launcher, "open_window", fake_window)
    return opened


@pytest.mark.parametrize("extra", [[], ["--demo"], ["--lang", "en"]])
def test_the_bare_command_opens_the_window(tmp_path, windows, extra):
    assert launcher.main(["--data-dir", str(tmp_path), *extra]) == 7
    assert [args.data_dir for args in windows] == [str(tmp_path)]
    assert windows[0].demo == ("--demo" in extra)


def test_a_command_runs_without_the_window(tmp_path, windows, capsys):
    assert launcher.main(["--data-dir", str(tmp_path), "events", "--json"]) == 0
    assert windows == []
    assert capsys.readouterr().out.strip() == "[]"


def test_the_commands_alone_show_the_usage_instead_of_a_window(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path)]) == 2
    assert "kerinjing-desktop [-h]" in capsys.readouterr().err  # the usage, in either language
