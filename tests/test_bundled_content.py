"""The bundled programme content: the two decks and the TOML files under assets/content."""

from __future__ import annotations

import re
import tomllib

import pytest

from kerinjing_desktop.core.deck import Deck, strip_inline
from kerinjing_desktop.core.deck_local import localise
from kerinjing_desktop.core.paths import asset_path

LANGS = ("id", "en")
CONTENT_FILES = ("questions", "film_markers", "fgd_guide", "commitments", "contacts")
# Visible text citing the law, a sum of money, a count (cases, victims), a year or a help
# number needs a source line, and that line names the year of its source.
FACTUAL = re.compile(
    r"\b(Pasal|UU|Article|Law No\.)|\bRp\s?\d|\d[\d.,]*\s+(kasus|cases|korban|victims)\b"
    r"|\b(19|20)\d\d\b|\b0800-|\b129\b|\b110\b"
)
YEAR = re.compile(r"\b(19|20)\d\d\b")
# The five topics the deck teaches, each with a word that must appear in the deck (id) and in
# the full-marks rubric line of the question on that topic.
TOPICS = {
    "understanding": "eksploitasi",
    "tactics": "Kamboja",
    "safe_route": "visa kerja",
    "rights": "restitusi",
    "reporting": "SAPA 129",
}


def load_deck(lang: str) -> Deck:
    """The deck as written for its demo village (no event)."""
    return localise(asset_path("deck", f"tppo_{lang}.md").read_text(encoding="utf-8")).deck


