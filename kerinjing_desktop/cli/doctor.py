"""`doctor [--json]`: is this laptop ready for the day? Each finding says how to fix it."""

from __future__ import annotations

import argparse
import datetime
import importlib
from collections.abc import Callable

from kerinjing_desktop.cli.common import UsageError, add_json_flag, data_dir_from, print_json
from kerinjing_desktop.core.findings import Finding, Verdict
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import asset_path, resolve_data_dir
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.integrity import integrity_check
from kerinjing_desktop.core.store.restore import schema_problems

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# how each verdict is printed, in every language (scripts read them)
LABELS = {Verdict.OK: "OK", Verdict.WARN: "WARN", Verdict.FIX: "FIX"}

# Later features add their checks here: "module:function" returning a list of findings.
# A function that takes one parameter gets the data dir (checks on the store's files).
EXTRA_CHECKS: list[str] = [
    "kerinjing_desktop.cli.reliability_checks:check_backups",
    "kerinjing_desktop.cli.reliability_checks:check_restores",
    "kerinjing_desktop.cli.reliability_checks:check_holder",
    "kerinjing_desktop.cli.laptop_checks:check_clock",
]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("doctor", help=_("check that this laptop is ready"))
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def check_store(args: argparse.Namespace) -> list[Finding]:
    data_dir = resolve_data_dir(args.data_dir)
    try:
        store = open_store(data_dir)
    except StoreError as error:
        return [Finding.fix(str(error))]
    try:
        result = integrity_check(store)
        shape = schema_problems(store)
    finally:
        store.close()
    if result != "ok":
        text = _("The store failed its integrity check: {detail}")
        return [Finding.fix(text.format(detail=result))]
    if shape:
        text = _(
            "The store lacks parts this version needs: {detail}. Restore a backup "
            "(kerinjing-desktop backup list)."
        )
        return [Finding.fix(text.format(detail="; ".join(shape[:5])))]
    return [Finding.ok(_("Store OK: {path}").format(path=data_dir))]


def check_fonts(_args: argparse.Namespace) -> list[Finding]:
    missing = [name for name in FONT_FILES if not asset_path("fonts", name).is_file()]
    if missing:
        text = _("Fonts missing: {names}. Reinstall the app.")
        return [Finding.fix(text.format(names=", ".join(missing)))]
    return [Finding.ok(_("Fonts for printed documents: present"))]


def check_qt(_args: argparse.Namespace) -> list[Finding]:
    try:
        from PySide6 import __version__ as qt_version
        from PySide6.QtPdf import QPdfDocument  # noqa: F401  (the PDF deck needs it)
    except ImportError as error:
        text = _("Qt is not usable: {reason}. Reinstall the app.")
        return [Finding.fix(text.format(reason=error))]
    return [Finding.ok(_("Qt {version}: present").format(version=qt_version))]


def check_film(args: argparse.Namespace) -> list[Finding]:
    """VLC 3 present, and the film chosen for the day still plays."""
    from kerinjing_desktop.film.findings import film_findings

    try:
        store = open_store(resolve_data_dir(args.data_dir))
    except StoreError:
        return film_findings(None)  # check_store has said what is wrong with the store
    try:
        return film_findings(store)
    finally:
        store.close()


def check_contacts(args: argparse.Namespace, today: datetime.date | None = None) -> list[Finding]:
    """Help numbers on the handout that nobody has checked for more than a year."""
    from kerinjing_desktop.core import i18n
    from kerinjing_desktop.core.contacts import load_contacts, stale_contacts

    try:
        store = open_store(resolve_data_dir(args.data_dir))
    except StoreError:
        return []  # check_store has said what is wrong with the store
    try:
        contacts = load_contacts(store, i18n.language())
    finally:
        store.close()
    stale = stale_contacts(contacts, today or datetime.date.today())
    if not stale:
        return [Finding.ok(_("Help contacts: every number was checked within the last year"))]
    names = ", ".join(
        _("{name} ({number}, checked {date})").format(
            name=c.name, number=c.number, date=c.checked_on or _("never")
        )
        for c in stale
    )
    message = _(
        "Help contacts not checked for over a year: {names}. Call or look each one up, "
        "then save it again under Settings → Help contacts (or `contacts set`)."
    ).format(names=names)
    return [Finding.warn(message)]


def _extra(name: str) -> Callable[[argparse.Namespace], list[Finding]]:
    module_name, function_name = name.split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    if function.__code__.co_argcount == 1:
        return lambda args: function(resolve_data_dir(args.data_dir))
    return lambda _args: function()


def run(args: argparse.Namespace) -> int:
    checks = [check_qt, check_fonts, check_store, check_film, check_contacts] + [
        _extra(name) for name in EXTRA_CHECKS
    ]
    findings: list[Finding] = []
    try:
        data_dir_from(args)
    except UsageError as error:  # a mistyped --data-dir: said, not made (and found "OK")
        findings.append(Finding.fix(str(error)))
        checks = [check_qt, check_fonts]  # the others would open a store there
    for check in checks:
        try:
            findings.extend(check(args))
        except Exception as error:  # a broken check is itself a finding, not a crash
            text = _("A check failed to run: {reason}")
            findings.append(Finding.fix(text.format(reason=error)))
    blocking = [finding for finding in findings if finding.blocking]
    if args.json:
        print_json(
            {
                "ok": not blocking,
                "findings": [
                    {
                        "ok": f.verdict is Verdict.OK,
                        "message": f.message,
                        **({"warning": True} if f.verdict is Verdict.WARN else {}),
                    }
                    for f in findings
                ],
            }
        )
    else:
        for finding in findings:
            print(f"{LABELS[finding.verdict]:6}{finding.message}")
    return 1 if blocking else 0
