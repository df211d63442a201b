"""Many bundles at once: the careful import a person makes, and an office's collection.

A person importing (the window's Import bundle, `bundle import`): every bundle is checked
before any is merged, the merge is worked out and rolled back to say what it would do, then
done in one transaction after a verified backup. Why: a bundle with a valid checksum can
still carry deletions of everything (a crafted file, or a laptop whose data went wrong). So
the facilitator is told what it would delete and which changes made on this laptop it would
overwrite; above ASK_ABOVE such rows, or when a bundle is dated well ahead of this laptop's
clock and data, the merge waits for a yes (the window asks; the CLI wants `--yes`). Even a
merge said yes to can be undone with `restore`.

An office collecting (the programme page, `bench programme`): a programme of 200 laptops is
a million rows; holding every bundle in memory and merging all twice would take minutes and
gigabytes. So each bundle is read, checked and merged on its own, one at a time, in a
savepoint: several share a transaction (core/store/collect_batch.py: one commit writes the
index pages they share once), each whole or not at all. One verified backup comes before the
first bundle that changes anything: collecting bundles already merged copies no store. The
careful rule stays: a bundle that would delete or overwrite more than ASK_ABOVE rows here,
or is dated far ahead, is rolled back and held, to be imported alone where the merge says
what it would do (unless `yes`).

Either way folders are searched for `*.kbundle` files, the same file named twice is read
once, and merging is idempotent and does not depend on the order, so bundles already merged
change nothing. One bundle's format, checks and merge are core/bundle.py's.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kerinjing_desktop.core.bundle import (
    Bundle,
    BundleError,
    backup_and_merge,
    backup_first,
    merge_all,
    not_merged,
    read_bundle,
)
from kerinjing_desktop.core.changes import EVERYTHING, writes
from kerinjing_desktop.core.i18n import N_, _, ngettext
from kerinjing_desktop.core.store.clock import BEHIND_AFTER, STAMP, parse_stamp, wall_clock
from kerinjing_desktop.core.store.collect_batch import Batch, changes
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import explain
from kerinjing_desktop.core.store.merge_batch import larger_cache
from kerinjing_desktop.core.store.sync import MergeReport, merge

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
                ngettext(
                    "It would DELETE {count} row here ({kinds}), and what belongs to it.",
                    "It would DELETE {count} rows here ({kinds}), and what belongs to them.",
                    r.deleted,
                ).format(count=r.deleted, kinds=kinds)
            )
        if r.replaced_here:
            lines.append(
                ngettext(
                    "It would overwrite {count} change made on this laptop.",
                    "It would overwrite {count} changes made on this laptop.",
                    r.replaced_here,
                ).format(count=r.replaced_here)
            )
        if self.ahead is not None:
            lines.append(
                ngettext(
                    "A bundle is dated {days} day ahead of this laptop's clock and data: "
                    "check the date on both laptops.",
                    "A bundle is dated {days} days ahead of this laptop's clock and data: "
                    "check the date on both laptops.",
                    self.ahead.days,
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


@writes(EVERYTHING)
def carry_out(store: Store, plan: Plan) -> MergeReport:
    """Back up (verified), then merge every bundle of the plan in one transaction."""
    return backup_and_merge(store, plan.bundles)


@dataclass(frozen=True)
class Collected:
    """What one bundle of a collection did: its merge report, or why nothing of it was
    merged (refused, or held back)."""

    path: Path
    report: MergeReport | None = None
    refused: str = ""
    held: bool = False  # refused only until asked: merged with `yes`


class _Held(Exception):
    """Raised inside a bundle's savepoint to roll back a merge that must be asked about."""


class _Unsaved(Exception):
    """Raised inside a bundle's savepoint to roll back a merge that would change the store
    before any backup was taken."""


_HELD = N_("The bundle {file} was held back, nothing of it was merged: {reason}")
_NOT_MERGED = N_("The bundle {file} was not merged, nothing changed: {reason}")


