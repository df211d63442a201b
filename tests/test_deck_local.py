"""The bundled deck as one event's deck: the village's lines, skipped slides, edits (core)."""

from __future__ import annotations

from kerinjing_desktop.core.deck_local import LocalFacts, localise, with_notes
from kerinjing_desktop.core.paths import asset_path

DECK = """title: Test deck
desa: Kerinjing
tahun: 2021
---
# Opening in {desa}
- We meet in Desa {desa}, Kecamatan {kecamatan}
- General point
Catatan:
[demo] In Kerinjing the head said so.
Say hello.
---
Section: Local part | 10
Lokal:
# Why here
[demo] - At the {tahun} pre-survey, {desa} had no outreach
- {temuan}
Catatan:
Ask about {desa}.
---
# Closing
- Thanks
"""
OTHER = LocalFacts("Sukamaju", kecamatan="", kabupaten="Bekasi", tahun="2026")


def _text(deck) -> str:
    parts = []
    for slide in deck.slides:
        parts += [slide.title, slide.notes, slide.source, *slide.paragraphs]
        parts += [bullet.text for bullet in slide.bullets]
    return "\n".join(parts)


def test_no_event_reads_as_written_for_the_demo_village():
    """Without an event the header's village fills the lines and the demo lines stay."""
    local = localise(DECK)
    titles = [slide.title for slide in local.deck.slides]
    assert titles == ["Opening in Kerinjing", "Why here", "Closing"]
    assert (
        local.deck.slides[1].bullets[0].text == "At the 2021 pre-survey, Kerinjing had no outreach"
    )
    assert "In Kerinjing the head said so." in local.deck.slides[0].notes


def test_another_village_never_sees_the_demo_village():
    """Another event: its village in the lines, no demo line, the local slide with nothing
    local skipped (its section moves to the next slide), a line missing a fact dropped."""
    local = localise(DECK, OTHER)
    assert "Kerinjing" not in _text(local.deck)
    assert [slide.title for slide in local.deck.slides] == ["Opening in Sukamaju", "Closing"]
    assert [b.text for b in local.deck.slides[0].bullets] == ["General point"]
    assert local.skipped == ["# Why here"]
    assert local.deck.sections() == [(1, "Local part", 10)]


def test_pre_survey_findings_become_the_local_lines():
    """Each pre-survey finding of the event is one bullet of the local slide."""
    facts = LocalFacts("Sukamaju", tahun="2026", findings=("Many go to Malaysia", "No outreach"))
    slide = localise(DECK, facts).deck.slides[1]
    assert [b.text for b in slide.bullets] == ["Many go to Malaysia", "No outreach"]
    assert slide.notes == "Ask about Sukamaju."


def test_an_edit_replaces_the_slide_and_a_bad_one_is_reported():
    """The facilitator's text replaces the bundled slide (shown even when local); a text that
    cannot be read leaves the bundled slide and says which line."""
    edits = {"# Why here": "# Why Sukamaju\n- Our own point\nCatatan:\nMine", "# Closing": "- x"}
    local = localise(DECK, OTHER, edits)
    slide = local.deck.slides[1]
    assert (slide.title, slide.notes, slide.edited) == ("Why Sukamaju", "Mine", True)
    assert slide.section == "Local part" and local.texts["# Why here"].startswith("# Why Sukamaju")
    assert local.deck.slides[2].title == "Closing" and not local.deck.slides[2].edited
    assert [(p.key, p.line) for p in local.problems] == [("# Closing", 1)]


def test_with_notes_keeps_the_text_and_replaces_the_notes():
    text = "# T\n- a\nCatatan:\nold\nlines"
    assert with_notes(text, "new") == "# T\n- a\nCatatan:\nnew"
    assert with_notes("# T\n- a", "new", "Notes") == "# T\n- a\nNotes:\nnew"


def test_the_bundled_decks_say_nothing_of_kerinjing_at_another_village():
    """Projected text (titles, bullets, paragraphs) of both bundled decks, localised for
    another village, never names the demo village outside a source citation."""
    for lang in ("id", "en"):
        text = asset_path("deck", f"tppo_{lang}.md").read_text(encoding="utf-8")
        demo, other = localise(text).deck, localise(text, OTHER).deck
        assert len(other.slides) < len(demo.slides)
        for slide in other.slides:
            shown = [slide.title, slide.subtitle, slide.key_message, *slide.paragraphs]
            shown += [bullet.text for bullet in slide.bullets]
            if "Komitmen" in slide.title or "commitments" in slide.title:
                continue  # the demo village's agreement, shown as an example to change
            assert "Kerinjing" not in " ".join(shown), (lang, slide.title)


def test_lines_for_any_other_village_are_left_out_for_the_demo():
    """`[lokal]` lines are said at another village's event, never at the demo village's."""
    deck = DECK.replace("Say hello.", "[lokal] Ask the head of {desa}.")
    assert "Ask the head" not in localise(deck).deck.slides[0].notes
    assert "Ask the head of Sukamaju." in localise(deck, OTHER).deck.slides[0].notes
