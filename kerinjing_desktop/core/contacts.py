"""Help contacts: the bundled defaults (assets/content/contacts.toml) and the facilitator's edits.

The edits are kept in the store (`settings` key "contacts") as a list of
{"key", "name", "number"}: an entry whose key is a default changes that default's number (and
its name, when one is given); other entries are the facilitator's own contacts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.settings import get_json, set_json

SETTING_KEY = "contacts"


@dataclass
class Contact:
    key: str
    name: str
    number: str
    note: str = ""


def default_contacts(lang: str) -> list[Contact]:
    with open(asset_path("content", "contacts.toml"), "rb") as handle:
        data = tomllib.load(handle)
    return [
        Contact(
            entry["key"],
            entry["name"].get(lang, entry["name"]["id"]),
            entry.get("number", ""),
            entry.get("note", {}).get(lang, ""),
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
        if key in by_key:
            by_key[key].number = number
            by_key[key].name = name or by_key[key].name
        elif name or number:
            contacts.append(Contact(key or f"own{len(contacts)}", name, number))
    return contacts


def save_contacts(store: Store, contacts: list[Contact], lang: str) -> None:
    """Keep what differs from the defaults (a default's name only when it was changed)."""
    defaults = {contact.key: contact for contact in default_contacts(lang)}
    entries = []
    for contact in contacts:
        default = defaults.get(contact.key)
        entry = {"key": contact.key, "number": contact.number.strip()}
        if default is None or contact.name.strip() != default.name:
            entry["name"] = contact.name.strip()
        if default is None and not (entry["name"] or entry["number"]):
            continue
        entries.append(entry)
    set_json(store, SETTING_KEY, entries)