def load_content(name: str) -> dict:
    with asset_path("content", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    return {lang: load_deck(lang) for lang in LANGS}


def visible_text(slide) -> str:
    parts = [slide.title, slide.subtitle, slide.key_message, *slide.paragraphs]
    parts += [bullet.text for bullet in slide.bullets]
    return strip_inline(" ".join(parts))


def seconds(mmss: str) -> int:
    mm, ss = mmss.split(":")
    assert 0 <= int(ss) < 60, mmss
    return int(mm) * 60 + int(ss)


def test_decks_have_the_same_number_of_slides(decks):
    """Both languages parse and have the same 20-30 slides, with a matching header."""
    assert 20 <= len(decks["id"].slides) <= 30
    assert len(decks["id"].slides) == len(decks["en"].slides)
    for lang, deck in decks.items():
        assert deck.meta["lang"] == lang and deck.meta["version"] == "1" and deck.title


def test_every_slide_has_a_title_and_notes(decks):
    """No slide lacks a title or speaker notes."""
    for lang, deck in decks.items():
        for number, slide in enumerate(deck.slides, start=1):
            assert slide.title, f"{lang} slide {number}"
            assert slide.notes.strip(), f"{lang} slide {number} has no notes"


def test_sections_have_minutes_and_match_across_languages(decks):
    """Every part of the day has planned minutes, at the same slides in both languages."""
    for deck in decks.values():
        assert deck.sections(), "the deck has no sections"
        assert all(planned for _, _, planned in deck.sections())
    by_lang = [[(i, planned) for i, _, planned in deck.sections()] for deck in decks.values()]
    assert by_lang[0] == by_lang[1]


def test_factual_slides_name_a_source(decks):
    """A slide mentioning an article, a law, a sum or a number of cases has a source line."""
    for lang, deck in decks.items():
        for number, slide in enumerate(deck.slides, start=1):
            if FACTUAL.search(visible_text(slide)):
                assert slide.source, f"{lang} slide {number} ({slide.title}) needs a source"
            if slide.source:
                assert YEAR.search(slide.source), f"{lang} slide {number}: source has no year"


def test_slides_are_parallel_translations(decks):
    """Slide N has the same layout and shape (bullets, key message, source) in both languages."""
    pairs = zip(decks["id"].slides, decks["en"].slides, strict=True)
    for number, (ind, eng) in enumerate(pairs, start=1):
        shape_id = (ind.layout, len(ind.bullets), bool(ind.key_message), bool(ind.source))
        shape_en = (eng.layout, len(eng.bullets), bool(eng.key_message), bool(eng.source))
        assert shape_id == shape_en, f"slide {number}: {ind.title!r} / {eng.title!r}"


def test_slide_text_fits_a_projector(decks):
    """Titles, bullets and key messages stay short enough to read from the back of a hall."""
    for lang, deck in decks.items():
        for number, slide in enumerate(deck.slides, start=1):
            where = f"{lang} slide {number}"
            assert len(slide.title) <= 45, where
            assert len(slide.bullets) <= 6, where
            assert all(len(strip_inline(b.text)) <= 90 for b in slide.bullets), where
            assert len(slide.key_message) <= 110, where
        assert 8 <= sum(bool(s.key_message) for s in deck.slides) <= 12, lang


def language_pairs(node, path="root"):
    """Yield (path, id value, en value) for every `x.id` / `x.en` pair in a TOML document."""
    if isinstance(node, dict):
        if "id" in node or "en" in node:
            yield path, node.get("id"), node.get("en")
        for key, value in node.items():
            if key not in LANGS:
                yield from language_pairs(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from language_pairs(item, f"{path}[{index}]")


@pytest.mark.parametrize("name", CONTENT_FILES)
def test_content_files_parse_with_both_languages(name):
    """Each TOML file parses and every text has a non-empty Indonesian and English version."""
    pairs = list(language_pairs(load_content(name)))
    assert pairs, f"{name} has no texts"
    for path, ind, eng in pairs:
        assert ind and eng, f"{name}: {path} is missing a language"
        assert type(ind) is type(eng), f"{name}: {path}"
        if isinstance(ind, list):
            assert len(ind) == len(eng) and all(ind) and all(eng), f"{name}: {path}"


def test_questions_are_numbered_and_rubrics_match_max():
    """Questions are numbered 1..N and each rubric has max + 1 levels, from 0 upwards."""
    questions = load_content("questions")["question"]
    assert [q["number"] for q in questions] == list(range(1, len(questions) + 1))
    for q in questions:
        assert q["kind"] in ("open", "choice", "truefalse")
        for lang in LANGS:
            levels = q["rubric"][lang]
            assert len(levels) == q["max"] + 1, f"question {q['number']} ({lang})"
            assert [level.split()[0] for level in levels] == [str(n) for n in range(q["max"] + 1)]


def test_example_choice_keys_point_at_an_option():
    """Each example item's answer key names one of its options."""
    examples = load_content("questions")["example_choice"]
    assert {e["kind"] for e in examples} == {"choice", "truefalse"}
    for example in examples:
        if example["kind"] == "choice":
            letters = "ABCDEFGH"[: len(example["options"]["id"])]
            assert example["key"] in letters
        else:
            assert example["key"]["id"] in ("B", "S") and example["key"]["en"] in ("T", "F")
            assert "BS".index(example["key"]["id"]) == "TF".index(example["key"]["en"])


def test_film_markers_fall_inside_the_film_in_order():
    """Discussion pauses are 4-6 increasing times, all before the film's 27:14 end."""
    film = load_content("film_markers")
    assert film["expected_duration"] == "27:14"
    end = seconds(film["expected_duration"])
    times = [seconds(marker["time"]) for marker in film["marker"]]
    assert 4 <= len(times) <= 6
    assert times == sorted(set(times)) and times[0] > 0 and times[-1] < end


def test_fgd_guide_has_four_topics_and_safety_guidance():
    """The FGD guide covers its four topics with 2-4 prompts each and tells how to stay safe."""
    guide = load_content("fgd_guide")
    keys = [topic["key"] for topic in guide["topic"]]
    assert keys == ["situation", "efforts", "obstacles", "solutions"]
    for topic in guide["topic"]:
        assert 2 <= len(topic["questions"]["id"]) <= 4
    assert "129" in guide["safety"]["id"] and "129" in guide["safety"]["en"]


def test_commitments_and_contacts_defaults():
    """Four agreed commitments plus optional ones, and the national help numbers as text."""
    commitments = load_content("commitments")["commitment"]
    assert sum(not c["optional"] for c in commitments) == 4
    contacts = load_content("contacts")["contact"]
    assert all(isinstance(c["number"], str) for c in contacts)
    numbers = {c["number"] for c in contacts}
    assert {"129", "08111-129-129", "110"} <= numbers


def test_the_five_questions_cover_the_five_topics_of_the_deck(decks):
    """One scored question per topic the deck teaches; its full-marks line names the topic."""
    questions = load_content("questions")["question"]
    assert sorted(q["topic"] for q in questions) == sorted(TOPICS)
    deck_text = " ".join(visible_text(s) + " " + s.notes for s in decks["id"].slides)
    for q in questions:
        word = TOPICS[q["topic"]]
        assert q.get("scored", True) and q["max"] == 2, q["number"]
        assert word in deck_text, f"the deck does not teach {q['topic']!r} ({word})"
        assert word in q["rubric"]["id"][-1], f"question {q['number']}: full marks lack {word!r}"


def test_an_irregular_route_alone_is_not_full_marks():
    """The deck says a tourist visa is not trafficking by itself; so does question 2's rubric."""
    [tactics] = [q for q in load_content("questions")["question"] if q["topic"] == "tactics"]
    assert "visa pelancong" in tactics["rubric"]["id"][1]
    assert "visa pelancong" not in tactics["rubric"]["id"][2]
    assert "tourist visa" not in tactics["rubric"]["en"][2]


# A figure as written in either language: 1.794 (id) and 1,794 (en) are the same 1794.
FIGURE = re.compile(r"\d+(?:[.,]\d{3})*")


def figures(text: str) -> set[str]:
    return {re.sub(r"[.,]", "", number) for number in FIGURE.findall(text)}


def test_both_decks_state_the_same_figures(decks):
    """Slide N's numbers (counts, sums, years, dates, articles, help lines), on the slide, in
    its source line and in its notes, are the same in both languages: a figure brought up to
    date in one deck and not the other is caught."""
    pairs = zip(decks["id"].slides, decks["en"].slides, strict=True)
    for number, (ind, eng) in enumerate(pairs, start=1):
        for part in ("slide", "source", "notes"):
            text_id, text_en = (
                visible_text(s) if part == "slide" else getattr(s, part) for s in (ind, eng)
            )
            only_id, only_en = (
                figures(text_id) - figures(text_en),
                figures(text_en) - figures(text_id),
            )
            assert not (only_id or only_en), (
                f"slide {number} ({ind.title!r}), {part}: only in id {sorted(only_id)}, "
                f"only in en {sorted(only_en)}"
            )
