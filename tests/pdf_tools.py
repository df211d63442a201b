"""Reading PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts) for the print tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdffonts")),
    reason="poppler-utils (pdftotext, pdfinfo, pdffonts) not installed",
)


def text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def info(path: Path) -> tuple[int, float, float]:
    """(pages, width pt, height pt) of the first page."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", out).groups()
    return pages, float(w), float(h)


def fonts_all_embedded(path: Path) -> bool:
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return bool(lines) and all(line.split()[-5] == "yes" for line in lines)


def properties(path: Path) -> dict[str, str]:
    """The document's properties a PDF reader shows (pdfinfo's Title, Author, …)."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(
        (key.strip(), value.strip())
        for key, _sep, value in (line.partition(":") for line in out.splitlines())
    )
