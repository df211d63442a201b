"""Importing bundles the careful way: check them all, say what the merge would do, back up,
then merge.

Why: a bundle with a valid checksum can still carry deletions of everything (a crafted file,
or a laptop whose data went wrong). So before a merge the facilitator is told what it would
delete and which changes made on this laptop it would overwrite; above ASK_ABOVE such rows,
or when the bundle is dated well ahead of this laptop's clock and data, the merge waits for a
yes (the window asks; the CLI wants `--yes`). A verified backup is taken before anything is
merged, so even a merge said yes to can be undone with `restore`.

Many bundles at once (a USB stick from each facilitator): folders are searched for
`*.kbundle`, the same file named twice is read once, every bundle is checked before any is
merged, and all are merged in one transaction. Merging is idempotent and does not depend on
the order, so bundles already merged change nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kerinjing_desktop.core.bundle import (
    Bundle,
    BundleError,
    backup_and_merge,
    merge_all,
    not_merged,
    read_bundle,
)
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.clock import BEHIND_AFTER, STAMP, parse_stamp, wall_clock
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.integrity import explain
from kerinjing_desktop.core.store.sync import MergeReport

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
    """The files named, and the bundles in the folders named; each file once, in order."""
    found: list[Path] = []
    for name in map(Path, names):
        if name.is_dir():
            try:
                found.extend(sorted(p for p in name.iterdir() if p.suffix == SUFFIX))
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
