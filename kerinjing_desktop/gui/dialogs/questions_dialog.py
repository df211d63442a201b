"""Edit an event's question set: text, kind, maximum, rubric, options and answer key.

Once scores exist the set is fixed; saving then asks first (the store refuses without
`force`, and still refuses a maximum below a score already entered).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import QuestionKind
from kerinjing_desktop.core.scoring import Question, example_choices
from kerinjing_desktop.core.store.questions import (
    REMOVAL_REFUSED,
    QuestionSetLocked,
    has_scores,
    list_questions,
    save_questions,
    stored_questions,
)
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.keys import add_mnemonics
from kerinjing_desktop.gui.theme import Tone, set_tone

KIND_LABELS = {
    QuestionKind.OPEN: N_("Open (written answer)"),
    QuestionKind.CHOICE: N_("Multiple choice"),
    QuestionKind.TRUEFALSE: N_("True / false"),
}


class QuestionsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.event_value = session.event
        self.lang = session.lang
        self.setWindowTitle(_("Test questions"))
        self.resize(900, 560)
        self.questions = list(list_questions(session.store, self.event_value.id, self.lang))
        self.current = -1

        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.setWordWrap(True)  # a question reads whole on two or three lines, not cut
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._select)
        add = QPushButton(_("Add open question"))
        add.clicked.connect(lambda: self._add(Question(0, text=_("New question"))))
        add_choice = QPushButton(_("Add example choice items"))
        add_choice.clicked.connect(self._add_examples)
        remove = QPushButton(_("Remove question"))
        remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (add, add_choice, remove):
            left.addWidget(button)

        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(_(label), kind)
        self.max_score = QSpinBox()
        self.max_score.setRange(1, 100)
        self.scored = QCheckBox(_("Counts in the total (untick for a background question)"))
        self.text = QPlainTextEdit()
        self.rubric = QPlainTextEdit()
        self.rubric.setPlaceholderText(_("One line per score, from 0 upwards"))
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(_("One option per line: A, B, C…"))
        self.key = QLineEdit()
        self.key.setMaximumWidth(60)
        for edit in (self.text, self.rubric, self.options):
            edit.setTabChangesFocus(True)  # Tab moves on (to Save), never types a tab
        form = QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Maximum score"), self.max_score)
        form.addRow("", self.scored)
        form.addRow(_("Question"), self.text)
        form.addRow(_("Scoring rubric"), self.rubric)
        form.addRow(_("Options"), self.options)
        form.addRow(_("Right answer (letter)"), self.key)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(form, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if has_scores(session.store, self.event_value.id):
            warning = QLabel(_("Scores have been entered: changes apply to papers already scored."))
            set_tone(warning, Tone.BAD)
            layout.addWidget(warning)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        add_mnemonics(self)
        self._refresh_list(0)

    # ---------------------------------------------------------------- list
    @staticmethod
    def _label(question: Question) -> str:
        text = " ".join(question.text.split())
        return f"{question.number}. {text if len(text) <= 90 else text[:89] + '…'}"

    def _refresh_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for q in self.questions:
            self.list.addItem(self._label(q))
        self.list.blockSignals(False)
        self.current = -1
        if self.questions:
            self.list.setCurrentRow(min(row, len(self.questions) - 1))

    def _select(self, row: int) -> None:
        self._store_form()
        self.current = row
        if row < 0:
            return
        q = self.questions[row]
        self.kind.setCurrentIndex(self.kind.findData(q.kind))
        self.max_score.setValue(q.max_score)
        self.scored.setChecked(q.scored)
        self.text.setPlainText(q.text)
        self.rubric.setPlainText("\n".join(q.rubric))
        self.options.setPlainText("\n".join(q.options))
        self.key.setText(q.answer_key)

    def _store_form(self) -> None:
        """Keep what was typed for the question shown before moving away from it."""
        if not 0 <= self.current < len(self.questions):
            return
        lines = lambda widget: tuple(  # noqa: E731
            line.strip() for line in widget.toPlainText().splitlines() if line.strip()
        )
        self.questions[self.current] = dataclasses.replace(
            self.questions[self.current],
            kind=QuestionKind(self.kind.currentData()),  # Qt hands back the plain word
            max_score=self.max_score.value(),
            scored=self.scored.isChecked(),
            text=" ".join(self.text.toPlainText().split()),
            rubric=lines(self.rubric),
            options=lines(self.options),
            answer_key=self.key.text().strip().upper(),
        )
        self.list.item(self.current).setText(self._label(self.questions[self.current]))

    def _add(self, question: Question) -> None:
        self._store_form()
        number = max((q.number for q in self.questions), default=0) + 1
        self.questions.append(dataclasses.replace(question, number=number))
        self._refresh_list(len(self.questions) - 1)

    def _add_examples(self) -> None:
        for example in example_choices(self.lang):
            self._add(example)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0 or len(self.questions) <= 1:
            return
        number = self.questions[row].number
        store, event_id = self.session.store, self.event_value.id
        stored = {q.number for q in stored_questions(store, event_id)}
        if has_scores(store, event_id) and number in stored:
            QMessageBox.information(
                self, _("Remove question"), _(REMOVAL_REFUSED).format(n=number)
            )  # new questions, added after the stored ones, can still be removed
            return
        self.current = -1
        del self.questions[row]
        # keep numbers 1..N so the paper and the grid columns match
        self.questions = [dataclasses.replace(q, number=i) for i, q in
                          enumerate(self.questions, start=1)]  # fmt: skip
        self._refresh_list(row)

    # ---------------------------------------------------------------- save
    def save(self) -> None:
        self._store_form()
        store = self.session.store
        try:
            save_questions(store, self.event_value.id, self.questions, self.lang)
        except QuestionSetLocked as locked:
            answer = ask(
                self, _("Change the questions?"),
                str(locked) + "\n\n" + _("Change them anyway? Lettered answers are scored "
                                         "again with the new keys."),
            )  # fmt: skip
            if not answer:
                return
            try:
                save_questions(store, self.event_value.id, self.questions, self.lang, force=True)
            except ValidationError as error:
                self._warn(error)
                return
        except ValidationError as error:
            self._warn(error)
            return
        self.accept()

    def _warn(self, error: ValidationError) -> None:
        QMessageBox.warning(
            self, _("Check the input"), "\n".join(message for _f, message in error.problems)
        )
