"""Bundles: one file to carry data between laptops, checked whole before anything is merged.

A bundle is a SQLite file (see core/store/sync.py) whose manifest holds a SHA-256 over the
manifest and every row and deletion in a canonical order. A truncated, damaged or edited file
fails the check and is refused whole: nothing of it is merged.

The checksum only catches accidents: anyone can write a bundle with a valid one. So every
row is also checked the way the store will use it (JSON object, known table and columns,
the right types, stamps that look like stamps and are not dated after the bundle itself),
and a file over MAX_BYTES is not even opened. What a valid bundle would delete or overwrite
is shown before it is merged (plan_import, core/bundle_plan.py), after a verified backup.

Format 2 adds the exporter's clock (`clock`) to the manifest and the signing keys to the
rows; format 1 bundles (before certificates were signed) still import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop import __version__
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.store.bundle_check import shape_problem, validate
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import explain, looks_like_sqlite
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION
from kerinjing_desktop.core.store.sync import (
    MergeReport,
    collect,
    merge,
    read_bundle_file,
    write_bundle_file,
)

FORMAT = "kerinjing-bundle"
FORMAT_VERSION = "2"
READABLE_VERSIONS = ("1", "2")
# A whole programme (hundreds of events) is a few MB; anything near this is not a bundle.
MAX_BYTES = 128 * 1024 * 1024


class BundleError(Exception):
    """The bundle cannot be written or read; nothing was merged. The message says why."""


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    deletions: int
    checksum: str

    def describe(self, file: object) -> str:
        """ "Wrote FILE: 3 rows, 1 deletion." (the CLI and the Backups page say the same)."""
        return _("Wrote {file}: {rows}, {deletions}.").format(
            file=file,
            rows=ngettext("{n} row", "{n} rows", self.rows).format(n=self.rows),
            deletions=ngettext("{n} deletion", "{n} deletions", self.deletions).format(
                n=self.deletions
            ),
        )


def _digest(manifest: dict[str, str], rows: Iterable[tuple[str, str, str]], deletions) -> str:
    digest = hashlib.sha256()
    for key, value in sorted(manifest.items()):
        if key != "sha256":
            digest.update(f"m\t{key}\t{value}\n".encode())
    for table, row_id, data in sorted(rows):
        digest.update(f"r\t{table}\t{row_id}\t{data}\n".encode())
    for deletion in sorted(tuple(d) for d in deletions):
        digest.update(("d\t" + "\t".join(deletion) + "\n").encode())
    return digest.hexdigest()


def export_bundle(
    store: Store, out: Path, event_id: str | None = None, include_sensitive: bool = False
) -> ExportSummary:
    """Write the store (or one event) to `out` (0600); sensitive notes only when asked."""
    tables, deletions = collect(store, event_id, include_sensitive)
    rows = [
        (table, str(row["id"]), json.dumps(row, ensure_ascii=False, sort_keys=True))
        for table, table_rows in tables.items()
        for row in table_rows
    ]
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": str(SCHEMA_VERSION),
        "app_version": __version__,
        "device_id": store.device_id,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "clock": store.stamp(),  # no row in the bundle is stamped later than this
        "event_id": event_id or "",
        "include_sensitive": "1" if include_sensitive else "0",
        "rows": str(len(rows)),
    }
    manifest["sha256"] = _digest(manifest, rows, deletions)
    out = Path(out)
    try:
        with atomic_path(out) as partial:
            write_bundle_file(partial, manifest, tables, deletions)
    except (OSError, sqlite3.Error) as error:
        raise BundleError(
            _("The bundle {file} was not written: {reason}").format(file=out, reason=explain(error))
        ) from error
    return ExportSummary(len(rows), len(deletions), manifest["sha256"])


def read_bundle(path: Path) -> tuple[dict[str, str], list[tuple[str, dict]], list]:
    """Check a bundle whole and return (manifest, rows, deletions); BundleError if bad."""
    path = Path(path)
    refused = _("The bundle {file} was refused, nothing was merged: {reason}")

    def refuse(reason: str) -> BundleError:
        return BundleError(refused.format(file=path, reason=reason))

    if path.is_dir():
        raise refuse(_("it is a folder, not a bundle file"))
    if not path.is_file():
        raise refuse(_("the file does not exist"))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise refuse(explain(error)) from error
    if size > MAX_BYTES:
        raise refuse(
            _("it is {size} MB, more than a bundle may weigh ({cap} MB)").format(
                size=size // (1024 * 1024), cap=MAX_BYTES // (1024 * 1024)
            )
        )
    if not looks_like_sqlite(path):
        raise refuse(_("it is not a Kerinjing bundle"))
    try:
        manifest, rows, deletions = read_bundle_file(path)
    except sqlite3.Error as error:
        raise refuse(_("it is damaged or truncated ({reason})").format(reason=error)) from error
    if manifest.get("format") != FORMAT:
        raise refuse(_("it is not a Kerinjing bundle"))
    problem = shape_problem(manifest, rows, deletions)
    if problem:
        raise refuse(problem)
    if manifest.get("sha256") != _digest(manifest, rows, deletions):
        raise refuse(_("its checksum does not match (changed or damaged on the way)"))
    try:
        schema = int(manifest.get("schema_version", "0"))
    except ValueError:
        schema = 0
    if schema > SCHEMA_VERSION or manifest.get("format_version") not in READABLE_VERSIONS:
        raise refuse(_("it was made by a newer Kerinjing Desktop"))
    parsed: list[tuple[str, dict]] = []
    problem = validate(manifest, rows, deletions, parsed)
    if problem:
        raise refuse(problem)
    return manifest, parsed, [tuple(d) for d in deletions]


@dataclass
class Bundle:
    """One checked bundle, ready to merge."""

    path: Path
    manifest: dict[str, str]
    rows: list
    deletions: list


def merge_all(store: Store, bundles: list[Bundle], advance_clock: bool = True) -> MergeReport:
    """Merge the bundles one after the other (call inside a transaction); their reports summed."""
    total = MergeReport()
    for bundle in bundles:
        report = merge(store, bundle.rows, bundle.deletions, advance_clock)
        total.added += report.added
        total.updated += report.updated
        total.unchanged += report.unchanged
        total.replaced_here += report.replaced_here
        total.conflicts.extend(report.conflicts)
        total.deleted += report.deleted
        for table, count in report.deleted_rows.items():
            total.deleted_rows[table] = total.deleted_rows.get(table, 0) + count
    return total


def not_merged(bundles: list[Bundle], error: sqlite3.Error) -> BundleError:
    return BundleError(
        _("The bundle {file} was not merged, nothing changed: {reason}").format(
            file=", ".join(str(b.path) for b in bundles), reason=explain(error)
        )
    )


def backup_first(store: Store) -> None:
    """A verified backup before anything is merged; BundleError (nothing merged) without one."""
    if store.path is not None:
        from kerinjing_desktop.core.store.backup import BackupError, make_backup

        try:
            make_backup(store, store.path.parent)
        except BackupError as error:
            raise BundleError(
                _("Nothing was merged: the backup before merging failed. {reason}").format(
                    reason=error
                )
            ) from error


def backup_and_merge(store: Store, bundles: list[Bundle]) -> MergeReport:
    """A verified backup first (nothing is merged without one), then every bundle in one
    transaction: all of them or nothing."""
    backup_first(store)
    try:
        with store.transaction():
            return merge_all(store, bundles, advance_clock=True)
    except sqlite3.Error as error:
        raise not_merged(bundles, error) from error


def import_bundle(store: Store, path: Path) -> MergeReport:
    """Check one bundle, take a verified backup, merge it in one transaction (all of it or
    nothing), without asking: callers that face a person use plan_import
    (core/bundle_plan.py), which says what the merge would delete first."""
    return backup_and_merge(store, [Bundle(Path(path), *read_bundle(path))])
