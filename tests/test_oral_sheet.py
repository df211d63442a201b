"""The oral test: a script to read aloud and one marking sheet per group of participants."""

from __future__ import annotations

from pdf_tools import needs_poppler
from pdf_tools import text as pdf_text

from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.domain import Participant, validate_person
from kerinjing_desktop.core.store.participants import add_participant, list_participants
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.gui.pages.scores_page import PreTestPage
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.reports.oral_sheet import ROWS_PER_SHEET, groups


def _person(code: str, group: str) -> Participant:
    return Participant("r" + code, "p" + code, code, "N" + code, "P", None, group, "", True, "",
                       None, 2026)  # fmt: skip


def test_groups_are_kept_and_split_into_sheets_a_reading_round_long():
    people = [_person(f"P-{i:03}", "PKK") for i in range(ROWS_PER_SHEET + 3)]
    people += [_person("P-900", ""), _person("P-901", "Karang Taruna")]
    sheets = groups(people)
    assert [(label, len(members)) for label, members in sheets] == [
        ("Karang Taruna", 1), ("PKK", ROWS_PER_SHEET), ("PKK", 3), ("Tanpa kelompok", 1),
    ]  # fmt: skip


@needs_poppler
def test_cli_prints_the_script_then_a_sheet_per_group(cli, tmp_path, make_store):
    """`print test-oral`: every question to read aloud with its rubric, every participant
    once on their group's sheet, by code only without consent."""
    event = cli("demo-data").out.strip()

    store = make_store(cli.data_dir)
    hidden = validate_person("Rahasia Sekali", "P", group="PKK", consent=False)
    add_participant(store, DEMO_EVENT_ID, hidden)
    store.close()
    out = tmp_path / "oral.pdf"
    result = cli("print", "test-oral", "--event", event, "--out", str(out))
    assert result.status == 0, result.err
    words = " ".join(pdf_text(out).split())
    store = make_store(cli.data_dir)
    try:
        questions = list_questions(store, DEMO_EVENT_ID, "id")
        people = list_participants(store, DEMO_EVENT_ID)
    finally:
        store.close()
    assert "TES LISAN — naskah pertanyaan untuk dibacakan" in words
    for question in questions:
        assert " ".join(question.text.split())[:40] in words
        assert " ".join(question.rubric[-1].split())[:30] in words
    assert words.count("TES LISAN — lembar kelompok") == len(groups(people))
    for person in people:
        assert person.code in words
        if not person.consent:
            assert person.name not in words
    assert any(not p.consent for p in people) and any(p.consent for p in people)


def test_the_scores_page_saves_oral_sheets(qtbot, store, tmp_path, monkeypatch):
    """The button next to "Print test papers…" writes the sheets for this event's people."""
    create_demo_event(store)
    session = Session(store, None, "id")
    session.set_event(DEMO_EVENT_ID)
    page = PreTestPage(session)
    qtbot.addWidget(page)
    page.show()
    out = tmp_path / "tes-lisan.pdf"
    monkeypatch.setattr(
        "kerinjing_desktop.gui.pages.scores_page.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(out), "PDF (*.pdf)"),
    )
    assert page.oral_button.text() == "Lembar tes lisan…"
    page.oral_button.click()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
