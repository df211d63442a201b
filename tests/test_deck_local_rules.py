"""The deck as one event's deck (core/deck_local.py), rule by rule, on small decks written here.

The English deck's fact names, the `[local]` mark, which lines the slide editor hides, two
slides with one title, where an edited slide stands and how a bad edit is reported, the part
of the day of a skipped slide, and the two refusals: each with the exact text it gives.
"""

from __future__ import annotations

import dataclasses

import pytest

from kerinjing_desktop.core.deck import DeckError
from kerinjing_desktop.core.deck_local import (
    EditProblem,
    LocalFacts,
    demo_facts,
    editable_text,
    localise,
    slide_key,
    with_notes,
)

ENGLISH = """title: English deck
village: Kerinjing
district: Tanjung Agung
regency: Muara Enim
year: 2021
---
# Welcome to {village}
- {village}, {district}, {regency}, {year}
- Found: {findings}
---
# Closing
- Thanks
"""
SUKAMAJU = LocalFacts("Sukamaju", "Cikarang", "Bekasi", "2026", findings=("Calo", "Utang"))


def _bullets(slide) -> list[tuple[str, int]]:
    return [(bullet.text, bullet.level) for bullet in slide.bullets]


def test_the_english_deck_names_the_facts_in_english():
    """{village} {district} {regency} {year} and {findings}: the event's facts, or the demo
    village of the English header when there is no event."""
    opening = localise(ENGLISH, SUKAMAJU).deck.slides[0]
    assert opening.title == "Welcome to Sukamaju"
    assert _bullets(opening) == [
        ("Sukamaju, Cikarang, Bekasi, 2026", 0), ("Found: Calo", 0), ("Found: Utang", 0)
    ]  # fmt: skip
    demo = localise(ENGLISH).deck.slides[0]
    assert _bullets(demo) == [("Kerinjing, Tanjung Agung, Muara Enim, 2021", 0)]


def test_the_demo_village_is_read_from_either_languages_header():
    assert demo_facts({"village": "A", "district": "B", "regency": "C", "year": "2021"}) == (
        LocalFacts("A", "B", "C", "2021", demo=True)
    )
    both = {"desa": "Desa", "village": "Village", "kecamatan": "Kec", "district": "District",
            "kabupaten": "Kab", "regency": "Regency", "tahun": "2020", "year": "2021"}  # fmt: skip
    assert demo_facts(both) == LocalFacts("Desa", "Kec", "Kab", "2020", demo=True)
    assert demo_facts({}) == LocalFacts("", "", "", "", demo=True)


def test_a_fact_is_said_without_its_blanks_and_a_blank_fact_drops_its_line():
    facts = LocalFacts("  Sukamaju ", kecamatan="   ", tahun="2026")
    deck = "title: t\n---\n# In {desa}\n- {desa} {tahun}\n- Kec {kecamatan}\n- Kab {kabupaten}\n"
    slide = localise(deck, facts).deck.slides[0]
    assert slide.title == "In Sukamaju" and _bullets(slide) == [("Sukamaju 2026", 0)]


def test_the_local_and_demo_marks_keep_a_bullets_level():
    """`[local]` is `[lokal]` in English; a marked sub-bullet stays a sub-bullet."""
    deck = (
        "title: t\ndesa: Kerinjing\n---\n# T\n- Point\n  [local] - For {desa}\n"
        "  [demo] - Only {desa}\n[lokal] - Main {desa}\n"
    )
    other = localise(deck, LocalFacts("Sukamaju")).deck.slides[0]
    assert _bullets(other) == [("Point", 0), ("For Sukamaju", 1), ("Main Sukamaju", 0)]
    demo = localise(deck).deck.slides[0]
    assert _bullets(demo) == [("Point", 0), ("Only Kerinjing", 1)]


def test_a_local_slide_stays_for_the_demo_village_by_its_demo_lines():
    """A `Local:` slide is shown where a `[demo]` line or a finding is left, skipped where
    only general lines are."""
    deck = "title: t\ndesa: K\n---\nLocal:\n# Here\n[demo] - Story of {desa}\n- General\n"
    deck += "---\n# Next\n- x\n"
    assert [s.title for s in localise(deck).deck.slides] == ["Here", "Next"]
    other = localise(deck, LocalFacts("S"))
    assert [s.title for s in other.deck.slides] == ["Next"] and other.skipped == ["# Here"]
    with_finding = localise(deck + "---\nLokal:\n# Found\n- {temuan}\n", SUKAMAJU)
    assert [s.title for s in with_finding.deck.slides] == ["Next", "Found"]


def test_the_editor_is_given_the_slide_without_its_part_of_the_day_and_local_lines():
    """Section, Bagian, Local and Lokal lines, in any case and indented, stay the bundled
    deck's; blank lines before and after go, those inside and the notes stay."""
    text = ["", "  SECTION: Part | 5", "bagian: B", "Local:", "lokal :", "# T", "", "- a",
            "Catatan:", "Sections: are words", "locally: too", ""]  # fmt: skip
    assert editable_text(text) == "# T\n\n- a\nCatatan:\nSections: are words\nlocally: too"
    deck = "title: t\n---\nSection: Part | 5\nLokal:\n# T\n[demo] - x\n"
    assert localise(deck).texts == {"# T": "# T\n- x"}


