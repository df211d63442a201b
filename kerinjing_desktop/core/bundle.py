"""Bundles: one file to carry data between laptops, checked whole before anything is merged.

A bundle is a SQLite file (see core/store/sync.py) whose manifest holds a SHA-256 over the
manifest and every row and deletion in a canonical order. A truncated, damaged or edited file
fails the check and is refused whole: nothing of it is merged.

The checksum only catches accidents: anyone can write a bundle with a valid one. So every
row is also checked the way the store will use it (JSON object, known table and columns,
the right types, stamps that look like stamps and are not dated after the bundle itself),
and a file over MAX_BYTES is not even opened. What a valid bundle would delete or overwrite
is shown before it is merged (plan_import below), after a verified backup.

Format 2 adds the exporter's clock (`clock`) to the manifest and the signing keys to the
rows; format 1 bundles (before certificates were signed) still import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kerinjing_desktop import __version__
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.bundle_check import shape_problem, validate
from kerinjing_desktop.core.store.clock import BEHIND_AFTER, STAMP, parse_stamp, wall_clock
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import explain, looks_like_sqlite
from kerinjing_desktop.core.store.merge_batch import larger_cache
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


def _backup_first(store: Store) -> None:
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
    _backup_first(store)
    try:
        with store.transaction():
            return merge_all(store, bundles, advance_clock=True)
    except sqlite3.Error as error:
        raise not_merged(bundles, error) from error


def import_bundle(store: Store, path: Path) -> MergeReport:
    """Check one bundle, take a verified backup, merge it in one transaction (all of it or
    nothing), without asking: callers that face a person use merge_plan, which says what the
    merge would delete first."""
    return backup_and_merge(store, [Bundle(Path(path), *read_bundle(path))])


# --- importing as a person does it: check all, say what it would do, back up, merge ---
# Importing bundles the careful way: check them all, say what the merge would do, back up,
# then merge.
#
# Why: a bundle with a valid checksum can still carry deletions of everything (a crafted file,
# or a laptop whose data went wrong). So before a merge the facilitator is told what it would
# delete and which changes made on this laptop it would overwrite; above ASK_ABOVE such rows,
# or when the bundle is dated well ahead of this laptop's clock and data, the merge waits for a
# yes (the window asks; the CLI wants `--yes`). A verified backup is taken before anything is
# merged, so even a merge said yes to can be undone with `restore`.
#
# Many bundles at once (a USB stick from each facilitator): folders are searched for
# `*.kbundle`, the same file named twice is read once, every bundle is checked before any is
# merged, and all are merged in one transaction. Merging is idempotent and does not depend on
# the order, so bundles already merged change nothing.

# What each table holds, in the words shown before a merge.
TABLE_WORDS = {
    "events": N_("events"),
    "people": N_("people"),
    "registrations": N_("participants"),
    "questions": N_("questions"),
    "scores": N_("scores"),
    "notes": N_("notes"),
    "commitments": N_("commitments"),
    "certificates": N_("certificates"),
    "photos": N_("photos"),
    "signing_keys": N_("laptop keys"),
}
ASK_ABOVE = 10  # rows deleted, or changes made here overwritten, before the merge asks
SUFFIX = ".kbundle"


@dataclass
class Plan:
    bundles: list[Bundle]
    report: MergeReport = field(default_factory=MergeReport)  # what merging would do
    ahead: dt.timedelta | None = None  # the newest bundle's clock past this laptop's

    @property
    def losses(self) -> int:
        return self.report.deleted + self.report.replaced_here

    @property
    def needs_confirmation(self) -> bool:
        return self.losses > ASK_ABOVE or self.ahead is not None

    def describe(self) -> list[str]:
        """What the merge would do, in words (shown before it is done)."""
        r = self.report
        lines = [
            _("Bundles: {count}; rows to add: {added}, to update: {updated}.").format(
                count=len(self.bundles), added=r.added, updated=r.updated
            )
        ]
        if r.deleted:
            kinds = ", ".join(
                f"{_(TABLE_WORDS.get(table, table))} {n}"
                for table, n in sorted(r.deleted_rows.items())
            )
            lines.append(
                _("It would DELETE {count} rows here ({kinds}), and what belongs to them.").format(
                    count=r.deleted, kinds=kinds
                )
            )
        if r.replaced_here:
            lines.append(
                _("It would overwrite {count} changes made on this laptop.").format(
                    count=r.replaced_here
                )
            )
        if self.ahead is not None:
            lines.append(
                _(
                    "A bundle is dated {days} days ahead of this laptop's clock and data: "
                    "check the date on both laptops."
                ).format(days=self.ahead.days)
            )
        return lines


def bundle_files(names: list[Path]) -> list[Path]:
    """The files named, and the bundle files in the folders named; each file once, in order.
    A folder inside a named folder is never a bundle, whatever its name ends with."""
    found: list[Path] = []
    for name in map(Path, names):
        if name.is_dir():
            try:
                found.extend(
                    sorted(p for p in name.iterdir() if p.suffix == SUFFIX and not p.is_dir())
                )
            except OSError as error:
                raise BundleError(
                    _("Cannot read the folder {path}: {reason}").format(
                        path=name, reason=explain(error)
                    )
                ) from error
        else:
            found.append(name)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    if not unique:
        raise BundleError(_("No bundle (*.kbundle) found in {names}.").format(
            names=", ".join(map(str, names))))  # fmt: skip
    return list(unique.values())


def _ahead(store: Store, bundles: list[Bundle]) -> dt.timedelta | None:
    clocks = [b.manifest.get("clock", "") for b in bundles]
    clocks = [c for c in clocks if STAMP.match(c)]
    if not clocks:
        return None
    newest = parse_stamp(max(clocks))
    here = max(wall_clock(), store.clock.latest())
    gap = newest - here
    return gap if gap > BEHIND_AFTER else None


class _Preview(Exception):
    """Raised inside the transaction to roll the preview back."""


def plan_import(store: Store, names: list[Path]) -> Plan:
    """Check every bundle and work out what merging them would do; nothing is changed."""
    bundles = [Bundle(path, *read_bundle(path)) for path in bundle_files(names)]
    plan = Plan(bundles, ahead=_ahead(store, bundles))
    try:
        with store.transaction():
            plan.report = merge_all(store, bundles, advance_clock=False)
            raise _Preview
    except _Preview:
        pass
    except sqlite3.Error as error:
        raise not_merged(bundles, error) from error
    return plan


def carry_out(store: Store, plan: Plan) -> MergeReport:
    """Back up (verified), then merge every bundle of the plan in one transaction."""
    return backup_and_merge(store, plan.bundles)


# --- collecting at an office: many bundles, each merged whole on its own ---
# Why not the careful import above: a programme of 200 laptops is a million rows; holding every
# bundle in memory, merging all as a preview and then again would take minutes and gigabytes.
# Here each bundle is read, checked and merged in a transaction of its own, one at a time,
# after one verified backup. The careful rule stays: a bundle that would delete or overwrite
# more than ASK_ABOVE rows here, or is dated far ahead, is rolled back and held, to be
# imported alone where the merge says what it would do (unless `yes`).


@dataclass(frozen=True)
class Collected:
    """What one bundle of a collection did: its merge report, or why nothing of it was
    merged (refused, or held back)."""

    path: Path
    report: MergeReport | None = None
    refused: str = ""


class _Held(Exception):
    """Raised inside a bundle's transaction to roll back a merge that must be asked about."""


