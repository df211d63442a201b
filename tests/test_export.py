"""Exports: CSV with BOM and `;`, XLSX, formula injection neutralised, privacy rules."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from kerinjing_desktop.core import i18n
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
    assert {p.name for p in paths} >= {"peserta.csv", "kehadiran.csv", "nilai.csv"}
    raw = (tmp_path / "out" / "peserta.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    names = [row[1] for row in _rows(tmp_path / "out" / "peserta.csv")]
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
    plain = (tmp_path / "a" / "catatan.csv").read_text("utf-8-sig")
    people = (tmp_path / "a" / "peserta.csv").read_text("utf-8-sig")
    assert "RAHASIA" not in plain and "Tanpa Izin" not in people
    export_event(demo_store, DEMO_EVENT_ID, "csv", tmp_path / "b", include_sensitive=True)
    assert "RAHASIA" in (tmp_path / "b" / "catatan.csv").read_text("utf-8-sig")
    assert "Tanpa Izin" in (tmp_path / "b" / "peserta.csv").read_text("utf-8-sig")


def test_xlsx_sheets_and_no_formulas(demo_store, tmp_path):
    """The workbook has one sheet per table, and no cell is a formula."""
    add_participant(demo_store, DEMO_EVENT_ID, PersonInput(EVIL, "L", 30))
    out = tmp_path / "e.xlsx"
    export_event(demo_store, DEMO_EVENT_ID, "xlsx", out)
    book = load_workbook(out)
    assert {"peserta", "kehadiran", "nilai", "catatan", "komitmen"} <= set(book.sheetnames)
    cells = {c.value: c for row in book["peserta"].iter_rows() for c in row}
    # the value as typed, kept text by Excel's own quote prefix (no apostrophe in the value)
    assert EVIL in cells and cells[EVIL].quotePrefix and cells[EVIL].data_type == "s"
    assert not cells["Siti Aminah"].quotePrefix
    assert not any(c.data_type == "f" for ws in book for row in ws.iter_rows() for c in row)


def test_cli_export(cli, tmp_path):
    """`export` writes the files and prints their paths; a missing folder for xlsx is exit 2."""
    event_id = cli("demo-data").out.strip()
    done = cli("export", "--event", event_id, "--format", "csv", "--out", str(tmp_path / "csv"))
    assert done.status == 0 and "peserta.csv" in done.out
    xlsx = cli("export", "--event", event_id, "--format", "xlsx", "--out", str(tmp_path / "x.xlsx"))
    assert xlsx.status == 0 and (tmp_path / "x.xlsx").exists()
    bad = cli(
        "export", "--event", event_id, "--format", "xlsx", "--out", str(tmp_path / "n" / "x.xlsx")
    )
    assert bad.status == 2 and "Traceback" not in bad.err


def _export(store, folder, lang):
    i18n.set_language(lang)
    return {p.stem: _rows(p) for p in export_event(store, DEMO_EVENT_ID, "csv", folder)}


def test_headers_values_and_file_names_follow_the_language(demo_store, tmp_path):
    """The commitments' number column is "No." (not the word "no", once "tidak"); file
    names, headers and the words in cells (test, role, kind of note) follow the language."""
    add_note(demo_store, DEMO_EVENT_ID, "finding", "Banyak ke Malaysia")
    indonesian = _export(demo_store, tmp_path / "id", "id")
    assert indonesian["komitmen"][0] == ["No.", "komitmen", "sensitif"]
    assert indonesian["kehadiran"][0] == ["kode", "hadir", "waktu hadir"]
    assert {row[1] for row in indonesian["nilai"][1:]} == {"Tes awal", "Tes akhir"}
    assert "Temuan" in {row[0] for row in indonesian["catatan"][1:]}
    role = indonesian["peserta"][0].index("peran")
    assert "Peserta" in {row[role] for row in indonesian["peserta"][1:]}
    english = _export(demo_store, tmp_path / "en", "en")
    assert set(english) == {"participants", "attendance", "scores", "notes", "commitments"}
    assert english["commitments"][0] == ["No.", "commitment", "sensitive"]
    assert {row[1] for row in english["scores"][1:]} == {"Pre-test", "Post-test"}
    assert "Finding" in {row[0] for row in english["notes"][1:]}


def test_check_in_times_are_local_and_readable(demo_store, tmp_path, monkeypatch):
    """'2021-09-21T01:05:00.000Z' is written as the laptop's clock read it (WIB here):
    '21-09-2021 08:05', never the raw stored stamp."""
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    if hasattr(time, "tzset"):
        time.tzset()
    try:
        demo_store.db.execute(
            "UPDATE registrations SET checked_in_at = '2021-09-21T01:05:00.000Z' "
            "WHERE event_id = ? AND checked_in_at IS NOT NULL",
            [DEMO_EVENT_ID],
        )
        rows = _export(demo_store, tmp_path, "id")["kehadiran"][1:]
        present = [row for row in rows if row[1] == "ya"]
        assert present and {row[2] for row in present} == {"21-09-2021 08:05"}
        assert all(row[2] == "" for row in rows if row[1] == "tidak")
    finally:
        monkeypatch.delenv("TZ")
        if hasattr(time, "tzset"):
            time.tzset()