def test_two_slides_with_one_title_are_told_apart_by_their_number():
    """The second `# Quiz` is `# Quiz (2)`, the third `# Quiz (3)`: an edit of one changes
    that one only, and each shown slide carries its key."""
    deck = "title: t\n---\n# Quiz\n- one\n---\n  # Quiz \n- two\n---\n# Quiz\n- three\n"
    local = localise(deck, edits={"# Quiz (2)": "# Quiz\n- mine"})
    assert [slide.key for slide in local.deck.slides] == ["# Quiz", "# Quiz (2)", "# Quiz (3)"]
    assert [_bullets(slide) for slide in local.deck.slides] == [
        [("one", 0)], [("mine", 0)], [("three", 0)]
    ]  # fmt: skip
    assert local.texts == {"# Quiz": "# Quiz\n- one", "# Quiz (2)": "# Quiz\n- mine",
                           "# Quiz (3)": "# Quiz\n- three"}  # fmt: skip
    assert slide_key(["Section: x", "  # Quiz ", "# Other"]) == "# Quiz"
    assert slide_key(["- no title"]) == ""


def test_an_edited_slide_stands_at_the_bundled_slides_line_and_part_of_the_day():
    deck = "title: t\n---\n# A\n---\nSection: Part two | 20\n# B\n- b\n"
    bundled = localise(deck).deck.slides[1]
    edited = localise(deck, edits={"# B": "\n# B mine\n- b\n\n"})
    slide = edited.deck.slides[1]
    assert (slide.line, bundled.line) == (5, 5)
    assert (slide.title, slide.section, slide.section_minutes, slide.edited) == (
        "B mine", "Part two", 20, True,
    )  # fmt: skip
    assert edited.texts["# B"] == "# B mine\n- b"
    assert not bundled.edited and edited.deck.slides[0].edited is False


def test_a_blank_edit_is_the_bundled_slide():
    deck = "title: t\n---\n# A\n- a\n"
    local = localise(deck, edits={"# A": " \n\n "})
    assert local.deck.slides[0].title == "A" and not local.deck.slides[0].edited
    assert local.texts == {"# A": "# A\n- a"}


def test_an_edit_that_cannot_be_read_shows_the_bundled_slide_and_says_why():
    """The problem names the slide, the line of the edit and the parser's reason."""
    deck = "title: t\n---\n# A\n- a\n"
    local = localise(deck, edits={"# A": "# A\nSection: Part | soon"})
    assert local.problems == [EditProblem("# A", 2, "minutes must be a whole number, not 'soon'")]
    slide = local.deck.slides[0]
    assert (slide.title, slide.edited, _bullets(slide)) == ("A", False, [("a", 0)])
    assert local.texts["# A"] == "# A\nSection: Part | soon"


def test_a_skipped_slides_part_of_the_day_starts_at_the_next_slide_shown_only():
    """The next slide shown takes the part of the day, unless it starts one of its own; the
    slide after it does not take it again."""
    deck = (
        "title: t\ndesa: K\n---\n# Start\n---\nSection: Local part | 10\nLokal:\n# Here\n"
        "[demo] - x\n---\n# After\n---\n# Later\n---\nSection: Own | 5\nLokal:\n# Here too\n"
        "[demo] - y\n---\nSection: Next part\n# Own part\n"
    )
    local = localise(deck, LocalFacts("S"))
    assert [slide.title for slide in local.deck.slides] == ["Start", "After", "Later", "Own part"]
    assert local.deck.sections() == [(1, "Local part", 10), (3, "Next part", None)]
    assert local.skipped == ["# Here", "# Here too"]


def test_a_deck_without_slides_or_with_none_left_is_refused():
    with pytest.raises(DeckError) as header_only:
        localise("title: t\n")
    assert (header_only.value.line, header_only.value.reason) == (
        1, "no slides: a header, then slides separated by lines of ---",
    )  # fmt: skip
    for deck in ("title: t\n---\n\n---\n  \n", "title: t\ndesa: K\n---\nLokal:\n# H\n[demo] x\n"):
        with pytest.raises(DeckError) as none_left:
            localise(deck, LocalFacts("S"))
        assert (none_left.value.line, none_left.value.reason) == (1, "no slides found")


def test_with_notes_keeps_the_keyword_as_written_and_drops_empty_notes():
    assert with_notes("# T\n  NOTES : old\nmore", "  new \n") == "# T\nNOTES:\nnew"
    assert with_notes("# T\n- a\n\nCatatan:\nold", "   ") == "# T\n- a"
    assert with_notes("# T\n- a\n\n", "n", "Notes") == "# T\n- a\nNotes:\nn"
    assert with_notes("# T\n- notes: are bullets", "n") == "# T\n- notes: are bullets\nCatatan:\nn"


def test_a_demo_line_that_cannot_be_said_leaves_nothing_local():
    """The demo village's header names no kecamatan: its only demo line is dropped, and the
    `Lokal:` slide with nothing local left is skipped there too."""
    deck = "title: t\ndesa: K\n---\nLokal:\n# Here\n[demo] - In Kec {kecamatan}\n- General\n"
    local = localise(deck + "---\n# Next\n- x\n")
    assert [slide.title for slide in local.deck.slides] == ["Next"]
    assert local.skipped == ["# Here"]


def test_a_reported_problem_cannot_be_changed():
    """Problems are values, kept in a list the editor reads again after each edit."""
    problem = EditProblem("# A", 2, "reason")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.line = 3  # type: ignore[misc]
