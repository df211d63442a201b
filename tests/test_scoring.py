"""What a typed score cell means, and what makes a question valid (core/scoring.py, no Qt).

Written against the mutants that survived the older tests: an invalid letter taken as 0, "B"
(Benar) never scored against a key, the 2- and 6-option limits, unknown kinds, and errors
checked by type only (every `raises` here matches the message, so the wrong error fails).
"""

from __future__ import annotations

import dataclasses

import pytest

from kerinjing_desktop.core.scoring import (
    Cell,
    EntryError,
    Question,
    default_questions,
    example_choices,
    letter_matches,
    max_total,
    parse_entry,
    took_test,
    total,
    validate_question,
)

OPEN = Question(1, kind="open", max_score=3, text="Apa itu TPPO?")
CHOICE = Question(
    2, kind="choice", max_score=2, text="Pilih", options=("a", "b", "c", "d"), answer_key="C"
)
TRUE_IS_KEY = Question(3, kind="truefalse", max_score=1, text="Benar?", answer_key="B")
FALSE_IS_KEY = Question(4, kind="truefalse", max_score=1, text="Salah?", answer_key="S")


# --------------------------------------------------------------------------- open questions


def test_an_open_question_takes_every_score_from_zero_to_its_maximum():
    assert [parse_entry(OPEN, str(n)).cell for n in range(4)] == [
        Cell("scored", n) for n in range(4)
    ]


def test_an_open_question_refuses_one_above_its_maximum_and_says_the_range():
    with pytest.raises(EntryError, match="Soal 1 diisi skor 0 sampai 3"):
        parse_entry(OPEN, "4")


def test_an_open_question_refuses_letters_and_signs_in_english_too():
    for bad in ("x", "+1", "-1", "1.5", "²"):
        with pytest.raises(EntryError, match="Question 1 takes a score from 0 to 3"):
            parse_entry(OPEN, bad, "en")


def test_spaces_around_an_entry_are_ignored():
    assert parse_entry(OPEN, "  2 ").cell == Cell("scored", 2)
    assert parse_entry(OPEN, "   ").cell == Cell("unanswered")
    assert parse_entry(OPEN, " - ").absent


def test_blank_is_unanswered_and_not_absent():
    entry = parse_entry(OPEN, "")
    assert entry.cell == Cell("unanswered") and entry.absent is False


def test_a_dash_marks_the_whole_test_absent():
    entry = parse_entry(CHOICE, "-")
    assert entry.absent is True and entry.cell == Cell("absent")


# --------------------------------------------------------------------------- letters


def test_the_key_letter_earns_full_marks_and_another_letter_zero():
    assert parse_entry(CHOICE, "C").cell == Cell("scored", 2, "C")
    assert parse_entry(CHOICE, "c").cell == Cell("scored", 2, "C")
    assert parse_entry(CHOICE, "A").cell == Cell("scored", 0, "A")


def test_a_letter_beyond_the_options_is_refused_not_scored_zero():
    with pytest.raises(EntryError, match="Soal 2 diisi dengan huruf: A, B, C, D"):
        parse_entry(CHOICE, "E")


def test_two_letters_are_refused_even_when_they_start_with_the_key():
    with pytest.raises(EntryError, match="A, B, C, D"):
        parse_entry(CHOICE, "CC")


def test_benar_is_scored_against_a_benar_key_and_salah_against_it():
    assert parse_entry(TRUE_IS_KEY, "B").cell == Cell("scored", 1, "B")
    assert parse_entry(TRUE_IS_KEY, "S").cell == Cell("scored", 0, "S")
    assert parse_entry(FALSE_IS_KEY, "S").cell == Cell("scored", 1, "S")
    assert parse_entry(FALSE_IS_KEY, "B").cell == Cell("scored", 0, "B")


def test_true_false_letters_of_either_language_mean_the_same():
    assert parse_entry(TRUE_IS_KEY, "T", "en").cell.score == 1
    assert parse_entry(TRUE_IS_KEY, "T", "id").cell.score == 1
    assert parse_entry(FALSE_IS_KEY, "F", "id").cell.score == 1
    assert parse_entry(FALSE_IS_KEY, "t").cell.score == 0


def test_a_true_false_item_refuses_other_letters_and_lists_the_languages_letters():
    with pytest.raises(EntryError, match="Soal 3 diisi dengan huruf: B, S"):
        parse_entry(TRUE_IS_KEY, "A")
    with pytest.raises(EntryError, match="Question 3 takes a letter: T, F"):
        parse_entry(TRUE_IS_KEY, "X", "en")


def test_letters_offered_follow_the_kind_and_the_language():
    assert CHOICE.letters("id") == ("A", "B", "C", "D")
    assert TRUE_IS_KEY.letters("id") == ("B", "S")
    assert TRUE_IS_KEY.letters("en") == ("T", "F")
    assert OPEN.letters("id") == ()


def test_no_letter_matches_a_choice_without_a_key():
    keyless = dataclasses.replace(CHOICE, answer_key="")
    assert not any(letter_matches(keyless, letter) for letter in "ABCD")
    assert parse_entry(keyless, "A").cell.score == 0


