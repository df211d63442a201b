"""One way to read a table in the store (core/store/rows.py): columns named as the record's
fields, records built by name. A row unpacked by position, or a read through sqlite-utils'
table calls, does not come back into core/store (as tests/test_layers.py holds the imports)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from kerinjing_desktop.core.store import rows

STORE = Path(__file__).resolve().parents[1] / "kerinjing_desktop" / "core" / "store"

# What building a record by position looks like, and the sqlite-utils reads that only wrapped
# the same SQL: Note(*row[:5]), Photo(*row), row[0], fetchone()[0], db["x"].get(…).
POSITIONAL = {
    "a record made from a row's positions": re.compile(r"\b[A-Z]\w*\(\s*\*(?!\*)"),
    "a slice of a row unpacked": re.compile(r"\*\s*\w*row\w*\s*\["),
    "a column taken by its position": re.compile(r"\b(?:row|r|found|tomb)\[\d"),
    "the first column of fetchone()": re.compile(r"fetchone\(\)\s*\["),
    "a row unpacked into names in a loop": re.compile(
        r"for\s+\(?\w+\s*,\s*\w+[\w\s,*]*\)?\s+in\s+\w+\.(?:db\.)?execute\("
    ),
    "a read through sqlite-utils": re.compile(
        r"\.rows_where\(|\.db\.query\(|\.db\.execute\(|\]\.get\(|\]\.rows\b"
    ),
}


def _offences() -> list[str]:
    found = []
    for path in sorted(STORE.glob("*.py")):
        if path.name == "rows.py":
            continue
        text = path.read_text(encoding="utf-8")
        for what, pattern in POSITIONAL.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.name}:{line}: {what}")
    return found


def test_the_store_builds_every_record_by_name():
    assert _offences() == []


@pytest.mark.parametrize(
    "line",
    [
        "    return [Note(*row[:5], bool(row[5]), row[6]) for row in rows]",
        "    return [Photo(*row) for row in rows]",
        '    return store.execute("SELECT 1").fetchone()[0]',
        "    for number, state in store.execute(sql, [event_id]):",
        '    registration = store.db["registrations"].get(registration_id)',
        "    rows = store.db.execute(sql).fetchall()",
    ],
)
def test_each_positional_form_is_caught(line):
    assert any(pattern.search(line) for pattern in POSITIONAL.values()), line


@dataclass(frozen=True)
class Person:
    code: str
    name: str
    consent: bool = False
    note: str = ""


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE people (code TEXT, full_name TEXT, consent INTEGER)")
    conn.executemany(
        "INSERT INTO people VALUES (?, ?, ?)", [("P-001", "Siti", 1), ("P-002", "Budi", 0)]
    )
    yield conn
    conn.close()


def test_a_record_is_built_by_the_columns_names_in_any_order(db):
    ordered = rows.records(
        db, Person, "SELECT code, full_name AS name, consent FROM people ORDER BY code",
        consent=bool,
    )  # fmt: skip
    reordered = rows.records(
        db, Person, "SELECT consent, full_name AS name, code FROM people ORDER BY code",
        consent=bool,
    )  # fmt: skip
    assert ordered == reordered == [Person("P-001", "Siti", True), Person("P-002", "Budi", False)]
    assert type(ordered[0].consent) is bool


def test_fields_left_out_keep_their_defaults_and_skipped_fields_go_by_keyword(db):
    found = rows.first(db, Person, "SELECT code, full_name AS name FROM people WHERE code = ?",
                       ["P-002"])  # fmt: skip
    assert found == Person("P-002", "Budi")
    noted = rows.first(db, Person, "SELECT code, full_name AS name, 'x' AS note FROM people")
    assert noted == Person("P-001", "Siti", False, "x")


def test_a_column_no_field_is_named_after_is_refused(db):
    with pytest.raises(TypeError, match="full_name"):
        rows.records(db, Person, "SELECT code, full_name, consent FROM people")
    with pytest.raises(TypeError, match="share a name"):
        rows.records(db, Person, "SELECT code, code, full_name AS name FROM people")


def test_no_row_is_none_and_one_value_is_the_value(db):
    assert rows.first(db, Person, "SELECT code, full_name AS name FROM people WHERE 0") is None
    assert rows.value(db, "SELECT count(*) FROM people") == 2
    assert rows.value(db, "SELECT code FROM people WHERE code = ?", ["P-009"]) is None
    with pytest.raises(TypeError):
        rows.value(db, "SELECT code, full_name FROM people")


def test_a_column_a_look_up_table_and_plain_dicts(db):
    assert rows.column_values(db, "SELECT code FROM people ORDER BY code") == ["P-001", "P-002"]
    assert rows.mapping(db, "SELECT code, full_name FROM people") == {
        "P-001": "Siti",
        "P-002": "Budi",
    }
    with pytest.raises(TypeError):
        rows.mapping(db, "SELECT code FROM people")
    assert rows.records(db, dict, "SELECT code, consent FROM people ORDER BY code") == [
        {"code": "P-001", "consent": 1},
        {"code": "P-002", "consent": 0},
    ]


def test_records_filed_under_their_keys(db):
    by_code = dict(
        rows.keyed(db, Person, "SELECT code, code, full_name AS name FROM people ORDER BY code")
    )
    assert by_code == {"P-001": Person("P-001", "Siti"), "P-002": Person("P-002", "Budi")}
    pairs = list(
        rows.keyed(
            db,
            Person,
            "SELECT full_name, consent, code, full_name AS name, consent FROM people ORDER BY code",
            keys=2,
            consent=bool,
        )
    )
    assert pairs == [
        (("Siti", 1), Person("P-001", "Siti", True)),
        (("Budi", 0), Person("P-002", "Budi", False)),
    ]
