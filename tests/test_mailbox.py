"""The Mailbox hands values from worker threads to the GUI thread with no Qt call on the
worker (qt/mailbox.py), and keeps the GUI thread's timer running only while it must."""

from __future__ import annotations

import threading

from kerinjing_desktop.qt.mailbox import Mailbox


def test_values_posted_on_a_worker_arrive_on_the_gui_thread_in_order(qtbot):
    arrived: list[tuple[int, str]] = []
    box: Mailbox[int] = Mailbox(lambda n: arrived.append((n, threading.current_thread().name)))
    box.expect(3)
    worker = threading.Thread(target=lambda: [box.post(n) for n in (1, 2, 3)], name="worker")
    worker.start()
    worker.join(timeout=10)
    qtbot.waitUntil(lambda: len(arrived) == 3, timeout=5000)
    assert arrived == [(1, "MainThread"), (2, "MainThread"), (3, "MainThread")]


def test_the_timer_runs_only_while_values_are_expected(qtbot):
    """After what was expected arrived the GUI thread sleeps again; keep_polling keeps it
    awake (a film playing); stop drops what is still queued."""
    arrived: list[str] = []
    box: Mailbox[str] = Mailbox(arrived.append)
    assert not box._timer.isActive()
    box.expect(2)
    assert box._timer.isActive()
    box.post("a")
    box.collect()
    assert arrived == ["a"] and box._timer.isActive()
    box.post("b")
    box.collect()
    assert arrived == ["a", "b"] and not box._timer.isActive()
    box.keep_polling(True)
    box.collect()
    assert box._timer.isActive()
    box.keep_polling(False)
    assert not box._timer.isActive()
    box.keep_polling(True)
    box.post("late")
    box.stop()
    assert not box._timer.isActive()
    box.collect()  # stop ends the polling; a value still queued waits for a collect
    assert arrived[-1] == "late"


def test_a_delivery_that_deletes_the_mailboxs_owner_ends_the_collection(qtbot):
    """A finished job closes its progress dialog (the mailbox's parent) and its callback
    opens a message box, whose event loop deletes the dialog: the collection stops there,
    with no error, and values after it are not delivered to a page that is gone."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from shiboken6 import isValid

    owner = QObject()
    arrived: list[str] = []

    def deliver(item: str) -> None:
        arrived.append(item)
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(owner, QEvent.Type.DeferredDelete)

    box: Mailbox[str] = Mailbox(deliver, owner)
    box.expect(2)
    box.post("done")
    box.post("after")
    box.collect()  # raised "Internal C++ object (QTimer) already deleted" before
    assert arrived == ["done"]
    assert not isValid(box)
