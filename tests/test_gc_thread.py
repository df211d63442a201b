"""Garbage is collected on the GUI thread only: a Qt object in a reference cycle must never be
destroyed by the slide render thread or a background job (qt/gc_thread.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from kerinjing_desktop.qt.gc_thread import GuiThreadCollector, collect_if_due


class _Cycle(QWidget):
    """A widget that keeps itself alive through a cycle and records where it died."""

    died_on: list[str] = []

    def __init__(self):
        super().__init__()
        self.me = self

    def __del__(self):
        _Cycle.died_on.append(threading.current_thread().name)


def _make_garbage(n: int) -> None:
    for _ in range(n):
        _Cycle()


def _allocate_on_a_worker() -> None:
    """What the render thread does: allocate many objects (past gen 0's threshold)."""

    def work() -> None:
        junk = [[i] for i in range(gc.get_threshold()[0] * 20)]
        del junk

    worker = threading.Thread(target=work, name="slide-render")
    worker.start()
    worker.join()


def test_with_the_collector_a_worker_allocating_never_destroys_widgets(qtbot):
    """With the app's collector installed, a worker's allocations collect nothing; the GUI
    thread's collection destroys the garbage widgets."""
    gc.enable()  # as Python starts; the app then installs its collector
    try:
        collector = GuiThreadCollector()
    finally:
        enabled_after = gc.isenabled()
        gc.disable()
    _Cycle.died_on.clear()
    gc.collect()
    _make_garbage(5)
    _allocate_on_a_worker()
    assert _Cycle.died_on == []
    gc.collect()  # what the collector's timer does on the GUI thread
    assert _Cycle.died_on == ["MainThread"] * 5
    assert not enabled_after
    collector.deleteLater()


def test_without_it_the_worker_is_the_one_that_collects(qtbot):
    """Why the module exists: with Python's automatic collector on, the worker that allocates
    past the threshold runs the collection and the widgets' destructors."""
    _Cycle.died_on.clear()
    gc.collect()
    gc.enable()
    try:
        _make_garbage(3)
        _allocate_on_a_worker()
    finally:
        gc.disable()
    assert _Cycle.died_on == ["slide-render"] * 3


def test_collect_if_due_collects_the_oldest_generation_whose_threshold_passed():
    """Gen 0 when only it is past its threshold; older generations when theirs are too."""
    old = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(10, 1_000_000, 1_000_000)
        assert collect_if_due() is None  # nothing allocated yet past 10
        junk = [[i] for i in range(50)]
        assert collect_if_due() == 0
        gc.set_threshold(10, 0, 1_000_000)
        junk += [[i] for i in range(50)]
        assert collect_if_due() == 1
        gc.set_threshold(10, 0, 0)
        gc.collect(0)  # a young collection counts towards generation 1's threshold
        junk += [[i] for i in range(50)]
        assert collect_if_due() == 2
        del junk
    finally:
        gc.set_threshold(*old)
