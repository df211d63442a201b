"""`events`, `events add` and `demo-data`."""

from __future__ import annotations

import argparse

from kerinjing_desktop.cli.common import CliError, add_json_flag, print_json, store_from
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.events import add_event, list_events


def register(subparsers: argparse._SubParsersAction) -> None:
    events = subparsers.add_parser("events", help=_("list events, or add one"))
    add_json_flag(events)
    events.set_defaults(handler=list_command)
    actions = events.add_subparsers(dest="events_action", metavar="ACTION")
    add = actions.add_parser("add", help=_("create an event; prints its id"))
    add.add_argument("--title", required=True)
    add.add_argument("--village", required=True)
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--venue", default="")
    add.add_argument("--kecamatan", default="")
    add.add_argument("--kabupaten", default="")
    add.set_defaults(handler=add_command)

    demo = subparsers.add_parser("demo-data", help=_("create the demo event; prints its id"))
    demo.set_defaults(handler=demo_command)


def list_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    summaries = list_events(store)
    if args.json:
        print_json(
            [
                {
                    "id": s.event.id,
                    "date": s.event.date,
                    "title": s.event.title,
                    "village": s.event.village,
                    "participants": s.participants,
                    "attended": s.attended,
                }
                for s in summaries
            ]
        )
        return 0
    if not summaries:
        print(_("No events yet. Create one with `kerinjing-desktop events add`."))
    for s in summaries:
        print(
            f"{s.event.id}  {s.event.date}  {s.event.title} — {s.event.village}  "
            + _("{attended}/{registered} attended").format(
                attended=s.attended, registered=s.participants
            )
        )
    return 0


def add_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        event = add_event(
            store,
            args.title,
            args.village,
            args.date,
            venue=args.venue,
            kecamatan=args.kecamatan,
            kabupaten=args.kabupaten,
        )
    except ValidationError as error:
        raise CliError("\n".join(message for _field, message in error.problems)) from error
    print(event.id)
    return 0


def demo_command(args: argparse.Namespace) -> int:
    print(create_demo_event(store_from(args)))
    return 0
