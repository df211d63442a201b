"""The Event page: create an event, edit it, refuse bad input; the window's steps."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

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
    assert page.saved.text() == "Tersimpan saat diketik."


def test_tab_follows_the_screen_and_dates_are_typed_as_people_write_them(qtbot, store):
    """Tab goes title → village → date → … as on the screen; 21 Agustus 2021 is typed into
    the date field; Ctrl+S creates the event with that date."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, store)
    page = window.page("event")
    window.show_step("event")
    with qtbot.waitActive(window):
        window.activateWindow()
    page.inputs["title"].setFocus()
    qtbot.keyClicks(page.inputs["title"], "Sosialisasi")
    qtbot.keyClick(page.inputs["title"], Qt.Key.Key_Tab)
    assert page.inputs["village"].window().focusWidget() is page.inputs["village"]
    qtbot.keyClicks(page.inputs["village"], "Lubuk Baru")
    qtbot.keyClick(page.inputs["village"], Qt.Key.Key_Tab)
    assert page.date.window().focusWidget() is page.date
    page.date.selectAll()
    qtbot.keyClicks(page.date, "17 Agustus 2021")
    qtbot.keyClick(page.date, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the calendar button
    assert page.inputs["kecamatan"].window().focusWidget() is page.inputs["kecamatan"]
    qtbot.keyClicks(page.inputs["kecamatan"], "Tanjung Batu")
    qtbot.keyClick(page.inputs["kecamatan"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [summary] = list_events(store)
    assert (summary.event.date, summary.event.kecamatan) == ("2021-08-17", "Tanjung Batu")


def test_a_bad_date_is_said_and_never_replaced(qtbot, demo_store):
    """31-02-2021 is not turned into another date: the field keeps it, says why, and the
    stored date stays; a good date typed next is saved as it is typed (no button)."""
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID
    from kerinjing_desktop.core.store.events import get_event

    window = _window(qtbot, demo_store)
    window.session.set_event(DEMO_EVENT_ID)
    page = window.page("event")
    page.date.selectAll()
    qtbot.keyClicks(page.date, "31-02-2021")
    assert page.date.text() == "31-02-2021"
    assert "bukan tanggal" in page.date_problem.text()
    assert get_event(demo_store, DEMO_EVENT_ID).date == "2021-09-21"
    page.date.selectAll()
    qtbot.keyClicks(page.date, "22/9/2021")
    assert page.date_problem.text() == ""
    assert get_event(demo_store, DEMO_EVENT_ID).date == "2021-09-22"
    qtbot.keyClicks(page.inputs["venue"], " lantai 2")
    assert get_event(demo_store, DEMO_EVENT_ID).venue.endswith("lantai 2")
    page.presurvey.setPlainText("Banyak yang ke Malaysia")
    assert get_event(demo_store, DEMO_EVENT_ID).presurvey_notes == "Banyak yang ke Malaysia"


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
    assert labels[0] == "1. Acara & prasurvei"
    assert labels[1] == "2. Peserta & kehadiran"
    assert len(labels) == len(STEPS)


def test_step_list_rows_are_even_and_never_scroll_sideways(qtbot, demo_store):
    """Shown at a laptop's size, every one-line step is as tall as the others (none measured
    for two lines and drawn on one), and the list wraps instead of scrolling sideways."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, demo_store)
    assert window.steps.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(50)  # the list lays its items out after the resize, in the event loop
    rects = [window.steps.visualItemRect(window.steps.item(i)) for i in range(len(STEPS))]
    one_line = min(r.height() for r in rects)
    assert all(r.height() == one_line for r in rects), [r.height() for r in rects]
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:], strict=False))


def test_ctrl_q_closes_the_window(qtbot, store):
    """Ctrl+Q closes the main window (the app then makes its closing backup)."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, store)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.steps, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_event_selector_shows_a_long_title_whole(qtbot, store):
    """At 1366 px the toolbar's event list shows the whole "date — title — village" (it cut
    the title); its popup is as wide as the longest entry; the tooltip has the text too."""
    from kerinjing_desktop.core.store.events import add_event

    title = "Sosialisasi Pencegahan Tindak Pidana Perdagangan Orang bagi Pemuda"
    add_event(store, title, "Lubuk Keliat", "2026-12-05")
    window = _window(qtbot, store)
    window.resize(1366, 740)
    qtbot.wait(50)
    box = window.event_box
    text = box.currentText()
    assert title in text and box.toolTip() == text
    assert box.width() >= box.fontMetrics().horizontalAdvance(text) + 30
    assert box.view().minimumWidth() >= box.fontMetrics().horizontalAdvance(text)
