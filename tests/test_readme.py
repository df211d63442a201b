"""The README opens with the two commands and documents every subcommand."""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = _commands(sub, f"{prefix}{name} ")
                found.extend(nested or [f"{prefix}{name}"])
                if nested and sub.get_default("handler") is not None:
                    found.append(f"{prefix}{name}")
    return found


def test_readme_starts_with_run_and_test():
    """The README shows ./run and ./test before anything else."""
    head = README.read_text(encoding="utf-8").splitlines()[:8]
    assert any(line.startswith("./run") for line in head)
    assert any(line.startswith("./test") for line in head)


def test_every_subcommand_is_documented():
    """Each subcommand of kerinjing-desktop has a `kerinjing-desktop <command>` README entry."""
    text = README.read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert "events add" in commands and "participants import" in commands
    missing = [c for c in commands if f"`kerinjing-desktop {c}" not in text]
    assert not missing, f"undocumented in README.md: {missing}"


def test_readme_lists_the_keys_of_a_check_in_and_a_walk_in():
    """Each key the Participants page documents in F1 has a row in the README's key table."""
    from kerinjing_desktop.gui.keys import PAGE_KEYS

    section = README.read_text(encoding="utf-8").split("## Check-in and walk-ins")[1]
    table = section.split("\n## ")[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| ")]
    for key, _what in PAGE_KEYS["participants"]:
        assert any(key in row for row in rows), key
