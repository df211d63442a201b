"""The render cache: one background thread, current → next → previous → rest, a budget."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from slides_data.pdfs import make_pdf

from kerinjing_desktop.slides.cache import SlideCache, View
from kerinjing_desktop.slides.source import PdfDeck


class RecordingDeck:
    """A deck that draws grey pictures and remembers the order and threads of its renders."""

    kind, name = "bundled", "recording"

    def __init__(self, count: int):
        self.count = count
        self.calls: list[tuple[int, int]] = []
        self.threads: set[str] = set()

    def render(self, index: int, size: QSize) -> QImage:
        self.calls.append((index, size.width()))
        self.threads.add(threading.current_thread().name)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(0xFF808080)
        return image

    def title(self, index):
        return str(index)

    def notes(self, index):
        return ""

    def sections(self):
        return []

    def key_messages(self):
        return []

    def close(self):
        pass


def test_renders_in_priority_order_on_one_thread(qtbot):
    """From slide 5: current, next, previous, then outwards; all on the one render thread."""
    deck = RecordingDeck(10)
    cache = SlideCache(deck)
    try:
        cache.set_current(5)
        cache.set_views("test", [View(64, 36)])
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert [index for index, _w in deck.calls] == [5, 6, 4, 7, 3, 8, 2, 9, 1, 0]
        assert deck.threads == {"slide-render"}
    finally:
        cache.close()


def test_next_slide_view_renders_the_slide_after(qtbot):
    """A view with offset 1 (the console's next slide) is served current+1 right after current."""
    deck = RecordingDeck(4)
    cache = SlideCache(deck)
    try:
        cache.set_views("test", [View(64, 36), View(32, 18, offset=1)])
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert deck.calls[:3] == [(0, 64), (1, 32), (1, 64)]
        assert cache.get(3, 64, 36) is not None and cache.get(4, 32, 18) is None
    finally:
        cache.close()


def test_memory_budget_keeps_the_nearest_slides(qtbot):
    """With room for 3 images only, the cache keeps current, next and previous, and follows."""
    deck = RecordingDeck(10)
    cache = SlideCache(deck, budget_mb=1)
    try:
        cache.set_views("test", [View(400, 200)])  # 320 kB each: three fit in 1 MB
        cache.set_current(5)
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert {k[0] for k in cache._images} == {4, 5, 6}
        assert cache.memory_bytes() <= 1 << 20
        cache.set_current(6)
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert {k[0] for k in cache._images} == {5, 6, 7}
    finally:
        cache.close()


def test_a_miss_renders_at_once(qapp):
    """get() never renders; get_now() draws a missing slide on the spot."""
    deck = RecordingDeck(3)
    cache = SlideCache(deck)
    try:
        assert cache.get(2, 50, 50) is None
        assert cache.get_now(2, 50, 50).size() == QSize(50, 50)
        assert (2, 50) in deck.calls
    finally:
        cache.close()


def test_pdf_pages_render_in_the_background(qtbot, tmp_path):
    """A PDF's pages arrive through the ready signal, letterboxed at the view's size."""
    deck = PdfDeck(make_pdf(tmp_path / "talk.pdf", pages=3))
    cache = SlideCache(deck)
    try:
        with qtbot.waitSignal(cache.ready, timeout=5000):
            cache.set_views("test", [View(320, 180)])
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert all(cache.get(i, 320, 180).size() == QSize(320, 180) for i in range(3))
    finally:
        cache.close()
        deck.close()
