"""Every header a village secretary may write, and every word for yes and no in a consent
column, is understood (written against mutants that emptied one alias or word unnoticed)."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.importer import (
    CONSENT_NO,
    CONSENT_YES,
    HEADER_ALIASES,
    read_people_bytes,
)

# The spec, written out here: cases taken from the code's own tables would change with them.
EXPECTED_ALIASES = {
    "name": ("Nama", "Nama Lengkap", "Nama Peserta", "Name", "Full name"),
    "gender": ("L/P", "JK", "Jenis Kelamin", "Kelamin", "Gender", "Sex"),
    "age": ("Umur", "Usia", "Age"),
    "group": ("Kelompok", "Kelompok/Instansi", "Instansi", "Unsur", "Group"),
    "phone": (
        "No HP", "No. HP", "Nomor HP", "HP", "Telepon", "No Telp", "No Telepon", "Telp",
        "Phone", "Phone number", "WA", "No WA", "No HP/WA", "WhatsApp",
    ),
    "consent": (
        "Persetujuan", "Setuju", "Bersedia", "Bersedia disebut", "Izin", "Consent", "Agrees",
        "Agreed",
    ),
}  # fmt: skip
EXPECTED_YES = {"ya", "y", "iya", "yes", "setuju", "bersedia", "boleh", "1", "true", "v", "✓",
                "ok"}  # fmt: skip
EXPECTED_NO = {"tidak", "tdk", "t", "no", "n", "tidak setuju", "tidak bersedia", "tidak boleh",
               "menolak", "0", "false", "x", "✗"}  # fmt: skip


def test_the_vocabulary_is_the_documented_one():
    assert HEADER_ALIASES == EXPECTED_ALIASES
    assert (CONSENT_YES, CONSENT_NO) == (EXPECTED_YES, EXPECTED_NO)


VALUES = {"name": "Siti Aminah", "gender": "P", "age": "38", "group": "PKK",
          "phone": "081234567890", "consent": "Ya"}  # fmt: skip
OTHER_HEADERS = {"name": "Nama", "gender": "L/P", "age": "Umur", "group": "Kelompok",
                 "phone": "No HP", "consent": "Persetujuan"}  # fmt: skip


def _read(headers: dict[str, str], values: dict[str, str], default_consent: bool = False):
    fields = list(headers)
    text = ";".join(headers[f] for f in fields) + "\n" + ";".join(values[f] for f in fields)
    return read_people_bytes(text.encode("utf-8"), "daftar.csv", default_consent)


@pytest.mark.parametrize(
    ("field", "alias"),
    [(field, alias) for field, aliases in EXPECTED_ALIASES.items() for alias in aliases],
)
def test_every_header_alias_finds_its_column(field, alias):
    headers = {**OTHER_HEADERS, field: alias}
    for spelled in (alias, alias.upper(), f" {alias.lower()} "):
        result = _read({**headers, field: spelled}, VALUES)
        assert result.ok, [p.describe() for p in result.problems]
        assert result.columns[field] == spelled.strip() or result.columns[field] == spelled
        person = result.rows[0].person
        assert (person.name, person.gender, person.age) == ("Siti Aminah", "P", 38)
        assert (person.group, person.phone, person.consent) == ("PKK", "081234567890", True)


@pytest.mark.parametrize("word", sorted(EXPECTED_YES))
def test_every_yes_word_records_consent(word):
    for spelled in (word, word.upper(), f" {word} "):
        result = _read(OTHER_HEADERS, {**VALUES, "consent": spelled}, default_consent=False)
        assert result.ok and result.rows[0].person.consent is True


@pytest.mark.parametrize("word", sorted(EXPECTED_NO))
def test_every_no_word_records_refusal(word):
    result = _read(OTHER_HEADERS, {**VALUES, "consent": word}, default_consent=True)
    assert result.ok and result.rows[0].person.consent is False


@pytest.mark.parametrize("default", [True, False])
def test_an_empty_consent_cell_takes_the_events_default(default):
    result = _read(OTHER_HEADERS, {**VALUES, "consent": ""}, default_consent=default)
    assert result.ok and result.rows[0].person.consent is default


def test_another_word_in_the_consent_column_is_a_problem_in_words():
    result = _read(OTHER_HEADERS, {**VALUES, "consent": "mungkin"})
    assert not result.rows
    assert [(p.row, p.column) for p in result.problems] == [(2, "Persetujuan")]
    assert result.problems[0].message.startswith("“mungkin”")


def test_a_file_without_a_consent_column_names_nobody_unless_told(tmp_path):
    from kerinjing_desktop.core.importer import read_people_file

    path = tmp_path / "daftar.csv"
    path.write_text("Nama;L/P\nSiti Aminah;P\n", encoding="utf-8")
    assert read_people_file(path).rows[0].person.consent is False
    assert read_people_file(path, default_consent=True).rows[0].person.consent is True


@pytest.mark.parametrize("number", ["No", "No.", "Nomor", "No Urut", "Nomor Urut", ""])
def test_a_row_number_column_is_expected_and_only_an_unknown_column_is_reported(number):
    text = f"{number};Nama;L/P;Dusun\n1;Siti Aminah;P;Krajan\n"
    result = read_people_bytes(text.encode("utf-8"), "daftar.csv")
    assert [r.person.name for r in result.rows] == ["Siti Aminah"]
    assert result.ignored_columns == ["Dusun"]


def test_a_templates_numbered_rows_with_only_consent_filled_in_are_skipped():
    """A printed template's unused rows ("17;;;;Ya") are not people and not problems."""
    text = "No;Nama;L/P;Persetujuan\n1;Siti Aminah;P;Ya\n2;;;Ya\n3;;;Tidak\n"
    result = read_people_bytes(text.encode("utf-8"), "daftar.csv")
    assert [r.person.name for r in result.rows] == ["Siti Aminah"]
    assert result.problems == []


def test_a_header_naming_no_known_column_scores_below_one_naming_the_name_column():
    from kerinjing_desktop.core.importer import _header_score

    assert _header_score([["Dusun", "RT"]]) == (0, 0)
    assert _header_score([["x"], ["Nama"]]) == (1, -1)
    assert _header_score([["Dusun", "RT"]]) < _header_score([["x"], ["x"], ["Nama"]])


def test_an_imported_row_cannot_be_changed_once_read():
    import dataclasses

    (row,) = read_people_bytes(b"Nama;L/P\nSiti;P\n", "daftar.csv").rows
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.row = 3  # type: ignore[misc]


def test_a_file_without_a_name_column_shows_its_first_cells_cut_at_40_characters():
    from kerinjing_desktop.core import i18n
    from kerinjing_desktop.core.importer import ImportFileError

    i18n.set_language("en")
    long = "Daftar hadir sosialisasi TPPO Desa Sukamaju 2026"
    with pytest.raises(ImportFileError) as caught:
        read_people_bytes(f"{long};Umur\nSiti;30\n".encode(), "daftar.csv")
    assert f"“{long[:40]}”, “Umur”" in str(caught.value)
    assert long[:41] not in str(caught.value)
