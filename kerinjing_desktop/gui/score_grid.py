"""The score grid: participants × questions for one test, keyboard first.

One keystroke per answer: a digit (or a letter for a choice item) is committed to the store
and the cursor moves to the next question (end of a row: the next participant's first
question). A refused key changes nothing and the cursor stays. `-` marks the participant's
whole test absent; Delete/Backspace clears a cell back to "not answered". A cell shows a
value only once the store has committed it; a failed save shows the typed text in red.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.domain import Participant
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.kinds import CellState, QuestionKind, TestKind
from kerinjing_desktop.core.scoring import (
    ABSENT_MARK,
    Cell,
    EntryError,
    Question,
    max_total,
    took_test,
    total,
)
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store import scores as store_scores
from kerinjing_desktop.core.store.integrity import explain
from kerinjing_desktop.core.store.participants import get_participant

log = logging.getLogger(__name__)
_ABSENT_BG = QBrush(QColor(palette.ABSENT_FILL))
_FAILED_FG = QBrush(QColor(palette.BAD))
_FAILED_BG = QBrush(QColor(palette.FAILED_FILL))
_RIGHT_FG = QBrush(QColor(palette.OK))
_BACKGROUND_FG = QBrush(QColor(palette.MUTED))
FIXED_COLUMNS = 2  # code, name
_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    """Made once: on PySide6 6.12 / Python 3.11, QFont.setBold drops a reference to None per
    call, and data() is called for every painted cell, so that crashed the app in minutes."""
    if not _BOLD:
        font = QFont()
        font.setWeight(QFont.Weight.Bold)
        _BOLD.append(font)
    return _BOLD[0]


@dataclass(frozen=True)
class EntryResult:
    ok: bool
    message: str = ""
    absent: bool = False
    checked_in: bool = False  # the store checked the writer in: the paper has a score


class ScoreModel(QAbstractTableModel):
    """Rows: participants; columns: code, name, one per question, total, percent."""

    def __init__(
        self,
        store: Store,
        lang: str,
        parent=None,
        ran: Callable[[Callable[..., object]], None] | None = None,
    ):
        super().__init__(parent)
        self.store = store
        # told the store operation after each saved entry (the page's session broadcasts it)
        self._ran = ran or (lambda _operation: None)
        self.lang = lang
        self.event_id: str | None = None
        self.test = TestKind.PRE
        self.questions: list[Question] = []
        self.people: list[Participant] = []
        self.cells: dict[str, dict[int, Cell]] = {}
        self.failed: dict[tuple[int, int], str] = {}  # (row, column) → text that did not save

    # ---------------------------------------------------------------- loading
    def load(self, event_id: str | None, test: TestKind, people, questions, sheet) -> None:
        self.beginResetModel()
        self.event_id, self.test = event_id, test
        self.people, self.questions, self.cells = list(people), list(questions), dict(sheet)
        self.failed.clear()
        self.endResetModel()

    def reload(self, event_id: str | None, test: TestKind) -> None:
        from kerinjing_desktop.core.store.participants import list_participants
        from kerinjing_desktop.core.store.questions import list_questions

        if event_id is None:
            self.load(None, test, [], [], {})
            return
        self.load(
            event_id,
            test,
            list_participants(self.store, event_id),
            list_questions(self.store, event_id, self.lang),
            store_scores.sheet_for(self.store, event_id, test),
        )

    # ---------------------------------------------------------------- geometry
    def question_column(self, number_index: int) -> int:
        return FIXED_COLUMNS + number_index

    def question_at(self, column: int) -> Question | None:
        index = column - FIXED_COLUMNS
        return self.questions[index] if 0 <= index < len(self.questions) else None

    def first_question_column(self) -> int:
        return FIXED_COLUMNS

    def last_question_column(self) -> int:
        return FIXED_COLUMNS + len(self.questions) - 1

    def row_of_code(self, code: str) -> int:
        return next((row for row, p in enumerate(self.people) if p.code == code), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.questions) + 2

    # ---------------------------------------------------------------- display
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        question = self.question_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return _("Code")
            if section == 1:
                return _("Name")
            if question is not None:
                suffix = "*" if not question.scored else ""
                allowed = (
                    f"0–{question.max_score}"
                    if question.kind == QuestionKind.OPEN
                    else "/".join(question.letters(self.lang))
                )
                return f"{pgettext('question, as in Q3', 'Q')}{question.number}{suffix} ({allowed})"
            if section == self.columnCount() - 2:
                return _("Total") + f" (/{max_total(self.questions)})"
            return "%"
        if role == Qt.ItemDataRole.ToolTipRole and question is not None:
            tip = f"{question.number}. {question.text}"
            if question.rubric:
                tip += "\n\n" + "\n".join(question.rubric)
            if not question.scored:
                tip += "\n\n" + _("* Background question: recorded, not counted in the total.")
            return tip
        return None

    def _row_cells(self, row: int) -> dict[int, Cell]:
        return self.cells.get(self.people[row].registration_id, {})

    def is_absent(self, row: int) -> bool:
        cells = self._row_cells(row)
        return bool(cells) and all(c.state == CellState.ABSENT for c in cells.values())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        person = self.people[row]
        cells = self._row_cells(row)
        question = self.question_at(column)
        absent = self.is_absent(row)
        failed = self.failed.get((row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.code
            if column == 1:
                return person.name if person.attended else f"{person.name}  ({_('not checked in')})"
            if question is not None:
                if failed is not None:
                    return failed
                cell = cells.get(question.number)
                if cell is None or cell.state == CellState.UNANSWERED:
                    return ""
                if cell.state == CellState.ABSENT:
                    return ABSENT_MARK
                return f"{cell.answer} ✓" if cell.answer and cell.score else (
                    f"{cell.answer} ✗" if cell.answer else str(cell.score)
                )  # fmt: skip
            if absent:
                return _("absent") if column == self.columnCount() - 2 else ""
            if not took_test(self.questions, cells):
                return ""
            points = total(self.questions, cells)
            if column == self.columnCount() - 2:
                return str(points)
            top = max_total(self.questions)
            return f"{round(100 * points / top)}%" if top else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED_COLUMNS:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if failed is not None:
                return _FAILED_BG
            if absent:
                return _ABSENT_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if failed is not None:
                return _FAILED_FG
            if question is not None and not question.scored:
                return _BACKGROUND_FG
            cell = cells.get(question.number) if question else None
            if cell is not None and cell.answer and cell.score:
                return _RIGHT_FG
        if role == Qt.ItemDataRole.FontRole and column == self.columnCount() - 2:
            return _bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and failed is not None:
            return _("Not saved: the store refused this entry. Type it again.")
        return None

    # ---------------------------------------------------------------- entry
    def enter(self, row: int, column: int, text: str) -> EntryResult:
        """Commit one typed entry; the row shows the store's read-back only after commit."""
        question = self.question_at(column)
        if question is None or self.event_id is None:
            return EntryResult(False, _("Move to a question column to enter a score."))
        person = self.people[row]
        try:
            if text == ABSENT_MARK:
                cells = store_scores.set_absent(
                    self.store, self.event_id, person.registration_id, self.test, self.lang
                )
            else:
                cells = store_scores.enter(
                    self.store, self.event_id, person.registration_id, self.test,
                    question.number, text, self.lang,
                )  # fmt: skip
        except EntryError as error:
            return EntryResult(False, str(error))
        except sqlite3.Error as error:  # disk full, locked, damaged: say so, keep the text red
            log.exception("saving a score failed")
            self.failed[(row, column)] = text
            self._row_changed(row)
            return EntryResult(False, _("Not saved: {reason}").format(reason=explain(error)))
        for key in [k for k in self.failed if k[0] == row]:
            del self.failed[key]
        self.cells[person.registration_id] = cells
        checked_in = not person.attended and cells[question.number].state == CellState.SCORED
        if checked_in:  # the store checked them in with the score: show it on this row
            self.people[row] = get_participant(self.store, person.registration_id)
        self._row_changed(row)
        self._ran(store_scores.set_absent if text == ABSENT_MARK else store_scores.enter)
        return EntryResult(True, absent=text == ABSENT_MARK, checked_in=checked_in)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def has_scores(self, row: int) -> bool:
        return any(c.state == CellState.SCORED for c in self._row_cells(row).values())


