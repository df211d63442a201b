"""The bundled deck and its look: every slide fits at projector sizes, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from slides_data.pdfs import MINI_DECK

from kerinjing_desktop.slides import theme
from kerinjing_desktop.slides.source import BundledDeck, DeckLoadError, open_deck

SIZES = [QSize(1366, 768), QSize(1920, 1080), QSize(1024, 768)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_bundled_slide_fits_at_every_size(qapp, lang):
    """No text box of any bundled slide overflows or shrinks below legible size."""
    deck = BundledDeck.bundled(lang)
    assert 20 <= deck.count <= 30
    problems = []
    for size in SIZES:
        for index, slide in enumerate(deck.deck.slides):
            plan = theme.plan_slide(slide, f"{index + 1} / {deck.count}", size, "Sumber:")
            for region in plan.regions:
                text = region.text
                if not text.fits or (region.name != "source" and text.scale < theme.LEGIBLE_SCALE):
                    problems.append((size.toTuple(), index + 1, region.name, round(text.scale, 2)))
                right = region.rect.left() + text.width
                if region.rect.left() < 0 or right > size.width():
                    problems.append((size.toTuple(), index + 1, region.name, "outside"))
    assert not problems


def test_render_gives_the_exact_size(qapp):
    """A slide is drawn at the exact pixel size asked for (crisp on any projector)."""
    deck = open_deck(MINI_DECK, "en")
    for size in (QSize(1920, 1080), QSize(1024, 768), QSize(800, 600)):
        image = deck.render(1, size)
        assert image.size() == size and not image.isNull()


def test_long_text_shrinks_to_fit(qapp):
    """Overlong bullets, an unbreakable word and a long source still fit on a 4:3 projector."""
    deck = open_deck(MINI_DECK, "en")
    slide = deck.deck.slides[3]
    plan = theme.plan_slide(slide, "4 / 5", QSize(1024, 768), "Source:")
    assert all(region.text.fits for region in plan.regions)
    body = next(r for r in plan.regions if r.name == "body")
    assert body.text.scale < 1.0
    key = next(r for r in plan.regions if r.name == "key")
    assert body.rect.top() + body.text.height <= key.rect.top()


def test_deck_carries_sections_notes_and_key_messages(qapp):
    """The deck interface gives titles, notes, timed sections and the key messages."""
    deck = open_deck(MINI_DECK, "en")
    assert deck.count == 5 and deck.title(1) == "What trafficking is"
    assert deck.notes(2).startswith("Stress that victims")
    assert [(s.first, s.minutes) for s in deck.sections()] == [(0, 10), (2, 20), (4, 5)]
    assert [m.slide for m in deck.key_messages()] == [0, 1, 2, 3, 4]
    assert deck.key_messages()[1].source == "UU 21/2007 Pasal 1"


def test_a_deck_with_a_mistake_names_the_line(qapp, tmp_path):
    """A hand-edited deck with an error gives a clear, translated message with the line."""
    bad = tmp_path / "deck.md"
    bad.write_text("title: x\n---\n- a bullet without a title\n", encoding="utf-8")
    with pytest.raises(DeckLoadError, match="baris 3"):
        open_deck(bad, "id")
    with pytest.raises(DeckLoadError, match="tidak ada"):
        open_deck(tmp_path / "missing.md", "id")
