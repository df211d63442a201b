"""Export an event's participants, attendance, scores, notes and commitments as CSV or XLSX.

CSV: UTF-8 with a BOM and `;` between fields. Excel opens a double-clicked CSV with the
Windows *list separator*, which is `;` under Indonesian regional settings (where `,` is the
decimal comma); with `,` every row would land in one column. The BOM makes Excel read UTF-8.
Text that a spreadsheet would run as a formula (see `tabular.formula_like`: `=…`, `@…`, `+`
or `-` followed by more than a number) is neutralised (CSV/formula injection): in CSV with a
leading `'`, which the importers take off again; in XLSX the cell is text with Excel's own
"quote prefix" style, so the value itself is unchanged. A phone such as `+62…` or the absent
mark `-` is no formula and is written as it is, so an export reads back in unchanged.
Sensitive notes, and the names and phone numbers of people who gave no consent, are left out
unless `include_sensitive`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.dates import local_stamp
from kerinjing_desktop.core.domain import ROLE_LABELS
from kerinjing_desktop.core.files import atomic_open, write_bytes
from kerinjing_desktop.core.groups import group_name
from kerinjing_desktop.core.i18n import N_, _, language, pgettext
from kerinjing_desktop.core.kinds import CellState, NoteKind, TestKind
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.exports import score_rows
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.tabular import formula_like

CSV_DELIMITER = ";"
FORMATS = ("csv", "xlsx")


# The name of each sheet, and of its CSV file, in the export's language.
SHEET_NAMES = {
    "participants": N_("participants"),
    "attendance": N_("attendance"),
    "scores": N_("scores"),
    "notes": N_("notes"),
    "commitments": N_("commitments"),
}


# Stored values shown in words of the export's language.
TEST_NAMES: dict[str, str] = {TestKind.PRE: N_("Pre-test"), TestKind.POST: N_("Post-test")}
NOTE_KINDS: dict[str, str] = {NoteKind.FGD: N_("FGD note"), NoteKind.FINDING: N_("Finding"),
              NoteKind.OTHER: N_("Other note"), NoteKind.PRESURVEY: N_("Pre-survey")}  # fmt: skip


def _topic_titles() -> dict[str, str]:
    from kerinjing_desktop.core.fgd import fgd_topics  # reads the guide's file: only here

    return {topic.key: topic.title for topic in fgd_topics(language())}


@dataclass(frozen=True)
class Sheet:
    key: str  # one of SHEET_NAMES, whatever the language
    header: list[str]
    rows: list[list[object]]

    @property
    def name(self) -> str:
        """The sheet's (and the CSV file's) name in the current language."""
        return _(SHEET_NAMES[self.key])


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV)."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


def event_sheets(store: Store, event_id: str, include_sensitive: bool = False) -> list[Sheet]:
    people = list_participants(store, event_id)
    participants = Sheet(
        "participants",
        [
            _("code"),
            _("name"),
            _("gender"),
            _("age"),
            _("group"),
            _("village's group"),
            _("role"),
            _("phone"),
            _("consent"),
        ],
        [
            [
                p.code,
                p.name if (p.consent or include_sensitive) else "",
                p.gender,
                p.age,
                group_name(p.group),
                p.group_label,
                _(ROLE_LABELS.get(p.role, p.role)),
                p.phone if (p.consent or include_sensitive) else "",
                _("yes") if p.consent else _("no"),
            ]
            for p in people
        ],
    )
    attendance = Sheet(
        "attendance",
        [_("code"), _("present"), _("checked in at")],
        [
            [p.code, _("yes") if p.attended else _("no"), local_stamp(p.checked_in_at)]
            for p in people
        ],
    )
    raw = score_rows(store, event_id)
    numbers = sorted({line.question_number for line in raw})
    by_key: dict[tuple[str, str], dict[int, object]] = {}
    for line in raw:
        # what was written on the paper: the letter of a choice, the score of an open answer
        # (so that `scores import` reads the file back as it was entered)
        shown = (
            (line.answer or line.score)
            if line.state == CellState.SCORED
            else ("-" if line.state == CellState.ABSENT else "")
        )
        by_key.setdefault((line.code, line.test), {})[line.question_number] = shown
    scores = Sheet(
        "scores",
        [_("code"), _("test")] + [f"q{n}" for n in numbers],
        [
            [code, _(TEST_NAMES.get(test, test))] + [cells.get(n, "") for n in numbers]
            for (code, test), cells in by_key.items()
        ],
    )
    topics = _topic_titles()
    notes = Sheet(
        "notes",
        [_("kind"), _("topic"), _("note"), _("sensitive")],
        [
            [
                _(NOTE_KINDS.get(n.kind, n.kind)),
                topics.get(n.topic, n.topic),
                n.body,
                _("yes") if n.sensitive else _("no"),
            ]
            for n in list_notes(store, event_id, include_sensitive=include_sensitive)
        ],
    )
    commitments = Sheet(
        "commitments",
        [pgettext("row number column", "No."), _("commitment"), _("sensitive")],
        [
            [index, c.text, _("yes") if c.sensitive else _("no")]
            for index, c in enumerate(
                list_commitments(store, event_id, include_sensitive=include_sensitive), start=1
            )
        ],
    )
    return [participants, attendance, scores, notes, commitments]


def write_csv(sheets: Sequence[Sheet], folder: Path) -> list[Path]:
    """One CSV per sheet in `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for sheet in sheets:
        path = folder / f"{sheet.name}.csv"
        with atomic_open(path, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=CSV_DELIMITER, lineterminator="\r\n")
            writer.writerow([neutralise(h) for h in sheet.header])
            for row in sheet.rows:
                writer.writerow(["" if v is None else neutralise(v) for v in row])
        written.append(path)
    return written


def write_xlsx(sheets: Sequence[Sheet], path: Path) -> list[Path]:
    from openpyxl import Workbook  # imported here: only exports need it

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        ws.append(sheet.header)
        for row in sheet.rows:
            ws.append(row)
        for cells in ws.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever it starts with
                    if formula_like(cell.value):
                        cell.quotePrefix = True  # and stays text when someone edits it
        ws.freeze_panes = "A2"
    buffer = io.BytesIO()  # whole in memory first: a full disk never meets a half-built zip
    book.save(buffer)
    write_bytes(path, buffer.getvalue())
    return [path]


def export_event(
    store: Store, event_id: str, fmt: str, out: Path, include_sensitive: bool = False
) -> list[Path]:
    """CSV: `out` is a folder receiving one file per sheet; XLSX: `out` is the workbook."""
    sheets = event_sheets(store, event_id, include_sensitive)
    if fmt == "csv":
        return write_csv(sheets, out)
    if fmt == "xlsx":
        return write_xlsx(sheets, out)
    raise ValueError(fmt)
