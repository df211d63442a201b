"""Read a participant list (CSV or XLSX) into validated people, listing every bad row.

Facilitators bring lists from Excel in the Indonesian locale (CSV with `;`, Windows-1252),
from Google Sheets (CSV with `,`, UTF-8, or .xlsx) or typed by a village secretary. Nothing
is stored here: the caller previews the result and imports all rows or none (CLI.md).
Row numbers are the ones Excel shows (header = row 1), so a facilitator can find each problem.
Any input gives an ImportResult or an ImportFileError with a translated message, never a
traceback.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kerinjing_desktop.core.domain import (
    PersonInput,
    ValidationError,
    clean_text,
    name_key,
    parse_group,
    validate_person,
)
from kerinjing_desktop.core.i18n import _

FIELDS = ("name", "gender", "age", "group", "phone")
HEADER_ALIASES = {
    "name": ("Nama", "Nama Lengkap", "Nama Peserta", "Name", "Full name"),
    "gender": ("L/P", "JK", "Jenis Kelamin", "Kelamin", "Gender", "Sex"),
    "age": ("Umur", "Usia", "Age"),
    "group": ("Kelompok", "Kelompok/Instansi", "Instansi", "Unsur", "Group"),
    "phone": (
        "No HP", "No. HP", "Nomor HP", "HP", "Telepon", "No Telp", "No Telepon", "Telp",
        "Phone", "Phone number", "WA", "No WA", "No HP/WA", "WhatsApp",
    ),
}  # fmt: skip
NUMBERING = {"", "no", "nomor", "nourut", "nomorurut"}  # the row-number column of every list
DELIMITERS = (";", ",", "\t")  # `;` first: Excel in the Indonesian locale writes it
HEADER_SEARCH_ROWS = 10  # a title such as "DAFTAR HADIR PESERTA" may sit above the header
MAX_FILE_BYTES = 50 * 1024 * 1024  # a list of a few thousand people is well under 1 MB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
ENCRYPTED_MARKER = "EncryptedPackage".encode("utf-16-le")  # the stream of an encrypted .xlsx
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z")
# A valid multi-byte UTF-8 sequence: if one is present next to invalid bytes, the file is UTF-8
# with a few Windows-1252 bytes pasted in, and decoding it all as cp1252 would garble it.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# cp1252 leaves five bytes undefined; map them as Latin-1 so decoding can never fail.
CP1252_TABLE = "".join(bytes([i]).decode("cp1252", "ignore") or chr(i) for i in range(256))


def _decode_cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", CP1252_TABLE)[0]


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _decode_cp1252(error.object[error.start : error.end]), error.end


codecs.register_error("kerinjing.cp1252", _cp1252_fallback)


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

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportFileError(Exception):
    """The file cannot be read as a participant list; the message is translated."""


def read_people_file(path: Path) -> ImportResult:
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFileError(_("“{path}” is a folder, not a file").format(path=path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                _("“{name}” is too large ({size} MB) for a participant list (at most {limit} MB)")
                .format(name=path.name, size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)
            )  # fmt: skip
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(_("File not found: {path}").format(path=path)) from error
    except PermissionError as error:
        raise ImportFileError(_("No permission to read “{path}”").format(path=path)) from error
    except OSError as error:
        raise ImportFileError(_("Could not read “{path}”").format(path=path)) from error
    return read_people_bytes(data, path.name)


def read_people_bytes(data: bytes, filename: str) -> ImportResult:
    """Read a file's content; the name only picks messages (the content decides the format)."""
    if not data.strip():
        raise ImportFileError(_("“{name}” is empty").format(name=filename))
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_MARKER in data:
            raise ImportFileError(_password_message(filename))
        raise ImportFileError(_xls_message(filename))
    if Path(filename).suffix.casefold() == ".xls":
        raise ImportFileError(_xls_message(filename))
    if data.startswith(b"PK\x03\x04"):
        return _from_records(_xlsx_records(data, filename), filename, "xlsx", None)
    text, encoding = _decode(data, filename)
    if not text.strip():
        raise ImportFileError(_("“{name}” is empty").format(name=filename))
    delimiter = None
    sep_line = re.match(r"sep=([;,\t|])\r?\n", text)  # Excel's hint line; Excel hides it
    if sep_line:
        delimiter, text = sep_line.group(1), text[sep_line.end() :]
    delimiter = delimiter or _sniff_delimiter(text)
    try:
        records = list(_reader(text, delimiter))
    except csv.Error as error:
        raise ImportFileError(
            _("“{name}” could not be read as CSV (near row {row}). Save it again from Excel or "
              "Google Sheets.").format(name=filename, row=_csv_error_row(text, delimiter))
        ) from error  # fmt: skip
    return _from_records(records, filename, encoding, delimiter)


def _xls_message(filename: str) -> str:
    return _(
        "“{name}” is an old Excel file (.xls). Open it in Excel, choose File › Save As, save it "
        "as Excel Workbook (.xlsx) or CSV, and import that file."
    ).format(name=filename)


