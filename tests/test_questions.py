"""Question sets: copied from the default on first use, locked once a score exists."""

from __future__ import annotations

import dataclasses

import pytest

from kerinjing_desktop.core.domain import ValidationError, validate_person
from kerinjing_desktop.core.scoring import EntryError, Question, example_choices, parse_entry
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.questions import (
    QuestionSetLocked,
    list_questions,
    save_questions,
    stored_questions,
)
from kerinjing_desktop.core.store.scores import enter, participant_cells


@pytest.fixture
def setup(store):
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    person = add_participant(store, event_id, validate_person("Siti", "P"), checked_in=True)
    return event_id, person.registration_id


def test_default_set_is_copied_on_first_score(store, setup):
    """No rows until the first score; then the five default questions are stored."""
    event_id, reg = setup
    assert stored_questions(store, event_id) == []
    assert len(list_questions(store, event_id, "id")) == 5
    enter(store, event_id, reg, "pre", 1, "2", "id")
    stored = stored_questions(store, event_id)
    assert [q.number for q in stored] == [1, 2, 3, 4, 5] and all(q.scored for q in stored)


def test_set_is_locked_after_first_score(store, setup):
    """Editing is free before any score, refused after, allowed with force."""
    event_id, reg = setup
    questions = list_questions(store, event_id, "id")
    edited = [dataclasses.replace(questions[0], max_score=3), *questions[1:]]
    save_questions(store, event_id, edited, "id")
    enter(store, event_id, reg, "pre", 1, "3", "id")
    with pytest.raises(QuestionSetLocked):
        save_questions(store, event_id, questions, "id")
    with pytest.raises(ValidationError):  # max 2 would leave a 3 above it, even with force
        save_questions(store, event_id, questions, "id", force=True)
    assert stored_questions(store, event_id)[0].max_score == 3


def test_a_stored_question_cannot_be_removed_once_scored(store, setup):
    """Even with force, removing question 2 (which renumbers the rest, so that question 3's
    scores would sit under question 4's text) is refused in Indonesian and changes nothing;
    appending a question stays possible."""
    event_id, reg = setup
    enter(store, event_id, reg, "pre", 3, "2", "id")
    before = stored_questions(store, event_id)
    renumbered = [dataclasses.replace(q, number=i) for i, q in
                  enumerate(before[:1] + before[2:], start=1)]  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        save_questions(store, event_id, renumbered, "id", force=True)
    assert refused.value.problems[0][1].startswith("Skor sudah dimasukkan, jadi soal 5")
    assert stored_questions(store, event_id) == before
    assert participant_cells(store, reg, "pre")[3].score == 2
    extra = dataclasses.replace(before[0], number=6, text="Soal tambahan?")
    assert len(save_questions(store, event_id, [*before, extra], "id", force=True)) == 6


def test_choice_items_are_scored_by_key_and_rescored(store, setup):
    """A letter scores full marks when it matches the key; a corrected key rescores."""
    event_id, reg = setup
    choice, truefalse = example_choices("id")[:2][0], example_choices("id")[2]
    questions = [dataclasses.replace(choice, number=1), dataclasses.replace(truefalse, number=2)]
    save_questions(store, event_id, questions, "id")
    enter(store, event_id, reg, "pre", 1, "b", "id")
    enter(store, event_id, reg, "pre", 2, "S", "id")
    cells = participant_cells(store, reg, "pre")
    assert (cells[1].score, cells[1].answer, cells[2].score) == (1, "B", 1)
    fixed = [dataclasses.replace(questions[0], answer_key="C"), questions[1]]
    save_questions(store, event_id, fixed, "id", force=True)
    assert participant_cells(store, reg, "pre")[1].score == 0


def test_parse_entry_rules():
    """Blank, dash, digits in range and known letters only."""
    q = Question(1, max_score=2)
    assert parse_entry(q, "").cell.state == "unanswered"
    assert parse_entry(q, "-").absent
    assert parse_entry(q, "2").cell.score == 2
    for bad in ("3", "x", "-1", "1.5"):
        with pytest.raises(EntryError, match="^Soal 1 diisi skor 0 sampai 2, atau - bila"):
            parse_entry(q, bad)
    tf = Question(2, kind="truefalse", max_score=1, options=("Benar", "Salah"), answer_key="F")
    assert parse_entry(tf, "S").cell.score == 1 and parse_entry(tf, "T", "en").cell.score == 0
