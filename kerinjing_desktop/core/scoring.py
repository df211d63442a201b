"""Questions and score cells as values, and what a typed entry means (Qt-free, no SQL).

One rule for every entry point (the grid, `scores set`, `scores import`), so that the same
text means the same thing everywhere:
- ""            → unanswered (counts as 0 inside a test the participant took)
- "-"           → absent: the participant did not take this test at all (whole test)
- "0".."max"    → the score of an open question
- a letter      → the answer to a choice / true-false item; the app scores it (full marks when
                  it matches the key, else 0)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import CellState, QuestionKind
from kerinjing_desktop.core.paths import asset_path

KINDS = tuple(QuestionKind)
STATES = tuple(CellState)
ABSENT_MARK = "-"
MAX_OPTIONS = 6
# True/false answers arrive as B(enar)/S(alah) or T(rue)/F(alse): both mean the same.
TRUEFALSE_LETTERS = {"B": True, "T": True, "S": False, "F": False}


@dataclass(frozen=True)
class Question:
    number: int
    kind: QuestionKind = QuestionKind.OPEN
    max_score: int = 2
    text: str = ""
    rubric: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    answer_key: str = ""
    scored: bool = True  # False: a background question, recorded but left out of the totals

    def letters(self, lang: str) -> tuple[str, ...]:
        """The letters a facilitator may type for a choice or true/false item."""
        if self.kind == QuestionKind.CHOICE:
            return tuple(chr(ord("A") + i) for i in range(len(self.options)))
        if self.kind == QuestionKind.TRUEFALSE:
            return ("B", "S") if lang == "id" else ("T", "F")
        return ()


@dataclass(frozen=True)
class Cell:
    state: CellState = CellState.UNANSWERED
    score: int | None = None
    answer: str = ""


@dataclass(frozen=True)
class Entry:
    """What a typed text means for one question: a cell to store, or `absent` for the test."""

    cell: Cell = field(default_factory=Cell)
    absent: bool = False


class EntryError(ValueError):
    """The text is not a valid entry for this question; the message says what is allowed."""


def letter_matches(question: Question, letter: str) -> bool:
    letter, key = letter.upper(), question.answer_key.upper()
    if question.kind == QuestionKind.TRUEFALSE:
        return (
            letter in TRUEFALSE_LETTERS
            and key in TRUEFALSE_LETTERS
            and TRUEFALSE_LETTERS[letter] == TRUEFALSE_LETTERS[key]
        )
    return bool(key) and letter == key


def parse_entry(question: Question, text: str, lang: str = "id") -> Entry:
    """Turn typed text into an Entry, or raise EntryError with a translated message."""
    text = text.strip()
    if text == "":
        return Entry(Cell(CellState.UNANSWERED))
    if text == ABSENT_MARK:
        return Entry(Cell(CellState.ABSENT), absent=True)
    if question.kind == QuestionKind.OPEN:
        # isascii: "²" and other Unicode digits pass isdigit() but int() refuses them
        if text.isascii() and text.isdigit() and int(text) <= question.max_score:
            return Entry(Cell(CellState.SCORED, int(text)))
        raise EntryError(
            _("Question {n} takes a score from 0 to {max}, or - for absent.", lang).format(
                n=question.number, max=question.max_score
            )
        )
    letter = text.upper()
    allowed = question.letters(lang)
    truefalse = question.kind == QuestionKind.TRUEFALSE
    valid = letter in allowed or (truefalse and letter in TRUEFALSE_LETTERS)
    if len(letter) == 1 and valid:
        score = question.max_score if letter_matches(question, letter) else 0
        return Entry(Cell(CellState.SCORED, score, letter))
    raise EntryError(
        _("Question {n} takes a letter: {letters}.", lang).format(
            n=question.number, letters=", ".join(allowed)
        )
    )


def knowledge_questions(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.scored]


def max_total(questions: list[Question]) -> int:
    return sum(q.max_score for q in knowledge_questions(questions))


def took_test(questions: list[Question], cells: dict[int, Cell]) -> bool:
    """A test counts as taken when at least one knowledge question has a score."""
    return any(
        cells.get(q.number, Cell()).state == CellState.SCORED
        for q in knowledge_questions(questions)
    )


def total(questions: list[Question], cells: dict[int, Cell]) -> int:
    return sum((cells.get(q.number, Cell()).score or 0) for q in knowledge_questions(questions))


def validate_question(question: Question, lang: str = "id") -> list[str]:
    """Problems with an edited question, as translated sentences (empty when it is fine)."""
    problems = []
    if question.kind not in KINDS:
        problems.append(_("Unknown question kind: {kind}", lang).format(kind=question.kind))
    if not question.text.strip():
        problems.append(_("Write the question's text.", lang))
    if not 1 <= question.max_score <= 100:
        problems.append(_("The maximum score must be between 1 and 100.", lang))
    if question.kind == QuestionKind.CHOICE:
        if not 2 <= len(question.options) <= MAX_OPTIONS:
            problems.append(_("A multiple-choice question needs 2 to 6 options.", lang))
        elif question.answer_key.upper() not in question.letters(lang):
            problems.append(_("Choose the right answer's letter as the key.", lang))
    key = question.answer_key.upper()
    if question.kind == QuestionKind.TRUEFALSE and key not in TRUEFALSE_LETTERS:
        problems.append(_("The key of a true/false question is B or S (T or F).", lang))
    return problems


# --------------------------------------------------------------------------- bundled content


@cache
def _bundled() -> dict:
    with asset_path("content", "questions.toml").open("rb") as handle:
        return tomllib.load(handle)


def _pick(value: object, lang: str) -> object:
    """A per-language table ({id: …, en: …}) or a plain value."""
    if isinstance(value, dict):
        return value.get(lang, value.get("id"))
    return value


def default_questions(lang: str) -> list[Question]:
    """The bundled five open questions in `lang`."""
    return [
        Question(
            number=item["number"],
            kind=QuestionKind(item.get("kind", QuestionKind.OPEN)),
            max_score=item["max"],
            text=str(_pick(item["text"], lang)),
            rubric=tuple(_pick(item.get("rubric", []), lang) or ()),
            scored=item.get("scored", True),
        )
        for item in _bundled()["question"]
    ]


def example_choices(lang: str) -> list[Question]:
    """The bundled closed items a facilitator may add (number 0: the caller numbers them)."""
    return [
        Question(
            number=0,
            kind=QuestionKind(item["kind"]),
            max_score=1,
            text=str(_pick(item["text"], lang)),
            options=tuple(_pick(item["options"], lang)),
            answer_key=str(_pick(item["key"], lang)),
        )
        for item in _bundled().get("example_choice", [])
    ]