def _checked(store: Store, path: Path, yes: bool) -> Bundle | Collected:
    """The bundle read and checked, or why it is not merged (refused, or held back)."""
    try:
        bundle = Bundle(path, *read_bundle(path))
    except BundleError as error:
        return Collected(path, refused=str(error))
    if not yes and _ahead(store, [bundle]) is not None:
        reason = _("it is dated more than a day ahead of this computer's clock and data")
        return Collected(path, refused=_(_HELD).format(file=path, reason=reason), held=True)
    return bundle


def _merge_one(
    store: Store, batch: Batch, bundle: Bundle, yes: bool, backed_up: bool
) -> tuple[Collected, str]:
    """Merge one bundle in its savepoint of the batch: (what it did, and when SQLite refused
    it, why in words). _Unsaved (nothing merged) when it would change the store and no
    backup was taken yet."""
    path, before = bundle.path, changes(store)
    try:
        # The clock moves past what is merged (and past a held bundle's stamps, which were
        # checked not to be far ahead: a later edit here is then simply later).
        with batch.bundle(len(bundle.rows) + len(bundle.deletions)):
            report = merge(store, bundle.rows, bundle.deletions)
            if not yes and report.deleted + report.replaced_here > ASK_ABOVE:
                raise _Held
            if not backed_up and changes(store) != before:
                raise _Unsaved
    except _Held:
        reason = _(
            "it would delete {deleted} rows here and overwrite {replaced} changes made here; "
            "import it on its own to see what and decide"
        ).format(deleted=report.deleted, replaced=report.replaced_here)
        return Collected(path, refused=_(_HELD).format(file=path, reason=reason), held=True), ""
    except sqlite3.Error as error:
        return Collected(path, refused=str(not_merged([bundle], error))), explain(error)
    return Collected(path, report), ""


@writes(EVERYTHING)
def collect_bundles(
    store: Store,
    names: list[Path],
    progress: Callable[[int, int, Collected], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    yes: bool = False,
) -> list[Collected]:
    """Merge the bundles found in `names` one at a time, each whole or not at all, after a
    verified backup taken before the first that changes anything (bundles already merged
    change nothing: collecting them again copies no store). Several bundles share a
    transaction (core/store/collect_batch.py), each in a savepoint of its own.
    `cancelled()` is asked before each bundle (those merged stay merged); `progress(done,
    total, collected)` is told after each, and told again, as not merged, of those whose
    transaction then failed to commit."""
    paths = bundle_files(names)
    outcomes: list[Collected] = []
    batch = Batch(store)
    first = told = 0  # the first outcome of the open batch; the outcomes told so far
    backed_up = store.path is None

    def tell(index: int) -> None:
        if progress is not None:
            progress(index + 1, len(paths), outcomes[index])

    def undo(reason: str) -> None:
        """The open batch is not in the store: its merged bundles are not, told so again."""
        for index in range(first, len(outcomes)):
            if outcomes[index].report is not None:
                path = outcomes[index].path
                outcomes[index] = Collected(path, refused=_(_NOT_MERGED).format(
                    file=path, reason=reason))  # fmt: skip
                if index < told:
                    tell(index)

    def settle() -> None:
        nonlocal first
        try:
            batch.commit()
        except sqlite3.Error as error:
            undo(explain(error))
        first = len(outcomes)

    with larger_cache(store):
        try:
            for path in paths:
                if cancelled is not None and cancelled():
                    break
                checked = _checked(store, path, yes)
                if isinstance(checked, Bundle):
                    try:
                        outcome, failure = _merge_one(store, batch, checked, yes, backed_up)
                    except _Unsaved:
                        settle()  # what is merged so far changed nothing
                        backup_first(store)
                        backed_up = True
                        outcome, failure = _merge_one(store, batch, checked, yes, backed_up)
                    if batch.lost:  # SQLite rolled the whole transaction back
                        undo(failure)
                        settle()
                    checked = outcome
                outcomes.append(checked)
                if batch.full:
                    settle()  # the last bundle of a batch is told once in the store
                tell(len(outcomes) - 1)
                told += 1
        finally:
            settle()
    return outcomes
