"""The program's entry point (`kerinjing-desktop`, `python -m kerinjing_desktop`, the bundle):
the bare command opens the window, anything else runs a command.

It is the top layer, so that the commands (cli) need not import the window (gui) to open it:
the cli parses and reports errors for both, and calls back here for the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kerinjing_desktop import cli


def open_window(args: argparse.Namespace) -> int:
    # here, not at the top: a command need not import Qt and the widgets (start-up time)
    from kerinjing_desktop.gui.app import run_gui

    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, open_window=open_window)
