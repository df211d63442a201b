"""Searching a person ignores case, apostrophes, hyphens and diacritics (one rule, in core);
dates are typed as people write them; the demo day keeps its own clock."""

import datetime as dt

import pytest

from kerinjing_desktop.core.dates import parse_date, typed_date
from kerinjing_desktop.core.domain import ValidationError, search_key


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("maruf", "Ma'ruf Hidayat"),
        ("MA’RUF hid", "Ma'ruf Hidayat"),
        ("siti", "Ṡiti Aminah"),
        ("nuraini", "Nur-Aini"),
        ("nur aini", "Nur–Aini Lestari"),
        ("jose", "José Ramos-Horta"),
        ("p007", "P-007"),
    ],
)
def test_a_search_finds_the_name_as_people_write_it(typed, name):
    key = search_key(name)
    assert all(word in key for word in search_key(typed).split())


def test_different_names_stay_different():
    assert "budi" not in search_key("Siti Aminah")
    assert search_key("  Siti   Aminah ") == "siti aminah"


@pytest.mark.parametrize(
    "text",
    [
        "21-09-2021",
        "21/9/2021",
        "21.09.21",
        "21 Sep 2021",
        "21 September 2021",
        "21 sept. 2021",
        "2021-09-21",
        " 21 - 9 - 2021 ",
    ],
)
def test_dates_as_indonesians_write_them(text):
    assert parse_date(text) == dt.date(2021, 9, 21)


@pytest.mark.parametrize(
    ("text", "month"),
    [("17 Agustus 2021", 8), ("17 Agu 2021", 8), ("17 Mei 2021", 5), ("17 Okt 2021", 10),
     ("17 Desember 2021", 12), ("17 Des 2021", 12), ("17 Pebruari 2021", 2)],
)  # fmt: skip
def test_indonesian_month_names(text, month):
    assert parse_date(text) == dt.date(2021, month, 17)


def test_day_comes_first():
    assert parse_date("3/4/2021") == dt.date(2021, 4, 3)


@pytest.mark.parametrize(
    "text", ["31-02-2021", "21-13-2021", "hari ini", "21 Foo 2021", "2021", ""]
)
def test_a_bad_date_is_said_not_replaced(text):
    with pytest.raises(ValidationError) as error:
        parse_date(text)
    assert error.value.problems[0][0] == "date"
    assert "21-09-2021" in str(error.value)


def test_the_form_shows_a_stored_date_as_typed():
    assert typed_date("2021-09-05") == "05-09-2021"
    assert parse_date(typed_date("2021-09-05")) == dt.date(2021, 9, 5)


def test_the_demo_day_was_checked_in_on_its_own_morning(demo_store):
    """The demo's check-in times are on 21 September 2021, a few minutes apart, from 08:02 WIB
    (they showed today's clock for a 2021 event)."""
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID
    from kerinjing_desktop.core.store.participants import list_participants

    stamps = [p.checked_in_at for p in list_participants(demo_store, DEMO_EVENT_ID) if p.attended]
    assert stamps and all(s.startswith("2021-09-21T0") for s in stamps)
    assert len(set(stamps)) == len(stamps) and min(stamps) == "2021-09-21T01:02:00.000Z"


@pytest.mark.parametrize(
    "typed", ["maruf", "ma'ruf hid", "nur aini", "nur-aini", "siti", "jose", "o'brien", "an"]
)
def test_finding_a_known_person_follows_search_key(store, typed):
    """The walk-in box's offer (find_people, part SQL for speed) finds exactly the people
    whose search_key holds every word typed, as the participants page does."""
    from kerinjing_desktop.core.domain import validate_person
    from kerinjing_desktop.core.store.events import add_event
    from kerinjing_desktop.core.store.participants import find_people, import_participants

    names = ["Ma'ruf Hidayat", "Ma’ruf Hidayat", "Nur-Aini", "Nur Aini Lestari", "Ṡiti Aminah",
             "Siti Rahma", "José Ramos", "Jose-Maria", "O'Brien", "Anwar", "H. Ahmad Nur",
             "Dian_Sari", 'Ani "Nining"']  # fmt: skip
    event = add_event(store, "Lama", "Desa", "2021-09-21")
    import_participants(store, event.id, [validate_person(n, "P", "30") for n in names])
    words = search_key(typed).split()
    expected = {n for n in names if all(w in search_key(n) for w in words)}
    assert {p.name for p in find_people(store, typed)} == expected
