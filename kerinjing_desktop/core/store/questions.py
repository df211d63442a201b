"""An event's question set: copied from the bundled default on first use, then editable
until the first score is entered (after that, changes need `force=True`: the GUI asks first,
the CLI refuses)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import QuestionKind
from kerinjing_desktop.core.scoring import Question, default_questions, validate_question
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import mapping, records, value


class QuestionSetLocked(Exception):
    """Scores exist for this event; changing the questions would change their meaning."""


def _lines(text: str) -> tuple[str, ...]:
    """A rubric or the options, stored one a line."""
    return tuple(line for line in text.split("\n") if line)


def _columns(question: Question) -> dict[str, object]:
    return {
        "number": question.number,
        "kind": str(question.kind),  # the word: sqlite-utils cannot type an enum
        "max_score": question.max_score,
        "text": question.text,
        "rubric": "\n".join(question.rubric),
        "options": "\n".join(question.options),
        "answer_key": question.answer_key.upper(),
        "scored": int(question.scored),
    }


def stored_questions(store: Store, event_id: str) -> list[Question]:
    return records(
        store,
        Question,
        "SELECT number, kind, max_score, text, rubric, options, answer_key, scored "
        "FROM questions WHERE event_id = ? ORDER BY number",
        [event_id],
        kind=QuestionKind,
        rubric=_lines,
        options=_lines,
        scored=bool,
    )


def list_questions(store: Store, event_id: str, lang: str) -> list[Question]:
    """The event's questions, or the default set (not stored) if it has none yet."""
    return stored_questions(store, event_id) or default_questions(lang)


def ensure_questions(store: Store, event_id: str, lang: str) -> list[Question]:
    """Store the default set for the event if it has none; call inside or outside a
    transaction (the insert is atomic either way)."""
    existing = stored_questions(store, event_id)
    if existing:
        return existing
    defaults = default_questions(lang)
    with store.db.atomic():
        _insert(store, event_id, defaults)
    return defaults


def _insert(store: Store, event_id: str, questions: Sequence[Question]) -> None:
    store.db.table("questions").insert_all(
        store.row_meta() | {"event_id": event_id} | _columns(q) for q in questions
    )


def _replace(store: Store, event_id: str, questions: Sequence[Question]) -> None:
    """Update rows in place by number (their ids survive, so merges between laptops see an
    edit, not a delete and a new row); delete only the numbers that are gone."""
    existing = mapping(store, "SELECT number, id FROM questions WHERE event_id = ?", [event_id])
    for q in questions:
        if q.number in existing:
            store.db.table("questions").update(existing[q.number], _columns(q) | store.touch())
        else:
            _insert(store, event_id, [q])
    for number, row_id in existing.items():
        if number not in {q.number for q in questions}:
            store.db.table("questions").delete(row_id)


REMOVAL_REFUSED = N_(
    "Scores have been entered, so question {n} can no longer be removed (scores are kept by "
    "question number). Untick “Counts in the total” to leave it out of the results."
)


def has_scores(store: Store, event_id: str) -> bool:
    found = value(
        store,
        "SELECT 1 FROM scores s JOIN registrations r ON r.id = s.registration_id "
        "WHERE r.event_id = ? LIMIT 1",
        [event_id],
    )
    return found is not None


def _highest_scores(store: Store, event_id: str) -> dict[int, int]:
    return mapping(
        store,
        "SELECT s.question_number, max(s.score) FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id "
        "WHERE r.event_id = ? AND s.state = 'scored' GROUP BY s.question_number",
        [event_id],
    )


@writes(OpChanges.QUESTIONS | OpChanges.SCORES)
def save_questions(
    store: Store, event_id: str, questions: Sequence[Question], lang: str, force: bool = False
) -> list[Question]:
    """Replace the event's whole question set in one transaction.

    Refused (QuestionSetLocked) once a score exists, unless `force`. Even with `force`, a
    maximum below a score already entered is refused: lowering it would make that score
    impossible. So is removing any stored question: scores are kept by question number, and
    those of the questions after it would move onto other questions' texts. Choice items are
    re-scored from the letters entered, so a corrected key takes effect on every paper.
    """
    numbers = [q.number for q in questions]
    problems = [
        ("question", _("Question {n}: {problem}", lang).format(n=q.number, problem=p))
        for q in questions
        for p in validate_question(q, lang)
    ]
    if len(set(numbers)) != len(numbers) or any(n < 1 for n in numbers):
        problems.append(("number", _("Question numbers must be unique and start at 1.", lang)))
    if not questions:
        problems.append(("number", _("A test needs at least one question.", lang)))
    if problems:
        raise ValidationError(problems)
    with store.db.atomic():
        if has_scores(store, event_id):
            if not force:
                raise QuestionSetLocked(
                    _(
                        "Scores have already been entered for this event, so its questions "
                        "are fixed.",
                        lang,
                    )
                )
            gone = sorted({q.number for q in stored_questions(store, event_id)} - set(numbers))
            if gone:
                raise ValidationError([("number", _(REMOVAL_REFUSED, lang).format(n=gone[0]))])
            highest = _highest_scores(store, event_id)
            too_low = [q.number for q in questions if highest.get(q.number, 0) > q.max_score]
            if too_low:
                raise ValidationError(
                    [
                        (
                            "max_score",
                            _(
                                "Question {n} already has scores above the new maximum; "
                                "change those scores first.",
                                lang,
                            ).format(n=n),
                        )
                        for n in too_low
                    ]
                )
        _replace(store, event_id, questions)
        _rescore_choices(store, event_id, questions)
    return stored_questions(store, event_id)


@dataclass(frozen=True)
class _Answer:
    id: str
    answer: str
    score: int


def _rescore_choices(store: Store, event_id: str, questions: Sequence[Question]) -> None:
    from kerinjing_desktop.core.scoring import letter_matches

    for q in questions:
        if q.kind == QuestionKind.OPEN:
            continue
        rows = records(
            store,
            _Answer,
            "SELECT s.id, s.answer, s.score FROM scores s "
            "JOIN registrations r ON r.id = s.registration_id "
            "WHERE r.event_id = ? AND s.question_number = ? AND s.state = 'scored'",
            [event_id, q.number],
        )
        for row in rows:
            new = q.max_score if letter_matches(q, row.answer) else 0
            if new != row.score:
                store.db.table("scores").update(row.id, {"score": new} | store.touch())
