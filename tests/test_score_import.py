"""Reading a scores file: the header names people use, each problem at its row and column,
absent and duplicate papers, and the file's delimiter found from the header it must have."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.importer import RowProblem
from kerinjing_desktop.core.score_import import read_records, read_scores_file
from kerinjing_desktop.core.scoring import Cell, Question
from kerinjing_desktop.core.tabular import ImportFileError

QUESTIONS = [
    Question(1),
    Question(2),
    Question(3, "choice", 1, options=("Ya", "Tidak", "Ragu"), answer_key="B"),
    Question(4, "truefalse", 1, answer_key="S"),
]
CODES = {"P-001": "reg-1", "P-002": "reg-2", "P-010": "reg-10"}


def _read(text: str, lang: str = "en"):
    """The rows of a `;`-separated text, as a reader gives them, read for QUESTIONS."""
    return read_records([line.split(";") for line in text.splitlines()], QUESTIONS, CODES, lang)


def _cells(row):
    return {number: entry.cell for number, entry in row.entries.items()}


def test_a_good_file_gives_one_row_per_paper_with_every_entry():
    """Codes written loosely (`p1`, `10`) name the participant; pre and post in any of their
    words; an open score, a choice letter and a true/false letter (B/S in Indonesian) are
    scored against the key; a blank question is unanswered; empty rows are skipped."""
    found = _read("code;test;q1;q2;q3;q4\np1;Pre;2;;b;S\n;;;;;\n10;tes akhir;0;1;a;B\n")
    assert found.problems == [] and found.bad_rows == 0
    assert [(r.registration_id, r.test) for r in found.rows] == [
        ("reg-1", "pre"),
        ("reg-10", "post"),
    ]
    first, second = found.rows
    assert _cells(first) == {
        1: Cell("scored", 2),
        2: Cell("unanswered"),
        3: Cell("scored", 1, "B"),
        4: Cell("scored", 1, "S"),
    }
    assert _cells(second) == {
        1: Cell("scored", 0),
        2: Cell("scored", 1),
        3: Cell("scored", 0, "A"),
        4: Cell("scored", 0, "B"),
    }
    assert not any(entry.absent for row in found.rows for entry in row.entries.values())


@pytest.mark.parametrize("code", ["code", "Kode", "KODE PESERTA", "participant code"])
@pytest.mark.parametrize("test", ["test", "Tes", "jenis tes"])
def test_every_header_name_for_code_and_test_is_understood(code, test):
    found = _read(f" {code} ;{test};q1\nP-002;awal;1\n")
    assert found.problems == []
    assert [(r.registration_id, r.test, _cells(r)) for r in found.rows] == [
        ("reg-2", "pre", {1: Cell("scored", 1)})
    ]


@pytest.mark.parametrize("word", ["pre", "PRETEST", "pre-test", "awal", "Tes Awal"])
def test_every_word_for_the_pretest_is_understood(word):
    assert _read(f"code;test;q1\nP-001;{word};1\n").rows[0].test == "pre"


@pytest.mark.parametrize("word", ["post", "posttest", "Post-Test", "akhir", "tes akhir"])
def test_every_word_for_the_posttest_is_understood(word):
    assert _read(f"code;test;q1\nP-001;{word};1\n").rows[0].test == "post"


def test_question_columns_may_be_named_q_soal_or_no():
    """`q1`, `Soal 2`, `No. 3`, `no4`: each column goes to its question, in any order."""
    found = _read("No. 3;kode;no4;tes;Soal 2;Q1\nA;P-001;B;pre;2;0\n")
    assert found.problems == []
    assert _cells(found.rows[0]) == {
        1: Cell("scored", 0),
        2: Cell("scored", 2),
        3: Cell("scored", 0, "A"),
        4: Cell("scored", 0, "B"),
    }


def test_each_problem_is_named_at_its_row_and_column():
    """Rows are counted as Excel shows them (header row 1, blank rows counted); a row with a
    problem is not kept; every problem of a row is listed; bad_rows counts rows, not problems."""
    found = _read(
        "code;test;q1;q2;q3;q4\n"
        "P-001;pre;1;1;A;B\n"
        "\n"
        "X-1;mid;3;;D;Z\n"
        "P-404;post;;;;\n"
        "P-002;post;2;;;\n"
    )
    assert found.problems == [
        RowProblem(4, "code", "“X-1” is not a participant code (like P-001)."),
        RowProblem(4, "test", "The test must be pre or post."),
        RowProblem(4, "q1", "Question 1 takes a score from 0 to 2, or - for absent."),
        RowProblem(4, "q3", "Question 3 takes a letter: A, B, C."),
        RowProblem(4, "q4", "Question 4 takes a letter: T, F."),
        RowProblem(5, "code", "No participant P-404 in this event."),
    ]
    assert found.bad_rows == 2
    assert [(r.registration_id, r.test) for r in found.rows] == [
        ("reg-1", "pre"),
        ("reg-2", "post"),
    ]


def test_problems_are_told_in_the_language_asked():
    found = _read("code;test;q1\nP-001;tengah;9\n", lang="id")
    assert [p.message for p in found.problems] == [
        "Kolom tes harus berisi pre atau post.",
        "Soal 1 diisi skor 0 sampai 2, atau - bila tidak hadir.",
    ]


def test_a_dash_marks_the_whole_test_absent_and_nothing_else_may_be_filled():
    """`-` alone (other questions blank or `-`) is an absent paper; `-` beside a score is a
    problem for the whole row."""
    found = _read("code;test;q1;q2;q3\nP-001;pre;-;;-\nP-002;pre;-;1;\n")
    [absent] = found.rows
    assert absent.registration_id == "reg-1" and absent.entries[1].absent
    assert found.problems == [
        RowProblem(3, "", "“-” marks the whole test absent: leave the other questions blank.")
    ]


def test_the_same_paper_twice_is_a_problem_pointing_at_the_first():
    """P-001's pretest in rows 2 and 4 (written differently): row 4 is refused and names
    row 2; the same code's posttest and another code's pretest are fine."""
    found = _read("code;test;q1\nP-001;pre;1\nP-001;post;1\np1;awal;2\nP-002;pre;0\np1;pre;0\n")
    assert found.problems == [
        RowProblem(4, "", "P-001 pre is already in row 2."),
        RowProblem(6, "", "P-001 pre is already in row 2."),
    ]
    assert [(r.registration_id, r.test) for r in found.rows] == [
        ("reg-1", "pre"),
        ("reg-1", "post"),
        ("reg-2", "pre"),
    ]


def test_a_paper_of_an_unknown_person_does_not_hide_a_later_duplicate():
    """Rows that fail only for their code still count as seen: the same unknown code twice
    gives two row problems, and the second names the first."""
    found = _read("code;test;q1\nP-404;pre;1\nP-404;pre;1\n")
    assert found.problems == [
        RowProblem(2, "code", "No participant P-404 in this event."),
        RowProblem(3, "code", "No participant P-404 in this event."),
        RowProblem(3, "", "P-404 pre is already in row 2."),
    ]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("test;q1", "The scores file needs the columns code, test and q1…q4."),
        ("code;q1", "The scores file needs the columns code, test and q1…q4."),
        ("code;test;nama", "The scores file needs the columns code, test and q1…q4."),
        ("code;test;q1;Soal 9", "Column “Soal 9”: this event has no question 9."),
    ],
)
def test_a_file_without_the_needed_columns_is_refused_whole(header, message):
    with pytest.raises(ImportFileError) as refused:
        _read(f"{header}\nP-001;pre;1;1\n")
    assert str(refused.value) == message


def test_an_empty_table_is_refused():
    with pytest.raises(ImportFileError) as refused:
        read_records([], QUESTIONS, CODES, "en")
    assert str(refused.value) == "The scores file is empty."
    with pytest.raises(ImportFileError) as refused:
        read_records([], QUESTIONS, CODES, "id")
    assert str(refused.value) != "The scores file is empty." and "kosong" in str(refused.value)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_a_file_is_read_with_the_delimiter_its_header_uses(tmp_path, delimiter):
    """Excel writes `;` in Indonesian, `,` in English, tabs for Unicode text: the header's
    known names decide, even when the data holds the other delimiters."""
    rows = [
        ["Kode Peserta", "Jenis Tes", "Soal 1", "Soal 2", "Catatan"],
        ["P-001", "pre", "1", "2", "ragu; lalu, jawab"],
    ]
    path = tmp_path / "nilai.csv"
    quoted = [
        [f'"{cell}"' if any(d in cell for d in ";,") else cell for cell in row] for row in rows
    ]
    path.write_text("\n".join(delimiter.join(row) for row in quoted) + "\n", encoding="utf-8")
    found = read_scores_file(path, QUESTIONS, CODES, "en")
    assert found.problems == []
    assert [(r.registration_id, r.test, _cells(r)) for r in found.rows] == [
        ("reg-1", "pre", {1: Cell("scored", 1), 2: Cell("scored", 2)})
    ]


def test_a_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(ImportFileError) as refused:
        read_scores_file(tmp_path / "tidak-ada.csv", QUESTIONS, CODES, "en")
    assert "tidak-ada.csv" in str(refused.value)


def test_commas_in_other_column_titles_do_not_fool_a_semicolon_file(tmp_path):
    """Excel in Indonesian writes `;` and leaves commas unquoted: column titles such as
    "Alamat, RT, RW, Desa" hold more commas than the header has semicolons, yet only the
    known names count, so the file is still read by its semicolons."""
    path = tmp_path / "nilai.csv"
    path.write_text(
        "Kode;Tes;Soal 1;Nama, Gelar;Alamat, RT, RW, Desa, Kecamatan\n"
        "P-002;post;2;Siti, S.Pd;Jl. Mawar, 1, 2, Kerinjing, Tanjung Raja\n",
        encoding="utf-8",
    )
    found = read_scores_file(path, QUESTIONS, CODES, "en")
    assert found.problems == []
    assert [(r.registration_id, r.test, _cells(r)) for r in found.rows] == [
        ("reg-2", "post", {1: Cell("scored", 2)})
    ]


def test_two_columns_of_one_question_refuse_the_file():
    """`q1` and `Soal 1` side by side: which score counts cannot be known, and reading the
    last one silently dropped the other (a 2 became a 0). The file is refused, naming both."""
    with pytest.raises(ImportFileError) as refused:
        _read("code;test;q1;q2;Soal 1\nP-001;pre;2;1;0\n")
    assert str(refused.value) == "Columns “q1” and “Soal 1” are both question 1: keep one of them."
    with pytest.raises(ImportFileError) as refused:
        _read("code;test;q1;q2;Soal 1\nP-001;pre;2;1;0\n", lang="id")
    assert str(refused.value) == (
        "Kolom “q1” dan “Soal 1” sama-sama berisi soal 1: sisakan salah satunya."
    )
