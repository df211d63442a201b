"""Every sample scores file in tests/data/scores gives the same three papers.

As tests/data/lists does for participant lists (sqlite-utils' `tests/sniff`), the folder is
the specification of the files a facilitator brings back from a spreadsheet: Excel in the
Indonesian locale, Google Sheets, Excel's Unicode Text, a `sep=` line, a BOM, an .xlsx whose
codes and scores are numbers. Each is one file there, made by make_scores.py and listed in
expected.json with the encoding and delimiter the shared reader (core/tabular.py) must find.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kerinjing_desktop.core import tabular
from kerinjing_desktop.core.score_import import read_scores_file
from kerinjing_desktop.core.scoring import Question

FOLDER = Path(__file__).parent / "data" / "scores"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
SAMPLES = sorted(p.name for p in FOLDER.iterdir() if p.suffix in (".csv", ".txt", ".xlsx"))
QUESTIONS = [
    Question(1),
    Question(2),
    Question(3, "choice", 1, options=("Ya", "Tidak", "Ragu"), answer_key="B"),
    Question(4, "truefalse", 1, answer_key="S"),
]
CODES = {"P-001": "reg-1", "P-002": "reg-2"}


def test_every_sample_is_listed():
    """A file dropped into the folder without its expectations would test nothing."""
    assert sorted(EXPECTED["files"]) == SAMPLES and len(SAMPLES) >= 6


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_gives_the_same_papers(name):
    found = read_scores_file(FOLDER / name, QUESTIONS, CODES, "id")
    papers = [
        [
            row.registration_id,
            row.test,
            {str(n): [e.cell.state, e.cell.score, e.cell.answer] for n, e in row.entries.items()},
            any(e.absent for e in row.entries.values()),
        ]
        for row in found.rows
    ]
    assert found.problems == []
    assert papers == EXPECTED["papers"]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_is_read_with_its_encoding_and_delimiter(name):
    table = tabular.read_file(FOLDER / name, tabular.first_row_score(bool))
    expected = EXPECTED["files"][name]
    assert (table.encoding, table.delimiter) == (expected["encoding"], expected["delimiter"])
