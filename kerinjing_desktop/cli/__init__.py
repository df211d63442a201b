"""The `kerinjing-desktop` command: the GUI without a subcommand, headless work with one.

Each feature's subcommands live in their own module here with a `register(subparsers)`
function; `COMMAND_MODULES` lists them. A handler returns the exit status (0 ok, 1 a problem
it reported, 2 a usage error or an unusable store) and never lets a traceback reach a person.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence

from kerinjing_desktop import __version__
from kerinjing_desktop.cli.common import CliError, UsageError, fail
from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import _

COMMAND_MODULES = [
    "kerinjing_desktop.cli.doctor",
    "kerinjing_desktop.cli.events",
    "kerinjing_desktop.cli.participants",
    "kerinjing_desktop.cli.print_cmd",
    "kerinjing_desktop.cli.documents",
    "kerinjing_desktop.cli.scores",
    "kerinjing_desktop.cli.slides",
    "kerinjing_desktop.cli.film",
    "kerinjing_desktop.cli.bench",
    "kerinjing_desktop.cli.backup",
    "kerinjing_desktop.cli.contacts",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one clear line, like every usage error
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _global_parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kerinjing-desktop",
        description=_("Run a village anti-trafficking (TPPO) awareness day, offline."),
        add_help=add_help,
    )
    parser.add_argument("--data-dir", help=_("where the store lives"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None, help=_("language"))
    parser.add_argument("--demo", action="store_true", help=_("open with the demo event"))
    parser.add_argument("--version", action="version", version=f"kerinjing-desktop {__version__}")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _early_language(argv: Sequence[str]) -> str:
    """The --lang value before parsing, so that help and parse errors are translated too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in i18n.LANGUAGES else "id"
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in i18n.LANGUAGES else "id"
    return i18n.DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_early_language(args_list))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        # Opening the window needs only the global options: skip importing every command
        # module (it costs start-up time on a slow laptop). Without -h here, a help request
        # is left over and goes to the full parser, which lists the commands.
        args, rest = _global_parser(add_help=False).parse_known_args(args_list)
        if not rest:
            from kerinjing_desktop.gui.app import run_gui

            return run_gui(args)
        args = build_parser().parse_args(args_list)
        if args.command is None:
            from kerinjing_desktop.gui.app import run_gui

            return run_gui(args)
        if args.demo:
            raise UsageError(_("--demo opens the window; it has no effect with a subcommand"))
        return int(args.handler(args) or 0)
    except UsageError as error:
        return fail(str(error), status=2)
    except CliError as error:
        return fail(str(error), status=error.status)
    except KeyboardInterrupt:
        return fail(_("interrupted"), status=130)
    except (OSError, sqlite3.Error) as error:
        # A write the disk refused (full, read-only, removed USB stick) after the command had
        # started: the words, never a traceback; what was saved before is safe.
        from kerinjing_desktop.core.store.integrity import explain

        return fail(explain(error), status=1)
    except SystemExit as error:  # --help and --version
        return int(error.code or 0)
