"""`doctor`'s check of this laptop's clock against the data it holds.

A laptop whose clock is behind (a dead CMOS battery) still merges correctly, since every
change is stamped by the store's hybrid logical clock; but dates it prints and the backups'
names follow the wall clock, so the facilitator is told to set it.
"""

from __future__ import annotations

from pathlib import Path

from kerinjing_desktop.core.findings import Finding
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.clock import behind_message


def check_clock(data_dir: Path) -> list[Finding]:
    try:
        store = open_store(data_dir)
    except StoreError:
        return []  # check_store has said what is wrong with the store
    try:
        message = behind_message(store.clock)
    finally:
        store.close()
    if message:
        return [Finding.fix(message)]
    return [Finding.ok(_("This laptop's clock is not behind its data"))]
