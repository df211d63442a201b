"""Every printed document is framed alike (reports/pages.document for the PDFs,
reports/docx/base.new_document for the Word drafts): the title and author a reader's
document properties show, and the paper chosen."""

from __future__ import annotations

import docx
import pytest
from pdf_tools import info, needs_poppler, properties

from kerinjing_desktop.core.i18n import _

DEMO_TITLE = "Sosialisasi Pencegahan Tindak Pidana Perdagangan Orang (TPPO)"
DEMO_FACILITATORS = "Tim pengabdian (contoh)"


@needs_poppler
@pytest.mark.parametrize(
    ("document", "title"),
    [
        ("attendance", f"{_('ATTENDANCE LIST', 'id')} – {DEMO_TITLE}"),
        ("summary", f"{_('ACTIVITY REPORT', 'id')} – {DEMO_TITLE}"),
        ("test-oral", _("Oral test", "id")),
    ],
)
def test_each_pdf_is_titled_and_made_by_the_app(cli, tmp_path, document, title):
    event_id = cli("demo-data").out.strip()
    out = tmp_path / f"{document}.pdf"
    result = cli("print", document, "--event", event_id, "--out", str(out), "--paper", "f4")
    assert result.status == 0, result.err
    shown = properties(out)
    assert (shown["Title"], shown["Author"]) == (title, "Kerinjing Desktop")
    _pages, width, height = info(out)
    assert round(min(width, height)) == 609 and round(max(width, height)) == 935  # F4


@needs_poppler
def test_the_programme_report_is_titled_and_made_by_the_app(cli, tmp_path):
    cli("demo-data")
    out = tmp_path / "programme.pdf"
    assert cli("--lang", "en", "print", "programme", "--out", str(out)).status == 0
    shown = properties(out)
    assert (shown["Title"], shown["Author"]) == ("PROGRAMME REPORT", "Kerinjing Desktop")


def test_each_word_draft_is_titled_and_by_the_facilitators(cli, tmp_path):
    event_id = cli("demo-data").out.strip()
    bare = cli("events", "add", "--title", "Tanpa fasilitator", "--village", "V",
               "--date", "2024-05-01").out.strip()  # fmt: skip
    found = {}
    for name, event in (("summary", event_id), ("article", event_id), ("article", bare)):
        out = tmp_path / f"{name}-{event[:8]}.docx"
        assert cli("print", name, "--event", event, "--out", str(out)).status == 0
        props = docx.Document(str(out)).core_properties
        found[(name, event)] = (props.title, props.author)
    assert found == {
        ("summary", event_id): (f"{_('ACTIVITY REPORT', 'id')} – {DEMO_TITLE}", DEMO_FACILITATORS),
        ("article", event_id): (DEMO_TITLE, DEMO_FACILITATORS),
        ("article", bare): ("Tanpa fasilitator", "Kerinjing Desktop"),
    }
