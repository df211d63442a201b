"""Scores per participant, test and question; the analysis input for core.stats.

A test is either absent as a whole (every question's row is `absent`) or taken: entering a
score in an absent test turns its other cells into `unanswered` (the paper turned up).
Every function has committed when it returns, so the grid may show a cell as saved.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.kinds import CellState, TestKind
from kerinjing_desktop.core.scoring import (
    Cell,
    Entry,
    Question,
    knowledge_questions,
    parse_entry,
    took_test,
)
from kerinjing_desktop.core.stats import Analysis, QuestionSpec, analyse
from kerinjing_desktop.core.store.connection import Store, new_id
from kerinjing_desktop.core.store.questions import ensure_questions, list_questions
from kerinjing_desktop.core.store.rows import keyed, mapping, value

_UPSERT = """
    INSERT INTO scores (id, created_at, updated_at, device_id, registration_id, test,
                        question_number, state, score, answer)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (registration_id, test, question_number) DO UPDATE SET
        state = excluded.state, score = excluded.score, answer = excluded.answer,
        updated_at = excluded.updated_at, device_id = excluded.device_id
"""

_STATE = {state.value: state for state in CellState}  # a dict look-up: a cell per question
Sheet = dict[str, dict[int, Cell]]  # registration id → question number → cell


@dataclass(frozen=True)
class ScoreRow:
    """One paper from a file: a participant's test, question number → entry."""

    registration_id: str
    test: TestKind
    entries: Mapping[int, Entry]


def sheet_for(store: Store, event_id: str, test: str) -> Sheet:
    cells = keyed(
        store,
        Cell,
        "SELECT s.registration_id, s.question_number, s.state, s.score, s.answer FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id WHERE r.event_id = ? AND s.test = ?",
        [event_id, test],
        keys=2,
        state=_STATE.__getitem__,
    )
    sheet: Sheet = {}
    for (registration_id, number), cell in cells:
        sheet.setdefault(registration_id, {})[number] = cell
    return sheet


def participant_cells(store: Store, registration_id: str, test: str) -> dict[int, Cell]:
    cells = keyed(
        store,
        Cell,
        "SELECT question_number, state, score, answer FROM scores "
        "WHERE registration_id = ? AND test = ?",
        [registration_id, test],
        state=_STATE.__getitem__,
    )
    return dict(cells)


def _write(store: Store, registration_id: str, test: str, number: int, cell: Cell) -> None:
    stamp = store.stamp()
    store.execute(
        _UPSERT,
        [new_id(), stamp, stamp, store.device_id, registration_id, test, number,
         cell.state, cell.score, cell.answer],
    )  # fmt: skip


def _write_entry(
    store: Store, questions: list[Question], registration_id: str, test: str, number: int,
    entry: Entry,
) -> None:  # fmt: skip
    """Inside a transaction: one cell, or the whole test when the entry is absent."""
    if entry.absent:
        for q in questions:
            _write(store, registration_id, test, q.number, Cell(CellState.ABSENT))
        return
    _write(store, registration_id, test, number, entry.cell)
    _paper_turned_up(store, registration_id, test, scored=entry.cell.state == CellState.SCORED)


def _paper_turned_up(store: Store, registration_id: str, test: str, scored: bool) -> None:
    """Inside a transaction: the paper exists, so its other cells are no longer absent; and
    when it has a score, its writer was there: checked in if the desk missed them (the
    attendance sheet and the certificates follow check-in), a first check-in time kept.
    A cell cleared back to unanswered checks nobody in: it may undo a slip of the keys."""
    stamp = store.stamp()
    store.execute(
        "UPDATE scores SET state = 'unanswered', updated_at = ?, device_id = ? "
        "WHERE registration_id = ? AND test = ? AND state = 'absent'",
        [stamp, store.device_id, registration_id, test],
    )
    if not scored:
        return
    store.execute(
        "UPDATE registrations SET checked_in_at = ?, updated_at = ?, device_id = ? "
        "WHERE id = ? AND checked_in_at IS NULL",
        [stamp, stamp, store.device_id, registration_id],
    )


