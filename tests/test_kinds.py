"""Genders, roles, tests, kinds of notes, score cells' states and questions' kinds are string
enums (core/kinds.py): each member is
the word the store and the files have always held, what the store reads back is a member,
what people type or a file holds is parsed into one in one place per kind, and an unknown
word is refused in words, as before."""

from __future__ import annotations

import json
import re

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import ValidationError, parse_gender, validate_person
from kerinjing_desktop.core.kinds import (
    CellState,
    Gender,
    NoteKind,
    QuestionKind,
    Role,
    TestKind,
    parse_note_kind,
    parse_role,
    parse_test_kind,
)
from kerinjing_desktop.core.scoring import Question, parse_entry
from kerinjing_desktop.core.store import notes, participants, programme
from kerinjing_desktop.core.store.exports import score_rows
from kerinjing_desktop.core.store.questions import save_questions, stored_questions
from kerinjing_desktop.core.store.schema import MIGRATIONS
from kerinjing_desktop.core.store.scores import enter, participant_cells, sheet_for


def _allowed_words(table: str, column: str) -> set[str]:
    """The words the CHECK on `table.column` allows, in the latest step that makes the table."""
    schema = "\n".join(step for step in MIGRATIONS if isinstance(step, str))
    made = [part for part in schema.split("CREATE TABLE ") if re.match(rf"{table}(_v\d+)? ", part)]
    found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", made[-1])
    assert found, (table, column)
    return set(re.findall(r"'([^']*)'", found.group(1)))


@pytest.mark.parametrize(
    ("kind", "table", "column"),
    [(Gender, "people", "gender"), (Role, "registrations", "role"),
     (TestKind, "scores", "test"), (NoteKind, "notes", "kind"), (CellState, "scores", "state"),
     (QuestionKind, "questions", "kind")],
)  # fmt: skip
def test_the_members_are_the_words_the_store_allows(kind, table, column):
    assert {member.value for member in kind} == _allowed_words(table, column)


def test_a_member_prints_and_serialises_as_its_word():
    assert json.dumps({"gender": Gender.FEMALE, Role.SPEAKER: [TestKind.PRE]}) == (
        '{"gender": "P", "narasumber": ["pre"]}'
    )
    assert f"{Gender.MALE}{NoteKind.FGD}" == "Lfgd" and str(Role.ORGANISER) == "panitia"
    assert type(Gender.MALE.value) is str  # what the store writes (sqlite-utils needs a str)


@pytest.mark.parametrize(
    ("typed", "gender"),
    [("L", Gender.MALE), ("Laki-laki", Gender.MALE), ("m", Gender.MALE), (" pria ", Gender.MALE),
     ("P", Gender.FEMALE), ("Perempuan", Gender.FEMALE), ("F", Gender.FEMALE),
     ("wanita", Gender.FEMALE), ("X", None), ("", None), ("LP", None)],
)  # fmt: skip
def test_a_typed_gender_becomes_a_member_or_nothing(typed, gender):
    assert parse_gender(typed) is gender


def test_a_person_with_an_unknown_gender_is_refused_in_words():
    i18n.set_language("en")
    with pytest.raises(ValidationError) as refused:
        validate_person("Siti", "X")
    assert refused.value.problems == [("gender", "gender must be L or P, not “X”")]
    assert validate_person("Siti", "perempuan").gender is Gender.FEMALE


@pytest.mark.parametrize(
    ("word", "test"),
    [("pre", TestKind.PRE), ("Pre-test", TestKind.PRE), ("tes awal", TestKind.PRE),
     ("POST", TestKind.POST), ("akhir", TestKind.POST), ("posttest", TestKind.POST),
     ("mid", None), ("", None)],
)  # fmt: skip
def test_a_test_word_becomes_a_member_or_nothing(word, test):
    assert parse_test_kind(word) is test


def test_stored_words_only_name_a_note_kind_or_a_role():
    assert parse_note_kind("fgd") is NoteKind.FGD and parse_note_kind("FGD") is None
    assert parse_role("narasumber") is Role.SPEAKER and parse_role("speaker") is None


