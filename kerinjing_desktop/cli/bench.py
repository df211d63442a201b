"""`bench [SUBJECT] [--json]`: the performance figures, measured, never asserted."""

from __future__ import annotations

import argparse
import importlib

from kerinjing_desktop.cli.common import CliError, add_json_flag, print_json
from kerinjing_desktop.core.i18n import _

# subject → module with run(args) -> dict and GOALS: {key: (goal text, reference key | None)}
SUBJECTS = {
    "pdf": "kerinjing_desktop.bench.pdf",
    "search": "kerinjing_desktop.bench.search",
    "startup": "kerinjing_desktop.bench.startup",
    "slides": "kerinjing_desktop.bench.slides",
    "scores": "kerinjing_desktop.bench.scores",
    "film": "kerinjing_desktop.bench.film",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help=_("measure speed and memory"))
    parser.add_argument("subject", nargs="?", choices=sorted(SUBJECTS), help=_("what to measure"))
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--deck", help=_("slides: a PDF deck to measure instead of the bundled"))
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    subjects = [args.subject] if args.subject else sorted(SUBJECTS)
    results: dict[str, dict] = {}
    for subject in subjects:
        module = importlib.import_module(SUBJECTS[subject])
        try:
            results[subject] = module.run(args)
        except CliError:
            raise
        except Exception as error:  # a benchmark that cannot run says so and the rest go on
            results[subject] = {"error": str(error)}
    if args.json:
        print_json(results[subjects[0]] if args.subject else results)
        return 0
    print(f"{'subject':10} {'figure':24} {'ours':>12} {'goal':>12}")
    for subject, figures in results.items():
        goals = getattr(importlib.import_module(SUBJECTS[subject]), "GOALS", {})
        for key, value in figures.items():
            shown = f"{value:.2f}" if isinstance(value, float) else str(value)
            print(f"{subject:10} {key:24} {shown:>12} {goals.get(key, ''):>12}")
    return 0
