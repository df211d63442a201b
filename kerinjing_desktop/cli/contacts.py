"""`contacts` (list) and `contacts set KEY NUMBER` / `contacts add NAME NUMBER`: help lines."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from kerinjing_desktop.cli.common import CliError, add_json_flag, print_json, store_from
from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    contacts = subparsers.add_parser("contacts", help=_("the help contacts (SAPA 129, …)"))
    add_json_flag(contacts)
    contacts.set_defaults(handler=run_list)
    inner = contacts.add_subparsers(dest="contacts_command", metavar="set|add")
    change = inner.add_parser("set", help=_("change the number (and name) of a contact"))
    change.add_argument("key", metavar="KEY")
    change.add_argument("number", metavar="NUMBER")
    change.add_argument("--name", default=None)
    change.set_defaults(handler=run_set)
    add = inner.add_parser("add", help=_("add a contact of your own"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("number", metavar="NUMBER")
    add.set_defaults(handler=run_add)


def run_list(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.contacts import load_contacts

    store = store_from(args)
    try:
        contacts = load_contacts(store, i18n.language())
    finally:
        store.close()
    if getattr(args, "json", False):
        print_json([asdict(contact) for contact in contacts])
        return 0
    for contact in contacts:
        print(f"{contact.key:<18} {contact.number or '—':<16} {contact.name}")
    return 0


def _change(args: argparse.Namespace, edit) -> int:
    from kerinjing_desktop.core.contacts import load_contacts, save_contacts

    store = store_from(args)
    try:
        contacts = load_contacts(store, i18n.language())
        edit(contacts)
        save_contacts(store, contacts, i18n.language())
    finally:
        store.close()
    print(_("Saved."))
    return 0


def run_set(args: argparse.Namespace) -> int:
    def edit(contacts) -> None:
        found = [c for c in contacts if c.key == args.key]
        if not found:
            keys = ", ".join(c.key for c in contacts)
            text = _("No contact {key}; the keys are: {keys}").format(key=args.key, keys=keys)
            raise CliError(text, status=1)
        found[0].number = args.number.strip()
        if args.name:
            found[0].name = args.name.strip()

    return _change(args, edit)


def run_add(args: argparse.Namespace) -> int:
    from kerinjing_desktop.core.contacts import Contact

    def edit(contacts) -> None:
        taken = {c.key for c in contacts}
        number = 1
        while f"own{number}" in taken:
            number += 1
        contacts.append(Contact(f"own{number}", args.name.strip(), args.number.strip()))

    return _change(args, edit)
