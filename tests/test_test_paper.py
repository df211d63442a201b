"""The printed test paper: one page per participant plus blank sheets, A4 and F4."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kerinjing_desktop.core.demo import DEMO_PEOPLE
from kerinjing_desktop.reports.common import PAPER_SIZES

pdftotext = shutil.which("pdftotext")


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_pages_size_and_fonts(cli, tmp_path, paper):
    """Registered + blank pages, the right paper size, fonts embedded."""
    event = cli("demo-data").out.strip()
    out = tmp_path / "paper.pdf"
    result = cli("print", "test-paper", "--event", event, "--out", str(out), "--paper", paper,
                 "--blank-rows", "3")  # fmt: skip
    assert result.status == 0, result.err
    assert b"/FontFile2" in out.read_bytes()
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert f"Pages:           {len(DEMO_PEOPLE) + 3}" in info
        width, height = PAPER_SIZES[paper]
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert size and abs(float(size[1]) - width) < 0.01 and abs(float(size[2]) - height) < 0.01


@pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) not installed")
def test_text_has_code_and_name(cli, tmp_path):
    """Each sheet names its participant and code; default blank sheets are added."""
    event = cli("demo-data").out.strip()
    out = tmp_path / "paper.pdf"
    assert cli("print", "test-paper", "--event", event, "--out", str(out)).status == 0
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    assert "P-001" in pages[0] and "Siti Aminah" in pages[0]
    assert "PRE-TEST" in pages[0] or "TES AWAL" in pages[0]
    assert len([p for p in pages if p.strip()]) == len(DEMO_PEOPLE) + 5
