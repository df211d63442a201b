"""The Backups page on the paths a facilitator takes less often: a restore declined or one
that fails (the day's data stays open, the reason said in words), a bundle written or not
written, a bundle refused, and a small bundle merged without a question. Dialogs are answered
by the test; background jobs are waited for through their visible result."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_backup_checks import make_index_disagree

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.store.backup import list_backups, make_backup
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.participants import list_participants

# A guard against a job that never ends, far above what a job takes on a loaded machine.
JOB_MS = 60_000


@pytest.fixture
def page(qtbot, tmp_path, make_store, monkeypatch):
    """The page on a data folder holding one backup ("Kemarin") and today's data; every
    dialog it opens is recorded in `page.said` (kind, text) and answered from `page.answers`."""
    from kerinjing_desktop.gui.pages import backups_page
    from kerinjing_desktop.gui.session import Session

    i18n.set_language("en")
    store = make_store("data")
    add_event(store, "Kemarin", "Kerinjing", "2021-09-20")
    make_backup(store, tmp_path / "data")
    add_event(store, "Hari ini", "Kerinjing", "2021-09-21")
    session = Session(store, tmp_path / "data", "en")
    widget = backups_page.BackupsPage(session)
    qtbot.addWidget(widget)
    said: list[tuple[str, str]] = []
    statuses: list[str] = []
    session.status.connect(statuses.append)
    answers: list[bool] = []

    def asked(_parent, _title, text):
        said.append(("ask", text))
        return answers.pop(0)

    monkeypatch.setattr(backups_page, "ask", asked)
    for kind in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda _p, _t, text, k=kind: said.append((k, text)))
        )
    widget.said, widget.statuses, widget.answers = said, statuses, answers
    yield widget
    session.store.close()


def _titles(store) -> list[str]:
    return sorted(s.event.title for s in list_events(store))


def _jobs_done() -> None:
    """Every background job ended and its result delivered to the page."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    assert QThreadPool.globalInstance().waitForDone(JOB_MS)
    QApplication.processEvents()


def _choose_file(monkeypatch, save: str | None = None, open_: list[str] | None = None):
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (save, ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (open_, ""))


def test_a_restore_declined_changes_nothing_and_keeps_the_store_open(page):
    store = page.session.store
    page.table.selectRow(0)
    page.answers.append(False)
    page.restore_selected()
    assert page.said[0][0] == "ask" and "kept aside, not deleted" in page.said[0][1]
    assert page.session.store is store  # not closed and reopened
    assert _titles(store) == ["Hari ini", "Kemarin"]


def test_a_restore_that_fails_says_why_and_reopens_todays_data(page):
    backup = list_backups(page.data_dir)[0].path
    make_index_disagree(backup)  # the backup's index no longer matches its rows
    page.table.selectRow(0)
    page.answers.append(True)
    page.restore_selected()
    kind, text = page.said[-1]
    assert kind == "warning" and text.startswith("Not restored: ") and "damaged" in text
    assert _titles(page.session.store) == ["Hari ini", "Kemarin"]  # the day's data, open again
    add_event(page.session.store, "Masih bisa ditulis", "Kerinjing", "2021-09-22")


def test_a_bundle_is_written_where_chosen_and_said_in_the_status_bar(
    page, qtbot, tmp_path, monkeypatch, make_store
):
    _choose_file(monkeypatch, save="")
    page.export_bundle()  # the dialog cancelled: nothing written, nothing said
    _jobs_done()
    assert page.statuses == [] and page.said == []
    out = tmp_path / "untuk laptop B.kbundle"
    _choose_file(monkeypatch, save=str(out))
    page.export_bundle()
    qtbot.waitUntil(lambda: bool(page.statuses), timeout=JOB_MS)
    assert page.statuses == [f"Wrote {out}: 2 rows, 0 deletions."]  # the two events
    other = make_store(None)
    import_bundle(other, out)
    assert _titles(other) == ["Hari ini", "Kemarin"]


def test_a_bundle_that_cannot_be_written_is_said_in_words(page, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "no such stick" / "b.kbundle"
    _choose_file(monkeypatch, save=str(out))
    page.export_bundle()
    qtbot.waitUntil(lambda: bool(page.said), timeout=JOB_MS)
    kind, text = page.said[0]
    assert kind == "warning" and text.startswith(f"The bundle {out} was not written: ")
    assert "Traceback" not in text and not out.exists()


def test_a_refused_bundle_and_an_unexpected_failure_are_told_apart(
    page, qtbot, tmp_path, monkeypatch
):
    from kerinjing_desktop.gui.pages import backups_page

    fake = tmp_path / "foto.kbundle"
    fake.write_bytes(b"\xff\xd8\xff not a bundle" * 10)
    _choose_file(monkeypatch, open_=[str(fake)])
    page.import_bundle()
    qtbot.waitUntil(lambda: len(page.said) == 1, timeout=JOB_MS)
    assert page.said[0] == (
        "warning",
        f"The bundle {fake} was refused, nothing was merged: it is not a Kerinjing bundle",
    )

    def broken(*_args):
        raise RuntimeError("zlib says no")

    monkeypatch.setattr(backups_page, "plan_import", broken)
    page.import_bundle()
    qtbot.waitUntil(lambda: len(page.said) == 2, timeout=JOB_MS)
    assert page.said[1] == ("warning", "an unexpected problem: zlib says no")
    assert _titles(page.session.store) == ["Hari ini", "Kemarin"]


def test_a_small_bundle_merges_without_a_question_and_says_what_it_did(
    page, qtbot, tmp_path, make_store, monkeypatch
):
    other = make_store("other")
    create_demo_event(other)
    export_bundle(other, tmp_path / "demo.kbundle")
    other.close()
    _choose_file(monkeypatch, open_=[str(tmp_path / "demo.kbundle")])
    backups = len(list_backups(page.data_dir))
    page.import_bundle()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _text in page.said), timeout=JOB_MS)
    assert [kind for kind, _text in page.said] == ["information"]  # never asked
    assert page.statuses[0].startswith("Bundles: 1; rows to add: ")
    assert page.said[0][1].startswith("Merged: ") and " 0 deleted" in page.said[0][1]
    assert len(list_participants(page.session.store, DEMO_EVENT_ID)) == 28
    assert len(list_backups(page.data_dir)) == backups + 1  # the backup before merging
