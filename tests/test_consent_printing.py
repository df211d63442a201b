"""A person without consent is never printed by name, on any document."""

from __future__ import annotations

import pytest
from pdf_tools import needs_poppler, text

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.reports import attendance, certificates, summary, test_paper
from kerinjing_desktop.reports.common import PrintOptions

SECRET = "Zulaikha Rahasia"


@pytest.fixture
def event(store):
    """An event with one consenting and one non-consenting participant, both present."""
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    ps.add_participant(store, event.id, validate_person("Siti Terbuka", "P", "30"), True)
    ps.add_participant(
        store, event.id, validate_person(SECRET, "P", "31", consent=False), checked_in=True
    )
    return event


@needs_poppler
@pytest.mark.parametrize("module", [attendance, certificates, summary, test_paper])
def test_no_name_without_consent(store, event, tmp_path, module):
    """Attendance sheet, certificates, report (even with names on) and test papers omit it."""
    out = module.build(
        store, event, tmp_path / "doc.pdf", PrintOptions(show_names=True, blank_rows=0)
    )
    printed = " ".join(text(out).split())
    assert "Zulaikha" not in printed and "Rahasia" not in printed
    assert "P-002" in printed
    if module is not certificates:
        assert "Siti Terbuka" in printed or module is summary
