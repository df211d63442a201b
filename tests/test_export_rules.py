"""An export sheet by sheet, cell by cell, in English (the source language): what each column
is called, what each stored value is written as, what is left out without consent, and the
bytes of a CSV file and the shape of a workbook, so a lost header, value or file fails here."""

from __future__ import annotations

import time

import pytest
from openpyxl import load_workbook

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.dates import local_stamp
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.export import event_sheets, export_event
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import add_note, replace_commitments
from kerinjing_desktop.core.store.participants import add_participant, set_role
from kerinjing_desktop.core.store.questions import save_questions
from kerinjing_desktop.core.store.scores import enter, set_absent

CHECKED_IN = "2026-03-02T01:05:00.000Z"
# 08:05 in Western Indonesia, where the test sets the clock (POSIX); elsewhere the machine's
SHOWN = "02-03-2026 08:05" if hasattr(time, "tzset") else local_stamp(CHECKED_IN)


@pytest.fixture
def event(store, monkeypatch):
    """Ani (consented, checked in, a village's own group name), Budi (no consent, a speaker);
    a choice question and an open one; Ani took both tests, Budi missed the post-test."""
    i18n.set_language("en")
    if hasattr(time, "tzset"):
        monkeypatch.setenv("TZ", "Asia/Jakarta")
        time.tzset()
    created = add_event(store, "Sosialisasi", "Sukamaju", "2026-03-02")
    ani = add_participant(
        store, created.id, PersonInput("Ani", "P", 30, "PKK", "0812", True, "Dasawisma"), True
    )
    budi = add_participant(store, created.id, PersonInput("Budi", "L", None, "Calon PMI", "0813",
                                                          consent=False))  # fmt: skip
    set_role(store, budi.registration_id, "narasumber")
    store.db.execute(
        "UPDATE registrations SET checked_in_at = ? WHERE id = ?",
        [CHECKED_IN, ani.registration_id],
    )
    questions = [
        Question(1, "choice", 1, "Apa?", options=("x", "y", "z"), answer_key="B"),
        Question(2, text="Kenapa?"),
    ]
    save_questions(store, created.id, questions, "en")
    enter(store, created.id, ani.registration_id, "pre", 1, "B", "en")
    enter(store, created.id, ani.registration_id, "pre", 2, "2", "en")
    enter(store, created.id, ani.registration_id, "post", 1, "C", "en")
    set_absent(store, created.id, budi.registration_id, "post", "en")
    add_note(store, created.id, "fgd", "=bahaya", topic="situation")
    add_note(store, created.id, "presurvey", "Survei", topic="own topic")
    add_note(store, created.id, "finding", "RAHASIA", sensitive=True)
    replace_commitments(store, created.id, [("Janji satu", False), ("Rahasia", True)])
    yield created.id
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def _sheets(store, event_id, include_sensitive=False):
    sheets = event_sheets(store, event_id, include_sensitive)
    return {s.key: (s.name, s.header, s.rows) for s in sheets}


def test_every_sheet_as_exported_without_sensitive_data(store, event):
    sheets = _sheets(store, event)
    assert list(sheets) == ["participants", "attendance", "scores", "notes", "commitments"]
    assert sheets["participants"] == (
        "participants",
        ["code", "name", "gender", "age", "group", "village's group", "role", "phone", "consent"],
        [["P-001", "Ani", "P", 30, "PKK", "Dasawisma", "Participant", "0812", "yes"],
         ["P-002", "", "L", None, "Prospective migrant workers", "", "Speaker", "", "no"]],
    )  # fmt: skip
    assert sheets["attendance"] == (
        "attendance",
        ["code", "present", "checked in at"],
        [["P-001", "yes", SHOWN], ["P-002", "no", ""]],
    )
    # the letter circled, the score of an open answer, "-" for an absent paper, "" unanswered
    assert sheets["scores"] == (
        "scores",
        ["code", "test", "q1", "q2"],
        [["P-001", "Pre-test", "B", 2], ["P-001", "Post-test", "C", ""],
         ["P-002", "Post-test", "-", "-"]],
    )  # fmt: skip
    assert sheets["notes"] == (
        "notes",
        ["kind", "topic", "note", "sensitive"],
        [["FGD note", "The village's situation", "=bahaya", "no"],
         ["Pre-survey", "own topic", "Survei", "no"]],
    )  # fmt: skip
    assert sheets["commitments"] == (
        "commitments", ["No.", "commitment", "sensitive"], [[1, "Janji satu", "no"]],
    )  # fmt: skip


def test_asked_for_sensitive_data_the_export_holds_it_marked(store, event):
    sheets = _sheets(store, event, include_sensitive=True)
    assert sheets["participants"][2][1] == [
        "P-002", "Budi", "L", None, "Prospective migrant workers", "", "Speaker", "0813", "no",
    ]  # fmt: skip
    assert ["Finding", "", "RAHASIA", "yes"] in sheets["notes"][2]
    assert sheets["commitments"][2] == [[1, "Janji satu", "no"], [2, "Rahasia", "yes"]]


def test_a_csv_file_is_utf8_with_a_bom_semicolons_and_windows_line_ends(store, event, tmp_path):
    out = tmp_path / "new" / "folder"
    paths = export_event(store, event, "csv", out)
    names = ["participants", "attendance", "scores", "notes", "commitments"]
    assert paths == [out / f"{name}.csv" for name in names]
    assert (out / "scores.csv").read_bytes() == (
        b"\xef\xbb\xbfcode;test;q1;q2\r\nP-001;Pre-test;B;2\r\nP-001;Post-test;C;\r\n"
        b"P-002;Post-test;-;-\r\n"
    )
    notes = (out / "notes.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert notes[1] == "FGD note;The village's situation;'=bahaya;no"  # neutralised
    people = (out / "participants.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert people[2] == "P-002;;L;;Prospective migrant workers;;Speaker;;no"  # None is empty


def test_a_workbook_has_a_sheet_per_table_a_frozen_header_and_formulas_kept_as_text(
    store, event, tmp_path
):
    out = tmp_path / "event.xlsx"
    assert export_event(store, event, "xlsx", out) == [out]
    book = load_workbook(out)
    assert book.sheetnames == ["participants", "attendance", "scores", "notes", "commitments"]
    notes = book["notes"]
    assert [c.value for c in notes[1]] == ["kind", "topic", "note", "sensitive"]
    formula = notes["C2"]
    assert (formula.value, formula.data_type, formula.quotePrefix) == ("=bahaya", "s", True)
    plain = notes["C3"]
    assert (plain.value, plain.data_type, plain.quotePrefix) == ("Survei", "s", False)
    scores = book["scores"]
    assert [[c.value for c in row] for row in scores.iter_rows(min_row=2)] == [
        ["P-001", "Pre-test", "B", 2], ["P-001", "Post-test", "C", None],
        ["P-002", "Post-test", "-", "-"],
    ]  # fmt: skip
    assert {ws.freeze_panes for ws in book} == {"A2"}


def test_an_unknown_format_is_refused(store, event, tmp_path):
    with pytest.raises(ValueError, match="^pdf$"):
        export_event(store, event, "pdf", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []
