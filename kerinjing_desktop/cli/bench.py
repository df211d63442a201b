"""`bench [SUBJECT] [--json]`: the performance figures, measured, never asserted."""

from __future__ import annotations

import argparse
import importlib

from kerinjing_desktop.bench import BenchError
from kerinjing_desktop.cli.common import CliError, add_json_flag, print_json
from kerinjing_desktop.core.i18n import _

# subject → module with run(args) -> dict, GOALS {key: goal text} and, where a reference is
# measured in the same run, REFERENCES {key: the key of its reference figure}
SUBJECTS = {
    "pdf": "kerinjing_desktop.bench.pdf",
    "search": "kerinjing_desktop.bench.search",
    "startup": "kerinjing_desktop.bench.startup",
    "slides": "kerinjing_desktop.bench.slides",
    "scores": "kerinjing_desktop.bench.scores",
    "film": "kerinjing_desktop.bench.film",
    "programme": "kerinjing_desktop.bench.programme",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help=_("measure speed and memory"))
    parser.add_argument("subject", nargs="?", choices=sorted(SUBJECTS), help=_("what to measure"))
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--deck", help=_("slides: a PDF deck to measure instead of the bundled"))
    parser.add_argument(
        "--laptops", type=int, metavar="N", help=_("programme: how many laptops to generate")
    )
    parser.add_argument(
        "--runs", type=int, metavar="R", help=_("programme: how many times to time each step")
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    subjects = [args.subject] if args.subject else sorted(SUBJECTS)
    results: dict[str, dict] = {}
    for subject in subjects:
        module = importlib.import_module(SUBJECTS[subject])
        try:
            results[subject] = module.run(args)
        except BenchError as error:
            raise CliError(str(error), error.status) from None
        except Exception as error:  # a benchmark that cannot run says so and the rest go on
            results[subject] = {"error": str(error)}
    if args.json:
        print_json(results[subjects[0]] if args.subject else results)
        return 0
    print(report_table(results))
    return 0


def _shown(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def report_table(results: dict[str, dict]) -> str:
    """One Markdown table: figure, ours, the reference measured in the same run, the goal."""
    lines = ["| subject | figure | ours | reference | goal |", "| --- | --- | ---: | ---: | --- |"]
    for subject, figures in results.items():
        module = importlib.import_module(SUBJECTS[subject])
        goals = getattr(module, "GOALS", {})
        references = getattr(module, "REFERENCES", {})
        shown_as_reference = set(references.values())
        for key, value in figures.items():
            if key in shown_as_reference or isinstance(value, (dict, list)):
                continue
            reference = figures.get(references[key]) if key in references else None
            lines.append(
                f"| {subject} | {key} | {_shown(value)} | {_shown(reference)} | "
                f"{goals.get(key, '')} |"
            )
    return "\n".join(lines)
