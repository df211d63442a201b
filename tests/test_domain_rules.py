"""The edges of the domain's rules, each pinned by its message (written against mutants that
survived test_domain.py: limits moved by one, messages emptied, month and day names)."""

from __future__ import annotations

import datetime as dt

import pytest

from kerinjing_desktop.core.domain import (
    MAX_NAME_LENGTH,
    Event,
    Participant,
    PersonInput,
    ValidationError,
    format_date,
    parse_age,
    parse_phone,
    validate_event,
    validate_person,
)


def _problems(call, *args, **kwargs) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.problems


def test_every_month_and_weekday_has_its_name_in_both_languages():
    """2021-01-04 was a Monday; one date in each month walks both tables."""
    months_id = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November"
    months_en = "January February March April May June July August September October November"
    for month, (name_id, name_en) in enumerate(
        zip([*months_id.split(), "Desember"], [*months_en.split(), "December"], strict=True), 1
    ):
        assert format_date(f"2021-{month:02d}-09", "id") == f"9 {name_id} 2021"
        assert format_date(f"2021-{month:02d}-09", "en") == f"9 {name_en} 2021"
    days_id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    days_en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for offset in range(7):
        day = (dt.date(2021, 1, 4) + dt.timedelta(days=offset)).isoformat()
        expected = f"{days_id[offset]}, {4 + offset} Januari 2021"
        assert format_date(day, "id", weekday=True) == expected
        assert format_date(day, "en", weekday=True).startswith(f"{days_en[offset]}, ")


def test_a_name_may_be_exactly_the_longest_allowed():
    assert validate_person("a" * MAX_NAME_LENGTH, "P").name == "a" * MAX_NAME_LENGTH
    assert _problems(validate_person, "a" * (MAX_NAME_LENGTH + 1), "P") == [
        ("name", f"nama lebih dari {MAX_NAME_LENGTH} karakter")
    ]


def test_every_problem_of_a_person_is_listed_with_its_words():
    problems = _problems(validate_person, " ", "", "abc", "", "x")
    assert problems == [
        ("name", "nama kosong"),
        ("gender", "jenis kelamin kosong (L atau P)"),
        ("age", "umur harus berupa angka tahun, bukan “abc”"),
        ("phone", "nomor HP “x” bukan nomor"),
    ]


def test_ages_from_five_to_a_hundred_and_twenty_whole_years():
    assert parse_age("5") == (5, None)
    assert parse_age("120") == (120, None)
    assert parse_age("38,0") == (38, None)
    assert parse_age("17 thn") == (17, None)
    expected = "umur harus bilangan bulat dari 5 sampai 120"
    for bad in ("4", "121", "2.5"):
        assert parse_age(bad) == (None, expected)


def test_phones_keep_their_plus_and_lose_their_punctuation():
    assert parse_phone("+62 812-3456-7890") == ("+6281234567890", None)
    assert parse_phone("'0812345678") == ("0812345678", None)
    assert parse_phone("12345") == ("", "nomor HP “12345” bukan nomor")
    assert parse_phone("") == ("", None)


def test_a_person_is_recorded_with_the_consent_given():
    assert validate_person("Siti", "P", consent=False).consent is False
    assert validate_person("Siti", "P").consent is True
    assert PersonInput("Siti", "P").group == "Lainnya"


def test_an_event_lists_each_missing_field_in_words():
    assert _problems(validate_event, "", "", "21-09-2021") == [
        ("title", "acara perlu judul"),
        ("village", "acara perlu nama desa"),
        ("date", "tanggal harus TTTT-BB-HH, bukan “21-09-2021”"),
    ]


def test_an_event_keeps_line_breaks_in_notes_and_cleans_the_rest():
    fields = validate_event(
        " Sosialisasi ", "Kerinjing", "2021-09-21", kecamatan="  Tanjung  Raja ",
        notes=" satu\ndua ", presurvey_notes="a\n\nb",
    )  # fmt: skip
    assert fields["title"] == "Sosialisasi" and fields["kecamatan"] == "Tanjung Raja"
    assert (fields["notes"], fields["presurvey_notes"]) == ("satu\ndua", "a\n\nb")
    assert fields["venue"] == fields["kabupaten"] == fields["facilitators"] == ""


def test_the_error_text_joins_every_message():
    error = ValidationError([("a", "satu"), ("b", "dua")])
    assert str(error) == "satu; dua" and error.problems == [("a", "satu"), ("b", "dua")]


def test_a_participant_attends_once_checked_in_and_has_the_events_age():
    base = dict(
        registration_id="r", person_id="p", code="P-001", name="Siti", gender="P",
        birth_year=1990, group="PKK", phone="", consent=True, role="peserta", event_year=2021,
    )  # fmt: skip
    assert Participant(**base, checked_in_at=None).attended is False
    checked = Participant(**base, checked_in_at="2021-09-21T08:00:00Z")
    assert checked.attended is True and checked.age == 31
    assert Participant(**{**base, "birth_year": None}, checked_in_at=None).age is None
    assert Event("e", "T", "V", "2021-09-21").year == 2021


def test_the_standard_groups_include_prospective_and_returned_migrant_workers():
    from kerinjing_desktop.core.domain import GROUPS

    assert GROUPS == (
        "PKK", "Karang Taruna", "Pelajar", "Perangkat Desa", "Tokoh Masyarakat", "Calon PMI",
        "Purna PMI", "Lainnya",
    )  # fmt: skip


def test_a_wrong_gender_is_quoted_in_the_message():
    assert _problems(validate_person, "Siti", "X") == [
        ("gender", "jenis kelamin harus L atau P, bukan “X”")
    ]


def test_participants_are_values():
    import dataclasses

    participant = Participant(
        registration_id="r", person_id="p", code="P-001", name="Siti", gender="P",
        birth_year=None, group="PKK", phone="", consent=True, role="peserta", event_year=2021,
        checked_in_at=None,
    )  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        participant.name = "Rohani"  # type: ignore[misc]
