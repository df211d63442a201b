"""Participant-list import: delimiters, encodings, XLSX, bad rows, bad files, big files."""

from __future__ import annotations

import ast
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerinjing_desktop.core import importer, tabular
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.importer import (
    ImportFileError,
    ImportResult,
    RowProblem,
    read_people_bytes,
    read_people_file,
)

ID_HEADER = "No;Nama;L/P;Umur;Kelompok;No HP"
EN_HEADER = "Name,Gender,Age,Group,Phone number"


def write(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def people(result: ImportResult) -> list[tuple[int, str, str, int | None]]:
    return [(r.row, r.person.name, r.person.gender, r.person.age) for r in result.rows]


@pytest.mark.parametrize(
    "text",
    [
        f"{ID_HEADER}\n1;Siti Aminah;P;34;PKK;0812-3456-7890\n2;Budi;L;;;\n",
        f'{EN_HEADER}\nSiti Aminah,female,34,pkk,0812 3456 7890\n"Budi",M,,,\n',
        "nama lengkap\tJENIS KELAMIN\tusia\nSiti Aminah\tP\t34\nBudi\tL\t\n",
    ],
    ids=["semicolon-indonesian", "comma-english", "tab-odd-case"],
)
def test_delimiters_and_header_languages(tmp_path, text):
    """`;`, `,` and tab files with Indonesian or English headers (any case) give the same people."""
    result = read_people_file(write(tmp_path, text))
    assert result.ok and people(result) == [(2, "Siti Aminah", "P", 34), (3, "Budi", "L", None)]
    assert result.delimiter in ";,\t" and set(result.columns) >= {"name", "gender", "age"}


def test_comma_inside_quotes_does_not_fool_the_sniffer(tmp_path):
    """A quoted header cell holding `;` still lets `,` win, and quoted names keep their commas."""
    text = 'Nama,L/P,"Kelompok; Instansi"\n"Hj. Ani, S.Pd",P,PKK\n'
    result = read_people_file(write(tmp_path, text))
    assert result.delimiter == "," and result.columns["group"] == "Kelompok; Instansi"
    assert [(r.person.name, r.person.group) for r in result.rows] == [("Hj. Ani, S.Pd", "PKK")]


def test_header_not_split_into_known_columns_is_a_clear_error(tmp_path):
    """A `|`-separated file has no name column: the error shows the columns it did find."""
    with pytest.raises(ImportFileError, match="Kolom nama tidak ditemukan.*“Nama\\|L/P\\|Umur”"):
        read_people_file(write(tmp_path, "Nama|L/P|Umur\nAni|P|30\n"))
    with pytest.raises(ImportFileError, match="“Peserta”, “Alamat”"):
        read_people_file(write(tmp_path, "Peserta;Alamat\nAni;Dusun I\n"))


def test_bom_is_stripped(tmp_path):
    """A UTF-8 BOM (Excel's "CSV UTF-8") does not hide the first column."""
    result = read_people_file(write(tmp_path, "Nama;JK\nAni;P\n", encoding="utf-8-sig"))
    assert result.encoding == "utf-8-sig" and result.columns["name"] == "Nama" and result.ok


def test_windows_1252_names_come_out_right(tmp_path):
    """cp1252 files (curly apostrophe 0x92) decode right; UTF-8 is never read as cp1252."""
    text = "Nama;L/P\nSiti Nur’aini;P\nJosé;L\n"
    cp = read_people_file(write(tmp_path, text, "cp.csv", encoding="cp1252"))
    utf = read_people_file(write(tmp_path, text, "utf.csv"))
    assert (cp.encoding, utf.encoding) == ("cp1252", "utf-8")
    assert [r.person.name for r in cp.rows] == [r.person.name for r in utf.rows]
    assert cp.rows[0].person.name == "Siti Nur’aini"
    mixed = "Nama;L/P\nJosé;L\n".encode() + "Siti Nur’aini;P\n".encode("cp1252")
    assert [r.person.name for r in read_people_bytes(mixed, "m.csv").rows] == [
        "José",
        "Siti Nur’aini",
    ]


def test_blank_lines_are_skipped_but_keep_row_numbers(tmp_path):
    """Blank lines, `;;;` lines and unfilled numbered rows are skipped; rows keep their numbers."""
    text = f"{ID_HEADER}\n\n1;Ani;P;30;;\n;;;;;\n\n4;Budi;L;41;;\n5;;;;;\n"
    result = read_people_file(write(tmp_path, text))
    assert result.ok and [r.row for r in result.rows] == [3, 6]


def test_every_bad_row_is_listed_with_row_column_and_reason(tmp_path):
    """Missing name, gender "X" and age "abc" each give the row, the header as written and why."""
    text = (
        "Nama Lengkap;Jenis Kelamin;Umur;No HP\nAni;P;30;\n;P;30;\nBudi;X;abc;\nCitra;P;200;12ab\n"
    )
    result = read_people_file(write(tmp_path, text))
    assert not result.ok and people(result) == [(2, "Ani", "P", 30)]
    got = [(p.row, p.column) for p in result.problems]
    assert got == [
        (3, "Nama Lengkap"),
        (4, "Jenis Kelamin"),
        (4, "Umur"),
        (5, "Umur"),
        (5, "No HP"),
    ]
    assert result.problems[0].message == _("name is empty")
    assert result.problems[1].message == _("gender must be L or P, not “{value}”").format(value="X")
    assert "abc" in result.problems[2].message
    assert (
        result.problems[1].describe()
        == f"Baris 4, kolom “Jenis Kelamin”: {result.problems[1].message}"
    )


def test_missing_gender_column_flags_every_row(tmp_path):
    """Gender is required: without its column every row gets a whole-row problem."""
    result = read_people_file(write(tmp_path, "Nama;Umur\nAni;30\nBudi;40\n"))
    assert [(p.row, p.column) for p in result.problems] == [(2, ""), (3, "")]
    assert "jenis kelamin" in result.problems[0].message
    assert result.problems[0].describe().startswith("Baris 2: ")


def test_duplicates_are_flagged_not_rejected(tmp_path):
    """Same name (any case/spacing), gender and age twice: imported, but paired in duplicates."""
    text = "Nama;L/P;Umur\nSiti  Aminah;P;34\nBudi;L;20\nsiti aminah;P;34\nSiti Aminah;P;50\n"
    result = read_people_file(write(tmp_path, text))
    assert result.ok and len(result.rows) == 4 and result.duplicates == [(2, 4)]


def test_numbering_and_unknown_columns(tmp_path):
    """`No.` is silently ignored; unknown or repeated columns are listed in ignored_columns."""
    text = (
        "No.;Nama;L / P;Umur (tahun);Alamat;HP;WA\n1;Ani;P;30 tahun;Dusun I;081234567;0899999999\n"
    )
    result = read_people_file(write(tmp_path, text))
    assert result.ok and result.ignored_columns == ["Alamat", "WA"]
    assert result.columns == {
        "name": "Nama",
        "gender": "L / P",
        "age": "Umur (tahun)",
        "phone": "HP",
    }
    assert result.rows[0].person.phone == "081234567"


def test_xlsx_from_openpyxl(tmp_path):
    """XLSX: a title row above the header, numeric age 35 and phone stored as a number."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DAFTAR HADIR PESERTA"])
    sheet.append(["No", "Nama", "Jenis Kelamin", "Umur", "Kelompok", "No HP"])
    sheet.append([1, "Siti Nur’aini", "P", 35, "PKK", 81234567890])
    sheet.append([2, "Budi", "L", 35.0, None, 6281234567890])
    sheet.append([None, None, None, None, None, None])
    sheet.append([4, "Dewi", "Q", "tiga puluh", "Lainnya", None])
    book.save(tmp_path / "list.xlsx")
    result = read_people_file(tmp_path / "list.xlsx")
    assert (result.encoding, result.delimiter, result.header_row) == ("xlsx", None, 2)
    assert people(result) == [(3, "Siti Nur’aini", "P", 35), (4, "Budi", "L", 35)]
    assert [r.person.phone for r in result.rows] == ["081234567890", "6281234567890"]
    assert [(p.row, p.column) for p in result.problems] == [(6, "Jenis Kelamin"), (6, "Umur")]


def test_10000_rows_with_the_right_row_number(tmp_path):
    """10,000 rows are all read, and a bad row near the end has its own number. (How fast is
    for `bench`, not a test: a timed assertion fails on a busy machine.)"""
    lines = [ID_HEADER] + [
        f"{i};Peserta {i};{'LP'[i % 2]};{20 + i % 50};PKK;" for i in range(10_000)
    ]
    lines[9_990] = "9990;Peserta Salah;X;30;PKK;"  # file row 9,991
    path = write(tmp_path, "\n".join(lines) + "\n")
    result = read_people_file(path)
    assert len(result.rows) == 9_999 and result.rows[-1].row == 10_001
    assert [(p.row, p.column) for p in result.problems] == [(9_991, "L/P")]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.csv", b"", "kosong"),
        ("blank.csv", b"\r\n \n", "kosong"),
        ("header.csv", b"Nama;L/P;Umur\r\n;;\r\n", "tidak ada baris peserta"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"\.xls.*\.xlsx"),
        ("renamed.xls", b"Nama;L/P\nAni;P\n", r"\.xls.*\.xlsx"),
        ("secret.xlsx", tabular.OLE_MAGIC + tabular.ENCRYPTED_MARKER, "kata sandi"),
        ("report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "bukan berkas CSV"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "bukan berkas CSV"),
        ("fake.xlsx", b"PK\x03\x04 not really a zip", "rusak"),
    ],
)
def test_unreadable_files_give_a_clear_error(name, data, expected):
    """Empty, header-only, .xls, password-protected, PDF, image, broken zip: one clear message."""
    with pytest.raises(ImportFileError, match=expected):
        read_people_bytes(data, name)


def test_zip_that_is_not_xlsx_and_missing_file(tmp_path):
    """A zip of something else, and a path that does not exist, are ImportFileErrors."""
    with zipfile.ZipFile(tmp_path / "list.xlsx", "w") as archive:
        archive.writestr("list.csv", "Nama;L/P\nAni;P\n")
    with pytest.raises(ImportFileError, match="rusak"):
        read_people_file(tmp_path / "list.xlsx")
    with pytest.raises(ImportFileError, match="tidak ditemukan"):
        read_people_file(tmp_path / "nowhere.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_people_file(tmp_path)


def check_never_crashes(data: bytes, name: str) -> None:
    try:
        result = read_people_bytes(data, name)
    except ImportFileError as error:
        assert str(error)
        return
    assert isinstance(result, ImportResult)
    assert all(isinstance(p, RowProblem) and p.row >= 2 and p.message for p in result.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=400).map(lambda b: b"Nama;L/P;Umur\n" + b),
    ),
    st.sampled_from(["a.csv", "a.xlsx", "a.txt", "a"]),
)
def test_random_bytes_never_crash(data, name):
    """Any bytes give an ImportResult or an ImportFileError, never another exception."""
    check_never_crashes(data, name)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", "Nama;L/P;Umur;HP\n", "Name,Gender,Age,Phone\n", "sep=,\nNama,JK\n"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_random_text_never_crashes(header, body, encoding):
    """Random text, with or without a valid header, in any supported encoding, never crashes."""
    check_never_crashes((header + body).encode(encoding), "list.csv")


def test_every_message_has_an_indonesian_translation():
    """Every _() source of the importer and its file reader has an Indonesian translation with
    the same placeholders."""
    templates = [
        node.args[0].value
        for module in (importer, tabular)
        for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
    ]
    assert len(templates) >= 15
    for template in templates:
        translation = _(template, "id")
        assert translation and translation != template, template
        assert set(re.findall(r"{\w+}", translation)) == set(re.findall(r"{\w+}", template))


def test_an_institution_is_imported_as_lainnya_with_a_notice():
    """A Kelompok/Instansi cell naming an office keeps its words, counts under Lainnya, with
    a notice, no problem."""
    text = "Nama;L/P;Kelompok/Instansi\nSiti;P;PKK\nBudi;L;Kantor Camat\n"
    result = read_people_bytes(text.encode("utf-8"), "daftar.csv")
    assert result.ok
    assert [r.person.group for r in result.rows] == ["PKK", "Lainnya"]
    assert [r.person.group_label for r in result.rows] == ["", "Kantor Camat"]
    assert [(n.row, n.column) for n in result.notices] == [(3, "Kelompok/Instansi")]
    assert "Kantor Camat" in result.notices[0].message
