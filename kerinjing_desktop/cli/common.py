"""What every subcommand shares: opening the store, resolving --event, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kerinjing_desktop.core.domain import Event
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import resolve_data_dir
from kerinjing_desktop.core.store import Store, StoreError, open_store
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
    for line in message.splitlines() or [""]:
        print(f"kerinjing-desktop: {line}", file=sys.stderr)
    return status


def store_from(args: argparse.Namespace) -> Store:
    try:
        return open_store(resolve_data_dir(args.data_dir))
    except StoreError as error:
        raise CliError(str(error), status=2) from error


def event_from(store: Store, reference: str) -> Event:
    try:
        return resolve_event(store, reference)
    except EventNotFound as error:
        raise CliError(str(error), status=2) from error


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print one JSON document"))
