"""`print KIND --event ID --out FILE.pdf|FILE.docx [--paper a4|f4] [--blank-rows N]`.

The extension of `--out` chooses the format: the report (`summary`) as PDF or as an editable
Word draft, the article (`article`) as a Word draft only.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from kerinjing_desktop.cli.common import CliError, add_event_option, event_from, store_from
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _, language
from kerinjing_desktop.reports.common import PAPER_SIZES, PrintOptions
from kerinjing_desktop.reports.docx.errors import TemplateError

# kind → "module:function" with build(store, event, out, options) -> Path
DOCUMENTS: dict[str, str] = {
    "attendance": "kerinjing_desktop.reports.attendance:build",
    "certificates": "kerinjing_desktop.reports.certificates:build",
    "summary": "kerinjing_desktop.reports.summary:build",
    "test-paper": "kerinjing_desktop.reports.test_paper:build",
    "test-oral": "kerinjing_desktop.reports.oral_sheet:build",
}
# kind → builder of the Word draft (same signature, plus include_sensitive and template)
DRAFTS: dict[str, str] = {
    "summary": "kerinjing_desktop.reports.docx.summary:build",
    "article": "kerinjing_desktop.reports.docx.article:build",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help=_("make a printed document as PDF"))
    parser.add_argument("kind", choices=sorted(DOCUMENTS.keys() | DRAFTS.keys() | {"programme"}))
    add_event_option(parser, required=False)
    parser.add_argument("--from", dest="date_from", metavar="DATE", help=_("programme: from"))
    parser.add_argument("--to", dest="date_to", metavar="DATE", help=_("programme: to"))
    parser.add_argument("--kabupaten", metavar="NAME", help=_("programme: one kabupaten"))
    parser.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx")
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES), default="a4")
    parser.add_argument("--blank-rows", type=int, default=None, metavar="N")
    parser.add_argument(
        "--names", action="store_true", help=_("summary: name people instead of codes")
    )
    parser.add_argument(
        "--template",
        metavar="FILE.docx",
        help=_("Word drafts: take styles, margins and letterhead from this document"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.kind == "programme":
        from kerinjing_desktop.cli.office import run_print_programme

        return run_print_programme(args)
    if not args.event:
        raise CliError(_("print {kind} needs --event").format(kind=args.kind))
    if args.date_from or args.date_to or args.kabupaten:
        raise CliError(_("--from, --to and --kabupaten are for print programme"))
    if args.blank_rows is not None and not 0 <= args.blank_rows <= 500:
        raise CliError(_("--blank-rows must be between 0 and 500"))
    out = Path(args.out)
    word = out.suffix.lower() == ".docx"
    table = DRAFTS if word else DOCUMENTS
    if args.kind not in table:
        if word:
            message = _("{kind} is not made as a Word document; use a .pdf file name.")
        else:
            message = _("{kind} is made as a Word document only; use a .docx file name.")
        raise CliError(message.format(kind=args.kind))
    if args.template:
        _check_template(Path(args.template), word)
    store = store_from(args)
    event = event_from(store, args.event)
    if args.kind == "certificates":
        _warn_signing(store, event.id)
    if not out.parent.exists():
        raise CliError(_("The folder {path} does not exist.").format(path=out.parent))
    options = PrintOptions(
        paper=args.paper,
        lang=language(),
        blank_rows=args.blank_rows if args.blank_rows is not None else -1,
        show_names=args.names,
    )
    module_name, function_name = table[args.kind].split(":")
    build = getattr(importlib.import_module(module_name), function_name)
    try:
        path = build(store, event, out, options, **(_draft_options(store, args) if word else {}))
    except TemplateError as error:
        raise CliError(str(error)) from error
    except OSError as error:
        raise CliError(
            _("Cannot write {path}: {reason}").format(path=out, reason=os_reason(error))
        ) from error
    print(path)
    return 0


def _draft_options(store, args: argparse.Namespace) -> dict:
    """The template: `--template`, else the one chosen in the window (kept in the data dir)."""
    from kerinjing_desktop.reports.docx.template import saved_template

    template = Path(args.template) if args.template else saved_template(store)
    return {"template": template}


def _check_template(template: Path, word: bool) -> None:
    """A template that is not there, or one given for a PDF (which has its own layout), is
    refused in words: a misspelt name must not quietly give a report without the letterhead."""
    if not template.is_file():
        raise CliError(_("The template {path} does not exist.").format(path=template))
    if not word:
        raise CliError(_("--template is for Word drafts only: use a .docx file name with --out."))


def _warn_signing(store, event_id: str) -> None:
    """Certificates with no institution or signatory are still made (a trial print), with a
    warning on stderr that says where to set them."""
    import sys

    from kerinjing_desktop.core.store.certificates import signing_gaps

    gaps = signing_gaps(store, event_id)
    if gaps:
        print(_("kerinjing-desktop: warning: {text}").format(text=gaps), file=sys.stderr)
