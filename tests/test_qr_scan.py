"""The QR codes on printed papers scan: rendered at a phone photo's resolution, decoded by a
real barcode reader (zxing-cpp), they give back the certificate serial and check code and
the participant code."""

from __future__ import annotations

import subprocess

import pytest
from pdf_tools import needs_poppler

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.store.certificates import certificates_for_event, verify
from kerinjing_desktop.core.store.events import get_event
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.reports import certificates
from kerinjing_desktop.reports.common import PrintOptions
from kerinjing_desktop.reports.test_paper import Sheet, write_papers

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")
pytestmark = needs_poppler


def scan(pdf, page: int, tmp_path, dpi: int = 150) -> list[str]:
    """The texts of the QR codes found on one page rendered at `dpi` (grey, as a camera sees)."""
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l",
                    str(page), "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    image = Image.open(f"{stem}.png")
    return [code.text for code in zxingcpp.read_barcodes(image) if code.format.name == "QRCode"]


def test_certificate_qr_gives_serial_and_check_code_that_verify(demo_store, tmp_path):
    """Pages 1 and 23: the QR reads `serial|check code`, and `verify` accepts that pair."""
    event = get_event(demo_store, DEMO_EVENT_ID)
    out = certificates.build(demo_store, event, tmp_path / "c.pdf", PrintOptions())
    issued = {c.serial: c for c in certificates_for_event(demo_store, DEMO_EVENT_ID)}
    for page in (1, 23):
        [payload] = scan(out, page, tmp_path)
        serial, code = payload.split("|")
        assert serial in issued and issued[serial].check_code == code
        checked = verify(demo_store, serial)
        assert checked is not None and checked.genuine and checked.certificate.check_code == code


def test_test_paper_qr_gives_the_participant_code(demo_store, tmp_path):
    """A named sheet's QR reads its participant code; a walk-in sheet has none to read."""
    event = get_event(demo_store, DEMO_EVENT_ID)
    out = tmp_path / "paper.pdf"
    questions = list_questions(demo_store, DEMO_EVENT_ID, "id")
    write_papers(out, event, questions, [Sheet("P-007", "Suryani"), Sheet("", "")], PrintOptions())
    assert scan(out, 1, tmp_path) == ["P-007"]
    assert scan(out, 2, tmp_path) == []
