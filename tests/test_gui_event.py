"""The Event page: create an event, edit it, refuse bad input; the window's steps."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kerinjing_desktop.core.store.events import list_events
from kerinjing_desktop.gui.main_window import STEPS, MainWindow
from kerinjing_desktop.gui.session import Session


def _window(qtbot, store):
    window = MainWindow(Session(store, None, "id"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_new_event_is_saved_from_the_page(qtbot, store):
    """On an empty store the Event page creates the event that the toolbar then shows."""
    window = _window(qtbot, store)
    page = window.page("event")
    page.inputs["title"].setText("Sosialisasi TPPO")
    page.inputs["village"].setText("Kerinjing")
    page.presurvey.setPlainText("Banyak warga bekerja di Malaysia.")
    page.save()
    events = list_events(store)
    assert len(events) == 1 and events[0].event.presurvey_notes.startswith("Banyak")
    assert "Sosialisasi TPPO" in window.event_box.currentText()
    assert page.saved.text() == "Tersimpan."


def test_event_without_village_is_refused(qtbot, store, monkeypatch):
    """Saving without a village shows a message in Indonesian and stores nothing."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    page = _window(qtbot, store).page("event")
    page.inputs["title"].setText("Sosialisasi")
    page.save()
    assert list_events(store) == [] and "desa" in shown[0]


def test_steps_follow_the_day_in_indonesian(qtbot, demo_store):
    """The step list starts with the event and participants, numbered, in Indonesian."""
    window = _window(qtbot, demo_store)
    labels = [window.steps.item(i).text() for i in range(window.steps.count())]
    assert labels[0] == "1. Acara & pra-survei"
    assert labels[1] == "2. Peserta & kehadiran"
    assert len(labels) == len(STEPS)
