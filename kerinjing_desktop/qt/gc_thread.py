"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate past its threshold. Our worker
threads allocate a lot (the slide render thread, background jobs, VLC's event callbacks), so
they are often that thread, and a Qt object caught in a reference cycle is then destroyed
there, although Qt objects must be destroyed on their own thread: a widget in a cycle,
collected from a worker, had its destructor run on the worker (tests/test_gc_thread.py shows
it). Such a destruction can crash or deadlock the app; a CI run once stalled inside Qt with
the slide render thread running. Anki switches the automatic collector off for the same
reason; so do we, and the GUI thread collects on a timer whatever generations the thresholds
say are due, as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500  # a check is a few microseconds; a young collection about a millisecond


def collect_if_due() -> int | None:
    """Collect the oldest generation whose threshold is passed; the generation collected or
    None. Call it on the GUI thread."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return None
    generation = 0
    while generation < 2 and counts[generation + 1] > thresholds[generation + 1]:
        generation += 1
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Owns the timer; created on the GUI thread, after the application."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start(CHECK_EVERY_MS)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Switch the automatic collector off and collect from `app`'s thread instead."""
    return GuiThreadCollector(app)
