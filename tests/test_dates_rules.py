"""core/dates.py word by word: every month as people write it in both languages, two-digit
years, the years the app accepts, the exact sentences of a refusal, and a stored UTC time on
the laptop's clock (a time zone the test sets, never the machine's)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.dates import local_stamp, parse_date, typed_date
from kerinjing_desktop.core.domain import ValidationError

MONTHS = [
    (1, "Januari", "January", "Jan", "Jan"),
    (2, "Februari", "February", "Feb", "Feb"),
    (3, "Maret", "March", "Mar", "Mar"),
    (4, "April", "April", "Apr", "Apr"),
    (5, "Mei", "May", "Mei", "May"),
    (6, "Juni", "June", "Jun", "Jun"),
    (7, "Juli", "July", "Jul", "Jul"),
    (8, "Agustus", "August", "Agu", "Aug"),
    (9, "September", "September", "Sep", "Sep"),
    (10, "Oktober", "October", "Okt", "Oct"),
    (11, "November", "November", "Nov", "Nov"),
    (12, "Desember", "December", "Des", "Dec"),
]


@pytest.mark.parametrize(("number", "indonesian", "english", "id3", "en3"), MONTHS)
def test_every_month_in_both_languages_long_and_short_in_any_case(
    number, indonesian, english, id3, en3
):
    for word in (indonesian, english, id3, en3, indonesian.upper(), en3.lower()):
        assert parse_date(f"5 {word} 2024") == dt.date(2024, number, 5), word


@pytest.mark.parametrize(
    ("word", "number"),
    [("agt", 8), ("Ags", 8), ("Sept", 9), ("Nop", 11), ("Pebruari", 2), ("peb", 2)],
)
def test_the_other_short_forms_people_write(word, number):
    assert parse_date(f"5 {word}. 2024") == dt.date(2024, number, 5)


def test_a_two_digit_year_is_this_century_and_the_numbers_are_day_month_year():
    assert parse_date("7-8-21") == dt.date(2021, 8, 7)
    assert parse_date("7/8/99") == dt.date(2099, 8, 7)
    assert parse_date("7 Agustus 05") == dt.date(2005, 8, 7)
    assert parse_date("2024-8-7") == dt.date(2024, 8, 7)  # ISO: year, month, day


@pytest.mark.parametrize(
    ("text", "day"),
    [("1-1-1900", dt.date(1900, 1, 1)), ("31-12-2200", dt.date(2200, 12, 31)),
     ("29-02-2024", dt.date(2024, 2, 29))],
)  # fmt: skip
def test_the_years_the_app_takes(text, day):
    assert parse_date(text) == day


@pytest.fixture
def english():
    i18n.set_language("en")


@pytest.mark.parametrize(
    "text", ["31-12-1899", "1-1-2201", "29-02-2023", "7-8-021", "7 Foo 2021", "2021-13-01"]
)
def test_a_date_that_is_not_one_is_refused_in_words(english, text):
    with pytest.raises(ValidationError) as raised:
        parse_date(f"  {text} ")
    assert raised.value.problems == [
        ("date", f"“{text}” is not a date. Type it like 21-09-2021 or 21 September 2021.")
    ]


def test_nothing_typed_asks_for_a_date(english):
    for typed in ("", "   "):
        with pytest.raises(ValidationError) as raised:
            parse_date(typed)
        assert raised.value.problems == [
            ("date", "Type the date, like 21-09-2021 or 21 September 2021.")
        ]


def test_spaces_between_the_parts_are_forgiven():
    assert parse_date("  5   Mei   2024 ") == dt.date(2024, 5, 5)


def test_a_stored_date_is_shown_day_first_with_two_digits():
    assert typed_date("2024-03-07") == "07-03-2024"


@pytest.fixture
def jakarta(monkeypatch):
    """The laptop's clock in Western Indonesia (UTC+7, no summer time)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_time_reads_on_the_laptops_clock(jakarta):
    assert local_stamp("2026-12-05T11:28:56.878Z") == "05-12-2026 18:28"
    assert local_stamp("2026-12-31T20:05:00.000Z") == "01-01-2027 03:05"
    assert local_stamp(None) == "" and local_stamp("") == ""
