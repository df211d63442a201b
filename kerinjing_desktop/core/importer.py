"""Read a participant list (CSV or XLSX) into validated people, listing every bad row.

Facilitators bring lists from Excel in the Indonesian locale (CSV with `;`, Windows-1252),
from Google Sheets (CSV with `,`, UTF-8, or .xlsx) or typed by a village secretary. Nothing
is stored here: the caller previews the result and imports all rows or none (CLI.md).
Row numbers are the ones Excel shows (header = row 1), so a facilitator can find each problem.
Any input gives an ImportResult or an ImportFileError with a translated message, never a
traceback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kerinjing_desktop.core import tabular
from kerinjing_desktop.core.domain import (
    PersonInput,
    ValidationError,
    clean_text,
    name_key,
    parse_group,
    validate_person,
)
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.tabular import ImportFileError as ImportFileError  # re-exported

HEADER_ALIASES = {
    "name": ("Nama", "Nama Lengkap", "Nama Peserta", "Name", "Full name"),
    "gender": ("L/P", "JK", "Jenis Kelamin", "Kelamin", "Gender", "Sex"),
    "age": ("Umur", "Usia", "Age"),
    "group": ("Kelompok", "Kelompok/Instansi", "Instansi", "Unsur", "Group"),
    "phone": (
        "No HP", "No. HP", "Nomor HP", "HP", "Telepon", "No Telp", "No Telepon", "Telp",
        "Phone", "Phone number", "WA", "No WA", "No HP/WA", "WhatsApp",
    ),
    "consent": (
        "Persetujuan", "Setuju", "Bersedia", "Bersedia disebut", "Izin", "Consent", "Agrees",
        "Agreed",
    ),
}  # fmt: skip
# What a secretary writes in a consent column; empty means "the event's default".
CONSENT_YES = {"ya", "y", "iya", "yes", "setuju", "bersedia", "boleh", "1", "true", "v", "✓", "ok"}
CONSENT_NO = {"tidak", "tdk", "t", "no", "n", "tidak setuju", "tidak bersedia", "tidak boleh",
              "menolak", "0", "false", "x", "✗"}  # fmt: skip
NUMBERING = {"", "no", "nomor", "nourut", "nomorurut"}  # the row-number column of every list
HEADER_SEARCH_ROWS = tabular.HEADER_SEARCH_ROWS


def _normalise(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


FIELD_BY_HEADER = {
    _normalise(alias): f for f, aliases in HEADER_ALIASES.items() for alias in aliases
}


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row number Excel shows (header = row 1)
    column: str  # the header as written in the file, or "" for a whole-row problem
    message: str  # translated reason

    def describe(self) -> str:
        """One translated line, for the CLI's stderr and the GUI's list."""
        if self.column:
            return _("Row {row}, column “{column}”: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return _("Row {row}: {message}").format(row=self.row, message=self.message)


@dataclass(frozen=True)
class ImportedRow:
    row: int
    person: PersonInput


@dataclass
class ImportResult:
    rows: list[ImportedRow]  # valid rows
    problems: list[RowProblem]  # every problem of every bad row
    columns: dict[str, str]  # our field -> header found in the file
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1252, utf-8+cp1252 (mixed) or xlsx
    delimiter: str | None  # None for xlsx
    ignored_columns: list[str] = field(default_factory=list)  # unknown or repeated headers
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (first row, later row)
    # rows imported with a change worth a look (an institution that is not one of the groups)
    notices: list[RowProblem] = field(default_factory=list)
    header_row: int = 1
    # consent for the rows whose consent cell is empty, or when the file has no such column
    default_consent: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def read_people_file(path: Path, default_consent: bool = False) -> ImportResult:
    """`default_consent`: for rows that do not say (the event's default, or the CLI flag)."""
    path = Path(path)
    table = tabular.read_file(path, _header_score)
    return _from_records(table, path.name, default_consent)


def read_people_bytes(data: bytes, filename: str, default_consent: bool = False) -> ImportResult:
    """Read a file's content; the name only picks messages (the content decides the format)."""
    return _from_records(
        tabular.read_bytes(data, filename, _header_score), filename, default_consent
    )


def _header_score(head: Sequence[Sequence[str]]) -> tuple[int, ...]:
    """More known columns in the header row is better, then a header nearer the top."""
    found = _find_header(head)
    return (len(found[1]), -found[0]) if found else (0, 0)


def _find_header(records: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    """(index, field -> column) of the first row that names a name column."""
    for index, record in enumerate(records):
        positions = _map_columns(record)[0]
        if "name" in positions:
            return index, positions
    return None


def _field_for(header: str) -> str | None:
    key = _normalise(header)
    # "Umur (tahun)", "Jenis Kelamin (L/P)": the part before the brackets names the column
    return FIELD_BY_HEADER.get(key) or FIELD_BY_HEADER.get(_normalise(header.split("(")[0]))


def _map_columns(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        found = _field_for(cell)
        if found and found not in positions:
            positions[found] = index
        elif _normalise(cell) not in NUMBERING:
            ignored.append(cell.strip())
    return positions, ignored


def _from_records(table: tabular.Table, filename: str, default_consent: bool) -> ImportResult:
    records = table.records
    found = _find_header(records[:HEADER_SEARCH_ROWS])
    if found is None:
        raise _no_name_column(records)
    header_index, positions = found
    header = [cell.strip() for cell in records[header_index]]
    result = ImportResult(
        rows=[],
        problems=[],
        columns={f: header[i] for f, i in sorted(positions.items(), key=lambda p: p[1])},
        encoding=table.encoding,
        delimiter=table.delimiter,
        ignored_columns=_map_columns(header)[1],
        header_row=header_index + 1,
        default_consent=default_consent,
    )
    first_seen: dict[tuple[str, str, int | None], int] = {}
    any_row = False
    for number, record in enumerate(records[header_index + 1 :], start=header_index + 2):
        values = {f: record[i].strip() if i < len(record) else "" for f, i in positions.items()}
        # Rows with nothing we import are skipped: blank lines, and the numbered empty rows of
        # a printed template ("17;;;;") that the secretary did not fill (a consent column may
        # come pre-filled on such a template).
        if not any(v for f, v in values.items() if f != "consent"):
            continue
        any_row = True
        person = _validate_row(number, values, result)
        if person is None:
            continue
        result.rows.append(ImportedRow(number, person))
        key = (name_key(person.name), person.gender, person.age)
        if key in first_seen:  # allowed (namesakes happen) but shown for a second look
            result.duplicates.append((first_seen[key], number))
        else:
            first_seen[key] = number
    if not any_row:
        raise ImportFileError(
            _("“{name}” has column names but no participant rows").format(name=filename)
        )
    return result


def _validate_row(number: int, values: dict[str, str], result: ImportResult) -> PersonInput | None:
    phone = values.get("phone", "")
    if re.fullmatch(r"8\d{8,11}", phone):  # a mobile number stored as a number lost its 0
        phone = "0" + phone
    group = values.get("group", "")
    if group.strip() and parse_group(group) is None:
        # A group the app does not know ("Kantor Camat", a club): kept as the village wrote
        # it, counted under "Lainnya" in the totals; the preview says so.
        result.notices.append(
            RowProblem(
                number,
                result.columns.get("group", ""),
                _("“{value}” is kept as written and counted under Lainnya").format(
                    value=clean_text(group)
                ),
            )
        )
    consent = _consent(values.get("consent", ""), result.default_consent)
    if consent is None:
        result.problems.append(
            RowProblem(
                number,
                result.columns["consent"],
                _("“{value}” is not Ya or Tidak (leave it empty for the event's default)").format(
                    value=clean_text(values["consent"])
                ),
            )
        )
    try:
        person = validate_person(
            values["name"],
            values.get("gender", ""),
            values.get("age", ""),
            group,
            phone,
            consent=bool(consent),
        )
        return person if consent is not None else None
    except ValidationError as error:
        for problem_field, message in error.problems:
            column = result.columns.get(problem_field, "")
            if problem_field == "gender" and not column:
                message = _("the file has no gender column (L/P or Jenis Kelamin)")
            result.problems.append(RowProblem(number, column, message))
        return None


def _consent(text: str, default: bool) -> bool | None:
    """Yes, no, the default for an empty cell, or None for something else."""
    folded = " ".join(text.casefold().split())
    if not folded:
        return default
    if folded in CONSENT_YES:
        return True
    if folded in CONSENT_NO:
        return False
    return None


def _no_name_column(records: list[list[str]]) -> ImportFileError:
    """The first row's cells are shown cleaned: a line break or a control character inside
    a cell (a stray quote, a binary file) would split the message or reach the terminal."""
    first = next((r for r in records if any(clean_text(c) for c in r)), [])
    shown = [f"“{clean_text(c)[:40]}”" for c in first if clean_text(c)][:8]
    return ImportFileError(
        _(
            "No name column found. The columns in the first row are: {columns}. The first row "
            "must hold the column names, e.g. Nama, L/P, Umur, Kelompok, No HP, separated by "
            "commas, semicolons or tabs."
        ).format(columns=", ".join(shown) or _("(none)"))
    )