@writes(OpChanges.SCORES | OpChanges.ATTENDANCE)
def enter(
    store: Store, event_id: str, registration_id: str, test: str, number: int, text: str,
    lang: str,
) -> dict[int, Cell]:  # fmt: skip
    """Parse and store what was typed for one question; returns the participant's cells for
    that test, read back after the commit. Raises EntryError (nothing stored) on bad text."""
    questions = list_questions(store, event_id, lang)
    question = next((q for q in questions if q.number == number), None)
    if question is None:
        raise LookupError(number)
    entry = parse_entry(question, text, lang)
    with store.db.atomic():
        questions = ensure_questions(store, event_id, lang)  # first score fixes the set
        _write_entry(store, questions, registration_id, test, number, entry)
    return participant_cells(store, registration_id, test)


@writes(OpChanges.SCORES)
def set_absent(
    store: Store, event_id: str, registration_id: str, test: str, lang: str
) -> dict[int, Cell]:
    """Mark the whole test absent for one participant (their scores for it are replaced)."""
    with store.db.atomic():
        questions = ensure_questions(store, event_id, lang)
        absent = Entry(Cell(CellState.ABSENT), True)
        _write_entry(store, questions, registration_id, test, 0, absent)
    return participant_cells(store, registration_id, test)


@writes(OpChanges.SCORES | OpChanges.ATTENDANCE)
def import_scores(store: Store, event_id: str, rows: Iterable[ScoreRow], lang: str) -> int:
    """Store every paper in one transaction: all of them or, on any error, none."""
    count = 0
    with store.db.atomic():
        questions = ensure_questions(store, event_id, lang)
        for row in rows:
            if any(entry.absent for entry in row.entries.values()):
                _write_entry(store, questions, row.registration_id, row.test, 0,
                             Entry(Cell(CellState.ABSENT), True))  # fmt: skip
            else:
                for number, entry in row.entries.items():
                    _write(store, row.registration_id, row.test, number, entry.cell)
                scored = any(e.cell.state == CellState.SCORED for e in row.entries.values())
                _paper_turned_up(store, row.registration_id, row.test, scored)
            count += 1
    return count


def registered_count(store: Store, event_id: str) -> int:
    counted: int = value(store, "SELECT count(*) FROM registrations WHERE event_id = ?", [event_id])
    return counted


def analysis_input(
    store: Store, event_id: str, lang: str
) -> tuple[list[QuestionSpec], int, dict[str, list[int | None]], dict[str, list[int | None]]]:
    """The arguments of core.stats.analyse for an event: knowledge questions only, and only
    the participants who took each test (keyed by participant code).

    Two sheets of 5,000 people are 100,000 cells, none of which can form a cycle: the cyclic
    garbage collector, which would walk them again and again while they are made, is paused
    for the read, as in `programme.read_programme` (152 ms of CPU instead of 192 ms). In the
    window it is already off (qt/gc_thread.py); it is switched back on only if it was on."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _analysis_input(store, event_id, lang)
    finally:
        if paused:
            gc.enable()


def _analysis_input(
    store: Store, event_id: str, lang: str
) -> tuple[list[QuestionSpec], int, dict[str, list[int | None]], dict[str, list[int | None]]]:
    questions = list_questions(store, event_id, lang)
    scored = knowledge_questions(questions)
    codes = mapping(store, "SELECT id, code FROM registrations WHERE event_id = ?", [event_id])
    sheets = []
    for test in TestKind:
        sheet = {}
        for registration_id, cells in sheet_for(store, event_id, test).items():
            if took_test(questions, cells):
                sheet[codes[registration_id]] = [
                    cells[q.number].score if q.number in cells else None for q in scored
                ]
        sheets.append(sheet)
    specs = [QuestionSpec(q.number, q.max_score) for q in scored]
    return specs, len(codes), sheets[0], sheets[1]


def analyse_event(store: Store, event_id: str, lang: str) -> Analysis:
    return analyse(*analysis_input(store, event_id, lang))
