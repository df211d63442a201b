"""An event's question set, rule by rule: stored as edited (keys in capitals, blank lines
dropped), edited in place so merges see an edit, refused in exact words when numbers or
texts are wrong, fixed once scores exist (only a forced change, never one that strands a
score), and a corrected key rescoring exactly the papers it changes."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import PersonInput, ValidationError
from kerinjing_desktop.core.scoring import Question, default_questions
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.questions import (
    QuestionSetLocked,
    ensure_questions,
    has_scores,
    list_questions,
    save_questions,
    stored_questions,
)
from kerinjing_desktop.core.store.scores import enter, participant_cells


@pytest.fixture
def event_id(store):
    return add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id


@pytest.fixture
def other_id(store):
    return add_event(store, "Sosialisasi lain", "Muara", "2021-10-01").id


def _person(store, event_id, name="Siti"):
    return add_participant(store, event_id, PersonInput(name, "P")).registration_id


def _open(number, max_score=2, text="Apa itu TPPO?"):
    return Question(number, "open", max_score, text)


def _problems(caught):
    return caught.value.problems


def test_a_question_is_stored_as_edited(store, event_id):
    """Rubric and option lines without the blank ones, the key in capitals, the scored mark;
    read back in number order whatever order they were given in."""
    choice = Question(2, "choice", 1, "Mana yang resmi?", ("", "satu", "", "dua"),
                      ("a", "", "b", "c"), "c", False)  # fmt: skip
    saved = save_questions(store, event_id, [choice, _open(1)], "en")
    assert saved == [
        _open(1),
        Question(2, "choice", 1, "Mana yang resmi?", ("satu", "dua"), ("a", "b", "c"), "C", False),
    ]
    assert stored_questions(store, event_id) == saved


def test_the_default_set_is_shown_until_one_is_stored_and_stored_once(store, event_id, other_id):
    assert list_questions(store, event_id, "en") == default_questions("en")
    assert list_questions(store, event_id, "id") == default_questions("id")
    assert stored_questions(store, event_id) == []
    assert ensure_questions(store, event_id, "en") == default_questions("en")
    assert ensure_questions(store, event_id, "id") == default_questions("en")  # kept as stored
    rows = store.execute("SELECT event_id, count(*), max(device_id) FROM questions GROUP BY 1")
    assert rows.fetchall() == [(event_id, 5, store.device_id)]
    assert list_questions(store, other_id, "id") == default_questions("id")


def test_an_edit_keeps_each_questions_row_and_removes_only_what_is_gone(store, event_id):
    """Before any score: question 1 changed in place (same row id), 3 removed, 4 added."""
    save_questions(store, event_id, [_open(1), _open(2), _open(3)], "en")
    ids = dict(store.execute("SELECT number, id FROM questions").fetchall())
    save_questions(store, event_id, [_open(1, 5, "Baru"), _open(2), _open(4)], "en")
    after = dict(store.execute("SELECT number, id FROM questions").fetchall())
    assert sorted(after) == [1, 2, 4]
    assert (after[1], after[2]) == (ids[1], ids[2]) and after[4] not in ids.values()
    assert stored_questions(store, event_id)[0] == _open(1, 5, "Baru")
    tombstones = store.execute("SELECT row_id FROM deletions").fetchall()
    assert tombstones == [(ids[3],)]


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([1, 1], [("number", "Question numbers must be unique and start at 1.")]),
        ([0, 1], [("number", "Question numbers must be unique and start at 1.")]),
        ([], [("number", "A test needs at least one question.")]),
    ],
)
def test_numbers_must_be_unique_from_1_and_a_test_needs_a_question(
    store, event_id, numbers, expected
):
    with pytest.raises(ValidationError) as caught:
        save_questions(store, event_id, [_open(n) for n in numbers], "en")
    assert _problems(caught) == expected
    assert stored_questions(store, event_id) == []


def test_each_problem_of_a_question_names_it(store, event_id):
    with pytest.raises(ValidationError) as caught:
        save_questions(store, event_id, [_open(1), _open(2, 0, " ")], "en")
    assert _problems(caught) == [
        ("question", "Question 2: Write the question's text."),
        ("question", "Question 2: The maximum score must be between 1 and 100."),
    ]


def test_scores_of_another_event_do_not_fix_this_events_set(store, event_id, other_id):
    enter(store, other_id, _person(store, other_id), "pre", 1, "2", "en")
    assert (has_scores(store, other_id), has_scores(store, event_id)) == (True, False)
    assert len(save_questions(store, event_id, [_open(1)], "en")) == 1


def test_a_scored_set_is_refused_in_words_unless_forced(store, event_id):
    save_questions(store, event_id, [_open(1), _open(2)], "en")
    enter(store, event_id, _person(store, event_id), "pre", 1, "2", "en")
    with pytest.raises(QuestionSetLocked) as caught:
        save_questions(store, event_id, [_open(1, 3), _open(2)], "en")
    assert str(caught.value) == (
        "Scores have already been entered for this event, so its questions are fixed."
    )
    assert stored_questions(store, event_id)[0].max_score == 2
    forced = save_questions(store, event_id, [_open(1, 3), _open(2), _open(3)], "en", force=True)
    assert [q.max_score for q in forced] == [3, 2, 2]


def test_a_forced_maximum_may_equal_the_highest_score_never_fall_below_it(store, event_id):
    """Each question with a score above its new maximum is named; an absent or empty cell
    has no score to strand; a maximum equal to the highest score is fine."""
    save_questions(store, event_id, [_open(1, 5), _open(2, 5), _open(3, 5)], "en")
    siti, ani = _person(store, event_id), _person(store, event_id, "Ani")
    enter(store, event_id, siti, "pre", 1, "4", "en")
    enter(store, event_id, ani, "pre", 1, "3", "en")
    enter(store, event_id, siti, "post", 2, "5", "en")
    enter(store, event_id, ani, "post", 3, "", "en")
    with pytest.raises(ValidationError) as caught:
        save_questions(store, event_id, [_open(1, 3), _open(2, 4), _open(3, 1)], "en", force=True)
    assert _problems(caught) == [
        ("max_score", f"Question {n} already has scores above the new maximum; change those "
                      "scores first.")
        for n in (1, 2)
    ]  # fmt: skip
    assert [q.max_score for q in stored_questions(store, event_id)] == [5, 5, 5]
    saved = save_questions(store, event_id, [_open(1, 4), _open(2, 5), _open(3, 1)], "en",
                           force=True)  # fmt: skip
    assert [q.max_score for q in saved] == [4, 5, 1]


def test_a_scored_question_is_never_removed_the_first_gone_named(store, event_id):
    save_questions(store, event_id, [_open(n) for n in (1, 2, 3, 4)], "en")
    enter(store, event_id, _person(store, event_id), "pre", 1, "2", "en")
    with pytest.raises(ValidationError) as caught:
        save_questions(store, event_id, [_open(1), _open(3)], "en", force=True)
    assert _problems(caught) == [
        ("number", "Scores have been entered, so question 2 can no longer be removed (scores "
                   "are kept by question number). Untick “Counts in the total” to leave it "
                   "out of the results.")
    ]  # fmt: skip
    assert [q.number for q in stored_questions(store, event_id)] == [1, 2, 3, 4]


def _choice(number, key, kind="choice"):
    options = ("Benar", "Salah") if kind == "truefalse" else ("a", "b", "c")
    return Question(number, kind, 1, "Pilih", options=options, answer_key=key)


def test_a_corrected_key_rescores_only_the_papers_it_changes(store, event_id):
    """Key B → C on question 1: A stays 0 (its row untouched), B drops to 0, C rises to 1;
    a true/false key S → B turns every S into 0 and every B into 1; open questions and
    empty cells keep their scores."""
    save_questions(store, event_id, [_choice(1, "B"), _choice(2, "S", "truefalse"), _open(3)],
                   "id")  # fmt: skip
    people = [_person(store, event_id, name) for name in ("Siti", "Ani", "Dewi")]
    for person, letter, truth in zip(people, "ABC", "SBS", strict=True):
        enter(store, event_id, person, "pre", 1, letter, "id")
        enter(store, event_id, person, "pre", 2, truth, "id")
        enter(store, event_id, person, "pre", 3, "2", "id")
    enter(store, event_id, people[0], "post", 1, "", "id")

    def stamp(person):
        return store.execute(
            "SELECT updated_at FROM scores WHERE registration_id = ? AND question_number = 1 "
            "AND test = 'pre'",
            [person],
        ).fetchone()[0]

    untouched = stamp(people[0])
    save_questions(store, event_id, [_choice(1, "C"), _choice(2, "B", "truefalse"), _open(3)],
                   "id", force=True)  # fmt: skip
    scores = [
        {n: c.score for n, c in participant_cells(store, person, "pre").items()}
        for person in people
    ]
    assert scores == [{1: 0, 2: 0, 3: 2}, {1: 0, 2: 1, 3: 2}, {1: 1, 2: 0, 3: 2}]
    assert participant_cells(store, people[0], "post")[1].score is None
    assert stamp(people[0]) == untouched and stamp(people[1]) > untouched
