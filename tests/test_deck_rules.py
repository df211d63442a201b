"""What parsing a deck slide gives when nothing overrides it (core/deck.py): the default
layout, a slide never marked as the facilitator's edit, `Lokal:` in Indonesian, a part of the
day with or without its minutes (one minute is enough), and bold markers taken out."""

from __future__ import annotations

from kerinjing_desktop.core.deck import parse_deck, parse_slide, strip_inline


def test_a_plain_slide_has_bullets_its_line_and_is_not_an_edit():
    slide = parse_slide(7, ["# Judul", "- satu"])
    assert (slide.layout, slide.line, slide.edited, slide.local) == ("bullets", 7, False, False)


def test_lokal_marks_a_slide_about_the_village():
    assert parse_slide(1, ["# Desa", "Lokal:"]).local is True
    assert parse_slide(1, ["# Village", "local: "]).local is True


def test_a_part_of_the_day_with_or_without_its_minutes():
    deck = parse_deck(
        "title: T\n---\n# A\nBagian: Pembukaan\n---\n# B\nSection: Materi 1 | 1\n---\n# C\n"
    )
    assert deck.sections() == [(0, "Pembukaan", None), (1, "Materi 1", 1)]


def test_bold_markers_are_taken_out_of_plain_text():
    assert strip_inline("**Awas** tawaran kerja **palsu**") == "Awas tawaran kerja palsu"
