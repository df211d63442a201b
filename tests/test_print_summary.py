"""The activity report, read back from the PDF."""

from __future__ import annotations

from pdf_tools import fonts_all_embedded, info, needs_poppler, text
from PIL import Image

from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.store.events import get_event
from kerinjing_desktop.core.store.notes import add_note
from kerinjing_desktop.core.store.photos import add_photo
from kerinjing_desktop.reports import summary
from kerinjing_desktop.reports.common import PrintOptions

pytestmark = needs_poppler


def test_report_sections_codes_and_no_sensitive_notes(demo_store, tmp_path):
    """Cover, sections, commitments; codes not names by default; the sensitive note is absent."""
    add_note(demo_store, DEMO_EVENT_ID, "finding", "RAHASIA nama korban", sensitive=True)
    event = get_event(demo_store, DEMO_EVENT_ID)
    out = summary.build(demo_store, event, tmp_path / "r.pdf", PrintOptions(show_names=False))
    body = text(out)
    for words in (
        "LAPORAN KEGIATAN",
        "Kehadiran",
        "Komitmen desa",
        "Lampiran: daftar hadir",
        "P-001",
        "Selasa, 21 September 2021",
    ):
        assert words in body
    assert "Siti Aminah" not in body and "RAHASIA" not in body
    assert fonts_all_embedded(out)
    asked = summary.build(
        demo_store, event, tmp_path / "s.pdf", PrintOptions(show_names=True), include_sensitive=True
    )
    assert "Siti Aminah" in text(asked) and "RAHASIA" in text(asked)


def test_report_on_f4_with_photos(tmp_path, make_store):
    """F4 paper size; an imported photo and its caption appear in the report."""
    store = make_store("data")
    create_demo_event(store)
    picture = tmp_path / "p.png"
    Image.new("RGB", (800, 600), "teal").save(picture)
    add_photo(store, DEMO_EVENT_ID, picture, "Pemutaran film bersama warga")
    out = summary.build(
        store, get_event(store, DEMO_EVENT_ID), tmp_path / "r.pdf", PrintOptions("f4")
    )
    pages, w, h = info(out)
    assert (round(w, 1), round(h, 1)) == (609.4, 935.4) and pages >= 4
    assert "Pemutaran film bersama warga" in text(out)


def test_cli_print_summary_names_flag(cli, tmp_path):
    """`print summary --names` names consenting people; without it, codes only."""
    event_id = cli("demo-data").out.strip()
    out = tmp_path / "s.pdf"
    assert cli("print", "summary", "--event", event_id, "--out", str(out)).status == 0
    assert "Siti Aminah" not in text(out)
    assert cli("print", "summary", "--event", event_id, "--out", str(out), "--names").status == 0
    assert "Siti Aminah" in text(out)
