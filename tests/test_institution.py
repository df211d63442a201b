"""The institution, set once in Settings: kept in the store, carried in bundles, printed on
certificates and attendance sheets; the Word drafts from the Certificates & report step."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from docx_tools import everything, headings, open_docx
from pdf_tools import needs_poppler, text
from PIL import Image

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.institution import (
    Institution,
    Signer,
    get_institution,
    logo_from_file,
    set_institution,
)
from kerinjing_desktop.reports import attendance, certificates
from kerinjing_desktop.reports.common import PrintOptions

UNSRI = Institution(
    name="Universitas Sriwijaya",
    unit="LPPM",
    address="Indralaya, Ogan Ilir",
    letterhead=("KEMENTERIAN PENDIDIKAN TINGGI", "UNIVERSITAS SRIWIJAYA"),
    signatories=(Signer("Dr. Ratna Dewi", "Ketua LPPM", "NIP. 197001011995032001"),),
)


def _logo(tmp_path: Path) -> bytes:
    path = tmp_path / "logo.jpg"
    Image.new("RGB", (2000, 1000), "navy").save(path)
    return logo_from_file(path)


def test_set_once_read_back_and_logo_made_small(store, tmp_path):
    assert not get_institution(store).is_set
    saved = set_institution(store, Institution(**{**UNSRI.__dict__, "logo_png": _logo(tmp_path)}))
    assert saved.name == "Universitas Sriwijaya" and saved.signatories == UNSRI.signatories
    with Image.open(io.BytesIO(saved.logo_png)) as logo:
        assert logo.format == "PNG" and max(logo.size) == 600
    set_institution(store, Institution(name="Dinas PPPA", signatories=(Signer("", ""),)))
    again = get_institution(store)
    assert again.name == "Dinas PPPA" and again.signatories == () and again.letterhead == ()
    assert again.letterhead_lines() == ["Dinas PPPA"]


def test_bundles_carry_it_and_the_newer_edit_wins(tmp_path):
    """Laptop A sets it; B receives it with the logo; B's later edit wins on A too, one row."""
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    try:
        create_demo_event(a)
        set_institution(a, Institution(**{**UNSRI.__dict__, "logo_png": _logo(tmp_path)}))
        export_bundle(a, tmp_path / "one.kbundle", DEMO_EVENT_ID)
        import_bundle(b, tmp_path / "one.kbundle")
        assert get_institution(b) == get_institution(a)
        set_institution(b, Institution(**{**UNSRI.__dict__, "unit": "Fakultas Hukum"}))
        export_bundle(b, tmp_path / "two.kbundle")
        import_bundle(a, tmp_path / "two.kbundle")
        assert get_institution(a).unit == "Fakultas Hukum"
        assert a.db.execute("SELECT count(*) FROM institution").fetchone()[0] == 1
    finally:
        a.close()
        b.close()


@needs_poppler
def test_certificates_and_attendance_sheet_use_it(store, tmp_path):
    """Without per-event certificate settings, the institution and its signatory print."""
    set_institution(store, Institution(**{**UNSRI.__dict__, "logo_png": _logo(tmp_path)}))
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    ps.add_participant(store, event.id, validate_person("Siti", "P", "30"), True)
    options = PrintOptions(blank_rows=0)
    paper = certificates.build(store, event, tmp_path / "c.pdf", options)
    printed = text(paper)
    assert "LPPM UNIVERSITAS SRIWIJAYA" in printed and "Dr. Ratna Dewi" in printed
    images = subprocess.run(["pdfimages", "-list", str(paper)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) >= 3  # two header lines, then the logo
    sheet = text(attendance.build(store, event, tmp_path / "a.pdf", options))
    assert "KEMENTERIAN PENDIDIKAN TINGGI" in sheet


def test_drafts_carry_the_cover_letterhead_and_signature_blocks(demo_store, tmp_path):
    from kerinjing_desktop.core.store.events import get_event
    from kerinjing_desktop.reports.docx import summary

    set_institution(demo_store, Institution(**{**UNSRI.__dict__, "logo_png": _logo(tmp_path)}))
    out = summary.build(demo_store, get_event(demo_store, DEMO_EVENT_ID), tmp_path / "r.docx",
                        PrintOptions())  # fmt: skip
    document = open_docx(out)
    assert document.paragraphs[1].text == "KEMENTERIAN PENDIDIKAN TINGGI"  # under the logo
    assert document.paragraphs[0].runs[0]._r.xpath(".//pic:pic")  # the logo itself
    found = everything(out)
    assert "Dr. Ratna Dewi" in found and "NIP. 197001011995032001" in found
    assert headings(document)[0] == "LEMBAR PENGESAHAN"


def test_settings_page_saves_the_institution(qtbot, store):
    from kerinjing_desktop.gui.institution_box import InstitutionBox
    from kerinjing_desktop.gui.session import Session

    box = InstitutionBox(Session(store, None, "id"))
    qtbot.addWidget(box)
    box.name.setText("Universitas Sriwijaya")
    box.letterhead.setPlainText("BARIS SATU\nBARIS DUA")
    box.signers[0][0].setText("Ketua LPPM")
    box.signers[0][1].setText("Dr. Ratna Dewi")  # saved as typed: no Save button
    saved = get_institution(store)
    assert saved.letterhead == ("BARIS SATU", "BARIS DUA")
    assert saved.signatories == (Signer("Dr. Ratna Dewi", "Ketua LPPM", ""),)


def test_documents_page_saves_both_drafts(qtbot, tmp_path, monkeypatch, make_store):
    """The Certificates & report step: each draft button saves a .docx (with the chosen
    template's letterhead) and offers to open its folder."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kerinjing_desktop.gui.pages.documents_page import DocumentsPage
    from kerinjing_desktop.gui.session import Session

    data = tmp_path / "data"
    store = make_store(data)
    create_demo_event(store)
    session = Session(store, data, "id")
    session.set_event(DEMO_EVENT_ID)
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    import docx

    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "KOP DARI TEMPLAT"
    template.save(str(tmp_path / "t.docx"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "t.docx"), "")
    )
    page.drafts.choose_template()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    for kind in ("summary", "article"):
        target = tmp_path / f"{kind}.docx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        page.drafts.buttons[kind].click()
        qtbot.waitUntil(lambda t=target: t.exists() and len(shown) > 0, timeout=30000)
        assert "KOP DARI TEMPLAT" in everything(target)
        shown.clear()
