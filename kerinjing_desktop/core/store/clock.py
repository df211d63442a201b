"""A hybrid logical clock per store: the time every change is stamped with.

Village laptops' clocks are often wrong (a dead CMOS battery puts them years back). Stamping
edits with the wall clock alone would make such a laptop lose every merge and reject today's
bundles. The clock here never goes back: a stamp is the wall clock, or one millisecond past
the latest stamp this store has seen (its own edits and every merged row), whichever is later.
So a laptop whose clock says 2019 still takes today's bundles, and an edit made on it after
the merge still wins over what it merged. Stamps keep the ISO form of `now()` (UTC,
milliseconds, `Z`), so they sort as text and old stamps compare with new ones.

Not Qt, not thread-aware: the store it belongs to serialises its own writes.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable

from kerinjing_desktop.core.store.rows import value

# What a stamp looks like; anything else in a bundle is refused (core/bundle.py).
STAMP = re.compile(r"^(2\d{3})-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-6]\d(\.\d{1,6})?Z$")
# The wall clock is "behind the data" when the data holds stamps this far past it.
BEHIND_AFTER = dt.timedelta(days=1)


def format_stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class HybridClock:
    """`tick()` gives the next stamp; `seen(stamps)` moves the clock past stamps received.

    The high-water mark is read from the store on first use (the newest stamp it holds), so
    opening the store costs nothing and the clock survives a restart. `wall` is the wall
    clock it reads; tests set it to drive time themselves."""

    def __init__(
        self,
        high_water: Callable[[], str | None],
        wall: Callable[[], dt.datetime] = wall_clock,
    ):
        self._read_high_water = high_water
        self.wall = wall
        self._last: dt.datetime | None = None

    def latest(self) -> dt.datetime:
        """The newest stamp given or seen (without moving the clock)."""
        return self._latest()

    def _latest(self) -> dt.datetime:
        if self._last is None:
            found = self._read_high_water()
            self._last = parse_stamp(found) if found and STAMP.match(found) else dt.datetime.min
            self._last = self._last.replace(tzinfo=dt.UTC)
        return self._last

    def tick(self) -> str:
        now = self.wall().astimezone(dt.UTC)
        wall = now.replace(microsecond=now.microsecond // 1000 * 1000)
        latest = self._latest()
        stamp = wall if wall > latest else latest + dt.timedelta(milliseconds=1)
        self._last = stamp
        return format_stamp(stamp)

    def seen(self, stamps: Iterable[str]) -> None:
        """Move past every valid stamp received (a merge calls this with what it merged)."""
        latest = self._latest()
        for text in stamps:
            if isinstance(text, str) and STAMP.match(text):
                latest = max(latest, parse_stamp(text))
        self._last = latest

    def behind_by(self) -> dt.timedelta | None:
        """How far the wall clock is behind the newest stamp held, when that is over a day."""
        gap = self._latest() - self.wall()
        return gap if gap > BEHIND_AFTER else None


def behind_message(clock: HybridClock) -> str | None:
    """Words for the window and `doctor` when the wall clock is behind the data; else None."""
    gap = clock.behind_by()
    if gap is None:
        return None
    from kerinjing_desktop.core.i18n import ngettext

    return ngettext(
        "This laptop's clock is {days} day behind the data it holds (newest change {newest}). "
        "Set the date and time; merging still works correctly.",
        "This laptop's clock is {days} days behind the data it holds (newest change {newest}). "
        "Set the date and time; merging still works correctly.",
        gap.days,
    ).format(days=gap.days, newest=clock.latest().strftime("%Y-%m-%d"))


def read_high_water(conn: sqlite3.Connection, tables: Iterable[str]) -> str | None:
    """The newest `updated_at` (or deletion time) in the store: where the clock resumes."""
    parts = [f"SELECT max(updated_at) AS m FROM {table}" for table in tables]
    parts.append("SELECT max(deleted_at) AS m FROM deletions")
    try:
        found = value(conn, f"SELECT max(m) FROM ({' UNION ALL '.join(parts)})")
    except sqlite3.Error:
        return None  # an older schema (before tombstones): start from the wall clock
    return found if isinstance(found, str) else None
