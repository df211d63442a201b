"""Hand a PDF to the local CUPS scheduler (Linux, macOS) with `lp`, as the printer's job.

Rasterising 200 certificates at 300 dpi made a 142 MB job that CUPS then spent minutes on;
the same 600 KB PDF handed over as it is takes a fraction of a second, and CUPS's own
filters turn it into what the printer speaks. The copies, paper, two-sided printing, page
range and greyscale chosen in the print dialog travel as job options.

Only the local scheduler is ever spoken to: `lp` is pointed at CUPS's own socket (a
`client.conf` or a `CUPS_SERVER` naming a network server is overridden), so printing never
opens a network connection from the app. Without `lp` or the socket (Windows, a Linux
without CUPS) `can_print_pdf` is False and the app draws the pages itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kerinjing_desktop.core.i18n import _

# where CUPS listens locally: Debian/Ubuntu/Fedora, older layouts, macOS
SOCKETS = (
    Path("/run/cups/cups.sock"),
    Path("/var/run/cups/cups.sock"),
    Path("/private/var/run/cupsd"),
)
HAND_OVER_TIMEOUT_S = 120  # lp only copies the file into the spool; minutes mean it is stuck


class Sides(Enum):
    """Two-sided printing as IPP names it (the `sides` job option)."""

    ONE = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


@dataclass(frozen=True)
class Paper:
    """The sheet to print on, portrait millimetres; `name` when CUPS knows it by name."""

    width_mm: float
    height_mm: float
    name: str = ""

    @property
    def media(self) -> str:
        if self.name:
            return self.name
        return f"Custom.{round(self.width_mm)}x{round(self.height_mm)}mm"


A4 = Paper(210, 297, "A4")
F4 = Paper(215, 330)  # folio as sold in Indonesia; not a PWG name, so a custom size


@dataclass(frozen=True)
class SpoolJob:
    """What the print dialog chose, as CUPS job options. Pages are 1-based and inclusive;
    None for both means the whole document."""

    printer: str
    title: str
    copies: int = 1
    collate: bool = True
    paper: Paper | None = None
    sides: Sides = Sides.ONE
    first: int | None = None
    last: int | None = None
    grey: bool = False


class CupsError(Exception):
    """CUPS did not take the job; the message is for the person printing."""


def local_socket() -> Path | None:
    """The local scheduler's socket: `CUPS_SERVER` when it names a socket (a path), else the
    usual places. A `CUPS_SERVER` naming a host is ignored: no network."""
    named = os.environ.get("CUPS_SERVER", "")
    candidates = ([Path(named)] if named.startswith("/") else []) + list(SOCKETS)
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return None


def can_print_pdf(printer: str) -> bool:
    """True when `printer` is a CUPS queue we can hand a PDF to: `lp` and the local socket
    are there (never on Windows, where printers want pages drawn)."""
    return (
        bool(printer)
        and os.name != "nt"
        and shutil.which("lp") is not None
        and (local_socket() is not None)
    )


def lp_command(path: Path, job: SpoolJob, server: Path) -> list[str]:
    command = ["lp", "-h", str(server), "-d", job.printer, "-t", job.title, "-n", str(job.copies)]
    if job.first is not None and job.last is not None:
        command += ["-P", f"{job.first}-{job.last}"]
    if job.paper is not None:
        command += ["-o", f"media={job.paper.media}"]
    command += ["-o", f"sides={job.sides.value}"]
    if job.copies > 1:
        command += ["-o", f"collate={'true' if job.collate else 'false'}"]
    if job.grey:
        command += ["-o", "print-color-mode=monochrome"]
    return [*command, "--", str(path)]


def hand_over(path: Path, job: SpoolJob) -> str:
    """Give the PDF to CUPS as one job; returns its id (`queue-42`). CUPS has its own copy
    when this returns, so the file may go. Raises CupsError with the scheduler's reason."""
    server = local_socket()
    if server is None:
        raise CupsError(_("The printing system (CUPS) is not running on this computer."))
    environment = dict(os.environ, CUPS_SERVER=str(server), LC_ALL="C")
    try:
        done = subprocess.run(
            lp_command(path, job, server),
            capture_output=True,
            text=True,
            timeout=HAND_OVER_TIMEOUT_S,
            env=environment,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        reason = _("The printer did not take the job: {reason}").format(reason=error)
        raise CupsError(reason) from error
    if done.returncode != 0:
        reason = done.stderr.strip().removeprefix("lp:").strip() or f"lp {done.returncode}"
        raise CupsError(_("The printer did not take the job: {reason}").format(reason=reason))
    found = re.search(r"request id is (\S+)", done.stdout)
    return found.group(1) if found else ""
