"""Help contacts (core/contacts.py) on a contacts file written by the test: how each field is
read and in which language, how the facilitator's edits apply to a default or add their own,
what is saved and how each number is dated."""

from __future__ import annotations

import datetime

import pytest

from kerinjing_desktop.core import contacts as module
from kerinjing_desktop.core.contacts import (
    Contact,
    default_contacts,
    load_contacts,
    save_contacts,
    stale_contacts,
)
from kerinjing_desktop.core.store.settings import get_json, set_json

DEFAULTS = """
[[contact]]
key = "hotline"
name.id = "Layanan"
name.en = "Hotline"
number = "129"
note.id = "Catatan"
checked_on = 2026-01-31

[[contact]]
key = "office"
name.id = "Kantor desa"
checked_on = "2025-06-01"

[[contact]]
key = "undated"
name.id = "Tanpa tanggal"
number = "110"
checked_on = "soon"
"""
DAY = datetime.date(2030, 3, 1)


@pytest.fixture(autouse=True)
def defaults(tmp_path, monkeypatch):
    (tmp_path / "contacts.toml").write_text(DEFAULTS, encoding="utf-8")
    monkeypatch.setattr(module, "asset_path", lambda *parts: tmp_path / parts[-1])


def test_each_field_in_the_language_asked_falling_back_to_indonesian():
    assert default_contacts("en") == [
        Contact("hotline", "Hotline", "129", "", "2026-01-31"),
        Contact("office", "Kantor desa", "", "", "2025-06-01"),
        Contact("undated", "Tanpa tanggal", "110", "", ""),
    ]
    assert default_contacts("id")[0] == Contact("hotline", "Layanan", "129", "Catatan",
                                                "2026-01-31")  # fmt: skip


def test_without_edits_the_defaults_are_the_contacts(store):
    assert load_contacts(store, "en") == default_contacts("en")
    set_json(store, "contacts", {"not": "a list"})
    assert load_contacts(store, "en") == default_contacts("en")


def test_stored_edits_change_a_default_and_add_the_facilitators_own(store):
    set_json(store, "contacts", [
        "not an entry",
        {"key": "hotline", "number": "129", "name": "", "checked_on": "2029-01-01"},
        {"key": "office", "number": "0812", "name": "Kantor Desa Sukamaju",
         "checked_on": "2029-02-02"},
        {"key": "", "name": "Bidan", "number": None, "checked_on": "2029-03-03"},
        {"name": "", "number": "0813"},
        {"key": "gone", "name": "", "number": ""},
    ])  # fmt: skip
    assert load_contacts(store, "en") == [
        # the same number: the bundled check stands; an empty name keeps the default's
        Contact("hotline", "Hotline", "129", "", "2026-01-31"),
        Contact("office", "Kantor Desa Sukamaju", "0812", "", "2029-02-02"),
        Contact("undated", "Tanpa tanggal", "110", "", ""),
        Contact("own3", "Bidan", "", "", "2029-03-03"),
        Contact("own4", "", "0813", "", ""),
    ]


def test_saving_keeps_only_what_differs_and_dates_each_new_number_today(store):
    contacts = load_contacts(store, "id")
    contacts[0].number = " 129 "  # the same number, typed with spaces
    contacts[1].number = "0812"
    contacts[1].name = "Kantor desa "  # the default's name: not stored
    contacts[2].name = "Polisi"
    contacts += [Contact("own9", " Bidan ", " 0813 "), Contact("own10", " ", " "),
                 Contact("own11", "Kantor camat", "")]  # fmt: skip
    save_contacts(store, contacts, "id", today=DAY)
    assert get_json(store, "contacts", None) == [
        {"key": "hotline", "number": "129", "checked_on": "2026-01-31"},
        {"key": "office", "number": "0812", "checked_on": "2030-03-01"},
        {"key": "undated", "number": "110", "checked_on": "", "name": "Polisi"},
        {"key": "own9", "number": "0813", "checked_on": "2030-03-01", "name": "Bidan"},
        {"key": "own11", "number": "", "checked_on": "2030-03-01", "name": "Kantor camat"},
    ]


def test_an_emptied_default_number_is_kept_empty(store):
    contacts = load_contacts(store, "id")
    contacts[0].number = ""
    save_contacts(store, contacts, "id", today=DAY)
    assert load_contacts(store, "id")[0] == Contact("hotline", "Layanan", "", "Catatan",
                                                    "2030-03-01")  # fmt: skip


def test_a_number_checked_more_than_a_year_ago_or_never_is_stale():
    checked = Contact("a", "A", "129", checked_on="2029-03-01")
    assert stale_contacts([checked], datetime.date(2030, 3, 1)) == []
    assert stale_contacts([checked], datetime.date(2030, 3, 2)) == [checked]
    never, junk = Contact("b", "B", "110"), Contact("c", "C", "110", checked_on="kemarin")
    blank = Contact("d", "D", "  ", checked_on="")
    assert stale_contacts([never, junk, blank], datetime.date(2000, 1, 1)) == [never, junk]