class ScoreGrid(QTableView):
    """The keyboard rules of the module docstring; `message(text, is_error)` reports."""

    message = Signal(str, bool)
    go_to_code = Signal(str)  # a "P" typed: the page opens its go-to-code box
    checked_in = Signal(str)  # a score checked its writer in (their name)

    def __init__(self, model: ScoreModel, confirm_absent: Callable[[int], bool] | None = None):
        super().__init__()
        self.score_model = model
        self.confirm_absent = confirm_absent or (lambda _row: True)
        self.pending = ""  # digits held back for questions whose maximum has two digits
        self.keystrokes = 0  # counted for the benchmark
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)
        self.setTabKeyNavigation(False)

    def start(self) -> None:
        """Put the cursor on the first question of the first checked-in participant whose
        paper has not been entered yet."""
        model = self.score_model
        for row in range(model.rowCount()):
            waiting = not model.has_scores(row) and not model.is_absent(row)
            if waiting and model.people[row].attended:
                self.move_to(row, model.first_question_column())
                return
        if model.rowCount():
            self.move_to(0, model.first_question_column())

    def move_to(self, row: int, column: int) -> None:
        index = self.score_model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _advance(self, row: int, column: int, whole_row: bool = False) -> None:
        model = self.score_model
        if whole_row or column >= model.last_question_column():
            if row + 1 < model.rowCount():
                self.move_to(row + 1, model.first_question_column())
            return
        self.move_to(row, column + 1)

    def keyPressEvent(self, event) -> None:
        self.keystrokes += 1
        key, text = event.key(), event.text()
        index = self.currentIndex()
        model = self.score_model
        modifiers = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if not index.isValid() or modifiers:
            super().keyPressEvent(event)
            return
        row, column = index.row(), index.column()
        question = model.question_at(column)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.pending = ""
            if question is not None:
                self._commit(row, column, "", move=False)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.pending:
                self._commit(row, column, self.pending)
            else:
                self._advance(row, column, whole_row=True)
            return
        if text.upper() == "P" and (question is None or "P" not in question.letters(model.lang)):
            self.go_to_code.emit("P")
            return
        if text == ABSENT_MARK:
            self.pending = ""
            if model.has_scores(row) and not self.confirm_absent(row):
                return
            self._commit(row, column if question else model.first_question_column(), text)
            return
        if text and text.isprintable() and not text.isspace():
            if question is None:
                self.message.emit(_("Move to a question column to enter a score."), True)
                return
            # isascii: "²" passes isdigit() but int() refuses it
            if (
                text.isascii()
                and text.isdigit()
                and question.kind == QuestionKind.OPEN
                and question.max_score >= 10
            ):
                self._digit_for_two_digit_max(row, column, question, text)
                return
            self._commit(row, column, text)
            return
        super().keyPressEvent(event)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.pending = ""  # held digits belong to the cell they were typed in
        super().currentChanged(current, previous)

    def _digit_for_two_digit_max(self, row: int, column: int, question: Question, digit: str):
        """Hold a digit back while a second one could still follow (e.g. 1 → 10)."""
        value = self.pending + digit
        if int(value) * 10 <= question.max_score and len(value) < 3:
            self.pending = value
            self.message.emit(_("{value}… (Enter to save)").format(value=value), False)
            return
        self._commit(row, column, value)

    def _commit(self, row: int, column: int, text: str, move: bool = True) -> None:
        self.pending = ""
        result = self.score_model.enter(row, column, text)
        if not result.ok:
            self.message.emit(result.message, True)
            return
        self.message.emit("", False)
        if result.checked_in:
            self.checked_in.emit(self.score_model.people[row].name)
        if move:
            self._advance(row, column, whole_row=result.absent)
