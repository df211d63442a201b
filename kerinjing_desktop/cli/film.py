"""`film check FILE [--json]`: does this film file play? The Film step's check, headless.

Exit 0: it plays (warnings, such as a length far from 27:14, are printed but do not fail);
1: VLC cannot play it (damaged, incomplete, audio only, not a film);
2: the file is missing or unreadable, or VLC is not installed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli.common import CliError, add_json_flag, print_json
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.markers import IOM_FILM_MS, format_time


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("film", help=_("the film: check a file before the day"))
    actions = parser.add_subparsers(dest="film_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help=_("duration, video size, tracks; exit 1 if unplayable")
    )
    check.add_argument("file", metavar="FILE", help=_("the film file"))
    add_json_flag(check)
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from kerinjing_desktop.film.check import check_film
    from kerinjing_desktop.film.library import is_demo
    from kerinjing_desktop.film.vlc_loader import VlcUnavailable

    path = Path(args.file).expanduser()
    try:
        result = check_film(path, expected_ms=None if is_demo(path) else IOM_FILM_MS)
    except VlcUnavailable as error:
        raise CliError(str(error), status=2) from error
    if not result.readable:
        raise CliError("\n".join(result.problems), status=2)
    if args.json:
        print_json(result.to_json())
        return 0 if result.playable else 1
    print(_("File: {path}").format(path=result.path))
    print(
        _("Duration: {duration} ({ms} ms)").format(
            duration=format_time(result.duration_ms), ms=result.duration_ms
        )
    )
    if result.has_video:
        print(_("Picture: {width}×{height}").format(width=result.width, height=result.height))
    for track in result.tracks:
        print(_("Track: {track}").format(track=track.describe()))
    print(_("Plays: yes") if result.playable else _("Plays: no"))
    for problem in result.problems:
        print(_("Problem: {problem}").format(problem=problem))
    for warning in result.warnings:
        print(_("Warning: {warning}").format(warning=warning))
    return 0 if result.playable else 1
