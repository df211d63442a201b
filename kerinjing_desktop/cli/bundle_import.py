"""`bundle import FILE|FOLDER...`: bundles merged one at a time, as the window's Collect does.

Why not one transaction for all: an office's stick holds a programme of 200 laptops, a
million rows. Held in memory, previewed and then merged again in one transaction, it took
minutes and gigabytes, and one bad file or a Ctrl+C threw all of it away. Here (through
core/bundle_plan.collect_bundles) each bundle is read, checked and merged in a savepoint of
its own, up to 10 sharing a transaction, after a verified backup taken before the first that
changes anything: a bundle is in the store whole or not at all, whatever stops the command (a
refused file, Ctrl+C, a kill, a power cut; a kill loses the open transaction's bundles whole,
even those already printed).

- Progress, one line per bundle, goes to stderr; the sums and the conflicts to stdout.
- A refused bundle is named and the others are merged; the exit status is then 2.
- A bundle that would delete or overwrite more than ASK_ABOVE rows here, or is dated far
  ahead, is held back (rolled back) unless `--yes`; the exit status is then 1.
- Ctrl+C lets the bundle being merged finish, then stops (exit status 130); a second Ctrl+C
  stops at once, rolling that bundle back and committing those before it. Running the same
  command again merges the rest (bundles already merged change nothing).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.cli.common import CliError, store_from
from kerinjing_desktop.core.i18n import _, ngettext

if TYPE_CHECKING:
    from kerinjing_desktop.core.bundle_plan import Collected
    from kerinjing_desktop.core.store.merge_keys import MergeReport


class _StopAfterThisBundle:
    """SIGINT while bundles merge: the first asks to stop between bundles, a second one
    interrupts as Python does (KeyboardInterrupt, the bundle under way rolled back)."""

    def __init__(self) -> None:
        self.asked = False
        self._before: signal.Handlers | Callable | int | None = None
        self._installed = False

    def __enter__(self) -> _StopAfterThisBundle:
        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGINT, self._ask)
            self._installed = True
        return self

    def __exit__(self, *_exc) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._before or signal.default_int_handler)

    def _ask(self, _signum, _frame) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, signal.default_int_handler)
        print(_("Stopping after the bundle being merged (Ctrl+C again stops at once)."),
              file=sys.stderr, flush=True)  # fmt: skip


def _said(collected: Collected) -> str:
    report = collected.report
    if report is None:
        return collected.refused
    said = _("{file}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged.")
    return said.format(file=collected.path.name, added=report.added, updated=report.updated,
                       deleted=report.deleted, same=report.unchanged)  # fmt: skip


def _progress(done: int, total: int, collected: Collected) -> None:
    print(f"[{done}/{total}] {_said(collected)}", file=sys.stderr, flush=True)


def _sum(outcomes: list[Collected]) -> MergeReport:
    from kerinjing_desktop.core.store.merge_keys import MergeReport

    total = MergeReport()
    for collected in outcomes:
        if collected.report is not None:
            total.added += collected.report.added
            total.updated += collected.report.updated
            total.deleted += collected.report.deleted
            total.unchanged += collected.report.unchanged
            total.conflicts.extend(collected.report.conflicts)
    return total


def run_bundle_import(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.bundle import BundleError
    from kerinjing_desktop.core.bundle_plan import ASK_ABOVE, bundle_files, collect_bundles

    names = [Path(name) for name in args.files]
    store = store_from(args)
    try:
        total = len(bundle_files(names))
        with _StopAfterThisBundle() as stop:
            outcomes = collect_bundles(
                store, names, progress=_progress, cancelled=lambda: stop.asked, yes=args.yes
            )
    except BundleError as error:
        raise CliError(str(error), status=2) from error
    finally:
        store.close()
    report = _sum(outcomes)
    print(
        _("Merged: {added} added, {updated} updated, {deleted} deleted, {same} unchanged.").format(
            added=report.added, updated=report.updated, deleted=report.deleted,
            same=report.unchanged,
        )
    )  # fmt: skip
    for conflict in report.conflicts:
        print(_("Conflict: {what}").format(what=conflict))
    merged = sum(collected.report is not None for collected in outcomes)
    refused = [c for c in outcomes if c.report is None and not c.held]
    held = [c for c in outcomes if c.held]
    if len(outcomes) < total:
        raise CliError(
            ngettext(
                "Stopped after {done} of {total} bundle ({merged} merged, each whole). Run the "
                "same command again to merge the rest.",
                "Stopped after {done} of {total} bundles ({merged} merged, each whole). Run the "
                "same command again to merge the rest.", total).format(
                done=len(outcomes), total=total, merged=merged),
            status=130,
        )  # fmt: skip
    if refused:
        raise CliError(
            ngettext(
                "{refused} of {total} bundle was not merged (named above); the other {merged} "
                "were.",
                "{refused} of {total} bundles were not merged (named above); the other {merged} "
                "were.", total).format(refused=len(refused), total=total, merged=merged),
            status=2,
        )  # fmt: skip
    if held:
        raise CliError(
            ngettext(
                "{held} of {total} bundle was held back: it would delete or overwrite more "
                "than {n} rows here, or is dated far ahead. Check it; to merge anyway, run the "
                "same command with --yes (a backup is taken first).",
                "{held} of {total} bundles were held back: each would delete or overwrite more "
                "than {n} rows here, or is dated far ahead. Check them; to merge anyway, run the "
                "same command with --yes (a backup is taken first).", total).format(
                held=len(held), total=total, n=ASK_ABOVE),
            status=1,
        )  # fmt: skip
    return 0
