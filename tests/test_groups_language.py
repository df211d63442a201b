"""The standard groups follow the chosen language wherever they are shown (the pages, the
printed report, the Word draft, the CSV export), while the village's own label ("Kader
Posyandu") is shown as written, in the import preview and in the count line too."""

from __future__ import annotations

import csv

import pytest
from docx_tools import open_docx
from docx_tools import rows as docx_rows
from pdf_tools import needs_poppler
from pdf_tools import text as pdf_text
from PySide6.QtWidgets import QTableView

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.groups import group_choices, group_name
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session

LIST = "Nama;L/P;Umur;Kelompok\nSiti;P;40;Kader Posyandu\nBudi;L;30;\nAni;P;20;Calon PMI\n"


@pytest.mark.parametrize("typed", ["Other", "Lainnya", "other"])
def test_a_group_picked_in_either_language_is_that_group_without_a_label(typed):
    """What an English box offers ("Other") or an English export holds is the group itself,
    not a village's label beside it."""
    person = validate_person("Siti", "P", "", typed)
    assert (person.group, person.group_label) == ("Lainnya", "")


def test_every_group_name_reads_back_as_its_group():
    for lang in ("en", "id"):
        i18n.set_language(lang)
        for name in group_choices([]):
            person = validate_person("Siti", "P", "", name)
            assert person.group_label == "", (lang, name)
            assert group_name(person.group) == name
    i18n.set_language("en")
    assert group_choices([])[-1] == "Other" and "Prospective migrant workers" in group_choices([])


@needs_poppler
def test_english_report_draft_and_export_name_the_groups_in_english(cli, tmp_path):
    event = cli("events", "add", "--title", "T", "--village", "Sukamaju", "--date",
                "2026-12-05").out.strip()  # fmt: skip
    path = tmp_path / "daftar.csv"
    path.write_text(LIST, encoding="utf-8")
    assert cli("participants", "import", "--event", event, str(path)).status == 0
    assert cli("attendance", "set", "--event", event, "P-001", "P-002", "P-003").status == 0
    listed = cli("--lang", "en", "participants", "list", "--event", event).out
    assert "Other" in listed and "Kader Posyandu" in listed and "Lainnya" not in listed
    pdf = tmp_path / "report.pdf"
    assert cli("--lang", "en", "print", "summary", "--event", event, "--out", str(pdf)).status == 0
    words = " ".join(pdf_text(pdf).split())
    assert "PKK (Kader Posyandu 1) 1 1" in words
    assert "Prospective migrant workers 1 1" in words and "Other 1 1" in words
    assert "Lainnya" not in words and "Calon PMI" not in words
    docx = tmp_path / "report.docx"
    assert cli("--lang", "en", "print", "summary", "--event", event, "--out", str(docx)).status == 0
    table_rows = [r for t in open_docx(docx).tables for r in docx_rows(t)]
    assert ["Other", "1", "1", "1", "0"] in table_rows
    out = tmp_path / "x"
    assert cli("--lang", "en", "export", "--event", event, "--format", "csv", "--out",
               str(out)).status == 0  # fmt: skip
    [name] = [p for p in out.iterdir() if p.name.startswith("participants")]
    with name.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    group, label = rows[0].index("group"), rows[0].index("village's group")
    assert [(r[group], r[label]) for r in rows[1:]] == [
        ("PKK", "Kader Posyandu"),
        ("Other", ""),
        ("Prospective migrant workers", ""),
    ]


def _window(qtbot, store, lang):
    i18n.set_language(lang)
    event = add_event(store, "T", "Sukamaju", "2026-12-05")
    for typed in ("Kader Posyandu", "", "PKK"):
        person = validate_person("Siti " + typed, "P", "40", typed)
        ps.add_participant(store, event.id, person, checked_in=True)
    session = Session(store, None, lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_event(event.id)
    window.show_step("participants")
    window.show()
    return window.page("participants")


def test_the_participants_page_names_groups_in_english(qtbot, store):
    page = _window(qtbot, store, "en")
    column = page.model.COLUMNS.index("group")
    shown = [page.model.index(row, column).data() for row in range(page.model.rowCount())]
    assert shown == ["Kader Posyandu", "Other", "PKK"]
    items = [page.walk_in.group.itemText(i) for i in range(page.walk_in.group.count())]
    assert "Other" in items and "Lainnya" not in items and "Village officials" in items
    assert page.walk_in.group.currentText() == "Other"  # a walk-in's group until one is typed
    assert "PKK 2 (Kader Posyandu 1)" in page.counts.text()
    assert "Other 1" in page.counts.text() and "Lainnya" not in page.counts.text()


def test_the_count_line_keeps_the_village_label_in_indonesian(qtbot, store):
    page = _window(qtbot, store, "id")
    assert "PKK 2 (Kader Posyandu 1)" in page.counts.text() and "Lainnya 1" in page.counts.text()


def test_the_import_preview_shows_the_village_label(qtbot, store, tmp_path):
    from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog

    page = _window(qtbot, store, "en")
    path = tmp_path / "daftar.csv"
    path.write_text(LIST, encoding="utf-8")
    dialog = ImportDialog(page.session, page.session.event, str(path), page)
    dialog.open_and_import(on_done=lambda n: None)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.isVisible(), timeout=5000)
    preview = dialog.findChildren(QTableView)[-1]
    model = preview.model()
    column = 4  # Row, Name, M/F, Age, Group
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert shown == ["Kader Posyandu", "Other", "Prospective migrant workers"]
    dialog.reject()


def test_the_person_dialog_says_the_group_in_english():
    from kerinjing_desktop.gui.dialogs.person_dialog import counted_under

    i18n.set_language("en")
    assert counted_under("BPD") == "Counted as Village officials in the totals"
    assert counted_under("Other") == "" and counted_under("Village officials") == ""


def test_the_programme_page_names_groups_in_english():
    from kerinjing_desktop.gui.pages.programme_page import _category

    i18n.set_language("en")
    assert _category("group", "Lainnya") == "Other" and _category("group", "?") == "not known"
    assert _category("group", "Calon PMI") == "Prospective migrant workers"
