"""`participants import|list|consent` and `attendance set`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli.common import (
    CliError,
    UsageError,
    add_event_option,
    add_import_action,
    add_json_flag,
    event_from,
    import_all_or_nothing,
    print_json,
    store_from,
)
from kerinjing_desktop.core.domain import ValidationError, normalize_code
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.importer import ImportFileError, RowProblem, read_people_file
from kerinjing_desktop.core.store.consent import consent_default, set_consent, set_consent_default
from kerinjing_desktop.core.store.participants import (
    import_participants,
    list_participants,
    set_attendance,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    participants = subparsers.add_parser("participants", help=_("import or list participants"))
    actions = participants.add_subparsers(dest="participants_action", metavar="ACTION")
    actions.required = True
    imp = add_import_action(actions, _("import a CSV or XLSX list of participants"), import_command)
    imp.add_argument(
        "--consent",
        choices=("yes", "no"),
        help=_(
            "whether the people agreed to be named, for rows without a Persetujuan/Consent "
            "cell (default: the event's setting)"
        ),
    )
    consent = actions.add_parser(
        "consent", help=_("record who agreed to be named, or the event's default")
    )
    add_event_option(consent)
    consent.add_argument("codes", nargs="*", metavar="CODE")
    consent.add_argument(
        "--withdraw", action="store_true", help=_("record that they do not agree (any more)")
    )
    consent.add_argument(
        "--default",
        choices=("yes", "no"),
        help=_("the event's default for imported rows that do not say"),
    )
    consent.set_defaults(handler=consent_command)
    lst = actions.add_parser("list", help=_("list an event's participants"))
    add_event_option(lst)
    add_json_flag(lst)
    lst.set_defaults(handler=list_command)

    attendance = subparsers.add_parser("attendance", help=_("check participants in or out"))
    att_actions = attendance.add_subparsers(dest="attendance_action", metavar="ACTION")
    att_actions.required = True
    att_set = att_actions.add_parser("set", help=_("check participants in (or out)"))
    add_event_option(att_set)
    att_set.add_argument("codes", nargs="+", metavar="CODE")
    att_set.add_argument("--absent", action="store_true", help=_("check out instead of in"))
    att_set.set_defaults(handler=attendance_command)


def import_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    agreed = consent_default(store, event.id) if args.consent is None else args.consent == "yes"
    try:
        result = read_people_file(Path(args.file), default_consent=agreed)
    except ImportFileError as error:
        raise CliError(str(error), status=2) from error
    bad_rows = len({problem.row for problem in result.problems})

    def write() -> str:
        count = import_participants(store, event.id, [row.person for row in result.rows])
        return ngettext("Imported {n} participant.", "Imported {n} participants.", count).format(
            n=count
        )

    return import_all_or_nothing(
        [describe_problem(problem) for problem in result.problems],
        bad_rows,
        args.skip_invalid,
        write,
        notes=[_("note: {text}").format(text=describe_problem(n)) for n in result.notices],
    )


def consent_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    if not args.codes and args.default is None:
        raise UsageError(_("give participant codes, or --default yes|no"))
    if args.default is not None:
        set_consent_default(store, event.id, args.default == "yes")
        print(
            _("Imported rows that do not say are now named.")
            if args.default == "yes"
            else _("Imported rows that do not say are now not named.")
        )
    if args.codes:
        codes = []
        for text in args.codes:
            code = normalize_code(text)
            if code is None:
                raise CliError(
                    _("“{text}” is not a participant code (like P-001).").format(text=text)
                )
            codes.append(code)
        try:
            count = set_consent(store, event.id, codes, agreed=not args.withdraw)
        except ValidationError as error:
            raise CliError("\n".join(message for _f, message in error.problems)) from error
        message = (
            _("Consent withdrawn for {n}: their names are left off.")
            if args.withdraw
            else _("Consent recorded for {n}.")
        )
        print(message.format(n=count))
    return 0


def describe_problem(problem: RowProblem) -> str:
    if problem.column:
        return _("row {row}, column “{column}”: {message}").format(
            row=problem.row, column=problem.column, message=problem.message
        )
    return _("row {row}: {message}").format(row=problem.row, message=problem.message)


def list_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    people = list_participants(store, event.id)
    if args.json:
        print_json(
            [
                {
                    "code": p.code,
                    "name": p.name,
                    "gender": p.gender,
                    "age": p.age,
                    "group": p.group,
                    "group_label": p.group_label,
                    "attended": p.attended,
                }
                for p in people
            ]
        )
        return 0
    for p in people:
        mark = "✓" if p.attended else " "
        age = "" if p.age is None else str(p.age)
        print(f"{mark} {p.code}  {p.name}  {p.gender}  {age:>3}  {p.group_shown}")
    return 0


def attendance_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    codes = []
    for text in args.codes:
        code = normalize_code(text)
        if code is None:
            raise CliError(_("“{text}” is not a participant code (like P-001).").format(text=text))
        codes.append(code)
    try:
        count = set_attendance(store, event.id, codes, present=not args.absent)
    except ValidationError as error:
        raise CliError("\n".join(message for _f, message in error.problems)) from error
    message = _("Checked out {n}.") if args.absent else _("Checked in {n}.")
    print(message.format(n=count))
    return 0
