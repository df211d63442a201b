"""A deck file (or one slide typed in the slide editor) that cannot be read says which line
and why; what each slide keyword sets, and the header's `key: value` lines."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.deck import DeckError, parse_deck, parse_slide

HEADER = "title: Sosialisasi TPPO\n<!-- a comment in the header -->\n\n"


def _refused(text: str) -> DeckError:
    with pytest.raises(DeckError) as caught:
        parse_deck(text)
    return caught.value


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("title: only a header\n", 1, "no slides: a header, then slides separated by lines of ---"),
        (HEADER + "---\n\n---\n   \n", 8, "no slides found"),  # 8: past the end
        ("title: X\nthis line has no colon\n---\n# A\n", 2,
         "the header has `key: value` lines only"),
        (HEADER + "---\n# A\nLayout: grid\n", 6,
         "unknown layout 'grid' (bullets, title, statement)"),
        (HEADER + "---\n# A\nSection: | 10\n", 6, "a Section needs a name"),
        (HEADER + "---\n# A\nBagian: Pembukaan | sepuluh\n", 6,
         "minutes must be a whole number, not 'sepuluh'"),
        (HEADER + "---\n# A\nSection: Pembukaan | 0\n", 6, "minutes must be more than 0"),
    ],
)  # fmt: skip
def test_a_deck_that_cannot_be_read_names_the_line_and_the_reason(text, line, reason):
    error = _refused(text)
    assert (error.line, error.reason) == (line, reason)
    assert str(error) == f"line {line}: {reason}"


def test_a_slide_without_a_title_is_refused_in_the_facilitators_language():
    i18n.set_language("en")
    with pytest.raises(DeckError, match=r"^line 12: a slide needs a # Title line$"):
        parse_slide(12, ["## only a subtitle", "- a bullet"])
    i18n.set_language("id")
    with pytest.raises(DeckError) as caught:
        parse_slide(12, ["## only a subtitle"])
    assert str(caught.value) == "line 12: slide perlu baris # Judul"


def test_each_keyword_sets_its_part_of_the_slide():
    deck = parse_deck(
        HEADER + "---\n<!-- hidden -->\n# Judul\n## Sub\nSection: Pembukaan | 15\nLocal:\n"
        "Source: IOM 2023\n"
        "Layout: statement\n> Pesan kunci\n- satu\n  - dua\nParagraf.\nNotes: catatan\nbaris 2\n"
        "---\n# Kedua\nSumber: BP2MI\nCatatan:\n- bukan poin\n"
    )
    first, second = deck.slides
    assert deck.title == "Sosialisasi TPPO" and deck.sections() == [(0, "Pembukaan", 15)]
    assert (first.title, first.subtitle, first.layout, first.local) == (
        "Judul", "Sub", "statement", True,
    )  # fmt: skip
    assert (first.source, first.key_message, first.paragraphs) == (
        "IOM 2023", "Pesan kunci", ["Paragraf."],
    )  # fmt: skip
    assert [(b.text, b.level) for b in first.bullets] == [("satu", 0), ("dua", 1)]
    assert first.notes == "catatan\nbaris 2"
    assert (second.source, second.notes, second.bullets, second.local) == (
        "BP2MI", "- bukan poin", [], False,
    )  # fmt: skip
    assert second.section == "" and second.section_minutes is None
