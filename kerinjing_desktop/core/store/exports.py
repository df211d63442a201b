"""Read-only rows for exports that no other store module gives (raw scores per question)."""

from __future__ import annotations

from kerinjing_desktop.core.store.connection import Store


def score_rows(
    store: Store, event_id: str
) -> list[tuple[str, str, int, str, int | None, str | None]]:
    """(code, test, question number, state, score, answer letter) for every stored score."""
    return store.db.execute(
        "SELECT r.code, s.test, s.question_number, s.state, s.score, s.answer FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id WHERE r.event_id = ? "
        "ORDER BY r.seq, s.test DESC, s.question_number",
        [event_id],
    ).fetchall()
