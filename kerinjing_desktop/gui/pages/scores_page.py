"""Pre-test and post-test pages: print the papers, then type the scores into the grid."""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.changes import OpChanges
from kerinjing_desktop.core.domain import ValidationError, normalize_code, validate_person
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import TestKind
from kerinjing_desktop.core.scoring import took_test
from kerinjing_desktop.core.store import participants as store_participants
from kerinjing_desktop.core.store.questions import save_questions
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.dialogs.person_dialog import gender_box
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.score_grid import ScoreGrid, ScoreModel
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, toned_html
from kerinjing_desktop.reports.common import PrintOptions


class ScoresWidget(QWidget):
    """The shared page body for one test."""

    def __init__(self, session: Session, test: TestKind):
        super().__init__()
        self.session = session
        self.test = test
        self._error_shown = ""  # the error this page put in the status bar, while it shows
        # Each saved score is broadcast: the results and the programme follow, and a score
        # that checked its writer in reaches the participants page. The model holds this page
        # weakly: a cycle (page → model → page) kept a closed window's pages alive until a
        # later collection (in the test suite a later window then lost the keyboard at times).
        page = weakref.ref(self)
        self.model = ScoreModel(
            session.store, session.lang, self, lambda operation: session.ran(page(), operation)
        )
        self.grid = ScoreGrid(self.model, confirm_absent=self._confirm_absent)
        EmptyHint(self.grid, lambda: _(
            "No participants yet: add them on step 2, or type a walk-in in the box below."
        ))  # fmt: skip
        self.grid.message.connect(self.show_message)
        self.grid.go_to_code.connect(self._open_code_box)
        self.grid.checked_in.connect(self._checked_in)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        help_text = QLabel(
            _(
                "Type each answer's score: it is saved at once and the cursor moves to the "
                "next question. Letters for lettered questions. - = absent from this test · "
                "Delete = not answered · P or Ctrl+G = go to a participant code."
            )
        )
        help_text.setWordWrap(True)

        self.code_box = QLineEdit()
        self.code_box.setPlaceholderText(_("Go to code (Ctrl+G), e.g. 7 or P-007"))
        self.code_box.setMinimumWidth(240)
        self.code_box.returnPressed.connect(self.go_to_code)
        self.counts = QLabel()
        self.counts.setWordWrap(True)  # at 125% on a 1366 screen the row is full: it wraps
        questions = QPushButton(_("Questions…"))
        questions.clicked.connect(self.edit_questions)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("F4", "f4")
        print_button = QPushButton(_("Print test papers…"))
        print_button.clicked.connect(self.print_papers)
        oral_button = QPushButton(_("Oral test sheets…"))
        oral_button.setToolTip(
            _("For people who cannot read or write comfortably: the questions to read aloud "
              "and one sheet per group to mark the answers on")
        )  # fmt: skip
        oral_button.clicked.connect(self.print_oral_sheets)
        self.oral_button = oral_button
        top = QHBoxLayout()
        top.addWidget(self.code_box)
        top.addWidget(self.counts, 1)
        top.addWidget(questions)
        top.addWidget(self.paper)
        top.addWidget(print_button)
        top.addWidget(oral_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(22)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(help_text)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        layout.addLayout(self._walk_in_row())

        QShortcut(QKeySequence("Ctrl+G"), self, activated=lambda: self._open_code_box(""))
        QShortcut(QKeySequence("Esc"), self.code_box, activated=self._close_code_box)
        session.event_changed.connect(lambda _event: self.reload())
        session.changed.connect(self._changed)
        self.model.dataChanged.connect(lambda *_args: self._update_counts())
        self.reload()

    # ---------------------------------------------------------------- data
    def reload(self) -> None:
        event = self.session.event
        title = _("Pre-test") if self.test == TestKind.PRE else _("Post-test")
        if event is None:
            self.heading.setText(f"<b>{title}</b> — " + _("No event chosen"))
        else:
            self.heading.setText(f"<b>{title}</b> — {event.title} — {event.village}")
        self.model.reload(event.id if event else None, self.test)
        self.grid.resizeColumnsToContents()
        self._update_counts()

    def _checked_in(self, name: str) -> None:
        text = _("{name} checked in: their paper has scores.").format(name=html.escape(name))
        self.show_message(text, False)
        self._update_counts()

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        """Who is on the list, the questions or the event changed: read them again. A score
        or a check-in, ours or another page's, needs nothing now: the grid shows its own,
        and a hidden page reads everything again when it is shown."""
        if changes & (OpChanges.PARTICIPANTS | OpChanges.QUESTIONS | OpChanges.EVENT):
            self.reload()

    def _update_counts(self) -> None:
        model = self.model
        taken = sum(
            1 for row in range(model.rowCount())
            if took_test(model.questions, model.cells.get(model.people[row].registration_id, {}))
        )  # fmt: skip
        absent = sum(1 for row in range(model.rowCount()) if model.is_absent(row))
        present = sum(1 for p in model.people if p.attended)
        self.counts.setText(
            _("Papers entered: {taken} · absent: {absent} · checked in: {present} of {n}").format(
                taken=taken, absent=absent, present=present, n=model.rowCount()
            )
        )

    def show_message(self, text: str, is_error: bool) -> None:
        self.message.setText(toned_html(text, Tone.BAD if is_error else Tone.OK) if text else "")
        if text and is_error:
            self.session.status.emit(text)
            self._error_shown = text
        elif self._error_shown:
            # A later good entry: the error no longer holds, so it leaves the status bar too
            # (unless another message has replaced it there meanwhile).
            window = self.window()
            bar = window.statusBar() if isinstance(window, QMainWindow) else None
            if bar is not None and bar.currentMessage() == self._error_shown:
                bar.clearMessage()
            self._error_shown = ""

    def _confirm_absent(self, row: int) -> bool:
        person = self.model.people[row]
        answer = ask(
            self,
            _("Mark absent?"),
            _("{code} already has scores in this test. Mark the whole test absent and remove "
              "them?").format(code=person.code),
        )  # fmt: skip
        return answer

    # ---------------------------------------------------------------- go to a code
    def _open_code_box(self, prefix: str) -> None:
        self.code_box.setText(prefix)
        self.code_box.setFocus()

    def _close_code_box(self) -> None:
        self.code_box.clear()
        self.grid.setFocus()

    def go_to_code(self) -> None:
        code = normalize_code(self.code_box.text())
        row = self.model.row_of_code(code) if code else -1
        if row < 0:
            self.show_message(
                _("No participant {code} in this event.").format(code=code or self.code_box.text()),
                True,
            )
            return
        self.code_box.clear()
        self.grid.move_to(row, self.model.first_question_column())
        self.grid.setFocus()
        person = self.model.people[row]
        self.show_message(f"{person.code} — {person.name}", False)

    # ---------------------------------------------------------------- walk-ins
    def _walk_in_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Walk-in:")))
        self.walk_name = QLineEdit()
        self.walk_name.setPlaceholderText(_("Full name"))
        self.walk_gender = gender_box()
        add = QPushButton(_("Add && check in"))
        add.clicked.connect(self.add_walk_in)
        self.walk_name.returnPressed.connect(self.add_walk_in)
        row.addWidget(self.walk_name, 1)
        row.addWidget(self.walk_gender)
        row.addWidget(add)
        row.addStretch(1)
        return row

    def add_walk_in(self) -> None:
        event = self.session.event
        if event is None:
            return
        try:
            person = validate_person(self.walk_name.text(), self.walk_gender.currentData() or "")
        except ValidationError as error:
            self.show_message(" ".join(m for _f, m in error.problems), True)
            return
        added = store_participants.add_participant(
            self.session.store, event.id, person, checked_in=True
        )
        self.walk_name.clear()
        self.walk_gender.setCurrentIndex(-1)
        self.session.ran(self, store_participants.add_participant)  # this page reloads too
        row = self.model.row_of_code(added.code)
        self.grid.move_to(row, self.model.first_question_column())
        self.grid.setFocus()
        self.show_message(
            _("{name} added as {code} and checked in.").format(name=added.name, code=added.code),
            False,
        )

    # ---------------------------------------------------------------- questions and papers
    def edit_questions(self) -> None:
        if self.session.event is None:
            return
        from kerinjing_desktop.gui.dialogs.questions_dialog import QuestionsDialog

        if QuestionsDialog(self.session, self).exec():  # accepted: it saved the questions
            self.session.ran(self, save_questions)

    def print_papers(self) -> None:
        event = self.session.event
        if event is None:
            return
        from kerinjing_desktop.reports.test_paper import Sheet, write_papers

        path, _filter = QFileDialog.getSaveFileName(
            self,
            _("Save test papers"),
            str(Path.home() / (_("test-paper") + ".pdf")),
            "PDF (*.pdf)",
        )
        if not path:
            return
        options = PrintOptions(paper=self.paper.currentData(), lang=self.session.lang)
        # read on the GUI thread; only the drawing runs in the background
        sheets = [Sheet(p.code, p.name if p.consent else "") for p in self.model.people]
        sheets += [Sheet("", "")] * 5
        questions = list(self.model.questions)
        self._save_pdf(path, lambda: write_papers(Path(path), event, questions, sheets, options))

    def print_oral_sheets(self) -> None:
        event = self.session.event
        if event is None:
            return
        from kerinjing_desktop.reports.oral_sheet import write_sheets

        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save oral test sheets"), str(Path.home() / _("oral-test.pdf")), "PDF (*.pdf)"
        )
        if not path:
            return
        options = PrintOptions(paper=self.paper.currentData(), lang=self.session.lang)
        people, questions = list(self.model.people), list(self.model.questions)
        self._save_pdf(path, lambda: write_sheets(Path(path), event, questions, people, options))

    def _save_pdf(self, path: str, work: Callable[[], Path]) -> None:
        """Write a PDF off the GUI thread; say where it went, or why it could not."""
        run_job(
            self,
            _("Saving PDF…"),
            work,
            on_success=lambda out: self.session.status.emit(_("Saved {path}").format(path=out)),
            on_failure=lambda error: QMessageBox.warning(
                self,
                _("Not saved"),
                _("Cannot write {path}: {reason}").format(path=path, reason=error),
            ),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()
        QTimer.singleShot(0, self._focus_grid)

    def _focus_grid(self) -> None:
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.grid.currentIndex().isValid():
            self.grid.start()


class PreTestPage(ScoresWidget):
    def __init__(self, session: Session):
        super().__init__(session, TestKind.PRE)


class PostTestPage(ScoresWidget):
    def __init__(self, session: Session):
        super().__init__(session, TestKind.POST)
