"""The one file reader behind both importers: XLSX cells as text, limits that stop crafted
files while streaming, the size cap, and the scores importer sharing the good sniffer."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import openpyxl
import pytest

from kerinjing_desktop.core import tabular, xlsx
from kerinjing_desktop.core.importer import read_people_bytes, read_people_file
from kerinjing_desktop.core.tabular import ImportFileError

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _book_bytes(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _records(data: bytes) -> list[list[str]]:
    return tabular.read_bytes(data, "list.xlsx", tabular.first_row_score(bool)).records


def test_xlsx_cells_come_out_as_typed():
    """Dates, date-times, times, whole and decimal numbers, booleans: the text a person typed."""
    book = openpyxl.Workbook()
    book.active.append(["Nama", "Lahir", "Datang", "Jam", "Umur", "Nilai", "Hadir"])
    book.active.append(
        ["Ani", dt.date(1987, 3, 5), dt.datetime(2021, 9, 21, 8, 30), dt.time(13, 15), 35.0,
         7.5, True]
    )  # fmt: skip
    assert _records(_book_bytes(book))[1] == [
        "Ani", "1987-03-05", "2021-09-21 08:30:00", "13:15:00", "35", "7.5", "True",
    ]  # fmt: skip


def test_xlsx_1904_date_system():
    """A workbook from an old Mac Excel counts days from 1904: the same date still comes out."""
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    book.active.append(["Nama", "Lahir"])
    book.active.append(["Ani", dt.date(1987, 3, 5)])
    assert _records(_book_bytes(book))[1] == ["Ani", "1987-03-05"]


def _xlsx(sheet_xml: str, sheets: str | None = None, strings: str | None = None) -> bytes:
    """A minimal workbook written by hand, as a crafted file would be."""
    buffer = io.BytesIO()
    sheets = sheets if sheets is not None else '<sheet name="S" sheetId="1" r:id="rId1"/>'
    rels = (
        f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
           if strings is not None else "")
    )  # fmt: skip
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook {NS} xmlns:r="{REL_NS}"><sheets>{sheets}</sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>",
        )
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet {NS}>{sheet_xml}</worksheet>")
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", f"<sst {NS}>{strings}</sst>")
    return buffer.getvalue()


def _row(number: int, *cells: str) -> str:
    inner = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'


def test_hand_written_xlsx_with_shared_strings_and_gaps():
    """Shared strings (phonetic runs left out), a gap between rows, cells without `r`."""
    strings = (
        "<si><t>Nama</t></si><si><t>L/P</t></si>"
        "<si><r><t>Si</t></r><r><t>ti</t></r><rPh><t>x</t></rPh></si>"
    )
    sheet = (
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>P</t></is></c></row>'
        "</sheetData>"
    )
    result = read_people_bytes(_xlsx(sheet, strings=strings), "list.xlsx")
    assert [(r.row, r.person.name, r.person.gender) for r in result.rows] == [(3, "Siti", "P")]


def test_xlsx_without_a_worksheet_is_refused_in_words():
    with pytest.raises(ImportFileError, match="tidak memiliki lembar kerja"):
        read_people_bytes(_xlsx("<sheetData/>", sheets=""), "list.xlsx")


BOMB_CELL = '<c t="inlineStr"><is><t>x</t></is></c>'


@pytest.mark.parametrize(
    ("sheet", "expected"),
    [
        # 150,000 cells that unzip from a few hundred KB: stopped by the cell count
        (
            "<sheetData>" + ("<row>" + BOMB_CELL * 15 + "</row>") * 10_000 + "</sheetData>",
            "jauh lebih banyak",
        ),
        # a single value far down the sheet: stopped without making the empty rows above it
        (
            "<sheetData>" + _row(1, "Nama", "L/P") + _row(1_000_000, "Ani", "P") + "</sheetData>",
            "lebih dari 20.000 baris",
        ),
        (
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
            '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
            "setelah kolom ke-200",
        ),
        # 40 MB of nothing but whitespace in one part
        ("<sheetData>" + " " * (40 * 1024 * 1024) + "</sheetData>", "jauh lebih banyak"),
        # millions of elements that are not cells
        ("<cols>" + '<col min="1" max="1"/>' * 600_000 + "</cols>", "jauh lebih banyak"),
    ],
    ids=["cells", "far-row", "far-column", "bytes", "elements"],
)
def test_crafted_xlsx_is_refused_while_streaming(sheet, expected):
    """Decompression bombs are refused by counting as the XML arrives (see core/xlsx.py);
    `bench`-style figures for the crafted files are in the README, not asserted here."""
    data = _xlsx(sheet)
    assert len(data) < 2 * 1024 * 1024  # small on disk: only the unzipped size is huge
    with pytest.raises(ImportFileError, match=expected):
        read_people_bytes(data, "list.xlsx")


def test_shared_strings_bomb_is_refused():
    strings = "<si><t>" + "x" * 1000 + "</t></si>"
    data = _xlsx("<sheetData/>", strings=strings * 20_000)
    with pytest.raises(ImportFileError, match="jauh lebih banyak"):
        read_people_bytes(data, "list.xlsx")


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Nama;L/P\n" + b"Ani;P\n" * 200)
    with pytest.raises(ImportFileError, match=r"terlalu besar \(0 MB\).*paling besar 0 MB"):
        read_people_file(path)
    path.write_bytes(b"Nama;L/P\n" + b"Ani;P\n" * 100)
    assert len(read_people_file(path).rows) == 100


def test_csv_rows_past_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    with pytest.raises(ImportFileError, match="lebih dari 50 baris"):
        read_people_bytes(b"Nama;L/P\n" + b"Ani;P\n" * 60, "list.csv")
    assert len(read_people_bytes(b"Nama;L/P\n" + b"Ani;P\n" * 49, "list.csv").rows) == 49


def test_scores_file_shares_the_sniffer_and_the_sep_line(cli, tmp_path):
    """Excel's `sep=;` line and a quoted `,` inside a cell: the naive sniffer of the scores
    importer (count the commas of the first line) failed both."""
    event = cli("demo-data").out.strip()
    path = tmp_path / "scores.csv"
    path.write_text("sep=;\ncode;test;q1;q2;q3;q4;q5\nP-005;pre;0;1;;0;0\n", encoding="utf-8")
    result = cli("scores", "import", "--event", event, str(path))
    assert result.status == 0, result.err
    path.write_text('code;test;q1;q2;q3;q4;q5;"note, if any"\nP-005;post;2;2;2;1;0;\n')
    result = cli("scores", "import", "--event", event, str(path))
    assert result.status == 0, result.err
    stats = json.loads(cli("stats", "--event", event, "--json").out)
    assert (stats["n_pre"], stats["n_post"]) == (23, 23)


def test_every_limit_is_the_same_for_csv_and_xlsx():
    assert (tabular.MAX_ROWS, tabular.MAX_COLUMNS) == (xlsx.MAX_ROWS, xlsx.MAX_COLUMNS)
