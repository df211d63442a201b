"""Validation of what a facilitator types, and Indonesian dates."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kerinjing_desktop.core.domain import (
    ValidationError,
    clean_text,
    format_date,
    normalize_code,
    validate_event,
    validate_person,
)


def test_one_word_names_and_aliases_are_accepted():
    """A one-word name, 'Perempuan' and an age with 'tahun' validate."""
    person = validate_person("  Rohani ", "Perempuan", "38 tahun", "pkk", "0812-3456-789")
    assert (person.name, person.gender, person.age, person.group) == ("Rohani", "P", 38, "PKK")
    assert person.phone == "08123456789"


@pytest.mark.parametrize(
    "fields, field",
    [
        (("", "P"), "name"),
        (("Siti", "X"), "gender"),
        (("Siti", "P", "abc"), "age"),
        (("Siti", "P", "300"), "age"),
        (("Siti", "P", "", "", "call me"), "phone"),
    ],
)
def test_bad_person_fields_are_named(fields, field):
    """Each bad field is reported under its own name."""
    with pytest.raises(ValidationError) as caught:
        validate_person(*fields)
    assert field in [f for f, _message in caught.value.problems]


def test_messages_are_in_indonesian_by_default():
    """Validation messages come in Indonesian unless English is chosen."""
    from kerinjing_desktop.core import i18n

    with pytest.raises(ValidationError) as caught:
        validate_person("", "P")
    assert caught.value.problems[0][1] == "nama kosong"
    i18n.set_language("en")
    with pytest.raises(ValidationError) as caught:
        validate_person("", "P")
    assert caught.value.problems[0][1] == "name is empty"


def test_control_characters_are_removed():
    """Control characters never reach the store (they break PDFs and CSVs)."""
    assert clean_text("Siti\x00 Nur\taini\n") == "Siti Nur aini"


def test_event_date_must_be_iso():
    """An event date must be YYYY-MM-DD."""
    assert validate_event("A", "B", "2021-09-21")["date"] == "2021-09-21"
    with pytest.raises(ValidationError, match="^tanggal harus TTTT-BB-HH, bukan “21/09/2021”$"):
        validate_event("A", "B", "21/09/2021")


def test_indonesian_dates():
    """Dates print the Indonesian way, with the weekday when asked."""
    assert format_date("2021-09-21", "id") == "21 September 2021"
    assert format_date("2021-09-21", "id", weekday=True) == "Selasa, 21 September 2021"
    assert format_date("2021-08-19", "en", weekday=True) == "Thursday, 19 August 2021"


def test_codes_normalise():
    """'7', 'p7' and 'P-007' all name participant P-007."""
    assert normalize_code("7") == normalize_code("p7") == normalize_code("P-007") == "P-007"
    assert normalize_code("Siti") is None


@given(st.text())
def test_clean_text_skips_only_what_is_already_clean(text):
    """The fast path for printable text gives what the per-character cleaning gives."""
    import unicodedata

    from kerinjing_desktop.core.domain import clean_text

    normal = unicodedata.normalize("NFC", text)
    slow = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in normal)
    assert clean_text(text) == " ".join(slow.split())
