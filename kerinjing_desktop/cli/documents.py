"""`certificates verify "SERIAL|CODE"` and `export --event ID --format csv|xlsx --out PATH`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli.common import (
    CliError,
    add_event_option,
    add_json_flag,
    event_from,
    print_json,
    store_from,
)
from kerinjing_desktop.core.domain import format_date
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.export import FORMATS, export_event
from kerinjing_desktop.core.i18n import _, language
from kerinjing_desktop.core.store.certificates import Verdict, explain, normalize_serial, verify


def register(subparsers: argparse._SubParsersAction) -> None:
    certificates = subparsers.add_parser("certificates", help=_("the certificates register"))
    actions = certificates.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "verify", help=_("say whose certificate a serial is, and whether a paper is genuine")
    )
    check.add_argument(
        "serial",
        metavar="SERIAL|CODE",
        help=_("the serial printed on the certificate, with its check code after a |"),
    )
    add_json_flag(check)
    check.set_defaults(handler=run_verify)

    export = subparsers.add_parser(
        "export", help=_("export participants, attendance and scores as CSV or XLSX")
    )
    add_event_option(export, required=False)
    export.add_argument("--format", choices=FORMATS)
    export.add_argument(
        "--out",
        metavar="PATH",
        help=_("csv: a folder for the files; xlsx: the workbook file"),
    )
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help=_("also export sensitive notes and the names of people without consent"),
    )
    export.add_argument(
        "--datapackage",
        metavar="DIR",
        help=_(
            "the whole programme, privacy-filtered, as CSV with a Frictionless datapackage.json"
        ),
    )
    export.set_defaults(handler=run_export)


def run_verify(args: argparse.Namespace) -> int:
    store = store_from(args)
    found = verify(store, args.serial)
    if found is None:
        message = _("No certificate with serial {serial} in this register.").format(
            serial=normalize_serial(args.serial)
        )
        if args.json:
            print_json({"serial": normalize_serial(args.serial), "found": False})
        raise CliError(message, status=1)
    c = found.certificate
    verdict = explain(found)
    if args.json:
        # The check code is never shown: whoever only knows a serial must not learn it.
        print_json(
            {
                "serial": c.serial,
                "found": True,
                "genuine": found.genuine,
                "verdict": found.verdict.value,
                "code_checked": found.code_given,
                "laptop": found.laptop,
                "holder": c.holder_name,
                "role": c.role,
                "event": found.event_title,
                "event_date": found.event_date,
                "village": found.village,
                "issued_at": c.issued_at,
                "message": verdict,
            }
        )
    elif found.verdict is not Verdict.WRONG_CODE:
        print(
            _("{serial}: {name} ({role}), “{event}”, {village}, {date}; issued {issued}.").format(
                serial=c.serial,
                name=c.holder_name,
                role=c.role,
                event=found.event_title,
                village=found.village,
                date=format_date(found.event_date, language()),
                issued=c.issued_at[:10],
            )
        )
    if not found.genuine:
        raise CliError(verdict, status=1)
    if not args.json:
        print(verdict)
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.datapackage:
        if args.event or args.format or args.out or args.include_sensitive:
            raise CliError(_("--datapackage exports the whole programme, filtered: give it alone"))
        from kerinjing_desktop.cli.office import run_datapackage

        return run_datapackage(args)
    if not (args.event and args.format and args.out):
        raise CliError(_("export needs --event, --format and --out (or --datapackage DIR)"))
    store = store_from(args)
    event = event_from(store, args.event)
    out = Path(args.out)
    parent = out if args.format == "csv" else out.parent
    if args.format == "xlsx" and not parent.exists():
        raise CliError(_("The folder {path} does not exist.").format(path=parent))
    if args.format == "csv" and out.exists() and not out.is_dir():
        raise CliError(_("{path} is a file: give a folder for the CSV files.").format(path=out))
    try:
        paths = export_event(store, event.id, args.format, out, args.include_sensitive)
    except OSError as error:
        raise CliError(
            _("Cannot write {path}: {reason}").format(path=out, reason=os_reason(error))
        ) from error
    for path in paths:
        print(path)
    return 0
