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


def test_a_note_or_a_village_is_plain_text_only_where_it_fits_its_line():
    register_fonts()
    # the longest of the generated programme: it ran over the column's line by 1.7 mm
    fits = "Harapanmakmur (13-01-2026)"
    assert programme.fitted(fits, programme.VILLAGE_WIDTH) == fits
    longer = programme.fitted("Tanjung Harapan Makmur (13-01-2026)", programme.VILLAGE_WIDTH)
    assert isinstance(longer, Paragraph)  # its date goes under it
    assert programme.fitted(SHORT, programme.NOTE_WIDTH) == SHORT
    assert isinstance(programme.fitted(LONG, programme.NOTE_WIDTH), Paragraph)
    assert isinstance(programme.fitted("Dua\nbaris", programme.NOTE_WIDTH), Paragraph)
    wide = "W" * 200  # one word wider than the column: it must wrap (split) as a paragraph
    assert isinstance(programme.fitted(wide, programme.NOTE_WIDTH), Paragraph)
    room = programme.NOTE_WIDTH - 2 * programme.SIDE_PADDING  # the column less its padding
    fits = "a"
    while stringWidth(fits + "a", FONT, 7.5) <= room:
        fits += "a"
    assert programme.fitted(fits, programme.NOTE_WIDTH) == fits
    assert isinstance(
        programme.fitted(fits + "a", programme.NOTE_WIDTH), Paragraph
    )  # into the padding: wraps


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
    table = programme._table(rows, [programme.VILLAGE_WIDTH, programme.NOTE_WIDTH], left=2)
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


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The figures of a small generated programme (its villages' and kabupaten's names)."""
    from office_support import collected

    from kerinjing_desktop.core.office.publish import publish
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.programme import read_programme

    store = open_store(collected(tmp_path_factory.mktemp("office"))[1])
    try:
        return publish(read_programme(store))
    finally:
        store.close()


def _running_over(table) -> list[tuple[str, float]]:
    """The cells whose text (a header's longest word, which never breaks) is wider than its
    column less the padding, with how much wider (mm); columns sized by ReportLab are skipped."""
    over = []
    for row, styles in zip(table._cellvalues, table._cellStyles, strict=True):
        for cell, style, width in zip(row, styles, table._colWidths, strict=True):
            if width is None:
                continue
            if isinstance(cell, Paragraph):
                font, size, parts = cell.style.fontName, cell.style.fontSize, cell.text.split()
            else:
                font, size, parts = style.fontname, style.fontsize, [str(cell)]
            room = width - style.leftPadding - style.rightPadding
            widest = max((stringWidth(part, font, size) for part in parts), default=0)
            if widest > room + 0.01:
                over.append((" ".join(parts), round((widest - room) / mm, 2)))
    return over


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_title_and_figure_stays_inside_its_column(published, lang):
    """In both languages: the gains' ten columns (half the usual padding), the commitments'
    titles ("Commitments" ran 3.5 mm over its line) and the notes' villages with their dates."""
    register_fonts()
    styles = programme._styles()
    sections = (programme._reach, programme._gains, programme._questions, programme._kept,
                programme._notes)  # fmt: skip
    tables = [
        flowable
        for section in sections
        for flowable in section(published, lang, styles)
        if isinstance(flowable, programme.LongTable)
    ]
    assert len(tables) >= 6  # reach (3), gains, kabupaten, most common, notes
    assert [over for table in tables for over in _running_over(table)] == []