def test_the_store_reads_members_back(demo_store):
    event_id = demo_store.execute("SELECT id FROM events").fetchone()[0]
    people = participants.list_participants(demo_store, event_id)
    assert {type(p.gender) for p in people} == {Gender} and {type(p.role) for p in people} == {Role}
    assert {p.gender for p in people} == set(Gender)
    found = participants.find_people(demo_store, "siti")
    assert found and {type(person.gender) for person in found} == {Gender}
    assert {type(note.kind) for note in notes.list_notes(demo_store, event_id)} == {NoteKind}
    reach = programme.read_programme(demo_store).reach.values()
    assert {type(gender) for row in reach for gender in row.gender} == {Gender}


def test_members_and_words_are_stored_alike(demo_store):
    event_id = demo_store.execute("SELECT id FROM events").fetchone()[0]
    first = participants.list_participants(demo_store, event_id)[0]
    speaker = participants.set_role(demo_store, first.registration_id, Role.SPEAKER)
    assert speaker.role is Role.SPEAKER
    assert participants.set_role(demo_store, first.registration_id, "panitia").role is (
        Role.ORGANISER
    )
    note = notes.add_note(demo_store, event_id, NoteKind.OTHER, "Catatan.")
    assert note.kind is NoteKind.OTHER
    stored = demo_store.execute(
        "SELECT typeof(kind), kind FROM notes WHERE id = ?", [note.id]
    ).fetchone()
    assert tuple(stored) == ("text", "other")
    assert set(sheet_for(demo_store, event_id, TestKind.PRE)) == set(
        sheet_for(demo_store, event_id, "pre")
    )


def test_an_unknown_role_or_kind_of_note_is_refused_in_words(demo_store):
    i18n.set_language("en")
    event_id = demo_store.execute("SELECT id FROM events").fetchone()[0]
    first = participants.list_participants(demo_store, event_id)[0]
    with pytest.raises(ValidationError) as refused:
        participants.set_role(demo_store, first.registration_id, "guest")
    assert refused.value.problems == [("role", "Unknown role “guest”.")]
    with pytest.raises(ValidationError) as refused:
        notes.add_note(demo_store, event_id, "gossip", "Catatan.")
    assert refused.value.problems == [("kind", "unknown kind of note: gossip")]
    assert participants.get_participant(demo_store, first.registration_id).role is Role.PARTICIPANT


@pytest.mark.parametrize(
    ("text", "state"),
    [("", CellState.UNANSWERED), ("-", CellState.ABSENT), ("2", CellState.SCORED)],
)
def test_a_typed_entry_is_a_cell_of_a_member_state(text, state):
    assert parse_entry(Question(1, QuestionKind.OPEN, 2), text).cell.state is state


def test_the_store_reads_cell_states_and_question_kinds_back_as_members(demo_store):
    event_id = demo_store.execute("SELECT id FROM events").fetchone()[0]
    questions = stored_questions(demo_store, event_id)
    assert {type(q.kind) for q in questions} == {QuestionKind}
    sheet = sheet_for(demo_store, event_id, TestKind.PRE)
    states = {type(cell.state) for cells in sheet.values() for cell in cells.values()}
    assert states == {CellState}
    registration_id = next(iter(sheet))
    cells = participant_cells(demo_store, registration_id, TestKind.PRE)
    assert {type(cell.state) for cell in cells.values()} == {CellState}
    assert {type(line.state) for line in score_rows(demo_store, event_id)} == {CellState}
    cells = enter(demo_store, event_id, registration_id, "pre", questions[0].number, "-", "id")
    assert {cell.state for cell in cells.values()} == {CellState.ABSENT}


def test_a_question_kind_is_stored_as_its_word(demo_store):
    event_id = demo_store.execute("SELECT id FROM events").fetchone()[0]
    questions = stored_questions(demo_store, event_id)
    choice = Question(len(questions) + 1, QuestionKind.TRUEFALSE, 1, "Benar?", answer_key="B")
    save_questions(demo_store, event_id, [*questions, choice], "id", force=True)
    stored = demo_store.execute(
        "SELECT typeof(kind), kind FROM questions WHERE event_id = ? AND number = ?",
        [event_id, choice.number],
    ).fetchone()
    assert tuple(stored) == ("text", "truefalse")
    assert stored_questions(demo_store, event_id)[-1].kind is QuestionKind.TRUEFALSE
