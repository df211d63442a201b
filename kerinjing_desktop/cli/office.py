"""The programme office's commands: `serve`, and `export --datapackage DIR` and
`print programme` (hooked into `export` and `print`).

Everything an office command writes goes through core/office/publish.py (the privacy filter).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kerinjing_desktop.cli.common import CliError, store_from
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _

PASSWORD_VARIABLE = "KERINJING_SERVE_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve", help=_("the office's read-only web view of the programme (Datasette)")
    )
    serve.add_argument(
        "--host", help=_("listen on this address too (asks for a password); else 127.0.0.1")
    )
    serve.add_argument("--port", type=int, default=None, help=_("port (default 8001)"))
    serve.set_defaults(handler=run_serve)


def _password(args: argparse.Namespace) -> str | None:
    import getpass
    import os
    import sys

    if not args.host:
        return None
    password = os.environ.get(PASSWORD_VARIABLE, "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(_("Password for the web view (user office): "))
    if len(password) < 8:
        raise CliError(
            _("--host needs a password of 8 characters or more (typed, or in {variable}); "
              "nothing was started.").format(variable=PASSWORD_VARIABLE)
        )  # fmt: skip
    return password


def run_serve(args: argparse.Namespace) -> int:

    from kerinjing_desktop.core.office.serve import DEFAULT_PORT, ServeError, available, prepare
    from kerinjing_desktop.core.paths import resolve_data_dir

    if not available():
        from kerinjing_desktop.core.office.serve import missing_message

        raise CliError(missing_message())
    port = args.port or DEFAULT_PORT
    if not 1 <= port <= 65535:
        raise CliError(_("--port must be between 1 and 65535"))
    password = _password(args)
    folder = resolve_data_dir(args.data_dir) / "office"
    try:
        plan = prepare(published(args), folder, args.host, port, password)
    except ServeError as error:
        raise CliError(str(error)) from error
    print(_("The web view is at {address} (Ctrl+C stops it).").format(address=plan.address),
          flush=True)  # fmt: skip
    return _run_datasette_here(plan.argv()[3:])


def _run_datasette_here(arguments: list[str]) -> int:
    """Datasette runs in this process, not in a child: whatever ends `serve` (Ctrl+C, the
    window's Stop, a kill -9 of the window's child, a crash) ends the web server with it. A
    child process outlived a killed `serve` and went on answering on the port."""
    import runpy

    saved = sys.argv
    sys.argv = ["datasette", *arguments]
    try:
        runpy.run_module("datasette", run_name="__main__", alter_sys=True)
    except SystemExit as stopped:  # click ends with SystemExit; uvicorn's SIGTERM: code 0
        return 0 if stopped.code in (0, None) else 1
    except KeyboardInterrupt:
        return 0
    finally:
        sys.argv = saved
    return 0


def published(args: argparse.Namespace, filters=None):
    """The privacy-filtered figures of the whole store (the office's reading commands). The
    store is opened trusting the damage check made on this very state of its file (see
    core/store/checked.py), so a damaged page met while reading is handled here."""
    import sqlite3

    from kerinjing_desktop.core.office.publish import publish
    from kerinjing_desktop.core.store.integrity import is_damage
    from kerinjing_desktop.core.store.programme import read_programme

    store = store_from(args, remembered=True)
    try:
        return publish(read_programme(store), filters)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        store.close()
        raise CliError(str(_damage_found(store, error))) from error
    finally:
        store.close()


def _damage_found(store, error: BaseException):
    """SQLITE_CORRUPT met while reading a store opened on a remembered check: the check is
    forgotten and the store opened again with the whole check, which refuses it as at any
    start (moved aside, the newest backup offered). Should the check find nothing, the
    reading's own finding is said."""
    from kerinjing_desktop.core.store import StoreError, open_store
    from kerinjing_desktop.core.store.checked import forget
    from kerinjing_desktop.core.store.integrity import explain

    if store.path is None:
        return StoreError(explain(error))
    forget(store.path)
    try:
        open_store(store.path.parent).close()
    except StoreError as refused:
        return refused
    return StoreError(explain(error))


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
