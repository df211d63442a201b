"""Help contacts carry the day they were checked; `doctor` warns when one is over a year old."""

from __future__ import annotations

import argparse
import datetime
import tomllib

from kerinjing_desktop.cli.doctor import check_contacts
from kerinjing_desktop.core.contacts import (
    Contact,
    default_contacts,
    load_contacts,
    save_contacts,
    stale_contacts,
)
from kerinjing_desktop.core.findings import Verdict
from kerinjing_desktop.core.paths import asset_path

DAY = datetime.date(2030, 3, 1)  # any fixed day: no test depends on the clock


def test_every_bundled_contact_has_a_source_and_a_checked_on_date():
    """An entry without a `checked_on` date (a real TOML date) or a source fails here."""
    with asset_path("content", "contacts.toml").open("rb") as handle:
        entries = tomllib.load(handle)["contact"]
    for entry in entries:
        assert isinstance(entry.get("checked_on"), datetime.date), entry["key"]
        assert entry.get("source", "").strip(), entry["key"]
    for lang in ("id", "en"):
        assert all(c.checked_on for c in default_contacts(lang))


def test_a_number_is_stale_after_a_year_and_an_empty_one_never():
    checked = datetime.date(2029, 3, 1)
    fresh = Contact("a", "A", "129", checked_on=checked.isoformat())
    undated = Contact("b", "B", "110")
    blank = Contact("c", "C", "", checked_on="")
    on_the_day = checked + datetime.timedelta(days=365)
    assert stale_contacts([fresh, undated, blank], on_the_day) == [undated]
    later = on_the_day + datetime.timedelta(days=1)
    assert stale_contacts([fresh, undated, blank], later) == [fresh, undated]


def test_a_typed_number_is_dated_the_day_it_was_typed(store):
    """Changing a number dates it `today`; an untouched number keeps its bundled date."""
    contacts = load_contacts(store, "id")
    bundled = {c.key: c.checked_on for c in contacts}
    head = next(c for c in contacts if c.key == "village_head")
    head.number = "0812-0000-1111"
    contacts.append(Contact("own1", "Bidan desa", "0813-2222-3333"))
    save_contacts(store, contacts, "id", today=DAY)
    again = {c.key: c for c in load_contacts(store, "id")}
    assert again["village_head"].checked_on == DAY.isoformat()
    assert again["own1"].checked_on == DAY.isoformat()
    assert again["sapa129"].checked_on == bundled["sapa129"]
    # Saving again a day later without changes keeps the first date.
    save_contacts(store, list(again.values()), "id", today=DAY + datetime.timedelta(days=1))
    assert load_contacts(store, "id")[0].checked_on == bundled[contacts[0].key]
    assert {c.key: c for c in load_contacts(store, "id")}["own1"].checked_on == DAY.isoformat()


def test_doctor_warns_about_stale_contacts_without_failing(tmp_path, make_store):
    """Over a year after the check, doctor names the numbers as a WARN finding."""
    store = make_store(tmp_path)
    store.close()
    args = argparse.Namespace(data_dir=str(tmp_path))
    newest = max(datetime.date.fromisoformat(c.checked_on) for c in default_contacts("id"))
    [fine] = check_contacts(args, today=newest)
    assert fine.verdict is Verdict.OK
    [warning] = check_contacts(args, today=newest + datetime.timedelta(days=400))
    assert warning.verdict is Verdict.WARN and not warning.blocking
    assert "129" in warning.message and "0800-1000" in warning.message
