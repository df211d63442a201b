"""The score store's rules, each on its own: what a typed cell leaves in the store, row by row.

A whole test is absent or taken; a score in an absent test turns the paper's other cells
unanswered; a score checks its writer in (once, keeping the first time), a cleared cell does
not; a file of papers is stored whole or not at all; the analysis reads only the knowledge
questions of the participants who took each test, keyed by code.
"""

from __future__ import annotations

import dataclasses

import pytest

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.scoring import Cell, Entry, EntryError
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant, get_participant
from kerinjing_desktop.core.store.questions import list_questions, save_questions
from kerinjing_desktop.core.store.scores import (
    ScoreRow,
    analyse_event,
    analysis_input,
    enter,
    import_scores,
    participant_cells,
    registered_count,
    set_absent,
    sheet_for,
)

UNANSWERED = Cell("unanswered")
ABSENT = Cell("absent")


@pytest.fixture
def day(store):
    """An event with three registered people (none checked in) and a second event."""
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    people = [
        add_participant(store, event_id, validate_person(name, "P")).registration_id
        for name in ("Siti", "Ani", "Dewi")
    ]
    other = add_event(store, "Sosialisasi lain", "Muara", "2021-10-01").id
    return event_id, people, other


def _rows(store, registration_id):
    return store.execute(
        "SELECT test, question_number, state, score, answer FROM scores "
        "WHERE registration_id = ? ORDER BY test, question_number",
        [registration_id],
    ).fetchall()


def _checked_in(store, registration_id):
    return get_participant(store, registration_id).checked_in_at


def test_a_score_is_one_row_and_typing_again_replaces_it(store, day):
    """Two entries in one cell leave one row with the second value, stamped by this laptop at
    a later time; the call returns the paper's cells as stored."""
    event_id, (siti, *_), _other = day
    cells = enter(store, event_id, siti, "pre", 2, "1", "id")
    assert cells == {2: Cell("scored", 1)}
    first = store.execute("SELECT id, updated_at FROM scores").fetchone()
    assert enter(store, event_id, siti, "pre", 2, "2", "id") == {2: Cell("scored", 2)}
    rows = store.execute("SELECT id, updated_at, device_id, state, score FROM scores").fetchall()
    assert len(rows) == 1
    assert rows[0][0] == first[0] and rows[0][1] > first[1]
    assert rows[0][2:] == (store.device_id, "scored", 2)


def test_an_unknown_question_or_bad_text_stores_nothing(store, day):
    """A question number the event does not have is a LookupError naming it; text that is no
    entry raises EntryError; neither stores a cell nor fixes the question set."""
    event_id, (siti, *_), _other = day
    with pytest.raises(LookupError) as unknown:
        enter(store, event_id, siti, "pre", 6, "1", "id")
    assert unknown.value.args == (6,)
    with pytest.raises(EntryError):
        enter(store, event_id, siti, "pre", 1, "3", "id")
    assert store.execute("SELECT count(*) FROM scores").fetchone()[0] == 0
    assert store.execute("SELECT count(*) FROM questions").fetchone()[0] == 0


def test_the_first_score_stores_the_question_set(store, day):
    """Entering a score copies the default set into the store: five rows for this event."""
    event_id, (siti, *_), other = day
    enter(store, event_id, siti, "post", 1, "2", "id")
    counts = dict(store.execute("SELECT event_id, count(*) FROM questions GROUP BY event_id"))
    assert counts == {event_id: 5}


def test_absent_marks_every_question_of_that_test_only(store, day):
    """A dash in any cell makes the whole test absent (all five questions), not the other."""
    event_id, (siti, *_), _other = day
    enter(store, event_id, siti, "post", 4, "2", "id")
    cells = enter(store, event_id, siti, "pre", 3, "-", "id")
    assert cells == {n: ABSENT for n in range(1, 6)}
    assert participant_cells(store, siti, "post") == {4: Cell("scored", 2)}
    assert _checked_in(store, siti) is not None  # the post score checked her in