def test_a_true_false_item_with_a_broken_key_scores_nothing():
    broken = dataclasses.replace(TRUE_IS_KEY, answer_key="X")
    assert not letter_matches(broken, "X")
    assert not letter_matches(broken, "B")


# --------------------------------------------------------------------------- totals


def test_totals_count_knowledge_questions_only():
    background = Question(9, max_score=5, text="Usia?", scored=False)
    questions = [OPEN, CHOICE, background]
    cells = {1: Cell("scored", 3), 2: Cell("scored", 2, "C"), 9: Cell("scored", 5)}
    assert max_total(questions) == 5
    assert total(questions, cells) == 5
    assert total(questions, {1: Cell("scored", 1)}) == 1


def test_a_test_is_taken_when_one_knowledge_question_has_a_score():
    background = Question(9, max_score=5, text="Usia?", scored=False)
    questions = [OPEN, background]
    assert not took_test(questions, {})
    assert not took_test(questions, {1: Cell("unanswered")})
    assert not took_test(questions, {9: Cell("scored", 2)})
    assert took_test(questions, {1: Cell("scored", 0)})


# --------------------------------------------------------------------------- validation


def test_a_complete_question_of_each_kind_is_valid():
    for question in (OPEN, CHOICE, TRUE_IS_KEY, FALSE_IS_KEY):
        assert validate_question(question) == []


def test_an_unknown_kind_is_named():
    problems = validate_question(dataclasses.replace(OPEN, kind="essay"), "en")
    assert problems == ["Unknown question kind: essay"]


def test_a_question_needs_its_text():
    assert validate_question(dataclasses.replace(OPEN, text="  "), "en") == [
        "Write the question's text."
    ]


def test_the_maximum_score_is_between_one_and_a_hundred():
    assert validate_question(dataclasses.replace(OPEN, max_score=1)) == []
    assert validate_question(dataclasses.replace(OPEN, max_score=100)) == []
    for bad in (0, 101):
        assert validate_question(dataclasses.replace(OPEN, max_score=bad), "en") == [
            "The maximum score must be between 1 and 100."
        ]


def test_a_choice_takes_two_to_six_options():
    for count in (2, 6):
        options = tuple("abcdef"[:count])
        assert validate_question(dataclasses.replace(CHOICE, options=options, answer_key="A")) == []
    for count in (1, 7):
        options = tuple("abcdefg"[:count])
        problems = validate_question(
            dataclasses.replace(CHOICE, options=options, answer_key="A"), "en"
        )
        assert problems == ["A multiple-choice question needs 2 to 6 options."]


def test_a_choice_key_must_be_one_of_its_letters():
    for key in ("E", ""):
        assert validate_question(dataclasses.replace(CHOICE, answer_key=key), "en") == [
            "Choose the right answer's letter as the key."
        ]
    assert validate_question(dataclasses.replace(CHOICE, answer_key="d")) == []


def test_a_true_false_key_is_benar_or_salah_in_either_language():
    for key in ("B", "S", "T", "F", "b"):
        assert validate_question(dataclasses.replace(TRUE_IS_KEY, answer_key=key)) == []
    assert validate_question(dataclasses.replace(TRUE_IS_KEY, answer_key="Y"), "en") == [
        "The key of a true/false question is B or S (T or F)."
    ]


# --------------------------------------------------------------------------- bundled content


def test_the_bundled_questions_are_numbered_valid_and_scored_with_a_rubric():
    for lang in ("id", "en"):
        questions = default_questions(lang)
        assert [q.number for q in questions] == list(range(1, len(questions) + 1))
        assert all(validate_question(q, lang) == [] for q in questions)
        assert all(q.rubric for q in questions if q.scored)
        assert max_total(questions) > 0
    assert default_questions("id")[0].text != default_questions("en")[0].text


def test_the_example_closed_items_are_valid_and_keyed_in_their_language():
    for lang in ("id", "en"):
        items = example_choices(lang)
        assert items, "the questions dialog offers these as examples"
        for item in items:
            numbered = dataclasses.replace(item, number=1)
            assert validate_question(numbered, lang) == []
            assert item.max_score == 1 and item.options


def test_bundled_items_default_to_open_keep_their_kind_and_fall_back_to_indonesian(monkeypatch):
    from kerinjing_desktop.core import scoring

    items = {
        "question": [
            {"number": 1, "max": 2, "text": {"id": "Apa?"}, "rubric": {"id": ["a"]}},
            {"number": 2, "max": 1, "kind": "truefalse", "text": "Sama"},
        ]
    }
    monkeypatch.setattr(scoring, "_bundled", lambda: items)
    first, second = default_questions("en")
    assert (first.kind, first.text, first.rubric) == ("open", "Apa?", ("a",))
    assert (second.kind, second.text, second.scored) == ("truefalse", "Sama", True)


def test_validation_speaks_indonesian_unless_told_otherwise():
    assert validate_question(dataclasses.replace(OPEN, text="")) == ["Tulis teks soalnya."]


def test_values_cannot_be_changed_in_place():
    for value in (OPEN, Cell(), parse_entry(OPEN, "1")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.number = 5  # type: ignore[misc]
