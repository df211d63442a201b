"""The institution's one row, rule by rule: what is kept of each field (cleaned, cut to its
limit, blank signatories and lines dropped), one row however often it is set, the kop surat
as printed, a damaged stored value costing only that value, and a logo made small, PNG and
the right way round, each refusal in its words."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.store.institution import (
    Institution,
    Signer,
    get_institution,
    logo_from_file,
    set_institution,
)

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def test_nothing_set_is_an_empty_institution(store):
    empty = get_institution(store)
    assert empty == Institution() and not empty.is_set and empty.letterhead_lines() == []


def test_each_field_is_cleaned_and_cut_to_its_limit(store):
    """300 characters a field, six letterhead lines, three signatories with a name or a
    title; stored as typed in the row (no escapes: Ṡiti is Ṡiti in a bundle too)."""
    long = "x" * 305
    saved = set_institution(
        store,
        Institution(
            name="  LPPM \n Universitas ", unit=long, address=" Jl. Merdeka  1 ",
            letterhead=(" Kop  1 ", "", "  ", long, "3", "4", "5", "6", "7"),
            logo_png=b"\x89PNG fake",
            signatories=(
                Signer("  Dr.  Ṡiti ", " Ketua ", " 1975 "), Signer("", "", "123"),
                Signer("", "Sekretaris"), Signer("Dodi"), Signer("Eka"),
            ),
        ),
    )  # fmt: skip
    assert (saved.name, saved.unit, saved.address) == (
        "LPPM Universitas", "x" * 300, "Jl. Merdeka 1",
    )  # fmt: skip
    assert saved.letterhead == ("Kop 1", "x" * 300, "3", "4", "5", "6")
    assert saved.logo_png == b"\x89PNG fake"
    assert saved.signatories == (
        Signer("Dr. Ṡiti", "Ketua", "1975"), Signer("", "Sekretaris", ""), Signer("Dodi", "", ""),
    )  # fmt: skip
    row = store.db["institution"].get(store.execute("SELECT id FROM institution").fetchone()[0])
    assert json.loads(row["signatories"])[0] == {"name": "Dr. Ṡiti", "title": "Ketua",
                                                 "id_number": "1975"}  # fmt: skip
    assert '"Dr. Ṡiti"' in row["signatories"]
    assert row["slot"] == "main" and row["device_id"] == store.device_id


def test_setting_it_again_changes_the_one_row(store):
    set_institution(store, Institution(name="Lama"))
    first = store.execute("SELECT id, updated_at FROM institution").fetchall()
    again = set_institution(store, Institution(name="Baru", unit="LPPM"))
    rows = store.execute("SELECT id, updated_at, name, unit FROM institution").fetchall()
    assert len(rows) == 1 and rows[0][0] == first[0][0] and rows[0][1] > first[0][1]
    assert rows[0][2:] == ("Baru", "LPPM") and again.name == "Baru"


@pytest.mark.parametrize(
    ("institution", "is_set", "lines"),
    [
        (Institution(name="LPPM", unit="Unit", address="Jl. 1"), True, ["LPPM", "Unit", "Jl. 1"]),
        (Institution(unit="Unit", address="Jl. 1"), True, ["Unit", "Jl. 1"]),
        (Institution(address="Jl. 1"), False, ["Jl. 1"]),
        (Institution(name="LPPM", letterhead=("Kop",)), True, ["Kop"]),
        (Institution(letterhead=("Kop", "Dua")), True, ["Kop", "Dua"]),
    ],
)
def test_the_kop_surat_is_the_typed_lines_else_name_unit_and_address(institution, is_set, lines):
    assert institution.is_set is is_set
    assert institution.letterhead_lines() == lines


def _store_raw(store, **columns):
    set_institution(store, Institution(name="LPPM"))
    sets = ", ".join(f"{key} = ?" for key in columns)
    store.execute(f"UPDATE institution SET {sets}", list(columns.values()))


@pytest.mark.parametrize(
    ("signatories", "expected"),
    [
        ("not json", ()),
        ('{"name": "Rina"}', ()),
        ("", ()),
        ('["Rina", {"name": " Rina  A ", "title": "Ketua"}]', (Signer("Rina A", "Ketua", ""),)),
        (json.dumps([{"name": n} for n in "ABCD"]), (Signer("A"), Signer("B"), Signer("C"))),
        (json.dumps([{"name": "y" * 400}]), (Signer("y" * 300),)),
    ],
)
def test_stored_signatories_are_read_safely(store, signatories, expected):
    """A merge may bring any text: what cannot be read is no signatory, never a crash; at
    most three, each field cleaned and cut."""
    _store_raw(store, signatories=signatories)
    assert get_institution(store).signatories == expected


@pytest.mark.parametrize(
    ("logo", "expected"),
    [("", b""), ("not base64!", b""), ("UE5H!", b""), ("é", b""), ("UE5H", b"PNG")],
)
def test_a_damaged_logo_costs_the_logo_only(store, logo, expected):
    _store_raw(store, logo_png=logo)
    found = get_institution(store)
    assert found.logo_png == expected and found.name == "LPPM"


def test_stored_letterhead_lines_are_cleaned_and_at_most_six(store):
    _store_raw(store, letterhead="\n".join([" a  b ", "", *"cdefgh"]))
    assert get_institution(store).letterhead == ("a b", "c", "d", "e", "f", "g")


def _logo(tmp_path, name, size, mode="RGB", fmt=None):
    path = tmp_path / name
    Image.new(mode, size, "red" if mode != "L" else 90).save(path, fmt)
    return path


def _opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_logo_is_made_a_small_png_keeping_its_shape(tmp_path):
    big = _opened(logo_from_file(_logo(tmp_path, "big.jpg", (1200, 300))))
    assert (big.format, big.size, big.mode) == ("PNG", (600, 150), "RGB")
    clear = _opened(logo_from_file(_logo(tmp_path, "clear.png", (20, 10), "RGBA")))
    assert (clear.size, clear.mode) == ((20, 10), "RGBA")
    grey = _opened(logo_from_file(_logo(tmp_path, "grey.png", (20, 10), "L")))
    assert grey.mode == "RGBA"


def test_a_logo_that_is_no_picture_is_refused_in_words(tmp_path):
    gif = _logo(tmp_path, "logo.gif", (10, 10), "P")
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    folder = tmp_path / "folder.png"
    folder.mkdir()
    for source in (gif, text):
        with pytest.raises(ValidationError) as caught:
            logo_from_file(source)
        assert caught.value.problems == [("logo", f"{source.name} is not a JPEG or PNG picture.")]
    with pytest.raises(ValidationError) as caught:
        logo_from_file(folder)
    ((field, message),) = caught.value.problems
    assert field == "logo" and message.startswith("Cannot read folder.png: ")


def test_the_institution_and_a_signer_are_values():
    with pytest.raises(AttributeError):
        Institution().name = "LPPM"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        Signer().name = "Rina"  # type: ignore[misc]
