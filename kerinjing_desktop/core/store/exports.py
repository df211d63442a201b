"""Read-only rows for exports that no other store module gives (raw scores per question)."""

from __future__ import annotations

from dataclasses import dataclass

from kerinjing_desktop.core.kinds import CellState
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import records


@dataclass(frozen=True)
class ScoreLine:
    """One stored score cell with its participant's code."""

    code: str
    test: str
    question_number: int
    state: CellState
    score: int | None
    answer: str | None  # the letter of a choice


def score_rows(store: Store, event_id: str) -> list[ScoreLine]:
    """Every stored score of the event, by participant, pre before post, then question."""
    return records(
        store,
        ScoreLine,
        "SELECT r.code, s.test, s.question_number, s.state, s.score, s.answer FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id WHERE r.event_id = ? "
        "ORDER BY r.seq, s.test DESC, s.question_number",
        [event_id],
        state=CellState,
    )
