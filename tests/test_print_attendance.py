"""The attendance sheet, read back from the PDF."""

from __future__ import annotations

from pdf_tools import fonts_all_embedded, info, needs_poppler, text

from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.participants import import_participants, list_participants
from kerinjing_desktop.reports import attendance
from kerinjing_desktop.reports.common import PrintOptions

pytestmark = needs_poppler


def _event_with(store, names, consent=True):
    event = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21", venue="Balai Desa")
    import_participants(
        store, event.id, [PersonInput(n, "P", 30, "PKK", "081234567890", consent) for n in names]
    )
    return get_event(store, event.id)


def test_sheet_has_names_header_and_date_on_a4_and_f4(demo_store, tmp_path):
    """Pre-filled names, Indonesian heading and date, A4 and F4 sizes, fonts embedded."""
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID

    event = get_event(demo_store, DEMO_EVENT_ID)
    for paper, size in (("a4", (595.3, 841.9)), ("f4", (609.4, 935.4))):
        out = attendance.build(demo_store, event, tmp_path / f"{paper}.pdf", PrintOptions(paper))
        pages, w, h = info(out)
        assert (round(w, 1), round(h, 1)) == size
        body = text(out)
        assert "DAFTAR HADIR" in body and "Selasa, 21 September 2021" in body
        assert "Siti Aminah" in body and "Tanda Tangan" in body
        assert f"Halaman {pages} dari {pages}" in body
        assert fonts_all_embedded(out)


def test_blank_rows_and_consent(store, tmp_path):
    """--blank-rows adds numbered rows; a person without consent appears by code only."""
    event = _event_with(store, ["Rahasia Sekali"], consent=False)
    out = attendance.build(store, event, tmp_path / "a.pdf", PrintOptions(blank_rows=3))
    body = text(out)
    assert "Rahasia" not in body and "P-001" in body
    assert "4. ...." in body and "5. ...." not in body
    default = attendance.build(store, event, tmp_path / "b.pdf", PrintOptions(blank_rows=-1))
    assert "11. ...." in text(default)  # 1 registered + 10 blank rows by default


def test_unicode_names_print_or_fall_back(store, tmp_path):
    """Ṡ prints; Arabic script gets a clear handwritten-name note; 300 characters wrap."""
    long_name = ("Nyoman " * 43)[:300]
    event = _event_with(store, ["Nyoman Ṡri Wahyuni", "محمد عبد الله", long_name])
    out = attendance.build(store, event, tmp_path / "u.pdf", PrintOptions())
    body = text(out)
    assert "Nyoman Ṡri Wahyuni" in body
    assert "P-002" in body and "tulis" in body and "dicetak" in body  # the fallback note
    assert body.count("Nyoman") >= 40


def test_five_hundred_participants(store, tmp_path):
    """500 people: every one is on the sheet, on a sensible number of pages (how fast is
    `bench`'s to measure: a timed assertion fails on a loaded machine, not on slow code)."""
    event = _event_with(store, [f"Warga {i:03d}" for i in range(500)])
    out = attendance.build(store, event, tmp_path / "big.pdf", PrintOptions(blank_rows=0))
    pages, _w, _h = info(out)
    assert 15 <= pages <= 30
    body = text(out)
    assert "Warga 499" in body and "500. ..." in body
    assert len(list_participants(store, event.id)) == 500


def test_cli_print_attendance(cli, tmp_path):
    """`print attendance` writes the PDF and prints its path; a missing folder is exit 2."""
    event_id = cli("demo-data").out.strip()
    out = tmp_path / "hadir.pdf"
    result = cli("print", "attendance", "--event", event_id, "--out", str(out), "--paper", "f4")
    assert result.status == 0 and out.exists()
    bad = cli("print", "attendance", "--event", event_id, "--out", str(tmp_path / "no" / "x.pdf"))
    assert bad.status == 2 and "Traceback" not in bad.err
