"""Reading the Word drafts back: python-docx for structure, the raw XML for "is it anywhere"."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)


def open_docx(path: Path):
    return docx.Document(str(path))


def everything(path: Path) -> str:
    """The text of every part (body, headers, footers, properties), tags stripped."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")]
    return re.sub(r"<[^>]+>", "", " ".join(parts))


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def to_pdf(path: Path, out_dir: Path) -> Path:
    """LibreOffice headless converts the draft, as a reader's program opens it."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = out_dir / (path.stem + ".pdf")
    assert pdf.is_file(), "LibreOffice made no PDF"
    return pdf


def comma(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")
