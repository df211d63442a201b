"""`print KIND --event ID --out FILE.pdf [--paper a4|f4] [--blank-rows N]`."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from kerinjing_desktop.cli.common import CliError, event_from, store_from
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _, language
from kerinjing_desktop.reports.common import PAPER_SIZES, PrintOptions

# kind → "module:function" with build(store, event, out, options) -> Path
DOCUMENTS: dict[str, str] = {
    "attendance": "kerinjing_desktop.reports.attendance:build",
    "certificates": "kerinjing_desktop.reports.certificates:build",
    "summary": "kerinjing_desktop.reports.summary:build",
    "test-paper": "kerinjing_desktop.reports.test_paper:build",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help=_("make a printed document as PDF"))
    parser.add_argument("kind", choices=sorted(DOCUMENTS) or ["attendance"])
    parser.add_argument("--event", required=True, help=_("event id or a unique prefix"))
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES), default="a4")
    parser.add_argument("--blank-rows", type=int, default=None, metavar="N")
    parser.add_argument(
        "--names", action="store_true", help=_("summary: name people instead of codes")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.blank_rows is not None and not 0 <= args.blank_rows <= 500:
        raise CliError(_("--blank-rows must be between 0 and 500"))
    if args.kind not in DOCUMENTS:
        raise CliError(_("This document is not available yet: {kind}").format(kind=args.kind))
    store = store_from(args)
    event = event_from(store, args.event)
    out = Path(args.out)
    if not out.parent.exists():
        raise CliError(_("The folder {path} does not exist.").format(path=out.parent))
    options = PrintOptions(
        paper=args.paper,
        lang=language(),
        blank_rows=args.blank_rows if args.blank_rows is not None else -1,
        show_names=args.names,
    )
    module_name, function_name = DOCUMENTS[args.kind].split(":")
    build = getattr(importlib.import_module(module_name), function_name)
    try:
        path = build(store, event, out, options)
    except OSError as error:
        raise CliError(
            _("Cannot write {path}: {reason}").format(path=out, reason=os_reason(error))
        ) from error
    print(path)
    return 0
