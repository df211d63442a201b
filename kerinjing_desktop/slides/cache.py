"""Slides rendered ahead, so that a click changes the projected slide within one frame.

One background render thread per open deck draws one slide at a time in priority order:
the current slide, then the next, then the previous, then outwards (next+1, previous-1, …),
for every view that shows slides (the audience window, the console's current and next
slide, the thumbnails), each at its own pixel size. Images are kept within a memory budget
(DEFAULT_BUDGET_MB); the ones farthest from the current slide go first. The GUI thread
never waits for the thread and never draws a slide itself: a view paints what is cached.
On a miss of the slide the hall must see now (keys faster than the thread draws), the
audience window shows the same slide at another size, scaled, or else the slide before,
until the render arrives (`ready`) a moment later.

Why two kinds of thread: drawing the bundled deck is a few milliseconds of QPainter calls
from Python, fine on a Python thread; a PDF page is one long pdfium call that would hold
Python's GIL (and so freeze the GUI) for tens of milliseconds, so PDF pages are drawn by
QPdfPageRenderer's own C++ thread, which never takes the GIL.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfPageRenderer

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.qt.mailbox import Mailbox
from kerinjing_desktop.slides import theme
from kerinjing_desktop.slides.source import DeckSource, PdfDeck

log = logging.getLogger(__name__)

DEFAULT_BUDGET_MB = 128  # ≈ 15 full-HD slides: current, next, previous and more ahead; with a
# film playing beside the deck, 256 MB took the process past 350 MB (`bench startup`)
Key = tuple[int, int, int]  # slide index, width, height (device pixels)


@dataclass(frozen=True)
class View:
    """A place that shows slides: its size in device pixels and which slide it shows
    relative to the current one (the console's "next slide" view has offset 1)."""

    width: int
    height: int
    offset: int = 0


class _ThreadRenderer(QObject):
    """The bundled deck's render thread: one Python thread, one slide at a time. Its images
    reach the GUI thread through a Mailbox, never a signal emitted on the thread (see
    qt/mailbox.py: that froze the window)."""

    finished = Signal(object, object)  # Key, QImage | None; emitted on the GUI thread

    def __init__(self, source: DeckSource):
        super().__init__()
        self._source = source
        self._jobs: queue.SimpleQueue[Key | None] = queue.SimpleQueue()
        self._results: Mailbox[tuple[Key, QImage | None]] = Mailbox(self._arrived, self)
        self._thread = threading.Thread(target=self._run, name="slide-render", daemon=True)
        self._thread.start()

    def request(self, key: Key) -> None:
        self._results.expect()
        self._jobs.put(key)

    def _run(self) -> None:
        while (key := self._jobs.get()) is not None:
            try:
                image = self._source.render(key[0], QSize(key[1], key[2]))
            except Exception:  # a slide that cannot be drawn is shown as a message instead
                log.exception("slide %s could not be rendered", key[0] + 1)
                image = None
            self._results.post((key, image))

    def _arrived(self, result: tuple[Key, QImage | None]) -> None:
        self.finished.emit(*result)

    def close(self) -> None:
        self._results.stop()
        self._jobs.put(None)
        self._thread.join()


class _PdfRenderer(QObject):
    """A PDF's render thread: QPdfPageRenderer's C++ worker (it never holds the GIL)."""

    finished = Signal(object, object)

    def __init__(self, deck: PdfDeck):
        super().__init__()
        self._deck = deck
        self._renderer = QPdfPageRenderer()
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(deck.document)
        self._renderer.pageRendered.connect(self._rendered)
        self._pending: dict[int, Key] = {}

    def request(self, key: Key) -> None:
        index, width, height = key
        request = self._renderer.requestPage(
            index, self._deck.fitted_size(index, QSize(width, height))
        )
        if request == 0:  # the document is not ready: report a failed render, never hang
            self.finished.emit(key, None)
        else:
            self._pending[request] = key

    def _rendered(self, _page, _size, image: QImage, _options, request: int) -> None:
        key = self._pending.pop(request, None)
        if key is None:
            return
        result = None if image.isNull() else self._deck.compose(image, QSize(key[1], key[2]))
        self.finished.emit(key, result)

    def close(self) -> None:
        self._renderer.setDocument(None)  # waits for the page being drawn, then stops
        self._renderer.pageRendered.disconnect(self._rendered)
        shiboken6.delete(self._renderer)  # joins the worker thread before the deck closes


class SlideCache(QObject):
    """Pre-rendered slide images for the views of one deck."""

    ready = Signal(int, int, int)  # index, width, height: an image has arrived

    def __init__(
        self,
        source: DeckSource,
        budget_mb: int = DEFAULT_BUDGET_MB,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.source = source
        self.budget = budget_mb << 20
        self._images: dict[Key, QImage] = {}
        self._failed: set[Key] = set()
        self._views: dict[str, tuple[int, list[View]]] = {}
        self._current = 0
        self._busy: Key | None = None
        self._closed = False
        self._renderer: _ThreadRenderer | _PdfRenderer = (
            _PdfRenderer(source) if isinstance(source, PdfDeck) else _ThreadRenderer(source)
        )
        self._renderer.finished.connect(self._finished)

    # --- what the views tell the cache -------------------------------------------------

    def set_views(self, owner: str, views: list[View], priority: int = 0) -> None:
        """The views of one owner (the presenter, the slides page); lower priority first."""
        views = [v for v in views if v.width > 0 and v.height > 0]
        if self._views.get(owner) == (priority, views):
            return
        self._views[owner] = (priority, views)
        self._schedule()

    def drop_views(self, owner: str) -> None:
        if self._views.pop(owner, None) is not None:
            self._schedule()

    def set_current(self, index: int) -> None:
        index = max(0, min(index, self.source.count - 1))
        if index != self._current:
            self._current = index
            self._schedule()

    # --- images ------------------------------------------------------------------------

    def get(self, index: int, width: int, height: int) -> QImage | None:
        """The cached image, or None (never renders)."""
        return self._images.get((index, width, height))

    def best_available(self, index: int) -> QImage | None:
        """The largest cached image of slide `index` at any size (the console's, a
        thumbnail): a stand-in, scaled, while the wanted size is still being drawn."""
        found = [image for (i, _w, _h), image in self._images.items() if i == index]
        return max(found, key=QImage.width, default=None)

    def failed(self, index: int, width: int, height: int) -> bool:
        """True when the render thread could not draw this slide at this size."""
        return (index, width, height) in self._failed

    def message(self, index: int, width: int, height: int) -> QImage:
        """What the hall sees for a slide that could not be drawn (a line of text, cheap)."""
        text = _("Slide {n} could not be drawn.").format(n=index + 1)
        return theme.render_message(text, QSize(width, height))

    def memory_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._images.values())

    def is_idle(self) -> bool:
        """True when every image the views need (within the budget) is cached."""
        return self._busy is None and self._next_missing(self._plan()) is None

    # --- the scheduler (GUI thread) ----------------------------------------------------

    def _positions(self) -> list[int]:
        """Show positions in priority order: current, next, previous, next+1, previous-1, …"""
        count, current = self.source.count, self._current
        order = [current]
        for distance in range(1, count):
            for index in (current + distance, current - distance):
                if 0 <= index < count:
                    order.append(index)
        return order

    def _plan(self) -> list[Key]:
        """The images to keep, most wanted first, cut at the memory budget."""
        views = [v for _p, vs in sorted(self._views.values(), key=lambda pv: pv[0]) for v in vs]
        plan: list[Key] = []
        seen: set[Key] = set()
        total = 0
        for position in self._positions():
            for view in views:
                index = position + view.offset
                key = (index, view.width, view.height)
                if not 0 <= index < self.source.count or key in seen:
                    continue
                total += view.width * view.height * 4
                if total > self.budget and plan:
                    return plan
                plan.append(key)
                seen.add(key)
        return plan

    def _next_missing(self, plan: list[Key]) -> Key | None:
        for key in plan:
            if key not in self._images and key not in self._failed:
                return key
        return None

    def _schedule(self) -> None:
        if self._closed:
            return
        plan = self._plan()
        wanted = set(plan)
        for key in [k for k in self._images if k not in wanted]:
            del self._images[key]
        if self._busy is None:
            key = self._next_missing(plan)
            if key is not None:
                self._busy = key
                self._renderer.request(key)

    def _finished(self, key: Key, image: QImage | None) -> None:
        if self._closed:
            return
        self._busy = None
        if image is None or image.isNull():
            self._failed.add(key)
        elif key not in self._images:
            self._images[key] = image
        self._schedule()
        self.ready.emit(*key)  # a failure too: the audience window then shows a message

    def close(self) -> None:
        """Stop the render thread (waits for the slide being drawn); call before closing
        the deck, since the thread still reads it."""
        if self._closed:
            return
        self._closed = True
        self._renderer.close()
        self._images.clear()
