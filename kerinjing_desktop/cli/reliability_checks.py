"""Doctor checks for the data's safety: recent verified backups, stores moved aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kerinjing_desktop.core.findings import Finding
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DB_NAME

STALE_DAYS = 7


def _has_events(data_dir: Path) -> bool:
    """Whether the store holds anything worth backing up (a fresh store does not)."""
    from kerinjing_desktop.core.store import StoreError, open_store
    from kerinjing_desktop.core.store.events import list_events

    if not (Path(data_dir) / DB_NAME).exists():
        return False
    try:
        store = open_store(data_dir)
    except StoreError:
        return False  # check_store reports a damaged store
    try:
        return bool(list_events(store))
    finally:
        store.close()


def check_backups(data_dir: Path) -> list[Finding]:
    from kerinjing_desktop.core.store.backup import list_backups, verify_file
    from kerinjing_desktop.core.store.recovery import damaged_files

    findings: list[Finding] = []
    for path in damaged_files(data_dir):
        text = _("A damaged store was kept aside as {path} (safe to archive).")
        findings.append(Finding.ok(text.format(path=path)))
    store_file = Path(data_dir) / DB_NAME
    backups = list_backups(data_dir)
    if not backups:
        if _has_events(data_dir):
            text = _(
                "No backup yet. Run: kerinjing-desktop backup (the app also makes one "
                "at every start)."
            )
            findings.append(Finding.fix(text))
        return findings
    newest = backups[0]
    problem = verify_file(newest.path)
    if problem:
        text = _("The newest backup is damaged: {reason}. Run: kerinjing-desktop backup")
        findings.append(Finding.fix(text.format(reason=problem)))
        return findings
    age = dt.datetime.now(dt.UTC) - newest.taken_at
    if age > dt.timedelta(days=STALE_DAYS) and store_file.exists():
        changed = dt.datetime.fromtimestamp(store_file.stat().st_mtime, dt.UTC)
        if changed > newest.taken_at:
            text = _("The newest backup is {days} days old. Run: kerinjing-desktop backup")
            findings.append(Finding.fix(text.format(days=age.days)))
            return findings
    text = _("Backups: {count}, newest {when}")
    when = newest.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    findings.append(Finding.ok(text.format(count=len(backups), when=when)))
    return findings


def check_restores(data_dir: Path) -> list[Finding]:
    """Every file a restore kept or left in the data dir, named (an unfinished one is a FIX:
    the store in use may lack what sits in it)."""
    from kerinjing_desktop.core.store import swap

    findings: list[Finding] = []
    for path in swap.leftovers(data_dir):
        if path.name.startswith(f"{DB_NAME}.{swap.ASIDE_LABEL}-"):
            text = _(
                "The store as it was before a restore is kept as {path}. "
                "To go back to it: kerinjing-desktop restore {path}"
            )
            findings.append(Finding.ok(text.format(path=path)))
        elif path.name.startswith(f"{DB_NAME}.{swap.UNUSED_LABEL}-"):
            text = _(
                "A copy made for a restore that never took place is kept "
                "as {path} (safe to delete)."
            )
            findings.append(Finding.ok(text.format(path=path)))
        else:
            text = _(
                "A restore was interrupted and is not finished: {path}. "
                "Close the window, then open the app or run any command "
                "to finish it."
            )
            findings.append(Finding.fix(text.format(path=path)))
    return findings


def check_holder(data_dir: Path) -> list[Finding]:
    """Which program has the data open for writing, if any (then commands that write wait)."""
    from kerinjing_desktop.core.store import dirlock

    found = dirlock.holder(data_dir)
    if found is None:
        return []
    text = _("The data is in use by {who}; commands that change data wait for it.")
    return [Finding.ok(text.format(who=found.describe()))]