def test_a_score_in_an_absent_test_turns_the_other_cells_unanswered(store, day):
    """The paper turned up: the typed cell is scored, the other four become unanswered (not
    absent), each stamped by this laptop; the other test stays absent."""
    event_id, (siti, *_), _other = day
    set_absent(store, event_id, siti, "pre", "id")
    set_absent(store, event_id, siti, "post", "id")
    cells = enter(store, event_id, siti, "pre", 2, "1", "id")
    assert cells == {1: UNANSWERED, 2: Cell("scored", 1), 3: UNANSWERED, 4: UNANSWERED,
                     5: UNANSWERED}  # fmt: skip
    assert participant_cells(store, siti, "post") == {n: ABSENT for n in range(1, 6)}
    devices = store.execute("SELECT DISTINCT device_id FROM scores").fetchall()
    assert devices == [(store.device_id,)]


def test_an_empty_cell_in_an_absent_test_also_turns_it_unanswered(store, day):
    """Clearing a cell of an absent paper means the paper exists: unanswered everywhere."""
    event_id, (siti, *_), _other = day
    set_absent(store, event_id, siti, "pre", "id")
    assert enter(store, event_id, siti, "pre", 1, "", "id") == {n: UNANSWERED
                                                               for n in range(1, 6)}  # fmt: skip


def test_a_score_checks_its_writer_in_once_and_keeps_the_first_time(store, day):
    """Somebody who wrote a paper was there: a score checks them in; a later score keeps the
    first check-in time; an emptied cell or an absent test checks nobody in."""
    event_id, (siti, ani, dewi), _other = day
    enter(store, event_id, ani, "pre", 1, "", "id")
    set_absent(store, event_id, dewi, "pre", "id")
    assert _checked_in(store, ani) is None and _checked_in(store, dewi) is None
    enter(store, event_id, siti, "pre", 1, "0", "id")
    first = _checked_in(store, siti)
    assert first is not None
    enter(store, event_id, siti, "post", 1, "2", "id")
    assert _checked_in(store, siti) == first
    row = store.execute("SELECT device_id FROM registrations WHERE id = ?", [siti]).fetchone()
    assert row == (store.device_id,)


def test_set_absent_replaces_the_scores_of_that_test(store, day):
    """Marking a paper absent after scores were typed leaves five absent cells, no score."""
    event_id, (siti, *_), _other = day
    enter(store, event_id, siti, "pre", 1, "2", "id")
    enter(store, event_id, siti, "pre", 2, "1", "id")
    assert set_absent(store, event_id, siti, "pre", "id") == {n: ABSENT for n in range(1, 6)}
    assert [row[3] for row in _rows(store, siti)] == [None] * 5


def test_sheet_for_holds_this_event_and_this_test_only(store, day):
    """The grid's sheet: registration → number → cell, for one event's one test."""
    event_id, (siti, ani, _dewi), other = day
    walk_in = add_participant(store, other, validate_person("Rina", "P")).registration_id
    enter(store, event_id, siti, "pre", 1, "2", "id")
    enter(store, event_id, ani, "pre", 3, "1", "id")
    enter(store, event_id, ani, "post", 3, "0", "id")
    enter(store, other, walk_in, "pre", 1, "1", "id")
    assert sheet_for(store, event_id, "pre") == {
        siti: {1: Cell("scored", 2)},
        ani: {3: Cell("scored", 1)},
    }
    assert sheet_for(store, event_id, "post") == {ani: {3: Cell("scored", 0)}}
    assert sheet_for(store, other, "pre") == {walk_in: {1: Cell("scored", 1)}}


def test_a_choice_letter_is_stored_with_its_answer(store, day):
    """A letter typed for a choice item keeps the letter beside the score it earned."""
    event_id, (siti, *_), _other = day
    questions = list_questions(store, event_id, "id")
    choice = dataclasses.replace(
        questions[0], kind="choice", max_score=1, options=("a", "b", "c"), answer_key="C"
    )
    save_questions(store, event_id, [choice, *questions[1:]], "id")
    assert enter(store, event_id, siti, "pre", 1, "c", "id") == {1: Cell("scored", 1, "C")}
    assert enter(store, event_id, siti, "pre", 1, "a", "id") == {1: Cell("scored", 0, "A")}


def _paper(registration_id, test, **entries):
    return ScoreRow(registration_id, test, {int(k[1:]): v for k, v in entries.items()})


