"""The rules of core/store/rows.py, each stated once: records built by the columns' names in
any order, converters applied to their own field, the refusals in words, and the fast path
marked for `keyed`. Qt-free: an in-memory sqlite3 connection and dataclasses defined here."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from kerinjing_desktop.core.store import rows


@dataclass
class Person:
    id: int
    name: str
    age: int


@dataclass
class Spaced:
    id: int
    note: str = "none"
    name: str = "?"


@dataclass
class Single:
    id: int


@dataclass
class Hidden:
    id: int
    name: str
    seen: bool = field(default=False, init=False)


class Plain:
    """Not a dataclass: built by keyword."""

    def __init__(self, *, id: int, name: str) -> None:
        self.id = id
        self.name = name


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE person (id INTEGER, name TEXT, age INTEGER)")
    connection.executemany("INSERT INTO person VALUES (?, ?, ?)", [(1, "Ani", 30), (2, "Budi", 40)])
    yield connection
    connection.close()


def test_columns_in_field_order(db: sqlite3.Connection) -> None:
    found = rows.records(db, Person, "SELECT id, name, age FROM person ORDER BY id")
    assert found == [Person(1, "Ani", 30), Person(2, "Budi", 40)]


def test_columns_in_another_order_go_to_their_fields(db: sqlite3.Connection) -> None:
    found = rows.records(db, Person, "SELECT age, id, name FROM person ORDER BY id")
    assert found == [Person(1, "Ani", 30), Person(2, "Budi", 40)]


def test_fields_left_to_defaults_between(db: sqlite3.Connection) -> None:
    found = rows.records(db, Spaced, "SELECT name, id FROM person ORDER BY id")
    assert found == [Spaced(1, "none", "Ani"), Spaced(2, "none", "Budi")]


def test_a_single_column_record(db: sqlite3.Connection) -> None:
    assert rows.records(db, Single, "SELECT id FROM person ORDER BY id") == [Single(1), Single(2)]


def test_a_field_not_in_init_is_no_column(db: sqlite3.Connection) -> None:
    assert rows.first(db, Hidden, "SELECT id, name FROM person WHERE id = 1") == Hidden(1, "Ani")
    with pytest.raises(TypeError) as refused:
        rows.first(db, Hidden, "SELECT id, name, 0 AS seen FROM person")
    assert str(refused.value) == "Hidden has no field seen"


def test_converters_go_to_their_own_field(db: sqlite3.Connection) -> None:
    in_order = rows.records(db, Person, "SELECT id, name, age FROM person ORDER BY id", age=str)
    assert in_order == [Person(1, "Ani", "30"), Person(2, "Budi", "40")]  # type: ignore[arg-type]
    moved = rows.records(
        db, Person, "SELECT age, name, id FROM person ORDER BY id", id=str, name=str.upper
    )
    assert moved == [Person("1", "ANI", 30), Person("2", "BUDI", 40)]  # type: ignore[arg-type]
    spaced = rows.first(db, Spaced, "SELECT name, id FROM person WHERE id = 2", name=str.lower)
    assert spaced == Spaced(2, "none", "budi")


def test_two_columns_sharing_a_name(db: sqlite3.Connection) -> None:
    with pytest.raises(TypeError) as refused:
        rows.records(db, Person, "SELECT id, name, id FROM person")
    assert str(refused.value) == "two columns share a name: id, name, id"


def test_a_column_no_field_is_named_after(db: sqlite3.Connection) -> None:
    with pytest.raises(TypeError) as refused:
        rows.records(db, Person, "SELECT id, name, age, 1 AS extra, 2 AS more FROM person")
    assert str(refused.value) == "Person has no field extra, more"
    with pytest.raises(TypeError) as converted:
        rows.records(db, Person, "SELECT id, name, age FROM person", nickname=str)
    assert str(converted.value) == "Person has no field nickname"


def test_a_dict_record_with_and_without_converters(db: sqlite3.Connection) -> None:
    sql = "SELECT name, age FROM person ORDER BY id"
    assert rows.records(db, dict, sql) == [
        {"name": "Ani", "age": 30},
        {"name": "Budi", "age": 40},
    ]
    assert rows.records(db, dict, sql, age=str) == [
        {"name": "Ani", "age": "30"},
        {"name": "Budi", "age": "40"},
    ]
    assert rows.dicts(db, "SELECT id FROM person WHERE id = 2") == [{"id": 2}]


def test_a_non_dataclass_record_built_by_keyword(db: sqlite3.Connection) -> None:
    found = rows.records(db, Plain, "SELECT name, id FROM person ORDER BY id", name=str.upper)
    assert [(plain.id, plain.name) for plain in found] == [(1, "ANI"), (2, "BUDI")]


def test_a_row_of_another_length_than_its_names_is_refused() -> None:
    with pytest.raises(ValueError):
        rows.builder(dict, ["a", "b"], {})((1, 2, 3))
    with pytest.raises(ValueError):
        rows.builder(Plain, ["id", "name"], {})((1, "x", "extra"))


def test_only_columns_in_field_order_are_built_inline_by_keyed() -> None:
    """`keyed` builds a record itself only when `builder` marks it in field order: two or more
    columns, the dataclass's first fields in their order, no converter."""
    assert getattr(rows.builder(Person, ["id", "name"], {}), "in_field_order", False) is True
    assert getattr(rows.builder(Person, ["id", "name", "age"], {}), "in_field_order", False)
    for names, convert in [
        (["id"], {}),
        (["name", "id"], {}),
        (["id", "age"], {}),
        (["id", "name"], {"name": str}),
    ]:
        build = rows.builder(Person, names, convert)
        assert not getattr(build, "in_field_order", False), (names, convert)


