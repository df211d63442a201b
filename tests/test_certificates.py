"""Certificates: the PDF read back, the register's serials and check codes, `verify`."""

from __future__ import annotations

from pdf_tools import fonts_all_embedded, info, needs_poppler, text

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store.certificates import (
    CertificateSettings,
    Signatory,
    certificates_for_event,
    set_settings,
    verify,
)
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.participants import import_participants, set_attendance
from kerinjing_desktop.reports import certificates
from kerinjing_desktop.reports.certificates import fit_name
from kerinjing_desktop.reports.common import PrintOptions

pytestmark = needs_poppler


def test_one_landscape_page_per_attendee_with_serial(demo_store, tmp_path):
    """23 attendees → 23 A4-landscape pages, Roman-month serials, names, fonts embedded."""
    event = get_event(demo_store, DEMO_EVENT_ID)
    out = certificates.build(demo_store, event, tmp_path / "c.pdf", PrintOptions())
    pages, w, h = info(out)
    assert pages == 23 and (round(w), round(h)) == (842, 595)
    body = text(out)
    assert (
        "SERTIFIKAT" in body and "001/PKM-TPPO/IX/2021" in body and "023/PKM-TPPO/IX/2021" in body
    )
    assert "Siti Aminah" in body and "PESERTA" in body and "Masitoh" not in body  # absent
    assert fonts_all_embedded(out)
    f4 = certificates.build(demo_store, event, tmp_path / "f.pdf", PrintOptions("f4"))
    assert [round(x, 1) for x in info(f4)[1:]] == [935.4, 609.4]


def test_reprint_keeps_serials_and_verify_finds_them(demo_store, tmp_path):
    """Printing twice keeps the same serials; verify says whose; unknown serials are None."""
    event = get_event(demo_store, DEMO_EVENT_ID)
    certificates.build(demo_store, event, tmp_path / "a.pdf", PrintOptions())
    first = {c.registration_id: c.serial for c in certificates_for_event(demo_store, event.id)}
    certificates.build(demo_store, event, tmp_path / "b.pdf", PrintOptions())
    assert {
        c.registration_id: c.serial for c in certificates_for_event(demo_store, event.id)
    } == first
    found = verify(demo_store, " 001/pkm-tppo/ix/2021 ")
    assert found.certificate.holder_name == "Siti Aminah" and found.genuine
    assert verify(demo_store, "999/PKM-TPPO/IX/2021") is None


def test_unicode_and_very_long_names_never_lose_a_page(store, tmp_path):
    """Ṡ prints; Arabic gets a handwritten-name line with a note; 300 characters still fit."""
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    names = ["Nyoman Ṡri Wahyuni", "محمد عبد الله", ("Nyoman " * 43)[:300], "李小龙", "Ꙭ😀"]
    import_participants(store, event.id, [PersonInput(n, "P", 30) for n in names])
    set_attendance(store, event.id, [f"P-00{i}" for i in range(1, 6)], present=True)
    set_settings(
        store,
        event.id,
        CertificateSettings(
            "Universitas Contoh", "pkm tppo", [Signatory("Dr. A", "Ketua"), Signatory("B", "Kades")]
        ),
    )
    out = certificates.build(store, event, tmp_path / "u.pdf", PrintOptions())
    assert info(out)[0] == 5
    body = text(out)
    assert "Nyoman Ṡri Wahyuni" in body and "UNIVERSITAS CONTOH" in body
    assert body.count("tulis di garis ini dengan tangan") == 3  # Arabic, CJK, emoji
    assert "P-002" in body


def test_fit_name_shrinks_then_wraps():
    """Short names stay large on one line; long ones shrink and wrap to two or three lines."""
    from reportlab.lib.units import mm

    from kerinjing_desktop.reports.common import register_fonts

    register_fonts()
    assert fit_name("Siti", 200 * mm).lines == ["Siti"]
    long = fit_name("Raden " * 30, 200 * mm)
    assert 2 <= len(long.lines) <= 4 and long.size < 34 and "…" not in long.lines[-1]


def test_cli_verify_known_and_unknown(cli, tmp_path):
    """`certificates verify` exits 0 with the holder and event, 1 for an unknown serial."""
    event_id = cli("demo-data").out.strip()
    assert (
        cli("print", "certificates", "--event", event_id, "--out", str(tmp_path / "c.pdf")).status
        == 0
    )
    known = cli("certificates", "verify", "002/PKM-TPPO/IX/2021")
    assert known.status == 0 and "Rohani" in known.out and "21 September 2021" in known.out
    unknown = cli("certificates", "verify", "404/PKM-TPPO/IX/2021")
    assert unknown.status == 1 and "Tidak ada sertifikat" in unknown.err
