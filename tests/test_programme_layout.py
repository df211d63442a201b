"""The Laporan Program's tables are laid out without measuring what is already known: a row of
one-line strings is given its height, and a note that fits its line is plain text. Both must
look exactly as measured paragraphs did (reports/programme.py)."""

from __future__ import annotations

import re
import subprocess

import pytest
from pdf_tools import needs_poppler
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kerinjing_desktop.reports import programme
from kerinjing_desktop.reports.common import FONT, register_fonts

SHORT = "Warga banyak menerima tawaran kerja lewat media sosial. […] bercerita tentang tetangganya."
LONG = "Warga " + "sering ditawari kerja ke luar negeri lewat media sosial " * 2


def _rows(size_note) -> list[list]:
    return [
        ["Tanggal", "Desa", "Catatan panjang sekali yang membungkus"],
        ["05-01-2026", "Bumisari", "12"],
        ["06-01-2026", "Harapanjaya", size_note],
        ["07-01-2026", "", ""],
    ]


@pytest.mark.parametrize("size", [7, 7.5, 8])
def test_the_heights_given_are_those_reportlab_measures(monkeypatch, size):
    """Each row of one-line strings gets the height ReportLab would measure for it; the header
    and a row with a paragraph are left to be measured."""
    register_fonts()
    widths = [20 * mm, 30 * mm, 40 * mm]
    rows = _rows(Paragraph(LONG, programme._CELL))
    given = programme.heights(rows, size + 1.5)
    assert given[0] is None and given[2] is None
    table = programme._table(rows, widths, size=size)
    monkeypatch.setattr(programme, "heights", lambda rows, leading: [None] * len(rows))
    measured = programme._table(rows, widths, size=size)
    table.wrap(90 * mm, 500 * mm)
    measured.wrap(90 * mm, 500 * mm)
    assert given[1] == given[3] == measured._rowHeights[1] == measured._rowHeights[3]
    assert table._rowHeights == measured._rowHeights


def test_a_note_is_plain_text_only_where_it_fits_its_line():
    register_fonts()
    assert programme.note_cell(SHORT) == SHORT
    assert isinstance(programme.note_cell(LONG), Paragraph)
    assert isinstance(programme.note_cell("Dua\nbaris"), Paragraph)
    wide = "W" * 200  # one word wider than the column: it must wrap (split) as a paragraph
    assert isinstance(programme.note_cell(wide), Paragraph)
    room = programme.NOTE_WIDTH - 2 * programme.SIDE_PADDING  # the column less its padding
    fits = "a"
    while stringWidth(fits + "a", FONT, 7.5) <= room:
        fits += "a"
    assert programme.note_cell(fits) == fits
    assert isinstance(programme.note_cell(fits + "a"), Paragraph)  # into the padding: wraps


def _boxes(path) -> list[tuple[str, float, float]]:
    words = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (word, float(x), float(y))
        for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<', words)
    ]


@needs_poppler
def test_a_note_as_text_is_drawn_where_its_paragraph_was(tmp_path):
    """The same note in two rows, as plain text and as a paragraph: every word at the same
    place across the row, and the row as high."""
    register_fonts()
    rows = [["Desa", "Catatan"], ["Satu", SHORT], ["Dua", Paragraph(SHORT, programme._CELL)]]
    table = programme._table(rows, [41 * mm, programme.NOTE_WIDTH], left=2)
    out = tmp_path / "notes.pdf"
    SimpleDocTemplate(str(out)).build([table])
    boxes = _boxes(out)
    (one,) = [y for word, _x, y in boxes if word == "Satu"]
    (two,) = [y for word, _x, y in boxes if word == "Dua"]
    as_text = [
        (w, round(x, 2), round(y - one, 2)) for w, x, y in boxes if abs(y - one) < 5 and w != "Satu"
    ]
    as_para = [
        (w, round(x, 2), round(y - two, 2)) for w, x, y in boxes if abs(y - two) < 5 and w != "Dua"
    ]
    assert len(as_text) == len(SHORT.split()) and as_text == as_para
    assert table._rowHeights[1] == table._rowHeights[2]