def test_import_stores_every_paper_and_counts_them(store, day):
    """Three papers: one scored (its writer checked in), one with only empty cells (stored
    unanswered, nobody checked in), one absent (all five absent whatever else it holds)."""
    event_id, (siti, ani, dewi), _other = day
    scored, empty = Entry(Cell("scored", 2)), Entry(Cell("unanswered"))
    papers = [
        _paper(siti, "pre", q1=scored, q2=empty),
        _paper(ani, "pre", q1=empty, q2=empty),
        _paper(dewi, "post", q1=scored, q2=Entry(Cell("absent"), True)),
    ]
    assert import_scores(store, event_id, papers, "id") == 3
    assert participant_cells(store, siti, "pre") == {1: Cell("scored", 2), 2: UNANSWERED}
    assert participant_cells(store, ani, "pre") == {1: UNANSWERED, 2: UNANSWERED}
    assert participant_cells(store, dewi, "post") == {n: ABSENT for n in range(1, 6)}
    assert _checked_in(store, siti) is not None
    assert (_checked_in(store, ani), _checked_in(store, dewi)) == (None, None)


def test_an_imported_score_turns_an_absent_paper_unanswered(store, day):
    """A file's score for a paper marked absent earlier: the paper's other cells unanswered."""
    event_id, (siti, *_), _other = day
    set_absent(store, event_id, siti, "pre", "id")
    import_scores(store, event_id, [_paper(siti, "pre", q3=Entry(Cell("scored", 1)))], "id")
    assert participant_cells(store, siti, "pre") == {
        1: UNANSWERED, 2: UNANSWERED, 3: Cell("scored", 1), 4: UNANSWERED, 5: UNANSWERED,
    }  # fmt: skip


def test_import_is_all_or_nothing(store, day):
    """A paper that cannot be stored (an unknown registration) undoes the papers before it."""
    event_id, (siti, *_), _other = day
    papers = [
        _paper(siti, "pre", q1=Entry(Cell("scored", 2))),
        _paper("no-such-registration", "pre", q1=Entry(Cell("scored", 1))),
    ]
    with pytest.raises(Exception, match="FOREIGN KEY"):
        import_scores(store, event_id, papers, "id")
    assert store.execute("SELECT count(*) FROM scores").fetchone()[0] == 0
    assert _checked_in(store, siti) is None


def test_registered_count_is_per_event(store, day):
    event_id, _people, other = day
    add_participant(store, other, validate_person("Rina", "P"))
    assert (registered_count(store, event_id), registered_count(store, other)) == (3, 1)


def test_analysis_reads_knowledge_questions_of_those_who_took_each_test(store, day):
    """Question 5 is a background question: left out. Siti took both tests, Ani only the pre
    test (her post paper only empty), Dewi was absent from the pre test; a missing cell of a
    taken test is None. Everyone registered counts in n, keyed by code."""
    event_id, (siti, ani, dewi), _other = day
    questions = list_questions(store, event_id, "id")
    background = dataclasses.replace(questions[4], scored=False)
    save_questions(store, event_id, [*questions[:4], background], "id")
    for number, text in ((1, "2"), (2, "1"), (5, "2")):
        enter(store, event_id, siti, "pre", number, text, "id")
    enter(store, event_id, siti, "post", 1, "2", "id")
    enter(store, event_id, siti, "post", 4, "2", "id")
    enter(store, event_id, ani, "pre", 3, "0", "id")
    enter(store, event_id, ani, "post", 1, "", "id")
    set_absent(store, event_id, dewi, "pre", "id")
    enter(store, event_id, dewi, "post", 5, "1", "id")  # only the background question
    specs, registered, pre, post = analysis_input(store, event_id, "id")
    assert [(s.number, s.max_score) for s in specs] == [(1, 2), (2, 2), (3, 2), (4, 2)]
    assert registered == 3
    codes = {r: get_participant(store, r).code for r in (siti, ani)}
    assert pre == {codes[siti]: [2, 1, None, None], codes[ani]: [None, None, 0, None]}
    assert post == {codes[siti]: [2, None, None, 2]}
    analysis = analyse_event(store, event_id, "id")
    assert analysis.as_dict()["n_registered"] == 3


def test_a_paper_from_a_file_is_a_value():
    """A parsed paper cannot be changed on its way to the store."""
    paper = _paper("reg", "pre", q1=Entry(Cell("scored", 1)))
    with pytest.raises(AttributeError):
        paper.test = "post"  # type: ignore[misc]
