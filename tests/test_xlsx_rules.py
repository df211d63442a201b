"""core/xlsx.py cell by cell and limit by limit: workbooks written by hand (as a crafted file
would be), read with `read_rows`. Each cap is pinned at its edge (the limit passes, one more is
refused), so a cap moved or loosened fails here, not on a facilitator's laptop."""

from __future__ import annotations

import io
import zipfile
from pyexpat import ExpatError

import pytest

from kerinjing_desktop.core import xlsx
from kerinjing_desktop.core.xlsx import XlsxDamaged, XlsxLimit, XlsxNoSheet, read_rows

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'


def _book(sheet: str, *, strings: str | None = None, styles: str | None = None,
          workbook_pr: str = "", target: str = "worksheets/sheet1.xml",
          sheets: str = '<sheet name="S" sheetId="1" r:id="rId1"/>', pad: int = 0,
          closed: bool = True) -> zipfile.ZipFile:  # fmt: skip
    """A workbook found through the package's root relationships, as Excel writes it."""
    rels = f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="{target}"/>'
    if strings is not None:
        rels += f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="shared.xml"/>'
    if styles is not None:
        rels += f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
    workbook = f'<workbook {NS} xmlns:r="{REL}">{workbook_pr}<sheets>{sheets}</sheets></workbook>'
    workbook += " " * (pad - len(workbook)) if pad else ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "_rels/.rels",
            f'<Relationships {PKG}><Relationship Id="r1" '
            f'Type="{REL}/officeDocument" Target="book/main.xml"/></Relationships>',
        )
        archive.writestr("book/main.xml", workbook)
        archive.writestr("book/_rels/main.xml.rels", f"<Relationships {PKG}>{rels}</Relationships>")
        end = "</worksheet>" if closed else ""
        archive.writestr("book/worksheets/sheet1.xml", f"<worksheet {NS}>{sheet}{end}")
        if strings is not None:
            archive.writestr("book/shared.xml", f"<sst {NS}>{strings}</sst>")
        if styles is not None:
            archive.writestr("book/styles.xml", f"<styleSheet {NS}>{styles}</styleSheet>")
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def _rows(sheet: str, **parts) -> list[list[str]]:
    return read_rows(_book(f"<sheetData>{sheet}</sheetData>", **parts))


def _limit(sheet: str, **parts) -> tuple[str, int]:
    with pytest.raises(XlsxLimit) as raised:
        read_rows(_book(sheet, **parts))
    return raised.value.what, raised.value.limit


def _cell(ref: str, value: str, kind: str = "inlineStr") -> str:
    if kind == "inlineStr":
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}" t="{kind}"><v>{value}</v></c>'


# ------------------------------------------------------------------ finding the sheet


def test_the_first_worksheet_is_found_by_relative_or_absolute_target():
    row = f'<row r="1">{_cell("A1", "Nama")}</row>'
    assert _rows(row) == [["Nama"]]
    assert _rows(row, target="/book/worksheets/sheet1.xml") == [["Nama"]]


def test_a_sheet_that_is_not_a_worksheet_or_not_in_the_file_is_skipped():
    sheets = (
        '<sheet name="Chart" sheetId="1" r:id="rId9"/>'  # no such relationship
        '<sheet name="Data" sheetId="2" r:id="rId1"/>'
    )
    assert _rows(f'<row r="1">{_cell("A1", "x")}</row>', sheets=sheets) == [["x"]]
    with pytest.raises(XlsxNoSheet):
        read_rows(_book("<sheetData/>", target="worksheets/missing.xml"))


def test_a_missing_or_truncated_part_is_damage_not_an_empty_list():
    with pytest.raises(XlsxDamaged):
        read_rows(_broken_book())
    truncated = _book('<sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row>', closed=False)
    with pytest.raises(ExpatError, match="no element found"):
        read_rows(truncated)