def _collect_one(store: Store, path: Path, yes: bool) -> Collected:
    try:
        bundle = Bundle(path, *read_bundle(path))
    except BundleError as error:
        return Collected(path, refused=str(error))
    held = _("The bundle {file} was held back, nothing of it was merged: {reason}")
    if not yes and _ahead(store, [bundle]) is not None:
        reason = _("it is dated more than a day ahead of this computer's clock and data")
        return Collected(path, refused=held.format(file=path, reason=reason))
    try:
        # The clock moves past what is merged (and past a held bundle's stamps, which were
        # checked not to be far ahead: a later edit here is then simply later).
        with store.transaction():
            report = merge(store, bundle.rows, bundle.deletions)
            if not yes and report.deleted + report.replaced_here > ASK_ABOVE:
                raise _Held
    except _Held:
        reason = _(
            "it would delete {deleted} rows here and overwrite {replaced} changes made here; "
            "import it on its own to see what and decide"
        ).format(deleted=report.deleted, replaced=report.replaced_here)
        return Collected(path, refused=held.format(file=path, reason=reason))
    except sqlite3.Error as error:
        return Collected(path, refused=str(not_merged([bundle], error)))
    return Collected(path, report)


def collect_bundles(
    store: Store,
    names: list[Path],
    progress: Callable[[int, int, Collected], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    yes: bool = False,
) -> list[Collected]:
    """Back up (verified), then merge the bundles found in `names` one at a time, each whole
    or not at all. `cancelled()` is asked before each bundle (those merged stay merged);
    `progress(done, total, collected)` is told after each."""
    paths = bundle_files(names)
    _backup_first(store)
    outcomes: list[Collected] = []
    with larger_cache(store):
        for path in paths:
            if cancelled is not None and cancelled():
                break
            outcomes.append(_collect_one(store, path, yes))
            if progress is not None:
                progress(len(outcomes), len(paths), outcomes[-1])
    return outcomes
