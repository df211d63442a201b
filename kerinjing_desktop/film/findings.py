"""What `doctor` says about the film: VLC present and version 3, it can show a picture,
and the film chosen in the Film step still plays (Qt-free).
"""

from __future__ import annotations

from typing import Any

from kerinjing_desktop.core.findings import Finding
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.film.check import check_film
from kerinjing_desktop.film.library import FilmLibrary, is_demo
from kerinjing_desktop.film.markers import IOM_FILM_MS
from kerinjing_desktop.film.video_output import video_output_problem
from kerinjing_desktop.film.vlc_loader import (
    VlcUnavailable,
    create_instance,
    load_vlc,
    version_problem,
    vlc_version,
)


def film_findings(store: Any = None) -> list[Finding]:
    """For `doctor`: VLC present and version 3, and the remembered film still plays.

    Pass the doctor's open store so `--data-dir` is honoured; without one only VLC is checked
    (the store is never created just to look). A finding that is not OK says how to fix it.
    """
    findings: list[Finding] = []
    try:
        load_vlc()
        create_instance(headless=True).release()
    except VlcUnavailable as error:
        return [Finding.fix(str(error))]
    version = vlc_version()
    problem = version_problem(version)
    if problem:
        findings.append(Finding.fix(problem))
    else:
        findings.append(Finding.ok(_("VLC {version} is installed.").format(version=version)))
    no_picture = video_output_problem(load_vlc())
    if no_picture:
        findings.append(Finding.fix(no_picture))
    if store is None:
        return findings
    film = FilmLibrary(store).remembered_file()
    if film is None:
        findings.append(
            Finding.ok(_("No film file chosen yet (choose it in the Film step before the day)."))
        )
        return findings
    result = check_film(film, expected_ms=None if is_demo(film) else IOM_FILM_MS)
    if result.playable:
        findings.append(
            Finding.ok(_("Film {path}: {summary}").format(path=film, summary=result.summary()))
        )
    else:
        findings.append(
            Finding.fix(
                _("Film {path}: {problem} Choose the file again in the Film step.").format(
                    path=film, problem=result.problems[0]
                ),
            )
        )
    for warning in result.warnings:
        findings.append(Finding.ok(_("Film {path}: {warning}").format(path=film, warning=warning)))
    return findings