def _broken_book() -> zipfile.ZipFile:
    """Root relationships that point at a workbook the zip does not hold."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "_rels/.rels",
            f'<Relationships {PKG}><Relationship Id="r1" '
            f'Type="{REL}/officeDocument" Target="nowhere.xml"/></Relationships>',
        )
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_a_doctype_is_refused_as_damage():
    archive = _book("<sheetData/>")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as copy:
        for info in archive.infolist():
            content = archive.read(info)
            if info.filename.endswith("sheet1.xml"):
                content = b'<!DOCTYPE x [<!ENTITY a "b">]>' + content
            copy.writestr(info, content)
    with pytest.raises(XlsxDamaged):
        read_rows(zipfile.ZipFile(io.BytesIO(data.getvalue())))


# ------------------------------------------------------------------ cells as typed


def test_rows_and_columns_land_where_the_sheet_puts_them():
    """Rows without numbers follow each other from 1; a gap leaves empty rows; a cell
    without `r` takes the next column; AA is column 27."""
    sheet = (
        f'<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>'
        f"<row>{_cell('B2', 'c')}</row>"
        f'<row r="5">{_cell("AA5", "far")}<c t="n"><v>7</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t></t></is></c></row>'
    )
    rows = _rows(sheet)
    assert rows[:4] == [["a", "b"], ["", "c"], [], []]
    assert rows[4] == [""] * 26 + ["far", "7"]
    assert len(rows) == 5  # a row whose cells are all empty is not a row


def test_shared_strings_join_their_runs_and_leave_out_phonetic_guides():
    strings = (
        "<si><t>Nama</t></si>"
        "<si><r><t>Si</t></r>\n  <rPh><t>シ</t></rPh><r><t>ti</t></r></si>"
        "<si><t/></si>"
    )
    sheet = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>9</v></c><c r="D1" t="s"><v>x</v></c><c r="E1" t="s"><v>0</v></c>'
        "</row>"
    )
    assert _rows(sheet, strings=strings) == [["Nama", "Siti", "", "", "Nama"]]


@pytest.mark.parametrize(
    ("kind", "raw", "text"),
    [("b", "1", "True"), ("b", "true", "True"), ("b", "0", "False"), ("str", "007", "007"),
     ("inlineStr", "081234", "081234"),
     ("e", "#N/A", "#N/A"), ("d", "2021-09-21", "2021-09-21"), ("n", "35.0", "35"),
     ("n", "7.5", "7.5"), ("n", "n/a", "n/a"), ("n", "1e20", "1e+20"), ("n", "-3", "-3")],
)  # fmt: skip
def test_each_kind_of_cell_comes_out_as_text(kind, raw, text):
    assert _rows(f'<row r="1">{_cell("A1", raw, kind)}</row>') == [[text]]


DATE_STYLES = (
    '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="0.00"/>'
    '<numFmt numFmtId="166" formatCode="&quot;d&quot;0"/></numFmts>'
    '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>'
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>'
    '<xf numFmtId="22"/></cellXfs>'
)


def _styled(style: int, raw: str, **parts) -> str:
    sheet = f'<row r="1"><c r="A1" s="{style}"><v>{raw}</v></c></row>'
    return _rows(sheet, styles=DATE_STYLES, **parts)[0][0]


def test_a_custom_date_format_makes_a_date_and_other_formats_a_number():
    """The <xf> of cellStyleXfs are not cell styles: style 0 is the first of cellXfs."""
    assert _styled(1, "32196") == "1988-02-23"
    assert _styled(0, "32196") == "32196"
    assert _styled(2, "32196") == "32196"  # 0.00
    assert _styled(3, "32196") == "32196"  # "d" is quoted text, not a day


def test_dates_times_and_excels_missing_leap_day():
    assert _styled(4, "44460.3541666667") == "2021-09-21 08:30:00"
    assert _styled(4, "0.5") == "12:00:00"  # a time alone
    assert _styled(4, "1.5") == "1900-01-01 12:00:00"
    assert _styled(1, "59") == "1900-02-28"
    assert _styled(1, "61") == "1900-03-01"
    assert _styled(1, "soon") == "soon"
    pr = '<workbookPr date1904="true"/>'
    assert _styled(1, "30734", workbook_pr=pr) == "1988-02-23"
    assert _styled(1, "1", workbook_pr=pr) == "1904-01-02"


BUILTIN_DATES = [*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)]


@pytest.mark.parametrize("number", range(0, 60))
def test_excels_built_in_date_formats_are_14_to_22_27_to_36_45_to_47_and_50_to_58(number):
    styles = f'<cellXfs><xf numFmtId="{number}"/></cellXfs>'
    sheet = '<row r="1"><c r="A1" s="0"><v>32196</v></c></row>'
    value = _rows(sheet, styles=styles)[0][0]
    assert value == ("1988-02-23" if number in BUILTIN_DATES else "32196")


# ------------------------------------------------------------------ the caps, at their edges


def test_twenty_thousand_rows_and_no_more():
    last = _cell("A20000", "x")
    assert len(_rows(f'<row r="20000">{last}</row>')) == 20_000
    assert _limit(f'<sheetData><row r="20001">{_cell("A20001", "x")}</row></sheetData>') == (
        "rows", 20_000,
    )  # fmt: skip


def test_two_hundred_columns_and_no_more():
    assert len(_rows(f'<row r="1">{_cell("GR1", "x")}</row>')[0]) == 200
    assert _limit(f'<sheetData><row r="1">{_cell("GS1", "x")}</row></sheetData>') == (
        "columns", 200,
    )  # fmt: skip


def test_one_hundred_twenty_thousand_cells_and_no_more():
    """Empty cells count too: they cost as much to read."""
    assert _rows("<row>" + "<c/>" * 120_000 + "</row>") == []
    assert _limit("<sheetData><row>" + "<c/>" * 120_001 + "</row></sheetData>") == (
        "cells", 120_000,
    )  # fmt: skip


def test_half_a_million_elements_in_a_part_and_no_more():
    """The worksheet element and <cols> are two of them."""
    assert read_rows(_book("<cols>" + "<col/>" * 499_998 + "</cols>")) == []
    assert _limit("<cols>" + "<col/>" * 499_999 + "</cols>") == ("elements", 500_000)


def test_a_workbook_part_over_four_megabytes_is_refused_before_parsing():
    assert _rows(f'<row r="1">{_cell("A1", "x")}</row>', pad=4 * 1024 * 1024) == [["x"]]
    sheet = f'<sheetData><row r="1">{_cell("A1", "x")}</row></sheetData>'
    assert _limit(sheet, pad=4 * 1024 * 1024 + 1) == ("bytes", 4 * 1024 * 1024)


def test_shared_strings_are_capped_by_count_and_by_characters():
    assert _limit("<sheetData/>", strings="<si><t>a</t></si>" * 120_001) == ("cells", 120_000)
    big = "<si><t>" + "x" * (8 * 1024 * 1024) + "</t></si>"
    assert _limit("<sheetData/>", strings=big * 2 + "<si><t>y</t></si>") == (
        "characters", 16 * 1024 * 1024,
    )  # fmt: skip
    assert _rows(f'<row r="1">{_cell("A1", "1", "s")}</row>', strings=big * 2) == [["x" * 2**23]]


def test_the_limit_error_names_its_limit():
    error = XlsxLimit("rows", xlsx.MAX_ROWS)
    assert (str(error), error.what, error.limit) == ("rows > 20000", "rows", 20_000)
