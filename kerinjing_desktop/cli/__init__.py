"""The `kerinjing-desktop` command's headless work: the subcommands (the bare command opens
the window; `kerinjing_desktop/launcher.py`, above both, hands it the window).

Each feature's subcommands live in their own module here with a `register(subparsers)`
function; `COMMAND_MODULES` lists them. A handler returns the exit status (0 ok, 1 a problem
it reported, 2 a usage error or an unusable store) and never lets a traceback reach a person.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from kerinjing_desktop import __version__
from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import _

# command → the module that registers it. Only the module of the command being run is
# imported (a whole `print` pulls in reportlab, `events` the demo content): `--help`, no
# command or an unknown one imports them all. tests/test_cli_events.py checks the map is whole.
COMMANDS = {
    "doctor": "kerinjing_desktop.cli.doctor",
    "events": "kerinjing_desktop.cli.events",
    "demo-data": "kerinjing_desktop.cli.events",
    "participants": "kerinjing_desktop.cli.participants",
    "attendance": "kerinjing_desktop.cli.participants",
    "print": "kerinjing_desktop.cli.print_cmd",
    "certificates": "kerinjing_desktop.cli.documents",
    "export": "kerinjing_desktop.cli.documents",
    "scores": "kerinjing_desktop.cli.scores",
    "stats": "kerinjing_desktop.cli.scores",
    "slides": "kerinjing_desktop.cli.slides",
    "film": "kerinjing_desktop.cli.film",
    "bench": "kerinjing_desktop.cli.bench",
    "backup": "kerinjing_desktop.cli.backup",
    "restore": "kerinjing_desktop.cli.backup",
    "bundle": "kerinjing_desktop.cli.backup",
    "contacts": "kerinjing_desktop.cli.contacts",
    "serve": "kerinjing_desktop.cli.office",
}
COMMAND_MODULES = list(dict.fromkeys(COMMANDS.values()))
_VALUED_OPTIONS = ("--data-dir", "--lang")  # global options followed by a value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with one clear line, like every usage error
        from kerinjing_desktop.cli.common import UsageError

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
    parser.add_argument(
        "--version",
        action="version",
        version=f"kerinjing-desktop {__version__}",
        help=_("show program's version number and exit"),
    )
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with only `command`'s module registered when it is given."""
    parser = _global_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` when it is a known one (and no help before it)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif arg in ("-h", "--help"):
            return None
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _early_language(argv: Sequence[str]) -> str:
    """The --lang value before parsing, so that help and parse errors are translated too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in i18n.LANGUAGES else "id"
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in i18n.LANGUAGES else "id"
    return i18n.DEFAULT_LANGUAGE


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run the command in `argv`; without one, `open_window` (the launcher's: the cli does not
    import the gui) or, when there is none (a caller that runs commands only), the usage."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # before importing anything more: the quickest answer
        print(f"kerinjing-desktop {__version__}")
        return 0
    import logging
    import sqlite3

    # here, not at the top: what every command shares costs 20 ms that --version need not pay
    from kerinjing_desktop.cli.common import (
        CliError,
        UsageError,
        close_opened,
        fail,
        stdout_broken,
    )

    i18n.set_language(_early_language(args_list))
    from kerinjing_desktop.cli import argparse_words

    argparse_words.install()  # argparse's own errors and headings in that language too
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        # Opening the window needs only the global options: skip importing every command
        # module (it costs start-up time on a slow laptop). Without -h here, a help request
        # is left over and goes to the full parser, which lists the commands.
        args, rest = _global_parser(add_help=False).parse_known_args(args_list)
        if not rest and open_window is not None:
            return open_window(args)
        parser = build_parser(_command_in(args_list))
        args = parser.parse_args(args_list)
        if args.command is None:
            if open_window is None:
                parser.print_usage(sys.stderr)
                return 2
            return open_window(args)
        if args.demo:
            raise UsageError(_("--demo opens the window; it has no effect with a subcommand"))
        _refuse_empty_paths(args)
        status = int(args.handler(args) or 0)
        try:
            sys.stdout.flush()  # a closed pipe or a full disk shows here, not at exit
        except OSError as error:
            return _output_failed(error)
        return status
    except UsageError as error:
        return fail(str(error), status=2)
    except CliError as error:
        return fail(str(error), status=error.status)
    except KeyboardInterrupt:
        return fail(_("interrupted"), status=130)
    except (OSError, sqlite3.Error) as error:
        # A write the disk refused (full, read-only, removed USB stick) after the command had
        # started: the words, never a traceback; what was saved before is safe. A reader that
        # went away (`doctor | head`) ends the command quietly.
        if isinstance(error, BrokenPipeError):
            return _output_failed(error)
        from kerinjing_desktop.core.store.integrity import explain

        if isinstance(error, OSError) and not error.filename:
            stdout_broken()  # if it was stdout that failed, its buffer goes nowhere at exit
        return fail(explain(error), status=1)
    except SystemExit as error:  # --help and --version
        return int(error.code or 0) if not stdout_broken() else 1
    except Exception as error:  # no traceback reaches a person (README: exit statuses)
        return _last_resort(error, args_list)
    finally:
        close_opened()


PATH_OPTIONS = {"out": "--out", "file": "FILE", "deck": "DECK"}


def _refuse_empty_paths(args: argparse.Namespace) -> None:
    """`--out ""` (an empty variable in a script) names no file: a usage error, said so."""
    from kerinjing_desktop.cli.common import UsageError

    for key, label in PATH_OPTIONS.items():
        if getattr(args, key, None) == "":
            raise UsageError(_("{option} is empty: give a file or folder name").format(
                option=label))  # fmt: skip


def _output_failed(error: OSError) -> int:
    """stdout could not be written: a reader that went away (`doctor | head`) ends the
    command quietly; a full disk says so on stderr."""
    from kerinjing_desktop.cli.common import fail, stdout_broken
    from kerinjing_desktop.core.errors import os_reason

    stdout_broken()
    if isinstance(error, BrokenPipeError):
        return 1  # nothing to say, and no one reading it
    text = _("The output could not be written: {reason}").format(reason=os_reason(error))
    return fail(text, status=1)


def _last_resort(error: Exception, args_list: list[str]) -> int:
    """What no handler caught: a store that cannot be used says why; anything else is one
    sentence, with the traceback logged."""
    from kerinjing_desktop.cli.common import fail, unexpected
    from kerinjing_desktop.core.store import StoreError

    if isinstance(error, StoreError):
        return fail(str(error), status=2)
    data_dir = _global_parser(add_help=False).parse_known_args(args_list)[0].data_dir
    return unexpected(error, data_dir)
