"""The domain's words and small readings, each written out (against mutants that survived
test_domain.py and test_domain_rules.py once genders, roles and groups became enums and
tables): how a gender is shown, the standard groups and age bands by name, the role labels,
search keys and a village's label read as its group."""

from __future__ import annotations

import dataclasses

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import (
    AGE_BANDS,
    GROUPS,
    ROLE_LABELS,
    PersonInput,
    age_band,
    gender_label,
    parse_group,
    search_key,
)
from kerinjing_desktop.core.kinds import Gender, Role


def test_a_gender_is_shown_as_stored_in_indonesian_and_as_m_or_f_in_english():
    assert [gender_label(g) for g in (Gender.MALE, Gender.FEMALE, "X")] == ["L", "P", "X"]
    i18n.set_language("en")
    assert [gender_label(g) for g in (Gender.MALE, Gender.FEMALE, "X")] == ["M", "F", "X"]
    assert [gender_label(g) for g in ("L", "P", "")] == ["M", "F", ""]


def test_the_standard_groups_and_age_bands_are_these_words_in_this_order():
    assert GROUPS == (
        "PKK", "Karang Taruna", "Pelajar", "Perangkat Desa", "Tokoh Masyarakat", "Calon PMI",
        "Purna PMI", "Lainnya",
    )  # fmt: skip
    assert AGE_BANDS == ("<18", "18-24", "25-34", "35-49", "50+", "?")


@pytest.mark.parametrize(
    ("birth_year", "band"),
    [
        (None, "?"), (2009, "<18"), (2008, "18-24"), (2002, "18-24"), (2001, "25-34"),
        (1992, "25-34"), (1991, "35-49"), (1977, "35-49"), (1976, "50+"), (1926, "50+"),
    ],
)  # fmt: skip
def test_an_age_band_is_the_events_year_minus_the_birth_year(birth_year, band):
    assert age_band("2026-08-17", birth_year) == band


def test_each_role_has_its_label_in_english_for_translation():
    assert ROLE_LABELS == {
        Role.PARTICIPANT: "Participant",
        Role.SPEAKER: "Speaker",
        Role.ORGANISER: "Organiser",
    }


def test_a_persons_input_cannot_be_changed_after_validation():
    person = PersonInput("Siti", Gender.FEMALE, 30, "PKK")
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.name = "Ani"  # type: ignore[misc]


def test_a_search_key_keeps_one_space_between_words():
    assert search_key("  Siti   Nur-Aminah  ") == "siti nuraminah"
    assert search_key("Ṡiti  O'Neil") == "siti oneil"


def test_a_villages_label_is_read_as_its_standard_group_or_none():
    assert parse_group("Kader PKK") == "PKK"
    assert parse_group("karang taruna") == "Karang Taruna"
    assert parse_group("Calon PMI") == "Calon PMI"
    assert parse_group("nelayan") is None
