"""Exports: CSV with BOM and `;`, XLSX, formula injection neutralised, privacy rules."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.export import export_event, neutralise
from kerinjing_desktop.core.store.notes import add_note
from kerinjing_desktop.core.store.participants import add_participant

EVIL = "=cmd|' /C calc'!A0"


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_csv_has_bom_and_neutralises_formulas(demo_store, tmp_path):
    """Files start with the UTF-8 BOM; a name like =cmd|… is written as '=cmd|…."""
    add_participant(demo_store, DEMO_EVENT_ID, PersonInput(EVIL, "L", 30))
    paths = export_event(demo_store, DEMO_EVENT_ID, "csv", tmp_path / "out")
    assert {p.name for p in paths} >= {"participants.csv", "attendance.csv", "scores.csv"}
    raw = (tmp_path / "out" / "participants.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    names = [row[1] for row in _rows(tmp_path / "out" / "participants.csv")]
    assert "'" + EVIL in names and EVIL not in names and "Siti Aminah" in names
    assert neutralise(5) == 5 and neutralise("Budi") == "Budi"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("-", "-"),  # the absent mark
        ("+6281398765432", "+6281398765432"),  # a phone
        ("-1", "-1"),
        ("3,5", "3,5"),
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2-3", "'-2-3"),  # a spreadsheet would show -5
        ("- catatan", "'- catatan"),
        ("\t=1", "'\t=1"),
    ],
)
def test_only_what_a_spreadsheet_would_run_is_neutralised(value, written):
    assert neutralise(value) == written


def test_sensitive_notes_and_non_consenting_names_only_when_asked(demo_store, tmp_path):
    """Sensitive notes and names without consent are left out unless include_sensitive."""
    add_participant(demo_store, DEMO_EVENT_ID, PersonInput("Tanpa Izin", "P", 30, consent=False))
    add_note(demo_store, DEMO_EVENT_ID, "finding", "RAHASIA korban", sensitive=True)
    export_event(demo_store, DEMO_EVENT_ID, "csv", tmp_path / "a")
    plain = (tmp_path / "a" / "notes.csv").read_text("utf-8-sig")
    people = (tmp_path / "a" / "participants.csv").read_text("utf-8-sig")
    assert "RAHASIA" not in plain and "Tanpa Izin" not in people
    export_event(demo_store, DEMO_EVENT_ID, "csv", tmp_path / "b", include_sensitive=True)
    assert "RAHASIA" in (tmp_path / "b" / "notes.csv").read_text("utf-8-sig")
    assert "Tanpa Izin" in (tmp_path / "b" / "participants.csv").read_text("utf-8-sig")


def test_xlsx_sheets_and_no_formulas(demo_store, tmp_path):
    """The workbook has one sheet per table, and no cell is a formula."""
    add_participant(demo_store, DEMO_EVENT_ID, PersonInput(EVIL, "L", 30))
    out = tmp_path / "e.xlsx"
    export_event(demo_store, DEMO_EVENT_ID, "xlsx", out)
    book = load_workbook(out)
    assert {"participants", "attendance", "scores", "notes", "commitments"} <= set(book.sheetnames)
    cells = {c.value: c for row in book["participants"].iter_rows() for c in row}
    # the value as typed, kept text by Excel's own quote prefix (no apostrophe in the value)
    assert EVIL in cells and cells[EVIL].quotePrefix and cells[EVIL].data_type == "s"
    assert not cells["Siti Aminah"].quotePrefix
    assert not any(c.data_type == "f" for ws in book for row in ws.iter_rows() for c in row)


def test_cli_export(cli, tmp_path):
    """`export` writes the files and prints their paths; a missing folder for xlsx is exit 2."""
    event_id = cli("demo-data").out.strip()
    done = cli("export", "--event", event_id, "--format", "csv", "--out", str(tmp_path / "csv"))
    assert done.status == 0 and "participants.csv" in done.out
    xlsx = cli("export", "--event", event_id, "--format", "xlsx", "--out", str(tmp_path / "x.xlsx"))
    assert xlsx.status == 0 and (tmp_path / "x.xlsx").exists()
    bad = cli(
        "export", "--event", event_id, "--format", "xlsx", "--out", str(tmp_path / "n" / "x.xlsx")
    )
    assert bad.status == 2 and "Traceback" not in bad.err
