"""Each rule a bundle's rows and deletions are checked by, one crafted row at a time: a real
store's rows pass; each change below is refused in its own words, and the harmless ones pass."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.bundle_check import shape_problem, validate
from kerinjing_desktop.core.store.sync import collect

CLOCK = "2026-12-05T09:00:00.000Z"
LATER = "2026-12-05T09:00:00.001Z"
OTHER_ID = "0" * 36


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


@pytest.fixture(scope="module")
def register():
    """A real store's rows, by table, as a bundle carries them (stamped before CLOCK)."""
    store = open_store(None)
    store.clock.wall = lambda: dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    create_demo_event(store)
    tables, deletions = collect(store, None, True)
    store.close()
    return tables


def _rows(register, table, change=None):
    """Every row of the register under its own id, the first row of `table`'s data passed
    through `change`."""
    rows = []
    for name, table_rows in register.items():
        for index, row in enumerate(table_rows):
            data = dict(row)
            if name == table and index == 0 and change is not None:
                data = change(data)
            rows.append((name, str(row["id"]), json.dumps(data)))
    return rows


def _check(register, table, change, manifest=None):
    manifest = manifest or {"format_version": "2", "clock": CLOCK}
    return validate(manifest, _rows(register, table, change), [])


def _set(**values):
    return lambda row: row | values


def _without(name):
    return lambda row: {k: v for k, v in row.items() if k != name}


def test_a_real_stores_rows_pass(register):
    assert {"events", "people", "registrations", "scores", "questions"} <= set(register)
    assert validate({"format_version": "2", "clock": CLOCK}, _rows(register, ""), []) is None


@pytest.mark.parametrize(
    ("table", "change", "problem"),
    [
        ("people", _set(full_name=7), "a row of people has a wrong full_name"),
        ("people", _set(full_name=None), "a row of people has a wrong full_name"),
        ("people", _without("full_name"), "a row of people lacks full_name"),
        ("people", _set(birth_year=True), "a row of people has a wrong birth_year"),
        ("people", _set(birth_year=1990.0), "a row of people has a wrong birth_year"),
        ("people", _set(birth_year="1990"), "a row of people has a wrong birth_year"),
        ("registrations", _set(seq=None), "a row of registrations has a wrong seq"),
        ("people", _set(id=OTHER_ID), "a row of people has a wrong id"),
        ("people", _set(created_at="kemarin"), "a row of people has a wrong created_at"),
        ("people", _set(updated_at="2026-12-05"), "a row of people has a wrong updated_at"),
        ("people", _set(updated_at=LATER), "a row of people is dated after the bundle was made"),
        ("events", _set(next_seq="1"), "a row of events has a wrong next_seq"),
    ],
)
def test_a_crafted_row_is_refused_in_words(register, table, change, problem):
    assert _check(register, table, change) == problem


@pytest.mark.parametrize(
    ("table", "change"),
    [
        ("people", _set(birth_year=None)),  # a column that may be empty
        ("people", _without("birth_year")),
        ("people", _without("phone")),  # a column with a default
        ("people", _set(birth_year=1990)),
        ("people", _set(updated_at=CLOCK)),  # dated at the bundle's own clock
        ("people", _set(extra="ignored")),  # a column this version does not know
    ],
)
def test_harmless_differences_pass(register, table, change):
    assert _check(register, table, change) is None


def test_rows_that_cannot_be_read_or_named_are_refused(register):
    manifest = {"format_version": "2", "clock": CLOCK}
    good = _rows(register, "")
    table, row_id, data = next(r for r in good if r[0] == "people")
    deep = "[" * 100_000 + "]" * 100_000
    cases = {
        ("settings", row_id, data): "it holds rows of an unknown kind (settings)",
        (table, row_id, "{not json"): "a row of people is not readable",
        (table, row_id, "[1, 2]"): "a row of people is not readable",
        (table, row_id, deep): "a row of people is not readable",
        (table, row_id[:35], json.dumps(json.loads(data) | {"id": row_id[:35]})): (
            "a row of people has a wrong id"
        ),
    }
    for row, problem in cases.items():
        assert validate(manifest, [row, *good], []) == problem, row[0]


def test_a_format_2_bundle_needs_its_clock_and_format_1_has_none(register):
    old_rows = _rows(register, "people", _set(updated_at="2099-01-01T00:00:00.000Z"))
    assert validate({"format_version": "1"}, old_rows, []) is None
    for manifest in ({"format_version": "2"}, {"format_version": "2", "clock": "tomorrow"}):
        assert validate(manifest, _rows(register, ""), []) == "its manifest is not valid"


@pytest.mark.parametrize(
    ("deletion", "problem"),
    [
        (("people", OTHER_ID, CLOCK, "laptop"), None),
        (("people", OTHER_ID, CLOCK), "a deletion in it is incomplete"),
        (("people", OTHER_ID, CLOCK, 7), "a deletion in it is incomplete"),
        (("settings", OTHER_ID, CLOCK, "laptop"), "a deletion in it is not valid"),
        (("people", "short", CLOCK, "laptop"), "a deletion in it is not valid"),
        (("people", OTHER_ID, "kemarin", "laptop"), "a deletion in it is not valid"),
        (
            ("people", OTHER_ID, LATER, "laptop"),
            "a deletion in it is dated after the bundle was made",
        ),
    ],
)
def test_each_deletion_is_checked(deletion, problem):
    assert validate({"format_version": "2", "clock": CLOCK}, [], [deletion]) == problem


def test_a_format_1_deletion_may_carry_any_valid_stamp():
    deletion = ("people", OTHER_ID, "2099-01-01T00:00:00.000Z", "laptop")
    assert validate({"format_version": "1"}, [], [deletion]) is None


def test_only_text_goes_where_text_belongs():
    row = ("people", OTHER_ID, "{}")
    deletion = ("people", OTHER_ID, CLOCK, "laptop")
    assert shape_problem({"a": "b"}, [row], [deletion]) is None
    assert shape_problem({"a": 1}, [row], [deletion]) == "its manifest is not valid"
    assert shape_problem({1: "b"}, [row], [deletion]) == "its manifest is not valid"
    assert shape_problem({}, [("people", OTHER_ID)], []) == "a row in it is incomplete"
    assert shape_problem({}, [("people", OTHER_ID, None)], []) == "a row in it is incomplete"
    assert shape_problem({}, [], [deletion[:3]]) == "a deletion in it is incomplete"
    assert shape_problem({}, [], [(*deletion[:3], None)]) == "a deletion in it is incomplete"
