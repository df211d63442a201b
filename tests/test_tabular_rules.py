"""The file reader's rules in the words a facilitator reads (English, the source language):
every refusal, each encoding it recognises by name, how the delimiter is chosen, which cells
lose the quote an export put before them, and the limits to the row."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kerinjing_desktop.core import tabular
from kerinjing_desktop.core.tabular import (
    ImportFileError,
    decode,
    first_row_score,
    formula_like,
    read_bytes,
    read_file,
    sniff_delimiter,
)

ANY_CELL = first_row_score(bool)  # a header is any row with text in it


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _refusal(data: bytes, name: str = "list.csv") -> str:
    with pytest.raises(ImportFileError) as raised:
        read_bytes(data, name, ANY_CELL)
    return str(raised.value)


# ------------------------------------------------------------------ refusals, in words


def test_an_empty_file_or_one_of_blanks_is_empty():
    assert _refusal(b"") == "“list.csv” is empty"
    assert _refusal(b" \r\n\t ") == "“list.csv” is empty"
    assert _refusal(b"\xff\xfe" + " \n".encode("utf-16-le"), "u.txt") == "“u.txt” is empty"


OLD_EXCEL = (
    "“{}” is an old Excel file (.xls). Open it in Excel, choose File › Save As, save it as "
    "Excel Workbook (.xlsx) or CSV, and import that file."
)
NOT_A_LIST = (
    "“{}” is not a CSV or Excel (.xlsx) file. Save the list from Excel or Google Sheets as "
    ".xlsx or CSV."
)


def test_old_excel_and_password_protected_workbooks_say_what_to_do():
    ole = tabular.OLE_MAGIC + b"\x00" * 500
    assert _refusal(ole, "data.xlsx") == OLD_EXCEL.format("data.xlsx")
    assert _refusal(ole + tabular.ENCRYPTED_MARKER, "data.xlsx") == (
        "“data.xlsx” is protected with a password. Open it in Excel, remove the password "
        "(File › Info › Protect Workbook), save it, and import it again."
    )
    # named .xls, whatever it holds: Excel would open it as an old workbook
    assert _refusal(b"Nama;L/P\nAni;P\n", "Daftar.XLS") == OLD_EXCEL.format("Daftar.XLS")
    assert read_bytes(b"Nama;L/P\n", "Daftar.xlsx.csv", ANY_CELL).records == [["Nama", "L/P"]]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n", b"\x89PNG\r\n", b"Nama;\x00L/P\n", b"\xff\xfe\x00\xd8", b"PK\x03\x04junk"],
    ids=["pdf", "png", "nul", "bad-utf16", "broken-zip"],
)
def test_other_files_are_not_a_list(data):
    expected = NOT_A_LIST.format("x.csv")
    if data.startswith(b"PK"):
        expected = (
            "“x.csv” could not be opened as an Excel (.xlsx) file; it may be damaged. Open it "
            "in Excel or Google Sheets and save it again as .xlsx or CSV."
        )
    assert _refusal(data, "x.csv") == expected


def test_a_cell_too_long_for_csv_names_the_row():
    data = b"Nama;L/P\nAni;P\n" + b"x" * 140_000 + b"\nBudi;L\n"
    assert _refusal(data) == (
        "“list.csv” could not be read as CSV (near row 3). Save it again from Excel or "
        "Google Sheets."
    )


def test_files_that_cannot_be_read_are_named(tmp_path, monkeypatch):
    with pytest.raises(ImportFileError) as raised:
        read_file(tmp_path, ANY_CELL)
    assert str(raised.value) == f"“{tmp_path}” is a folder, not a file"
    missing = tmp_path / "gone.csv"
    with pytest.raises(ImportFileError) as raised:
        read_file(missing, ANY_CELL)
    assert str(raised.value) == f"File not found: {missing}"
    path = tmp_path / "list.csv"
    path.write_bytes(b"Nama\nAni\n")
    for error, words in (
        (PermissionError(errno.EACCES, "denied"), "No permission to read “{}”"),
        (OSError(errno.EIO, "I/O error"), "Could not read “{}”"),
    ):

        def fail(_self, error=error):
            raise error

        monkeypatch.setattr(Path, "read_bytes", fail)
        with pytest.raises(ImportFileError) as raised:
            read_file(path, ANY_CELL)
        assert str(raised.value) == words.format(path)
    monkeypatch.undo()
    assert read_file(str(path), ANY_CELL).records == [["Nama"], ["Ani"]]


def test_a_file_over_fifty_megabytes_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "wb") as handle:  # sparse: no 50 MB written to the disk
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(ImportFileError) as raised:
        read_file(path, ANY_CELL)
    assert str(raised.value) == "“big.csv” is too large (50 MB) for a list (at most 50 MB)"
    os.truncate(path, 50 * 1024 * 1024)  # at the limit: read, then found to be no text
    with pytest.raises(ImportFileError) as raised:
        read_file(path, ANY_CELL)
    assert str(raised.value) == NOT_A_LIST.format("big.csv")


def test_the_row_and_column_limits_and_how_they_are_written():
    """A value past row 20,000 or column 200 is refused; blank cells past them are not."""
    rows = b"a;b\n" * 20_000
    assert len(read_bytes(rows + b";\n" * 3, "big.csv", ANY_CELL).records) == 20_003
    assert _refusal(rows + b"c;d\n", "big.csv") == (
        "“big.csv” has more than 20.000 rows: that is not a list this app can import."
    )
    wide = ";".join(["x"] * 200).encode()
    assert len(read_bytes(wide + b";;;\n", "w.csv", ANY_CELL).records[0]) == 203
    assert _refusal(wide + b";y\n", "w.csv") == (
        "“w.csv” has values beyond column 200: that is not a list this app can import."
    )


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Nama;Desa\nJos\xc3\xa9;Sukamaju\n", "Nama;Desa\nJosé;Sukamaju\n", "utf-8"),
        (b"\xef\xbb\xbfNama\nJos\xc3\xa9\n", "Nama\nJosé\n", "utf-8-sig"),
        (b"\xef\xbb\xbfNama\nJos\xe9 \xc3\xa9\n", "Nama\nJosé é\n", "utf-8+cp1252"),
        (b"Nama\nJos\xe9 \xc3\xa9 \x80\n", "Nama\nJosé é €\n", "utf-8+cp1252"),
        (b"Nama\nJos\xe9 \x80 \x81\n", "Nama\nJosé € \x81\n", "cp1252"),
        ("Nama\tDesa\n".encode("utf-16"), "Nama\tDesa\n", "utf-16"),
    ],
    ids=["utf-8", "bom", "bom-mixed", "mixed", "cp1252", "utf-16"],
)
def test_each_encoding_is_recognised_and_named(data, text, encoding):
    """Windows-1252's five undefined bytes come through as Latin-1, never as a failure."""
    assert decode(data, "list.csv") == (text, encoding)
    assert read_bytes(data, "list.csv", ANY_CELL).encoding == encoding


