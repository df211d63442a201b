"""The test-questions dialog: shows the event's set, saves edits, refuses bad input, keyboard."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
)

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.questions import save_questions, stored_questions
from kerinjing_desktop.core.store.scores import enter
from kerinjing_desktop.gui.dialogs import questions_dialog
from kerinjing_desktop.gui.dialogs.questions_dialog import QuestionsDialog
from kerinjing_desktop.gui.session import Session

K = Qt.Key
SET = [
    Question(1, max_score=3, text="Apa itu TPPO?", rubric=("0 — kosong", "3 — lengkap")),
    Question(2, kind="choice", max_score=1, text="Nomor SAPA?", options=("112", "129", "110"),
             answer_key="B"),
]  # fmt: skip


@pytest.fixture
def event_id(store):
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    save_questions(store, event_id, SET, "id")
    return event_id


@pytest.fixture
def open_dialog(qtbot, store, event_id):
    def make() -> QuestionsDialog:
        session = Session(store, None, "id")
        session.set_event(event_id)
        dialog = QuestionsDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def button(dialog: QuestionsDialog, which=QDialogButtonBox.StandardButton.Save):
    return dialog.findChild(QDialogButtonBox).button(which)


def test_opens_on_the_events_own_questions(open_dialog):
    """The list holds the event's stored set; the first question fills the form."""
    dialog = open_dialog()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "1. Apa itu TPPO?",
        "2. Nomor SAPA?",
    ]
    assert dialog.text.toPlainText() == "Apa itu TPPO?" and dialog.max_score.value() == 3
    assert dialog.rubric.toPlainText() == "0 — kosong\n3 — lengkap"
    dialog.list.setCurrentRow(1)
    assert dialog.kind.currentData() == "choice" and dialog.key.text() == "B"
    assert dialog.options.toPlainText() == "112\n129\n110"


def test_edits_are_saved_to_the_store(open_dialog, store, event_id):
    """Text, maximum, a new question and a corrected key land in the store on Save."""
    dialog = open_dialog()
    dialog.text.setPlainText("Apa itu  perdagangan orang?")
    dialog.max_score.setValue(4)
    dialog.list.setCurrentRow(1)
    assert dialog.list.item(0).text() == "1. Apa itu perdagangan orang?"  # the label follows
    dialog.key.setText("c")
    [add] = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Tambah soal uraian"]
    add.click()
    dialog.text.setPlainText("Siapa yang bisa dihubungi?")
    button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = stored_questions(store, event_id)
    assert [(q.number, q.kind, q.max_score) for q in stored] == [
        (1, "open", 4),
        (2, "choice", 1),
        (3, "open", 2),
    ]
    assert stored[0].text == "Apa itu perdagangan orang?" and stored[1].answer_key == "C"
    assert stored[2].text == "Siapa yang bisa dihubungi?"


def true_false_keyed(dialog: QuestionsDialog, key: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("truefalse"))
    dialog.key.setText(key)


@pytest.mark.parametrize(
    ("row", "edit", "message"),
    [
        (0, lambda d: d.text.setPlainText("   "), "Soal 1: Tulis teks soalnya."),
        (1, lambda d: d.key.setText(""), "Soal 2: Pilih huruf jawaban yang benar"),
        (1, lambda d: d.key.setText("E"), "Soal 2: Pilih huruf jawaban yang benar"),
        (1, lambda d: d.options.setPlainText("129"), "Soal 2: Soal pilihan ganda memerlukan 2"),
        (1, lambda d: true_false_keyed(d, "A"), "Soal 2: Kunci soal benar/salah"),
    ],
)
def test_bad_input_is_refused_in_indonesian(open_dialog, store, event_id, warnings, row, edit,
                                            message):  # fmt: skip
    """Empty text, a missing or impossible key, too few options: a message, nothing stored."""
    dialog = open_dialog()
    dialog.list.setCurrentRow(row)
    edit(dialog)
    button(dialog).click()
    assert len(warnings) == 1 and warnings[0].startswith(message)
    assert stored_questions(store, event_id) == SET
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_cancel_and_escape_change_nothing(open_dialog, store, event_id):
    """Edits followed by Cancel, or by Escape, leave the stored set as it was."""
    dialog = open_dialog()
    dialog.text.setPlainText("Diubah")
    button(dialog, QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = open_dialog()
    dialog.max_score.setValue(9)
    QTest.keyClick(dialog.max_score, K.Key_Escape)
    assert not dialog.isVisible() and stored_questions(store, event_id) == SET


def test_tab_reaches_save_and_enter_saves(qtbot, open_dialog, store, event_id):
    """From the list, Tab passes every field (text boxes too) to Save; Enter in the key saves."""
    dialog = open_dialog()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.list.setFocus()
    seen = []
    for _step in range(20):
        QTest.keyClick(QApplication.focusWidget(), K.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is button(dialog):
            break
    assert button(dialog) in seen and dialog.text in seen and dialog.key in seen
    assert "\t" not in dialog.text.toPlainText() + dialog.rubric.toPlainText()
    dialog.list.setCurrentRow(1)
    dialog.key.setFocus()
    dialog.key.selectAll()
    QTest.keyClicks(dialog.key, "a")
    QTest.keyClick(dialog.key, K.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_questions(store, event_id)[1].answer_key == "A"


def test_scored_set_asks_before_changing(open_dialog, store, event_id, monkeypatch):
    """Once a score exists the dialog says so and Save asks: No keeps the set, Yes saves."""
    person = add_participant(store, event_id, validate_person("Siti", "P"), checked_in=True)
    enter(store, event_id, person.registration_id, "pre", 2, "B", "id")
    asked = []
    monkeypatch.setattr(questions_dialog, "ask", lambda *args: asked.append(args[2]) or False)
    dialog = open_dialog()
    assert any("Nilai sudah" in label.text() for label in dialog.findChildren(QLabel))
    dialog.max_score.setValue(5)
    button(dialog).click()
    assert asked and "sudah dimasukkan" in asked[0]
    assert stored_questions(store, event_id) == SET and dialog.isVisible()
    monkeypatch.setattr(questions_dialog, "ask", lambda *args: True)
    button(dialog).click()
    assert stored_questions(store, event_id)[0] == dataclasses.replace(SET[0], max_score=5)


def test_scored_questions_cannot_be_removed(open_dialog, store, event_id, monkeypatch):
    """With scores entered, removing a stored question is refused with a reason (the list
    stays as it was); a question added in this dialog can still be removed."""
    person = add_participant(store, event_id, validate_person("Siti", "P"), checked_in=True)
    enter(store, event_id, person.registration_id, "pre", 2, "B", "id")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    dialog = open_dialog()
    dialog.list.setCurrentRow(0)
    removal = next(b for b in dialog.findChildren(QPushButton) if "Hapus soal" in b.text())
    removal.click()
    assert told and told[0].startswith("Skor sudah dimasukkan, jadi soal 1")
    assert dialog.list.count() == 2
    dialog._add(SET[0])
    dialog.list.setCurrentRow(2)
    removal.click()
    assert dialog.list.count() == 2 and len(told) == 1