def test_first_and_value_on_no_row(db: sqlite3.Connection) -> None:
    assert rows.first(db, Person, "SELECT id, name, age FROM person WHERE id = 9") is None
    assert rows.value(db, "SELECT name FROM person WHERE id = 9") is None
    assert rows.first(db, Person, "SELECT id, name, age FROM person ORDER BY id DESC") == Person(
        2, "Budi", 40
    )
    assert rows.value(db, "SELECT name FROM person WHERE id = ?", (2,)) == "Budi"


def test_one_value_one_column_a_mapping(db: sqlite3.Connection) -> None:
    assert rows.column_values(db, "SELECT name FROM person ORDER BY id") == ["Ani", "Budi"]
    assert rows.mapping(db, "SELECT name, id FROM person") == {"Ani": 1, "Budi": 2}
    with pytest.raises(TypeError) as value:
        rows.value(db, "SELECT id, name FROM person")
    assert str(value.value) == "value() reads one column, not 2: SELECT id, name FROM person"
    with pytest.raises(TypeError) as column:
        rows.column_values(db, "SELECT id, name FROM person")
    assert str(column.value) == (
        "column_values() reads one column, not 2: SELECT id, name FROM person"
    )
    with pytest.raises(TypeError) as pairs:
        rows.mapping(db, "SELECT id FROM person")
    assert str(pairs.value) == "mapping() reads two columns, not 1: SELECT id FROM person"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT id AS k, id, name, age FROM person ORDER BY id",  # in field order: inline
        "SELECT id AS k, age, name, id FROM person ORDER BY id",  # another order
    ],
)
def test_keyed_with_one_key_column(db: sqlite3.Connection, sql: str) -> None:
    assert list(rows.keyed(db, Person, sql)) == [
        (1, Person(1, "Ani", 30)),
        (2, Person(2, "Budi", 40)),
    ]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT id AS k, name AS n, id, name, age FROM person ORDER BY id",
        "SELECT id AS k, name AS n, name, age, id FROM person ORDER BY id",
    ],
)
def test_keyed_with_several_key_columns(db: sqlite3.Connection, sql: str) -> None:
    assert list(rows.keyed(db, Person, sql, keys=2)) == [
        ((1, "Ani"), Person(1, "Ani", 30)),
        ((2, "Budi"), Person(2, "Budi", 40)),
    ]
    converted = rows.keyed(db, Person, sql, keys=2, age=str)
    assert [record.age for _, record in converted] == ["30", "40"]
