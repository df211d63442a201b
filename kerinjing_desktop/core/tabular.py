"""One reader for every list a facilitator brings: CSV in any of its encodings, or XLSX.

Both importers (participants in core/importer.py, scores in core/score_import.py) read files
through here, so each file problem is handled once: Excel in the Indonesian locale writes
CSV with `;` and Windows-1252, Google Sheets writes `,` and UTF-8, Excel's "Unicode Text" is
UTF-16 with tabs, and Excel's `sep=;` first line names the delimiter (Excel hides it). The
delimiter is the one that splits the header into the most columns the caller recognises, so
a `;` inside a quoted header cell cannot fool it. Files larger than any list are refused
before they can cost minutes or gigabytes (see core/xlsx.py for crafted workbooks).

Any input gives a Table or an ImportFileError with a translated message, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from kerinjing_desktop.core import xlsx
from kerinjing_desktop.core.i18n import _

MAX_FILE_BYTES = 50 * 1024 * 1024  # a list of a few thousand people is well under 1 MB
MAX_ROWS = xlsx.MAX_ROWS
MAX_COLUMNS = xlsx.MAX_COLUMNS
DELIMITERS = (";", ",", "\t")  # `;` first: Excel in the Indonesian locale writes it
HEADER_SEARCH_ROWS = 10  # a title such as "DAFTAR HADIR PESERTA" may sit above the header
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
ENCRYPTED_MARKER = "EncryptedPackage".encode("utf-16-le")  # the stream of an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z")
SEP_LINE = re.compile(r"sep=([;,\t|])\r?\n")  # Excel's hint line, hidden when Excel opens it
# A valid multi-byte UTF-8 sequence: if one is present next to invalid bytes, the file is UTF-8
# with a few Windows-1252 bytes pasted in, and decoding it all as cp1252 would garble it.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# cp1252 leaves five bytes undefined; map them as Latin-1 so decoding can never fail.
CP1252_TABLE = "".join(bytes([i]).decode("cp1252", "ignore") or chr(i) for i in range(256))

# A plain number after + or -: a phone (+6281…), a negative number, or "-" (absent) alone
PLAIN_SIGNED = re.compile(r"[+-]\d+(?:[.,]\d+)?|-")
# How well a delimiter splits the first rows: higher is better (the caller knows its headers).
HeaderScore = Callable[[Sequence[Sequence[str]]], tuple[int, ...]]


class ImportFileError(Exception):
    """The file cannot be read as a list; the message is translated."""


@dataclass(frozen=True)
class Table:
    records: list[list[str]]  # row 1 of the file is records[0]
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1252, utf-8+cp1252 (mixed) or xlsx
    delimiter: str | None  # None for xlsx


def formula_like(text: str) -> bool:
    """Whether a spreadsheet would run `text` as a formula when it opens the file: it starts
    with `=` or `@` (or a tab or line break hiding one), or with `+`/`-` followed by more than
    a plain number. Our exports neutralise exactly these; the importers undo it."""
    if not text:
        return False
    if text[0] in "=@\t\r\n":
        return True
    return text[0] in "+-" and not PLAIN_SIGNED.fullmatch(text)


def _unneutralise(record: list[str]) -> list[str]:
    """Take off the `'` that an export put before a formula-like cell (see core/export.py)."""
    return [c[1:] if c.startswith("'") and formula_like(c[1:]) else c for c in record]


def _decode_cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", CP1252_TABLE)[0]


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _decode_cp1252(error.object[error.start : error.end]), error.end


codecs.register_error("kerinjing.cp1252", _cp1252_fallback)


def read_file(path: Path, header_score: HeaderScore) -> Table:
    """Read `path` (checked for size first); `header_score` picks the CSV delimiter."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFileError(_("“{path}” is a folder, not a file").format(path=path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                _("“{name}” is too large ({size} MB) for a list (at most {limit} MB)")
                .format(name=path.name, size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)
            )  # fmt: skip
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(_("File not found: {path}").format(path=path)) from error
    except PermissionError as error:
        raise ImportFileError(_("No permission to read “{path}”").format(path=path)) from error
    except OSError as error:
        raise ImportFileError(_("Could not read “{path}”").format(path=path)) from error
    return read_bytes(data, path.name, header_score)


