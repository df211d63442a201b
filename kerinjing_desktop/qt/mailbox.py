"""Values from a worker thread to the GUI thread, without Qt on the worker's side.

Emitting a Qt signal from a Python thread (the slide render thread, a background job, VLC's
event callbacks) takes Qt's connection lock while PySide holds Python's GIL; the GUI thread
takes the same lock when it frees a Python object that has a connection, and inside it waits
for the GIL. Each thread then waits for the other for ever: the window froze (a hung test run,
its stacks taken with gdb, showed exactly this). So a worker only puts a value in a Python
queue, which needs the GIL and nothing of Qt, and the GUI thread collects on a timer.

The timer runs only while something is expected (`expect`, counted down as values arrive),
or all the time with `keep_polling`: a GUI thread that wakes every few milliseconds costs a laptop's
battery, one that never sleeps while a film plays does not matter.

A value delivered may end the mailbox's life: a finished job closes its progress dialog (the
mailbox's parent) and its callback opens a message box, whose event loop deletes the dialog.
So `collect` stops when its owner is gone (seen once in the whole-day test). A timer is not
fired again while its own slot runs, so a nested loop does not call `collect` inside itself.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

T = TypeVar("T")
COLLECT_EVERY_MS = 5  # within a 60 Hz frame; a render or a VLC event waits at most this


class Mailbox(QObject, Generic[T]):
    """Made on the GUI thread; `post` from any thread; `deliver` runs on the GUI thread."""

    def __init__(self, deliver: Callable[[T], None], parent: QObject | None = None):
        super().__init__(parent)
        self._deliver = deliver
        self._items: queue.SimpleQueue[T] = queue.SimpleQueue()
        self._expected = 0
        self._always = False
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)

    def post(self, item: T) -> None:
        """Any thread: leave a value for the GUI thread (no Qt call here)."""
        self._items.put(item)

    def expect(self, count: int = 1) -> None:
        """GUI thread: `count` more values will be posted; collect until they came."""
        self._expected += count
        if not self._timer.isActive():  # a restart would push the next collection back
            self._timer.start()

    def keep_polling(self, on: bool) -> None:
        """GUI thread: collect all the time (a film playing), or only while expecting."""
        self._always = on
        if on and not self._timer.isActive():
            self._timer.start()
        elif self._expected <= 0:
            self._timer.stop()

    def collect(self) -> None:
        """GUI thread: deliver what arrived (the timer calls this; tests may too)."""
        while True:
            try:
                item = self._items.get_nowait()
            except queue.Empty:
                break
            self._expected = max(0, self._expected - 1)
            self._deliver(item)
            if not isValid(self):  # the delivery closed whoever owned this mailbox
                return
        if self._expected <= 0 and not self._always:
            self._timer.stop()

    def stop(self) -> None:
        """GUI thread: stop collecting (values posted later wait for an explicit collect)."""
        self._timer.stop()
        self._expected = 0
        self._always = False
