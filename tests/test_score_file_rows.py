"""A scores file's rows, one rule at a time (read_records, the layer under `scores import`):
an empty file, a question the event does not have, blank rows, a code that is no code, a
test marked absent and scored at once, the same paper twice. Each problem names its row
(as Excel numbers them) and column, and a row with any problem is not stored."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.importer import RowProblem
from kerinjing_desktop.core.score_import import read_records
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.tabular import ImportFileError

QUESTIONS = [Question(1), Question(2), Question(3)]
CODES = {"P-001": "reg-1", "P-002": "reg-2"}
HEADER = ["Kode", "Tes", "q1", "q2", "q3"]


def _read(*rows: list[str]):
    return read_records([HEADER, *rows], QUESTIONS, CODES, "en")


def test_an_empty_file_and_a_question_the_event_lacks_stop_the_import_in_words():
    with pytest.raises(ImportFileError, match=r"^The scores file is empty\.$"):
        read_records([], QUESTIONS, CODES, "en")
    with pytest.raises(ImportFileError, match="^Column “Soal 4”: this event has no question 4.$"):
        read_records([["code", "test", "q1", "Soal 4"]], QUESTIONS, CODES, "en")
    with pytest.raises(ImportFileError, match=r"needs the columns code, test and q1…q3\.$"):
        read_records([["code", "q1"]], QUESTIONS, CODES, "en")


def test_blank_rows_are_skipped_and_good_rows_kept_in_the_papers_terms():
    result = _read(["", " ", "", "", ""], ["p-1", "awal", "2", "", "1"], [])
    assert result.problems == []
    ((row),) = result.rows
    assert (row.registration_id, row.test) == ("reg-1", "pre")
    assert {n: e.cell.score for n, e in row.entries.items()} == {1: 2, 2: None, 3: 1}


def test_each_bad_row_is_named_with_its_column_and_is_not_kept():
    result = _read(
        ["Budi", "pre", "1", "1", "1"],  # a name typed where the code belongs
        ["P-009", "pre", "1", "1", "1"],  # a code of no one here
        ["P-001", "middle", "1", "1", "1"],
        ["P-001", "post", "-", "1", ""],  # absent, yet one answer scored
        ["P-002", "pre", "0", "0", "0"],
        ["P-002", "tes awal", "1", "1", "1"],  # the same paper again
    )
    assert result.problems == [
        RowProblem(2, "Kode", "“Budi” is not a participant code (like P-001)."),
        RowProblem(3, "Kode", "No participant P-009 in this event."),
        RowProblem(4, "Tes", "The test must be pre or post."),
        RowProblem(5, "", "“-” marks the whole test absent: leave the other questions blank."),
        RowProblem(7, "", "P-002 pre is already in row 6."),
    ]
    assert [(r.registration_id, r.test) for r in result.rows] == [("reg-2", "pre")]
    assert result.bad_rows == 5


def test_a_test_marked_absent_in_every_column_is_one_absent_paper():
    ((row),) = _read(["P-001", "post", "-", "-", "-"]).rows
    assert row.test == "post" and all(entry.absent for entry in row.entries.values())