def read_bytes(data: bytes, filename: str, header_score: HeaderScore) -> Table:
    """Read a file's content; the name only picks messages (the content decides the format)."""
    if not data.strip():
        raise ImportFileError(_("“{name}” is empty").format(name=filename))
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_MARKER in data:
            raise ImportFileError(_password_message(filename))
        raise ImportFileError(_xls_message(filename))
    if Path(filename).suffix.casefold() == ".xls":
        raise ImportFileError(_xls_message(filename))
    if data.startswith(ZIP_MAGIC):
        return Table(_xlsx_records(data, filename), "xlsx", None)
    text, encoding = decode(data, filename)
    if not text.strip():
        raise ImportFileError(_("“{name}” is empty").format(name=filename))
    delimiter = None
    sep_line = SEP_LINE.match(text)
    if sep_line:
        delimiter, text = sep_line.group(1), text[sep_line.end() :]
    delimiter = delimiter or sniff_delimiter(text, header_score)
    try:
        records = _bounded(_reader(text, delimiter), filename)
    except csv.Error as error:
        raise ImportFileError(
            _("“{name}” could not be read as CSV (near row {row}). Save it again from Excel or "
              "Google Sheets.").format(name=filename, row=_csv_error_row(text, delimiter))
        ) from error  # fmt: skip
    return Table(records, encoding, delimiter)


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
            "“{name}” is not a CSV or Excel (.xlsx) file. Save the list from Excel or Google "
            "Sheets as .xlsx or CSV."
        ).format(name=filename)
    )


def _too_large(filename: str, what: str, limit: int) -> ImportFileError:
    messages = {
        "rows": _("“{name}” has more than {limit} rows: that is not a list this app can import."),
        "columns": _(
            "“{name}” has values beyond column {limit}: that is not a list this app can import."
        ),
    }
    message = messages.get(what) or _(
        "“{name}” holds far more than any list (it may be made to exhaust the computer): "
        "it was not read."
    )
    return ImportFileError(message.format(name=filename, limit=f"{limit:,}".replace(",", ".")))


def decode(data: bytes, filename: str) -> tuple[str, str]:
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


def sniff_delimiter(text: str, header_score: HeaderScore) -> str:
    """The delimiter whose first rows score best (quotes respected); `;` on a tie."""
    best, best_score = DELIMITERS[0], None
    for delimiter in DELIMITERS:
        try:
            head = list(islice(_reader(text, delimiter), HEADER_SEARCH_ROWS))
        except csv.Error:  # e.g. an unclosed quote: another delimiter may still do
            continue
        score = header_score(head)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _bounded(rows: Iterator[list[str]], filename: str) -> list[list[str]]:
    """The rows, refused past the limits that also bound an XLSX file."""
    records: list[list[str]] = []
    for record in rows:
        if len(record) > MAX_COLUMNS and any(cell.strip() for cell in record[MAX_COLUMNS:]):
            raise _too_large(filename, "columns", MAX_COLUMNS)
        records.append(_unneutralise(record) if "'" in "".join(record) else record)
        if len(records) > MAX_ROWS and any(cell.strip() for cell in record):
            raise _too_large(filename, "rows", MAX_ROWS)
    return records


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
    """The first worksheet's cells as text; any failure to read it is a damaged file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return xlsx.read_rows(archive)
    except xlsx.XlsxLimit as error:
        raise _too_large(filename, error.what, error.limit) from error
    except xlsx.XlsxNoSheet as error:
        raise ImportFileError(_("“{name}” has no worksheet").format(name=filename)) from error
    except Exception as error:  # a broken zip or XML raises many types (zlib.error, …)
        raise ImportFileError(
            _("“{name}” could not be opened as an Excel (.xlsx) file; it may be damaged. Open it "
              "in Excel or Google Sheets and save it again as .xlsx or CSV.").format(name=filename)
        ) from error  # fmt: skip


def first_row_score(known: Callable[[str], bool]) -> HeaderScore:
    """A HeaderScore for a file whose header is its first non-empty row: the number of cells
    that `known` recognises (then the fewest leading empty rows)."""

    def score(head: Sequence[Sequence[str]]) -> tuple[int, ...]:
        for index, record in enumerate(head):
            if any(cell.strip() for cell in record):
                return (sum(1 for cell in record if known(cell.strip())), -index)
        return (0, 0)

    return score
