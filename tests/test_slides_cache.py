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


def test_a_miss_never_renders_on_the_calling_thread(qtbot):
    """get() never renders; on a miss the same slide at another size stands in, and a slide
    that cannot be drawn gives a message image instead of a render on the GUI thread."""
    deck = RecordingDeck(3)
    cache = SlideCache(deck, budget_mb=0)  # the budget keeps the first image only
    try:
        cache.set_views("t", [View(40, 30)])
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        before = list(deck.calls)
        assert cache.get(0, 80, 60) is None and deck.calls == before
        assert cache.best_available(0).size() == QSize(40, 30)
        assert cache.best_available(2) is None
        assert not cache.failed(2, 80, 60)
        assert cache.message(2, 80, 60).size() == QSize(80, 60) and deck.calls == before
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


class GatedDeck(RecordingDeck):
    """Renders only when let through, and paints slide n in grey level 10 n, to tell them
    apart on screen."""

    def __init__(self, count: int):
        super().__init__(count)
        self.gate = threading.Event()

    def render(self, index: int, size: QSize) -> QImage:
        self.gate.wait(10)
        image = super().render(index, size)
        image.fill(0xFF000000 | (10 * index) * 0x010101)
        return image


def test_the_audience_window_never_renders_and_shows_a_stand_in_until_the_slide_lands(qtbot):
    """A slide change the render thread has not drawn yet: the audience window paints the
    slide before (not sharp) without drawing anything itself, then the new slide once the
    thread delivers it."""
    from kerinjing_desktop.slides.views import AudienceWindow, device_size

    deck = GatedDeck(4)
    cache = SlideCache(deck, budget_mb=0)  # only the current slide is drawn ahead
    window = AudienceWindow(cache)
    qtbot.addWidget(window)
    painted = []
    window.on_painted = lambda index, sharp: painted.append((index, sharp))
    try:
        window.resize(320, 180)
        window.show()
        size = device_size(window)
        cache.set_views("t", [View(size.width(), size.height())])
        deck.gate.set()
        qtbot.waitUntil(lambda: (0, True) in painted, timeout=5000)
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        deck.gate.clear()
        calls = len(deck.calls)
        painted.clear()
        cache.set_current(3)
        window.show_slide(3, None)
        qtbot.waitUntil(lambda: bool(painted), timeout=5000)
        assert painted[0] == (3, False) and window.grab().toImage().pixelColor(5, 5).red() < 30
        deck.gate.set()
        qtbot.waitUntil(lambda: (3, True) in painted, timeout=5000)
        assert window.grab().toImage().pixelColor(5, 5).red() == 30
        assert all(t == "slide-render" for t in deck.threads) and len(deck.calls) > calls
    finally:
        deck.gate.set()
        cache.close()


def test_the_render_thread_hands_images_over_without_emitting_a_signal(qtbot):
    """The render thread only draws: its images reach the cache on the GUI thread. A Qt
    signal emitted on the render thread takes Qt's connection lock while holding the GIL,
    which froze the window (qt/mailbox.py)."""
    from PySide6.QtCore import Qt

    deck = RecordingDeck(3)
    cache = SlideCache(deck)
    arrived_on: list[str] = []
    renderer = cache._renderer
    renderer.finished.connect(
        lambda *_: arrived_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,  # runs where the signal is emitted
    )
    try:
        cache.set_views("test", [View(64, 36)])
        qtbot.waitUntil(cache.is_idle, timeout=5000)
        assert deck.threads == {"slide-render"}
        assert arrived_on and set(arrived_on) == {threading.main_thread().name}
    finally:
        cache.close()
