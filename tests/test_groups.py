"""The village's own groups: kept as written, counted under a standard group, shown in the
lists, the report and the exports (Calon PMI, the key audience, visible as such)."""

from __future__ import annotations

import csv
import json

import pytest
from docx_tools import open_docx
from docx_tools import rows as docx_rows
from pdf_tools import needs_poppler
from pdf_tools import text as pdf_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.groups import classify_group, group_choices, group_with_labels
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import (
    add_participant,
    event_group_labels,
    list_participants,
)
from kerinjing_desktop.gui.dialogs.person_dialog import PersonDialog

# The 15 of 30 people of the real day that all became "Lainnya"
VILLAGE = [
    ("Calon PMI", "Calon PMI", ""), ("Mantan PMI", "Purna PMI", "Mantan PMI"),
    ("Pelajar", "Pelajar", ""), ("Tokoh Agama", "Tokoh Masyarakat", "Tokoh Agama"),
    ("Kader Posyandu", "PKK", "Kader Posyandu"), ("BPD", "Perangkat Desa", "BPD"),
    ("Linmas", "Perangkat Desa", "Linmas"), ("RT/RW", "Perangkat Desa", "RT/RW"),
    ("calon tki", "Calon PMI", "calon tki"), ("Kantor Camat", "Lainnya", "Kantor Camat"),
    ("PKK", "PKK", ""), ("", "Lainnya", ""),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "group", "label"), VILLAGE)
def test_a_village_label_is_kept_and_counted_under_its_group(typed, group, label):
    assert classify_group(typed) == (group, label)
    person = validate_person("Siti", "P", "", typed)
    assert (person.group, person.group_label) == (group, label)


def test_choices_and_the_report_row():
    """The group box offers the standard groups and the event's labels; a total's row names
    the labels inside it."""
    choices = group_choices(["BPD", "Kader Posyandu", "PKK"])
    assert choices[0] == "PKK" and choices[-1] == "Lainnya" and "Calon PMI" in choices
    assert choices.count("PKK") == 1 and {"BPD", "Kader Posyandu"} <= set(choices)
    assert group_with_labels("Perangkat Desa", ["BPD", "", "Linmas", "BPD"]) == (
        "Perangkat Desa (BPD 2, Linmas 1)"
    )


def _village_csv(tmp_path):
    path = tmp_path / "daftar.csv"
    lines = ["Nama;L/P;Umur;Kelompok"]
    lines += [f"Orang {i};P;30;{typed}" for i, (typed, _g, _l) in enumerate(VILLAGE[:10], 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@needs_poppler
def test_import_list_report_and_export_keep_the_village_words(cli, tmp_path):
    """A list with the village's groups: stored with its labels, listed with them, the report
    counts Calon PMI as a group and names BPD/Linmas/RT/RW inside Perangkat Desa, the export
    has both columns."""
    event = cli("events", "add", "--title", "T", "--village", "Sukamaju", "--date",
                "2026-12-05").out.strip()  # fmt: skip
    imported = cli("participants", "import", "--event", event, str(_village_csv(tmp_path)))
    assert imported.status == 0, imported.err
    listed = json.loads(cli("participants", "list", "--event", event, "--json").out)
    assert [(p["group"], p["group_label"]) for p in listed] == [
        (group, label) for _typed, group, label in VILLAGE[:10]
    ]
    codes = [p["code"] for p in listed]
    assert cli("attendance", "set", "--event", event, *codes).status == 0
    out = tmp_path / "report.pdf"
    assert cli("print", "summary", "--event", event, "--out", str(out)).status == 0
    words = " ".join(pdf_text(out).split())
    assert "Calon PMI (calon tki 1) 2 2" in words
    assert "Perangkat Desa (BPD 1, Linmas 1, RT/RW 1) 3 3" in words
    word = tmp_path / "report.docx"
    assert cli("print", "summary", "--event", event, "--out", str(word)).status == 0
    table_rows = [r for t in open_docx(word).tables for r in docx_rows(t)]
    assert ["Calon PMI (calon tki 1)", "2", "2", "0", "2"] in table_rows
    assert (
        cli("export", "--event", event, "--format", "csv", "--out", str(tmp_path / "x")).status == 0
    )
    with (tmp_path / "x" / "peserta.csv").open(encoding="utf-8-sig") as handle:  # id names
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    group, label = header.index("kelompok"), header.index("kelompok desa")
    assert [(r[group], r[label]) for r in rows[1:3]] == [
        ("Calon PMI", ""),
        ("Purna PMI", "Mantan PMI"),
    ]


def test_the_facilitator_adds_a_group_in_the_person_dialog(qtbot, store):
    """Typing a new label in the dialog keeps it, says what it counts as, and the next
    person's box offers it."""
    event = add_event(store, "T", "Sukamaju", "2026-12-05")
    [person] = [add_participant(store, event.id, validate_person("Budi", "L", "40"))]
    dialog = PersonDialog(person, None, event_group_labels(store, event.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.group.lineEdit().selectAll()
    QTest.keyClicks(dialog.group.lineEdit(), "Ketua RT 03")
    assert "Perangkat Desa" in dialog.group_note.text()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.person is not None
    assert (dialog.person.group, dialog.person.group_label) == ("Perangkat Desa", "Ketua RT 03")
    from kerinjing_desktop.core.store.participants import update_person

    update_person(store, person.registration_id, dialog.person)
    [saved] = list_participants(store, event.id)
    assert (saved.group, saved.group_shown) == ("Perangkat Desa", "Ketua RT 03")
    again = PersonDialog(saved, None, event_group_labels(store, event.id))
    qtbot.addWidget(again)
    assert again.group.findText("Ketua RT 03") >= 0
