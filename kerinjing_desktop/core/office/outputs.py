"""The programme office's two outputs as the window makes them: the Laporan Program and the
data package, made by the very functions the commands use (`print programme`,
`export --datapackage`: cli/office.py) from the same privacy filter (publish.py).

The window's worker thread calls these with a connection of its own, opened beside the
window's (a reading connection takes no lock) and trusting the damage check made on this very
state of the file; a damaged page met while reading is said in the store's own words. The
filters of the report are those the command has: a period and a kabupaten. The Programme
step's facilitator filter is not one of them (the report would then be one facilitator's
without saying so on its first page), so `report_filters` leaves it out and the step says so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.office.publish import Filters, Published, publish
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.checked import forget
from kerinjing_desktop.core.store.integrity import explain, is_damage
from kerinjing_desktop.core.store.programme import read_programme


class OutputRefused(Exception):
    """What was asked cannot be made; the message is a whole sentence for the officer."""


@dataclass(frozen=True)
class ReportRequest:  # made by reports/programme.py: gui/pages/programme_outputs.make_report
    """One Laporan Program: what it covers, where it goes, on which paper, in which language."""

    filters: Filters
    out: Path
    paper: str = "a4"
    lang: str = "id"


def report_filters(chosen: Filters) -> Filters:
    """The step's filters as the report takes them (the command's: period and kabupaten);
    a date that is not one is refused in words before anything is read."""
    return Filters(
        date_from=_date(chosen.date_from, _("From")),
        date_to=_date(chosen.date_to, pgettext("end of a date range", "To")),
        kabupaten=chosen.kabupaten,
    )


def _date(value: str | None, label: str) -> str | None:
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise OutputRefused(
            _("{label}: {value} is not a date (YYYY-MM-DD); nothing was made.").format(
                label=label, value=value.strip())
        ) from None  # fmt: skip


def published_from(data_dir: Path | None, filters: Filters | None) -> Published:
    """The privacy-filtered figures, read through a connection of this thread's own."""
    store = open_store(data_dir, remembered=True)
    try:
        return publish(read_programme(store), filters)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        if store.path is not None:
            forget(store.path)  # the next opening checks the whole file again
        again = _(
            "Nothing was made. Close the window and start it again: the data is "
            "checked at the start, and the newest backup offered if it is damaged."
        )
        raise StoreError(f"{explain(error)} {again}") from error  # fmt: skip
    finally:
        store.close()


def check_package_folder(folder: Path) -> None:
    """Refuse a folder that is a file, as the command does."""
    if folder.exists() and not folder.is_dir():
        raise OutputRefused(
            _("{path} is a file: give a folder for the data package.").format(path=folder)
        )


def make_datapackage(data_dir: Path | None, folder: Path) -> list[Path]:
    """The whole programme's data package (no filter, as `export --datapackage`)."""
    from kerinjing_desktop.core.office.datapackage import write_datapackage

    check_package_folder(folder)
    figures = published_from(data_dir, None)
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return write_datapackage(figures, folder, created)
