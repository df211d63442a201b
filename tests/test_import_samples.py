"""Every sample list in tests/data/lists gives the same three people, group and phone included.

Like sqlite-utils' `tests/sniff`, the folder is the specification: each kind of file a
facilitator brings (Excel in the Indonesian locale, Google Sheets, Excel's Unicode Text, a
`sep=` line, a BOM with Windows-1252 bytes pasted in, title rows, an .xlsx with numbers and
dates) is one file there, made by make_lists.py and listed in expected.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kerinjing_desktop.core.importer import read_people_file

FOLDER = Path(__file__).parent / "data" / "lists"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
SAMPLES = sorted(p.name for p in FOLDER.iterdir() if p.suffix in (".csv", ".txt", ".xlsx"))


def test_every_sample_is_listed():
    """A file dropped into the folder without its expectations would test nothing."""
    assert sorted(EXPECTED["files"]) == SAMPLES


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_gives_the_same_people(name):
    result = read_people_file(FOLDER / name)
    found = [
        [r.person.name, r.person.gender, r.person.age, r.person.group, r.person.phone]
        for r in result.rows
    ]
    assert (result.problems, result.notices) == ([], [])
    assert found == EXPECTED["people"]
    assert [r.row for r in result.rows] == [result.header_row + n for n in (1, 2, 3)]
    expected = EXPECTED["files"][name]
    assert (result.encoding, result.delimiter, result.header_row) == (
        expected["encoding"],
        expected["delimiter"],
        expected["header_row"],
    )
