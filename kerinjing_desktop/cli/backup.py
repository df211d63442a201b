"""`backup`, `backup list`, `restore FILE`, `bundle export`, `bundle import`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli.bundle_import import run_bundle_import
from kerinjing_desktop.cli.common import (
    CliError,
    add_json_flag,
    data_dir_from,
    event_from,
    print_json,
    store_from,
)
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import resolve_data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help=_("make a verified backup now"))
    backup.set_defaults(handler=run_backup)
    inner = backup.add_subparsers(dest="backup_command", metavar="list")
    listing = inner.add_parser("list", help=_("list the backups, newest first"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    restore = subparsers.add_parser("restore", help=_("replace the store with a backup file"))
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=run_restore)

    bundle = subparsers.add_parser("bundle", help=_("move data between laptops"))
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="export|import")
    bundle_sub.required = True
    export = bundle_sub.add_parser("export", help=_("write a bundle file"))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--event", metavar="ID")
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help=_("also carry notes and commitments marked sensitive"),
    )
    export.set_defaults(handler=run_bundle_export)
    load = bundle_sub.add_parser(
        "import", help=_("merge bundle files (or folders of them) into this store")
    )
    load.add_argument("files", metavar="FILE|FOLDER", nargs="+")
    load.add_argument(
        "--yes",
        action="store_true",
        help=_("merge even when it deletes or overwrites many rows here"),
    )
    load.set_defaults(handler=run_bundle_import)  # one bundle at a time (bundle_import.py)


def run_backup(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.store.backup import BackupError, make_backup

    data_dir = resolve_data_dir(args.data_dir)
    store = store_from(args)
    try:
        info = make_backup(store, data_dir)
    except BackupError as error:
        raise CliError(str(error), status=1) from error
    finally:
        store.close()
    print(info.path)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.store.backup import list_backups

    backups = list_backups(data_dir_from(args))
    if args.json:
        print_json(
            [
                {"file": str(b.path), "taken_at": b.taken_at.isoformat(), "size": b.size}
                for b in backups
            ]
        )
        return 0
    if not backups:
        print(_("No backups yet."))
    for info in backups:
        when = info.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        print(f"{when}  {info.size // 1024:>6} KB  {info.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.paths import ensure_private_dir
    from kerinjing_desktop.core.store import StoreError, dirlock
    from kerinjing_desktop.core.store.connection import OWNER_WAIT_SECONDS
    from kerinjing_desktop.core.store.restore import restore_backup

    data_dir = resolve_data_dir(args.data_dir)
    try:
        ensure_private_dir(data_dir)
        # Held from the check to the first open: no other program may slip in between.
        with dirlock.acquire(data_dir, "restore", wait=OWNER_WAIT_SECONDS):
            moved = restore_backup(data_dir, Path(args.file))
            store_from(args).close()  # proves the restored store opens (and migrates it)
    except StoreError as error:  # refused, busy (another program has the data), damaged
        raise CliError(str(error), status=2) from error
    if moved is not None:
        print(_("The previous store was kept as {path}.").format(path=moved))
    print(_("Restored {file}.").format(file=args.file))
    return 0


def run_bundle_export(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.bundle import BundleError, export_bundle

    store = store_from(args)
    try:
        event_id = event_from(store, args.event).id if args.event else None
        summary = export_bundle(store, Path(args.out), event_id, args.include_sensitive)
    except BundleError as error:
        raise CliError(str(error), status=2) from error
    finally:
        store.close()
    print(summary.describe(args.out))
    return 0
