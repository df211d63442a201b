"""`slides render|handout|cards`: the slide exports, headless (no display needed)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kerinjing_desktop.cli.common import CliError
from kerinjing_desktop.core.i18n import _, language, ngettext

_app = None  # the QGuiApplication, kept alive for the command's life


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "slides", help=_("export the slides as pictures, handout, cards")
    )
    actions = parser.add_subparsers(
        dest="slides_action", metavar="ACTION", required=True, parser_class=type(parser)
    )
    render = actions.add_parser("render", help=_("one PNG picture per slide: 001.png, 002.png, …"))
    render.add_argument("deck", metavar="DECK", help=_("`bundled`, or a PDF file"))
    render.add_argument("--out", required=True, metavar="DIR", help=_("folder for the pictures"))
    render.add_argument("--size", default="1920x1080", metavar="WxH", help=_("picture size"))
    _add_event_option(render)
    render.set_defaults(handler=run_render)
    handout = actions.add_parser("handout", help=_("the slides with their speaker notes, A4 PDF"))
    handout.add_argument("deck", metavar="DECK", help=_("`bundled`, or a PDF file"))
    handout.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF to write"))
    _add_event_option(handout)
    handout.set_defaults(handler=run_handout)
    cards = actions.add_parser("cards", help=_("1080×1080 cards of the key messages"))
    cards.add_argument("--out", required=True, metavar="DIR", help=_("folder for the cards"))
    cards.set_defaults(handler=run_cards)


def _add_event_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--event",
        metavar="ID",
        help=_("the bundled deck as localised for this event (its village, the edits)"),
    )


def ensure_gui_app():
    """A QGuiApplication for rendering; offscreen unless the caller chose a platform."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kerinjing_desktop.qt.refcount_guard import protect_singletons

    protect_singletons()  # PySide6 6.12 on Python 3.11: see qt/refcount_guard.py
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["kerinjing-desktop"])
    return _app


def _open(args: argparse.Namespace):
    ensure_gui_app()
    from kerinjing_desktop.slides.source import DeckLoadError, PdfDeck, open_deck

    if getattr(args, "event", None):
        return _open_for_event(args)
    try:
        deck = open_deck(args.deck, language())
    except DeckLoadError as error:
        raise CliError(str(error), status=2) from None
    if isinstance(deck, PdfDeck):
        _load_notes(args, deck)
    return deck


def _open_for_event(args: argparse.Namespace):
    """`bundled --event ID`: the deck that event's facilitator sees in the app."""
    from kerinjing_desktop.cli.common import event_from, store_from
    from kerinjing_desktop.slides.event_deck import bundled_for_event
    from kerinjing_desktop.slides.source import DeckLoadError

    if args.deck != "bundled":
        raise CliError(_("--event goes with the bundled deck only: slides … bundled --event ID"))
    store = store_from(args)
    try:
        deck = bundled_for_event(store, event_from(store, args.event).id, language())
    except DeckLoadError as error:
        raise CliError(str(error), status=2) from None
    finally:
        store.close()
    for problem in deck.problems:
        print(_("kerinjing-desktop: note: the edit of slide “{key}” has a mistake on line "
                "{line} ({reason}); the bundled slide is used").format(
                    key=problem.key.lstrip("# "), line=problem.line, reason=problem.reason),
              file=sys.stderr)  # fmt: skip
    return deck


def _load_notes(args: argparse.Namespace, deck) -> None:
    """Notes typed in the app for this PDF, if this laptop's store has any."""
    from kerinjing_desktop.core.paths import DB_NAME, resolve_data_dir
    from kerinjing_desktop.core.store import StoreError, open_store
    from kerinjing_desktop.slides.notes import load_pdf_notes

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not (data_dir / DB_NAME).exists():
        return
    try:
        store = open_store(data_dir)
    except StoreError as error:
        print(_("kerinjing-desktop: note: the notes typed in the app are left out: {reason}")
              .format(reason=error), file=sys.stderr)  # fmt: skip
        return
    try:
        load_pdf_notes(store, deck)
    finally:
        store.close()


def _export(work):
    from kerinjing_desktop.slides.exports import ExportError

    try:
        return work()
    except ExportError as error:
        raise CliError(str(error), status=2) from None


def run_render(args: argparse.Namespace) -> int:
    ensure_gui_app()
    from kerinjing_desktop.slides.exports import parse_size, render_pngs

    try:
        size = parse_size(args.size)
    except ValueError as error:
        raise CliError(str(error), status=2) from None
    deck = _open(args)
    try:
        paths = _export(lambda: render_pngs(deck, Path(args.out), size))
    finally:
        deck.close()
    wrote = ngettext("Wrote {n} picture to {path}", "Wrote {n} pictures to {path}", len(paths))
    print(wrote.format(n=len(paths), path=args.out))
    return 0


def run_handout(args: argparse.Namespace) -> int:
    deck = _open(args)
    from kerinjing_desktop.slides.exports import write_handout

    try:
        path = _export(lambda: write_handout(deck, Path(args.out)))
    finally:
        deck.close()
    print(_("Wrote the handout {path}").format(path=path))
    return 0


def run_cards(args: argparse.Namespace) -> int:
    args.deck = "bundled"
    deck = _open(args)
    from kerinjing_desktop.slides.exports import write_cards

    try:
        paths = _export(lambda: write_cards(deck, Path(args.out)))
    finally:
        deck.close()
    wrote = ngettext("Wrote {n} card to {path}", "Wrote {n} cards to {path}", len(paths))
    print(wrote.format(n=len(paths), path=args.out))
    return 0
