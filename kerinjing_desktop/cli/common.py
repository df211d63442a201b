"""What every subcommand shares: opening the store, resolving --event, printing."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kerinjing_desktop.core.domain import Event
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.paths import DATA_DIR_ENV, ensure_private_dir, resolve_data_dir
from kerinjing_desktop.core.store import Store, StoreError, open_store
from kerinjing_desktop.core.store.dirlock import WINDOW, DataDirBusy
from kerinjing_desktop.core.store.events import EventNotFound, resolve_event


class CliError(Exception):
    """A problem the command reports on stderr; `status` is the exit code."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


class UsageError(CliError):
    def __init__(self, message: str):
        super().__init__(message, status=2)


def fail(message: str, status: int) -> int:
    try:
        for line in message.splitlines() or [""]:
            print(f"kerinjing-desktop: {line}", file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr itself is gone: the exit status still tells
    return status


def stdout_broken() -> bool:
    """Whether stdout can no longer be written (a closed pipe, a full disk); if so, point it
    at the null device, or Python reports the unwritten buffer with a traceback at exit."""
    try:
        sys.stdout.flush()
        return False
    except (OSError, ValueError):
        pass
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass
    return True


def unexpected(error: BaseException, data_dir_option: str | None) -> int:
    """The last resort: a plain sentence for the person, the traceback in the log file."""
    import traceback

    text = "".join(traceback.format_exception(error))
    where = _("the terminal")
    try:
        folder = ensure_private_dir(resolve_data_dir(data_dir_option) / "logs")
        # owner-only: a traceback can hold a participant's name
        fd = os.open(folder / "errors.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
        where = str(folder / "errors.log")
    except OSError:
        logging.getLogger(__name__).error("unexpected error:\n%s", text)
    return fail(
        _(
            "An unexpected problem stopped the command: {reason}. What was saved before is "
            "safe. Details were written to {log}."
        ).format(reason=error, log=where),
        status=1,
    )


# Commands that only read the store: they open it beside the window or a writing command.
# Every other command writes and holds the data dir while it runs (see core.store.dirlock),
# so that a command someone adds later is a writer unless it is listed here.
READING_COMMANDS = frozenset(
    {
        "events",
        "participants list",
        "stats",
        "export",
        "certificates verify",
        "contacts",
        "backup",
        "bundle export",
        "print attendance",
        "print summary",
        "print test-paper",
        "print test-oral",
        "print article",
        "print programme",
        "slides handout",
    }
)
_SUBCOMMAND_KEYS = ("_command", "action", "kind")  # how the modules name their subcommand


def command_name(args: argparse.Namespace) -> str:
    """The command as typed, without its operands: "scores set", "print certificates"."""
    words = [args.command] if getattr(args, "command", None) else []
    for key, value in vars(args).items():
        if key != "command" and isinstance(value, str) and key.endswith(_SUBCOMMAND_KEYS):
            words.append(value)
            break
    return " ".join(words)


# Commands that start a store from nothing (a new laptop, a new programme): they may create a
# data folder that is not there yet. Any other command given a folder that does not exist
# (`--data-dir` or $KERINJING_DATA_DIR with a typo) is refused, instead of quietly working on
# a new, empty store beside the real one.
CREATING_COMMANDS = frozenset({"demo-data", "events add", "restore", "bundle import"})


def data_dir_from(args: argparse.Namespace) -> Path:
    """The data folder the command works in; one named by the user that does not exist is
    created only by CREATING_COMMANDS (the OS default is always created)."""
    option = getattr(args, "data_dir", None)
    path = resolve_data_dir(option)
    named = bool(option or os.environ.get(DATA_DIR_ENV))
    if named and not path.exists() and command_name(args) not in CREATING_COMMANDS:
        raise UsageError(
            _(
                "The data folder {path} does not exist. Check its name. A new data folder: "
                "create the folder first, or let `events add`, `demo-data`, `restore` or "
                "`bundle import` make it."
            ).format(path=path)
        )
    return path


def store_from(args: argparse.Namespace, remembered: bool = False) -> Store:
    """The store, held for a writing command (another writer gets a clear refusal).
    `remembered`: a reading command may trust an earlier damage check of this very file
    (see open_store)."""
    name = command_name(args)
    owner = None if name in READING_COMMANDS else name or "kerinjing-desktop"
    try:
        store = open_store(data_dir_from(args), owner=owner, remembered=remembered)
    except DataDirBusy as error:
        # The window holds the data for hours: a usage matter (2). Another command that did
        # not finish in time: the write could not go through now (1), like a busy store.
        window = error.holder is not None and error.holder.program == WINDOW
        raise CliError(str(error), status=2 if window else 1) from error
    except StoreError as error:
        raise CliError(str(error), status=2) from error
    OPENED.append(store)
    return store


OPENED: list[Store] = []  # closed by `main` when the command ends: the data dir is free sooner


def close_opened() -> None:
    while OPENED:
        # Closing after a failure must not hide the failure's own message.
        with contextlib.suppress(Exception):
            OPENED.pop().close()


def event_from(store: Store, reference: str) -> Event:
    try:
        return resolve_event(store, reference)
    except EventNotFound as error:
        raise CliError(str(error), status=2) from error


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def add_event_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """--event, the same in every command that works on one event."""
    parser.add_argument("--event", required=required, help=_("event id or a unique prefix"))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print one JSON document"))


def add_import_action(
    actions: argparse._SubParsersAction, help_text: str, handler: Callable[..., int]
) -> argparse.ArgumentParser:
    """`import --event ID FILE [--skip-invalid]`, worded alike for every kind of file (a list of
    participants, a scores file): the CLI contract fixes one rule for both."""
    imp = actions.add_parser("import", help=help_text)
    add_event_option(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--skip-invalid", action="store_true", help=_("import the valid rows, list the rest")
    )
    imp.set_defaults(handler=handler)
    return imp


def import_all_or_nothing(
    problems: Sequence[str],
    bad_rows: int,
    skip_invalid: bool,
    write: Callable[[], str],
    notes: Sequence[str] = (),
) -> int:
    """The contract's rule for an imported file: each problem on its own line on stderr (then
    the notes, which refuse nothing); while any row has a problem nothing is written, unless
    --skip-invalid; `write()` stores the good rows and says how many; exit 1 if rows were
    skipped."""
    for problem in problems:
        print(f"kerinjing-desktop: {problem}", file=sys.stderr)
    for note in notes:
        print(note, file=sys.stderr)
    if problems and not skip_invalid:
        return fail(
            ngettext(
                "Nothing imported: {n} row has problems (fix it, or use --skip-invalid).",
                "Nothing imported: {n} rows have problems (fix them, or use --skip-invalid).",
                bad_rows,
            ).format(n=bad_rows),
            status=1,
        )
    print(write())
    if problems:
        skipped = ngettext("{n} row was skipped.", "{n} rows were skipped.", bad_rows)
        return fail(skipped.format(n=bad_rows), status=1)
    return 0
