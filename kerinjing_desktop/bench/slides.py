"""`bench slides [--deck FILE]`: how fast a key changes the projected slide.

Measured offscreen on the real presenter (console and audience window), the audience window
at 1920×1080, keys as fast as the previous change allows (the next key is posted as soon as
the audience window has painted the last change, cached or not), so misses count as well as
hits:
- `open_ms`: opening the deck to its first slide painted sharp;
- rapid forward through the whole deck, rapid back to the start, then 20 random jumps typed
  as a number and Enter: `p50_ms`/`p95_ms` over all of them and `forward_p95_ms`,
  `back_p95_ms`, `jump_p95_ms`, each from the key event posted to the console to the audience
  window having painted the new slide (sharp, or on a miss the stand-in it shows until the
  render lands: the same slide at the console's size, scaled);
- `misses`: changes whose first paint was the stand-in, of `changes`;
- `sharp_p95_ms`: for the jumps, key to the sharp slide painted (each jump waits for it);
- `slides`, `cache_mb` (the render cache once full).
Without --deck: the bundled deck, and (keys `pdf_…`) a photo-heavy 60-page PDF made here.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kerinjing_desktop.bench import BenchError

GOALS = {
    "open_ms": "< 1000",
    "p95_ms": "< 33",
    "pdf_open_ms": "< 1000",
    "pdf_p95_ms": "< 33",
}
AUDIENCE = (1920, 1080)
JUMPS = 20
PDF_PAGES = 60


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kerinjing_desktop.qt.refcount_guard import protect_singletons

    protect_singletons()  # PySide6 6.12 on Python 3.11: see qt/refcount_guard.py
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance()
    if app is None:
        app = QApplication(["kerinjing-desktop-bench"])
    elif not isinstance(app, QApplication):
        raise BenchError("bench slides needs a widget application; run it on its own")
    return app


def _quiet_offscreen(_kind, _context, message: str) -> None:
    """The offscreen platform says it cannot raise windows; the figures need no such noise."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def _wait(app, condition: Callable[[], bool], timeout: float = 20.0, spin: bool = False) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out waiting for the presenter")
        app.processEvents()
        if not spin:
            time.sleep(0.0005)


def make_photo_pdf(path: Path, pages: int = PDF_PAGES) -> Path:
    """A PDF like a photo-heavy PowerPoint export: a full-page 1600×900 JPEG on each page."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=(960, 540))
    for number in range(1, pages + 1):
        # Smooth colour blobs with film grain compress like a photo (≈300 kB each).
        blobs = Image.merge(
            "RGB", [Image.effect_noise((40, 23), 70 + 9 * c + number % 7) for c in range(3)]
        ).resize((1600, 900), Image.Resampling.BICUBIC)
        grain = Image.effect_noise((1600, 900), 28).convert("RGB")
        photo = Image.blend(blobs, grain, 0.25)
        data = io.BytesIO()
        photo.save(data, "JPEG", quality=85)
        data.seek(0)
        page.drawImage(ImageReader(data), 0, 0, 960, 540)
        page.setFillColorRGB(1, 1, 1)
        page.rect(40, 440, 520, 70, stroke=0, fill=1)
        page.setFillColorRGB(0.05, 0.1, 0.25)
        page.setFont("Helvetica-Bold", 36)
        page.drawString(60, 462, f"Photo page {number}")
        page.showPage()
    page.save()
    return path


def _p95(values: list[float]) -> float:
    from kerinjing_desktop.bench import percentile

    return round(percentile(values, 0.95), 2)


def measure(open_deck: Callable[[], object]) -> dict:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from kerinjing_desktop.slides.cache import SlideCache
    from kerinjing_desktop.slides.presenter import Presenter

    app = _app()
    painted: list[tuple[int, bool, float]] = []  # slide, sharp, when
    start = time.perf_counter()
    deck = open_deck()
    cache = SlideCache(deck)
    presenter = Presenter(deck, cache)
    presenter.audience.on_painted = lambda i, sharp: painted.append((i, sharp, time.perf_counter()))

    def press(*keys: Qt.Key) -> float:
        for key in keys:
            painted.clear()
            sent = time.perf_counter()
            app.postEvent(
                presenter.console,
                QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier),
            )
        return sent

    def change(target: int, *keys: Qt.Key, sharp: bool = False) -> tuple[float, bool, float]:
        """Key(s) → (ms to the first paint of `target`, was it sharp, ms to the sharp one)."""
        sent = press(*keys)
        _wait(app, lambda: any(i == target for i, _s, _t in painted), spin=True)
        first = next(p for p in painted if p[0] == target)
        to_sharp = 0.0
        if sharp:
            _wait(app, lambda: any(p[:2] == (target, True) for p in painted), timeout=30)
            to_sharp = (next(p for p in painted if p[:2] == (target, True))[2] - sent) * 1000
        return (first[2] - sent) * 1000, first[1], to_sharp

    try:
        presenter.start()
        presenter.show_audience()
        presenter.audience.resize(*AUDIENCE)
        _wait(app, lambda: presenter.audience.size().toTuple() == AUDIENCE)
        _wait(app, lambda: any(p[:2] == (0, True) for p in painted), timeout=60)
        open_ms = (next(p for p in painted if p[:2] == (0, True))[2] - start) * 1000
        count = deck.count
        digit = {str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)}
        forward = [change(t, Qt.Key.Key_Right) for t in range(1, count)]
        back = [change(t, Qt.Key.Key_Left) for t in range(count - 2, -1, -1)]
        chooser = random.Random(7)
        jumps = []
        for _ in range(JUMPS):
            target = chooser.choice([n for n in range(count) if n != presenter.index])
            press(*(digit[c] for c in str(target + 1)))
            jumps.append(change(target, Qt.Key.Key_Return, sharp=True))
        _wait(app, cache.is_idle, timeout=60)  # the cache's size once it has filled up
        every = forward + back + jumps
        latencies = sorted(ms for ms, _sharp, _to in every)
        return {
            "open_ms": round(open_ms, 1),
            "p50_ms": round(statistics.median(latencies), 2),
            "p95_ms": _p95(latencies),
            "forward_p95_ms": _p95([ms for ms, _s, _t in forward]),
            "back_p95_ms": _p95([ms for ms, _s, _t in back]),
            "jump_p95_ms": _p95([ms for ms, _s, _t in jumps]),
            "misses": sum(not sharp for _ms, sharp, _t in every),
            "changes": len(every),
            "sharp_p95_ms": _p95([to for _ms, _s, to in jumps]),
            "slides": count,
            "cache_mb": round(cache.memory_bytes() / 2**20, 1),
        }
    finally:
        presenter.leave()
        cache.close()
        deck.close()
        app.processEvents()


def run(args: argparse.Namespace) -> dict:
    _app()
    from kerinjing_desktop.core.i18n import language
    from kerinjing_desktop.slides.source import BundledDeck, DeckLoadError
    from kerinjing_desktop.slides.source import open_deck as open_any

    deck_file = getattr(args, "deck", None)
    if deck_file:
        try:
            return measure(lambda: open_any(deck_file, language()))
        except DeckLoadError as error:
            raise BenchError(str(error), status=2) from None
    try:
        results = measure(lambda: BundledDeck.bundled(language()))
    except DeckLoadError as error:
        results = {"error": str(error)}
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-") as folder:
        pdf = make_photo_pdf(Path(folder) / "photos.pdf")
        from kerinjing_desktop.slides.source import PdfDeck

        figures = measure(lambda: PdfDeck(pdf))
    results.update({f"pdf_{key}": value for key, value in figures.items()})
    return results