def _password_message(filename: str) -> str:
    return _(
        "“{name}” is protected with a password. Open it in Excel, remove the password "
        "(File › Info › Protect Workbook), save it, and import it again."
    ).format(name=filename)


def _not_a_list(filename: str) -> ImportFileError:
    return ImportFileError(
        _(
            "“{name}” is not a CSV or Excel (.xlsx) file. Save the participant list from Excel "
            "or Google Sheets as .xlsx or CSV."
        ).format(name=filename)
    )


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    """Text and encoding; strict UTF-8 first, so Windows-1252 never garbles a UTF-8 file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text" (tab-separated)
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise _not_a_list(filename) from error
    if b"\x00" in data or data.startswith(BINARY_MAGIC):  # text files hold no NUL bytes
        raise _not_a_list(filename)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", "kerinjing.cp1252"), "utf-8+cp1252"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", "kerinjing.cp1252"), "utf-8+cp1252"
    return _decode_cp1252(data), "cp1252"


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most known columns (quotes respected)."""
    best, best_score = DELIMITERS[0], (-1, 0)
    for delimiter in DELIMITERS:
        try:
            head = list(islice(_reader(text, delimiter), HEADER_SEARCH_ROWS))
        except csv.Error:  # e.g. an unclosed quote: another delimiter may still do
            continue
        found = _find_header(head)
        score = (len(found[1]), -found[0]) if found else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _csv_error_row(text: str, delimiter: str) -> int:
    rows = _reader(text, delimiter)
    count = 0
    try:
        for _row in rows:
            count += 1
    except csv.Error:
        pass
    return count + 1


def _xlsx_records(data: bytes, filename: str) -> list[list[str]]:
    """The first worksheet's cells as text; any failure of openpyxl is a damaged file."""
    import openpyxl  # imported here: CSV users should not pay for it

    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it skips
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    raise ImportFileError(_("“{name}” has no worksheet").format(name=filename))
                sheet = book.worksheets[0]
                sheet.reset_dimensions()  # some writers store a wrong size; read what is there
                return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many types on damaged or foreign zips
        raise ImportFileError(
            _("“{name}” could not be opened as an Excel (.xlsx) file; it may be damaged. Open it "
              "in Excel or Google Sheets and save it again as .xlsx or CSV.").format(name=filename)
        ) from error  # fmt: skip


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 35.0 is age 35
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


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


def _from_records(
    records: list[list[str]], filename: str, encoding: str, delimiter: str | None
) -> ImportResult:
    found = _find_header(records[:HEADER_SEARCH_ROWS])
    if found is None:
        raise _no_name_column(records)
    header_index, positions = found
    header = [cell.strip() for cell in records[header_index]]
    result = ImportResult(
        rows=[],
        problems=[],
        columns={f: header[i] for f, i in sorted(positions.items(), key=lambda p: p[1])},
        encoding=encoding,
        delimiter=delimiter,
        ignored_columns=_map_columns(header)[1],
        header_row=header_index + 1,
    )
    first_seen: dict[tuple[str, str, int | None], int] = {}
    any_row = False
    for number, record in enumerate(records[header_index + 1 :], start=header_index + 2):
        values = {f: record[i].strip() if i < len(record) else "" for f, i in positions.items()}
        # Rows with nothing we import are skipped: blank lines, and the numbered empty rows of
        # a printed template ("17;;;;") that the secretary did not fill.
        if not any(values.values()):
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
        # A "Kelompok/Instansi" column often names an office ("Kantor Camat"): that is no
        # reason to refuse the person. They go to "Lainnya", and the preview says so.
        result.notices.append(
            RowProblem(
                number,
                result.columns.get("group", ""),
                _("“{value}” is not one of the groups; imported as Lainnya").format(
                    value=clean_text(group)
                ),
            )
        )
        group = "Lainnya"
    try:
        return validate_person(
            values["name"],
            values.get("gender", ""),
            values.get("age", ""),
            group,
            phone,
        )
    except ValidationError as error:
        for problem_field, message in error.problems:
            column = result.columns.get(problem_field, "")
            if problem_field == "gender" and not column:
                message = _("the file has no gender column (L/P or Jenis Kelamin)")
            result.problems.append(RowProblem(number, column, message))
        return None


def _no_name_column(records: list[list[str]]) -> ImportFileError:
    first = next((r for r in records if any(c.strip() for c in r)), [])
    shown = [f"“{c.strip()[:40]}”" for c in first if c.strip()][:8]
    return ImportFileError(
        _(
            "No name column found. The columns in the first row are: {columns}. The first row "
            "must hold the column names, e.g. Nama, L/P, Umur, Kelompok, No HP, separated by "
            "commas, semicolons or tabs."
        ).format(columns=", ".join(shown) or _("(none)"))
    )
