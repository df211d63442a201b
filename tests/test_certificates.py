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
    # the signatories set for the event sign every page, and the activity code is cleaned
    assert body.count("Dr. A") == body.count("Kades") == 5 and body.count("Ketua") >= 5
    assert "001/PKM-TPPO/IX/2021/" in body


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
    assert "NOMOR|KODE" not in known.out and "|KODE" in known.out  # asks for the paper's code
    unknown = cli("certificates", "verify", "404/PKM-TPPO/IX/2021")
    assert unknown.status == 1 and "Tidak ada sertifikat" in unknown.err


def test_cli_verify_checks_the_code_on_the_paper(cli, tmp_path, make_store):
    """`verify "SERIAL|CODE"`: the right code says genuine; a wrong one is a forgery (exit 1,
    in plain words) and neither the genuine code nor the holder is shown to whoever holds it."""

    event_id = cli("demo-data").out.strip()
    cli("print", "certificates", "--event", event_id, "--out", str(tmp_path / "c.pdf"))
    store = make_store(cli.data_dir)
    [first, *_rest] = certificates_for_event(store, event_id)
    store.close()
    genuine = cli("certificates", "verify", f"{first.serial.lower()} | {first.check_code}")
    assert genuine.status == 0 and "Asli" in genuine.out and first.holder_name in genuine.out
    wrong = "00000000" if first.check_code != "00000000" else "11111111"
    forged = cli("certificates", "verify", f"{first.serial}|{wrong}")
    assert forged.status == 1 and "TIDAK ASLI" in forged.err and "jangan diterima" in forged.err
    assert first.check_code not in forged.out + forged.err
    assert first.holder_name not in forged.out + forged.err
    as_json = cli("certificates", "verify", f"{first.serial}|{wrong}", "--json")
    assert as_json.status == 1 and '"verdict": "wrong_code"' in as_json.out


def test_a_correction_after_printing_keeps_the_serial_and_is_signed_again(demo_store, tmp_path):
    """A holder's name corrected after printing: same serial, new name and code, genuine."""
    from kerinjing_desktop.core.domain import PersonInput
    from kerinjing_desktop.core.store.participants import list_participants, update_person

    event = get_event(demo_store, DEMO_EVENT_ID)
    certificates.build(demo_store, event, tmp_path / "a.pdf", PrintOptions())
    before = {c.registration_id: c for c in certificates_for_event(demo_store, event.id)}
    person = next(p for p in list_participants(demo_store, event.id) if p.registration_id in before)
    update_person(
        demo_store, person.registration_id, PersonInput("Siti Aminah Putri", person.gender, 40)
    )
    certificates.build(demo_store, event, tmp_path / "b.pdf", PrintOptions())
    after = {c.registration_id: c for c in certificates_for_event(demo_store, event.id)}
    old, new = before[person.registration_id], after[person.registration_id]
    assert new.serial == old.serial and new.holder_name == "Siti Aminah Putri"
    assert new.check_code != old.check_code
    assert verify(demo_store, f"{new.serial}|{new.check_code}").genuine
    assert verify(demo_store, f"{old.serial}|{old.check_code}").verdict.value == "wrong_code"
    unchanged = [c for r, c in after.items() if r != person.registration_id]
    assert all(c == before[c.registration_id] for c in unchanged)


def test_serials_continue_across_events_of_the_same_code_and_month(store):
    """Two events in March 2022 with the default code: 001, 002 then 003 on the second;
    another month starts at 001 again; the laptop code closes every serial."""
    from kerinjing_desktop.core.store.certificates import issue_certificates

    first = add_event(store, "Satu", "Desa Satu", "2022-03-02")
    second = add_event(store, "Dua", "Desa Dua", "2022-03-30")
    other = add_event(store, "Tiga", "Desa Tiga", "2022-12-01")
    serials = {}
    for event, names in ((first, ["A", "B"]), (second, ["C"]), (other, ["D"])):
        import_participants(store, event.id, [PersonInput(n, "L", 30) for n in names])
        people = list_participants_of(store, event.id)
        serials[event.title] = [c.serial for c in issue_certificates(store, event, people)]
    code = serials["Satu"][0].rsplit("/", 1)[1]
    assert len(code) == 4
    assert serials == {
        "Satu": [f"001/PKM-TPPO/III/2022/{code}", f"002/PKM-TPPO/III/2022/{code}"],
        "Dua": [f"003/PKM-TPPO/III/2022/{code}"],
        "Tiga": [f"001/PKM-TPPO/XII/2022/{code}"],
    }


def list_participants_of(store, event_id):
    from kerinjing_desktop.core.store.participants import list_participants

    return list_participants(store, event_id)


def test_a_schema_8_register_is_signed_where_its_old_code_still_proves_it(tmp_path, make_store):
    """Migrating a store of schema 8 (before signatures): the certificate whose HMAC check
    code still matches is signed (its printed code keeps working); the one changed after
    issue is not."""
    import shutil
    from pathlib import Path

    sample = Path(__file__).with_name("data") / "store_v8.db"
    shutil.copyfile(sample, tmp_path / "kerinjing.db")
    store = make_store(tmp_path)
    codes = {c.serial: c.check_code for c in certificates_for_event(store, _only_event(store))}
    good = verify(store, "001/PKM-TPPO/IX/2021|" + codes["001/PKM-TPPO/IX/2021"])
    assert good.genuine and good.certificate.holder_name == "Siti Aminah"
    changed = verify(store, "002/PKM-TPPO/IX/2021|" + codes["002/PKM-TPPO/IX/2021"])
    assert changed.verdict.value == "unconfirmed"


def _only_event(store):
    from kerinjing_desktop.core.store.events import list_events

    [summary] = list_events(store)
    return summary.event.id
