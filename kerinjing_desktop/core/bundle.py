"""Bundles: one file to carry data between laptops, checked whole before anything is merged.

A bundle is a SQLite file (see core/store/sync.py) whose manifest holds a SHA-256 over the
manifest and every row and deletion in a canonical order. A truncated, damaged or edited file
fails the check and is refused whole: nothing of it is merged.
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
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import explain, looks_like_sqlite
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION, SYNCED_TABLES
from kerinjing_desktop.core.store.sync import (
    MergeReport,
    collect,
    merge,
    read_bundle_file,
    write_bundle_file,
)

FORMAT = "kerinjing-bundle"
FORMAT_VERSION = "1"


class BundleError(Exception):
    """The bundle cannot be written or read; nothing was merged. The message says why."""


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    deletions: int
    checksum: str


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
    if not path.is_file():
        raise BundleError(refused.format(file=path, reason=_("the file does not exist")))
    if not looks_like_sqlite(path):
        raise BundleError(refused.format(file=path, reason=_("it is not a Kerinjing bundle")))
    try:
        manifest, rows, deletions = read_bundle_file(path)
    except sqlite3.Error as error:
        raise BundleError(
            refused.format(file=path, reason=_("it is damaged or truncated ({reason})").format(
                reason=error))
        ) from error  # fmt: skip
    if manifest.get("format") != FORMAT:
        raise BundleError(refused.format(file=path, reason=_("it is not a Kerinjing bundle")))
    if manifest.get("sha256") != _digest(manifest, rows, deletions):
        raise BundleError(
            refused.format(
                file=path, reason=_("its checksum does not match (changed or damaged on the way)")
            )
        )
    try:
        schema = int(manifest.get("schema_version", "0"))
    except ValueError:
        schema = 0
    if schema > SCHEMA_VERSION or manifest.get("format_version") != FORMAT_VERSION:
        raise BundleError(
            refused.format(file=path, reason=_("it was made by a newer Kerinjing Desktop"))
        )
    parsed: list[tuple[str, dict]] = []
    for table, row_id, data in rows:
        row = json.loads(data)
        if table not in SYNCED_TABLES or not isinstance(row, dict) or row.get("id") != row_id:
            raise BundleError(refused.format(file=path, reason=_("it holds unknown rows")))
        parsed.append((table, row))
    return manifest, parsed, [tuple(d) for d in deletions]


def import_bundle(store: Store, path: Path) -> MergeReport:
    """Merge a checked bundle into the store in one transaction (all of it or nothing)."""
    _manifest, rows, deletions = read_bundle(path)
    try:
        return merge(store, rows, deletions)
    except sqlite3.Error as error:
        raise BundleError(
            _("The bundle {file} was not merged, nothing changed: {reason}").format(
                file=path, reason=explain(error)
            )
        ) from error
