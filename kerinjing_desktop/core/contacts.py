"""Help contacts: the bundled defaults (assets/content/contacts.toml) and the facilitator's edits.

The edits are kept in the store (`settings` key "contacts") as a list of
{"key", "name", "number", "checked_on"}: an entry whose key is a default changes that default's
number (and its name, when one is given); other entries are the facilitator's own contacts.

Every contact carries the day it was last checked (`checked_on`, ISO date): a help number
printed on a handout must not quietly go stale, so `doctor` names the ones older than a year.
A number the facilitator types counts as checked on the day it was typed.
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.settings import get_json, set_json

SETTING_KEY = "contacts"
STALE_AFTER = datetime.timedelta(days=365)


@dataclass
class Contact:
    key: str
    name: str
    number: str
    note: str = ""
    checked_on: str = ""  # ISO date the number was last checked; "" = never


def _iso(value: object) -> str:
    """A TOML date (or an ISO string) as YYYY-MM-DD; "" when it is not a date."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        return ""


def default_contacts(lang: str) -> list[Contact]:
    with open(asset_path("content", "contacts.toml"), "rb") as handle:
        data = tomllib.load(handle)
    return [
        Contact(
            entry["key"],
            entry["name"].get(lang, entry["name"]["id"]),
            entry.get("number", ""),
            entry.get("note", {}).get(lang, ""),
            _iso(entry.get("checked_on", "")),
        )
        for entry in data.get("contact", [])
    ]


def load_contacts(store: Store, lang: str) -> list[Contact]:
    """The defaults with the facilitator's edits applied, then the facilitator's own."""
    contacts = default_contacts(lang)
    by_key = {contact.key: contact for contact in contacts}
    stored = get_json(store, SETTING_KEY, [])
    for entry in stored if isinstance(stored, list) else []:
        if not isinstance(entry, dict):
            continue
        key = str(entry.get("key") or "")
        name, number = str(entry.get("name") or ""), str(entry.get("number") or "")
        checked = _iso(entry.get("checked_on", ""))
        if key in by_key:
            if number != by_key[key].number:
                by_key[key].checked_on = checked
            by_key[key].number = number
            by_key[key].name = name or by_key[key].name
        elif name or number:
            contacts.append(Contact(key or f"own{len(contacts)}", name, number, "", checked))
    return contacts


@writes(OpChanges.CONTACTS)
def save_contacts(
    store: Store, contacts: list[Contact], lang: str, today: datetime.date | None = None
) -> None:
    """Keep what differs from the defaults (a default's name only when it was changed).

    A number that differs from what was there before is dated `today`: whoever typed it
    has just checked it. An unchanged number keeps its date.
    """
    today = today or datetime.date.today()
    defaults = {contact.key: contact for contact in default_contacts(lang)}
    before = {contact.key: contact for contact in load_contacts(store, lang)}
    entries = []
    for contact in contacts:
        default = defaults.get(contact.key)
        number = contact.number.strip()
        previous = before.get(contact.key)
        if previous is None or previous.number != number:
            checked = today.isoformat()
        else:
            checked = previous.checked_on
        entry = {"key": contact.key, "number": number, "checked_on": checked}
        if default is None or contact.name.strip() != default.name:
            entry["name"] = contact.name.strip()
        if default is None and not (entry["name"] or entry["number"]):
            continue
        entries.append(entry)
    set_json(store, SETTING_KEY, entries)


def stale_contacts(contacts: list[Contact], today: datetime.date) -> list[Contact]:
    """The contacts with a number whose check is more than a year old (or was never dated).

    An empty number (a local office not filled in yet) is not stale: there is nothing to call.
    """
    stale = []
    for contact in contacts:
        if not contact.number.strip():
            continue
        checked = _iso(contact.checked_on)
        if not checked or today - datetime.date.fromisoformat(checked) > STALE_AFTER:
            stale.append(contact)
    return stale
