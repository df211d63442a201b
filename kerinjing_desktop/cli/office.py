"""The programme office's commands: `export --datapackage DIR` (hooked into `export`).

Everything an office command writes goes through core/office/publish.py (the privacy filter).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kerinjing_desktop.cli.common import CliError, store_from
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _


def published(args: argparse.Namespace, filters=None):
    from kerinjing_desktop.core.office.publish import publish
    from kerinjing_desktop.core.store.programme import read_programme

    store = store_from(args)
    try:
        return publish(read_programme(store), filters)
    finally:
        store.close()


def run_datapackage(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.office.datapackage import write_datapackage

    folder = Path(args.datapackage)
    if folder.exists() and not folder.is_dir():
        raise CliError(_("{path} is a file: give a folder for the data package.").format(
            path=folder))  # fmt: skip
    figures = published(args)
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        paths = write_datapackage(figures, folder, created)
    except OSError as error:
        raise CliError(
            _("Cannot write {path}: {reason}").format(path=folder, reason=os_reason(error)),
            status=1,
        ) from error
    for path in paths:
        print(path)
    return 0


def _date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise CliError(_("{option}: {value} is not a date (YYYY-MM-DD)").format(
            option=option, value=value)) from None  # fmt: skip


def run_print_programme(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.i18n import language
    from kerinjing_desktop.core.office.publish import Filters
    from kerinjing_desktop.reports.common import PrintOptions
    from kerinjing_desktop.reports.programme import build

    if args.event or args.names or args.template or args.blank_rows is not None:
        raise CliError(_("print programme takes --from, --to, --kabupaten, --paper and --out"))
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError(_("print programme makes a PDF; use a .pdf file name."))
    if not out.parent.exists():
        raise CliError(_("The folder {path} does not exist.").format(path=out.parent))
    filters = Filters(
        date_from=_date(args.date_from, "--from"),
        date_to=_date(args.date_to, "--to"),
        kabupaten=args.kabupaten,
    )
    figures = published(args, filters)
    try:
        build(figures, filters, out, PrintOptions(paper=args.paper, lang=language()))
    except OSError as error:
        raise CliError(
            _("Cannot write {path}: {reason}").format(path=out, reason=os_reason(error)), status=1
        ) from error
    print(out)
    return 0
