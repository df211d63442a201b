"""A facilitator's own PDF: opened, drawn on white, bad files refused with a clear message."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from slides_data.pdfs import make_broken_pdf, make_pdf

from kerinjing_desktop.slides.notes import load_pdf_notes, save_pdf_notes
from kerinjing_desktop.slides.source import DeckLoadError, PdfDeck, open_deck


def test_a_60_page_pdf_opens(qapp, tmp_path):
    """A 60-page PDF opens, with page titles, and any page renders at the asked size."""
    deck = open_deck(make_pdf(tmp_path / "talk.pdf", pages=60), "id")
    try:
        assert isinstance(deck, PdfDeck) and deck.count == 60
        assert deck.title(59) == "Halaman 60"
        assert deck.render(59, QSize(1920, 1080)).size() == QSize(1920, 1080)
    finally:
        deck.close()


def test_pages_are_white_and_letterboxed(qapp, tmp_path):
    """A page with no background is drawn on white; a 4:3 page on 16:9 gets black bars."""
    deck = PdfDeck(make_pdf(tmp_path / "four-three.pdf", pages=1, size=(800, 600)))
    try:
        image = deck.render(0, QSize(1600, 900))
        assert deck.fitted_size(0, QSize(1600, 900)) == QSize(1200, 900)
        assert QColor(image.pixel(10, 450)) == QColor("black")  # the bar left of the page
        assert QColor(image.pixel(205, 5)) == QColor("white")  # the page's own corner
    finally:
        deck.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: make_broken_pdf(p), "rusak atau tidak lengkap"),
        (lambda p: make_pdf(p, encrypt="secret"), "dilindungi kata sandi"),
        (lambda p: p.write_text("not a pdf at all") and p, "bukan berkas PDF"),
        (lambda p: p, "tidak ditemukan"),
    ],
    ids=["truncated", "password", "not-a-pdf", "missing"],
)
def test_bad_pdfs_give_a_clear_message(qapp, tmp_path, make, words):
    """Broken, password-protected, fake or missing PDFs raise a translated message, no crash."""
    path = make(tmp_path / "deck.pdf")
    with pytest.raises(DeckLoadError) as caught:
        PdfDeck(path)
    assert words in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_notes_are_kept_per_file_content(qapp, tmp_path, store):
    """Notes typed for a PDF are stored by content hash: a renamed copy finds them again."""
    path = make_pdf(tmp_path / "talk.pdf", pages=4)
    deck = PdfDeck(path)
    deck.set_notes(2, "Ask who has family abroad.")
    deck.minutes = 35
    save_pdf_notes(store, deck)
    deck.close()
    copy = PdfDeck(shutil.copy(path, tmp_path / "renamed.pdf"))
    load_pdf_notes(store, copy)
    assert copy.notes(2) == "Ask who has family abroad." and copy.notes(0) == ""
    assert copy.minutes == 35 and copy.sections()[0].minutes == 35
    copy.close()
    other = PdfDeck(make_pdf(tmp_path / "other.pdf", pages=5))
    load_pdf_notes(store, other)
    assert other.page_notes == {} and other.minutes is None
    other.close()


def test_stored_notes_with_a_unicode_digit_page_are_skipped(qapp, tmp_path, store):
    """A page key such as "²" passes isdigit() but not int(): skipped, not a crash."""
    from kerinjing_desktop.core.store.settings import set_json
    from kerinjing_desktop.slides.notes import notes_key

    deck = PdfDeck(make_pdf(tmp_path / "deck.pdf", pages=3))
    set_json(store, notes_key(deck.sha256), {"notes": {"²": "bad", "2": "kedua"}})
    load_pdf_notes(store, deck)
    assert deck.page_notes == {1: "kedua"}
