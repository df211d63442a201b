"""Read a scores file (CSV or XLSX): columns `code`, `test` (pre/post), `q1`…`qN`.

Blank = not answered, `-` = absent (the whole test: the other columns must then be blank or
`-`). Every problem is listed with its row number (as Excel shows it, header = row 1) and
column; nothing is stored here. The file is read by core/tabular.py, as participant lists are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kerinjing_desktop.core import tabular
from kerinjing_desktop.core.domain import normalize_code
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.importer import RowProblem
from kerinjing_desktop.core.kinds import TestKind, parse_test_kind
from kerinjing_desktop.core.scoring import ABSENT_MARK, Entry, EntryError, Question, parse_entry
from kerinjing_desktop.core.store.scores import ScoreRow
from kerinjing_desktop.core.tabular import ImportFileError

CODE_HEADERS = {"code", "kode", "kode peserta", "participant code"}
TEST_HEADERS = {"test", "tes", "jenis tes"}
QUESTION_HEADER = re.compile(r"(?:q|soal|no\.?)\s*(\d{1,3})", re.IGNORECASE)


@dataclass
class ScoreFile:
    rows: list[ScoreRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


def read_scores_file(
    path: Path, questions: list[Question], codes: dict[str, str], lang: str
) -> ScoreFile:
    """`codes`: participant code → registration id for the event."""
    table = tabular.read_file(Path(path), tabular.first_row_score(_known_header))
    return read_records(table.records, questions, codes, lang)


def _known_header(cell: str) -> bool:
    folded = cell.casefold()
    return folded in CODE_HEADERS or folded in TEST_HEADERS or bool(QUESTION_HEADER.fullmatch(cell))


def read_records(
    records: list[list[str]], questions: list[Question], codes: dict[str, str], lang: str
) -> ScoreFile:
    if not records:
        raise ImportFileError(_("The scores file is empty.", lang))
    header = [cell.strip() for cell in records[0]]
    code_col = _find(header, CODE_HEADERS)
    test_col = _find(header, TEST_HEADERS)
    by_number = {q.number: q for q in questions}
    columns: dict[int, int] = {}  # column index → question number
    for index, name in enumerate(header):
        match = QUESTION_HEADER.fullmatch(name)
        if match:
            number = int(match.group(1))
            if number not in by_number:
                raise ImportFileError(
                    _("Column “{column}”: this event has no question {n}.", lang).format(
                        column=name, n=number
                    )
                )
            # Two columns of one question (`q1` and `Soal 1`): which score counts is anyone's
            # guess, and keeping the last silently lost what was typed in the other.
            first = next((header[i] for i, n in columns.items() if n == number), None)
            if first is not None:
                raise ImportFileError(
                    _("Columns “{first}” and “{second}” are both question {n}: keep one of them.",
                      lang).format(first=first, second=name, n=number)
                )  # fmt: skip
            columns[index] = number
    if code_col is None or test_col is None or not columns:
        raise ImportFileError(
            _("The scores file needs the columns code, test and q1…q{n}.", lang).format(
                n=len(questions)
            )
        )
    result = ScoreFile()
    seen: dict[tuple[str, TestKind], int] = {}
    for row_number, record in enumerate(records[1:], start=2):
        cells = [str(c).strip() for c in record] + [""] * len(header)
        if not any(cells):
            continue
        problems: list[RowProblem] = []

        def problem(
            column: int | None, message: str, row: int = row_number, found=problems
        ) -> None:
            found.append(RowProblem(row, header[column] if column is not None else "", message))

        code = normalize_code(cells[code_col])
        registration_id = codes.get(code) if code else None
        if code is None:
            problem(code_col, _("“{text}” is not a participant code (like P-001).", lang)
                    .format(text=cells[code_col]))  # fmt: skip
        elif registration_id is None:
            problem(code_col, _("No participant {code} in this event.", lang).format(code=code))
        test = parse_test_kind(cells[test_col])
        if test is None:
            problem(test_col, _("The test must be pre or post.", lang))
        entries: dict[int, Entry] = {}
        for index, number in columns.items():
            try:
                entries[number] = parse_entry(by_number[number], cells[index], lang)
            except EntryError as error:
                problem(index, str(error))
        marks = {cells[index] for index in columns} - {""}
        if ABSENT_MARK in marks and marks != {ABSENT_MARK}:
            problem(None, _("“-” marks the whole test absent: leave the other questions blank.",
                            lang))  # fmt: skip
        if code and test and (code, test) in seen:
            problem(None, _("{code} {test} is already in row {row}.", lang).format(
                code=code, test=test, row=seen[(code, test)]))  # fmt: skip
        elif code and test:
            seen[(code, test)] = row_number
        if problems:
            result.problems.extend(problems)
        else:
            result.rows.append(ScoreRow(registration_id, test, entries))
    return result


def _find(header: list[str], names: set[str]) -> int | None:
    for index, name in enumerate(header):
        if name.casefold() in names:
            return index
    return None
