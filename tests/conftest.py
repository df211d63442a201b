"""Shared fixtures: in-memory stores, a CLI runner, the language reset between tests."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kerinjing_desktop.core import i18n  # noqa: E402
from kerinjing_desktop.core.store import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def _default_language():
    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def store():
    """A fresh in-memory store, migrated to the current schema."""
    opened = open_store(None)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store):
    from kerinjing_desktop.core.demo import create_demo_event

    create_demo_event(store)
    return store


@dataclass
class CliResult:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path, capsys):
    """Run `kerinjing-desktop --data-dir <tmp> ARGS…` in-process; returns status, stdout, stderr."""
    from kerinjing_desktop.cli import main

    data_dir = tmp_path / "data"

    def run(*args: str, data: bool = True) -> CliResult:
        capsys.readouterr()
        argv = (["--data-dir", str(data_dir)] if data else []) + list(args)
        status = main(argv)
        captured = capsys.readouterr()
        i18n.set_language("id")
        return CliResult(status, captured.out, captured.err)

    run.data_dir = data_dir
    return run