# ------------------------------------------------------------------ delimiters


def test_excels_sep_line_names_the_delimiter_and_is_not_a_row():
    table = read_bytes(b"sep=,\r\nNama,JK\nAni;Budi,P\n", "x.csv", ANY_CELL)
    assert (table.delimiter, table.records) == (",", [["Nama", "JK"], ["Ani;Budi", "P"]])
    table = read_bytes(b"sep=|\nNama|JK\n", "x.csv", ANY_CELL)
    assert (table.delimiter, table.records) == ("|", [["Nama", "JK"]])


def _columns(head) -> tuple[int, ...]:
    """A header score that counts every cell of the rows it is shown."""
    return (sum(len(row) for row in head),)


def test_the_delimiter_is_judged_on_the_first_ten_rows():
    titles = "DAFTAR HADIR\n" * 9
    assert sniff_delimiter(titles + "Nama,JK,Umur\n", _columns) == ","
    assert sniff_delimiter(titles + "\nNama,JK,Umur\n", _columns) == ";"  # row 11: unseen


def test_a_tie_or_nothing_to_judge_keeps_the_semicolon():
    assert sniff_delimiter("Nama\nAni\n", ANY_CELL) == ";"
    assert sniff_delimiter(",,\n,,\n", ANY_CELL) == ";"  # blank rows under `,`: no lead
    assert sniff_delimiter("x" * 140_000 + ",y\n", ANY_CELL) == ";"  # none can read the rows
    known = first_row_score(lambda cell: cell in ("Nama", "JK"))
    assert sniff_delimiter("Nama\tJK\n", known) == "\t"
    assert sniff_delimiter('"Nama;x",JK\n', known) == ","  # a quoted `;` does not count


def test_the_header_score_counts_known_cells_then_prefers_fewer_blank_rows_above():
    known = first_row_score(lambda cell: cell in ("Nama", "JK"))
    assert known([[], ["", " "], ["Nama ", "JK", "x"]]) == (2, -2)
    assert known([["", ""]]) == (0, 0)


# ------------------------------------------------------------------ formulas


@pytest.mark.parametrize(
    ("text", "formula"),
    [("", False), ("=SUM(A1)", True), ("@x", True), ("\t=1", True), ("\r=1", True),
     ("\n=1", True), ("+A1", True), ("-A1", True), ("+6281234567", False), ("-5", False),
     ("-3,5", False), ("+2.5", False), ("-", False), ("a=b", False), ("Ani", False)],
)  # fmt: skip
def test_what_a_spreadsheet_would_run_as_a_formula(text, formula):
    assert formula_like(text) is formula


def test_the_quote_an_export_put_before_a_formula_is_taken_off_and_no_other():
    data = b"Nama;Catatan;HP\n'=SUM(A1);'Ani;'+62812\n'@x;'';=1\n"
    assert read_bytes(data, "x.csv", ANY_CELL).records == [
        ["Nama", "Catatan", "HP"],
        ["=SUM(A1)", "'Ani", "'+62812"],
        ["@x", "''", "=1"],
    ]
