"""An empty list says what to do first; it goes away once there is something to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.gui.pages.participants_page import ParticipantsPage
from kerinjing_desktop.gui.session import Session


def hint(page) -> str:
    label = page.table.viewport().findChild(QLabel, "emptyHint")
    return label.text() if label.isVisible() else ""


def test_participants_hint_follows_the_list_and_the_search(qtbot, store):
    """New event: how to add people; after a walk-in: nothing; a search with no match: says so."""
    event_id = add_event(store, "Sosialisasi TPPO", "Sukamaju", "2026-12-05").id
    session = Session(store, None, "id")
    session.set_event(event_id)
    page = ParticipantsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert hint(page).startswith("Belum ada peserta") and "Ctrl+N" in hint(page)
    qtbot.keyClicks(page.walk_in.name, "Rahmawati")
    page.walk_in.gender.setCurrentText("P")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1 and hint(page) == ""
    qtbot.keyClicks(page.search, "Zulkifli")
    assert hint(page) == "Tidak ada yang cocok dengan “Zulkifli”."
    page.search.clear()
    assert hint(page) == ""
