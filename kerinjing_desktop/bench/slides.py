"""`bench slides [--deck FILE]`: how fast a click changes the projected slide.

Measured offscreen on the real presenter (console and audience window), the audience window
at 1920×1080: `open_ms` from opening the deck to its first slide painted; `p50_ms`/`p95_ms`
from a key event posted to the console to the audience window having painted the new slide,
over 100 changes (forward to the end and back), each once that slide is in the cache — what
the render thread gives a facilitator who does not click faster than it draws.
Without --deck: the bundled deck, and (keys `pdf_…`) a photo-heavy 60-page PDF made here.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kerinjing_desktop.cli.common import CliError

GOALS = {
    "open_ms": "< 1000",
    "p50_ms": "< 16.7",
    "p95_ms": "< 16.7",
    "pdf_open_ms": "< 1000",
    "pdf_p50_ms": "< 16.7",
    "pdf_p95_ms": "< 16.7",
}
AUDIENCE = (1920, 1080)
CHANGES = 100
PDF_PAGES = 60


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kerinjing_desktop.gui.refcount_guard import protect_singletons

    protect_singletons()  # PySide6 6.12 on Python 3.11: see gui/refcount_guard.py
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance()
    if app is None:
        app = QApplication(["kerinjing-desktop-bench"])
    elif not isinstance(app, QApplication):
        raise CliError("bench slides needs a widget application; run it on its own")
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


def measure(open_deck: Callable[[], object]) -> dict:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from kerinjing_desktop.slides.cache import SlideCache
    from kerinjing_desktop.slides.presenter import Presenter

    app = _app()
    painted: list[tuple[int, float]] = []
    start = time.perf_counter()
    deck = open_deck()
    cache = SlideCache(deck)
    presenter = Presenter(deck, cache)
    presenter.audience.on_painted = lambda index: painted.append((index, time.perf_counter()))
    try:
        presenter.start()
        presenter.show_audience()
        presenter.audience.resize(*AUDIENCE)
        _wait(app, lambda: presenter.audience.size().toTuple() == AUDIENCE and bool(painted))
        _wait(app, lambda: cache.get(0, *AUDIENCE) is not None)
        open_ms = (painted[-1][1] - start) * 1000
        count = deck.count
        forward = list(range(1, count)) + list(range(count - 2, -1, -1))
        targets = (forward * (CHANGES // max(1, len(forward)) + 1))[:CHANGES]
        latencies: list[float] = []
        for target in targets:
            _wait(app, lambda t=target: cache.get(t, *AUDIENCE) is not None)
            key = Qt.Key.Key_Right if target > presenter.index else Qt.Key.Key_Left
            painted.clear()
            sent = time.perf_counter()
            app.postEvent(
                presenter.console,
                QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier),
            )
            _wait(app, lambda t=target: any(i == t for i, _ in painted), spin=True)
            latencies.append((next(s for i, s in painted if i == target) - sent) * 1000)
        _wait(app, cache.is_idle, timeout=60)  # the cache's size once it has filled up
        latencies.sort()
        return {
            "open_ms": round(open_ms, 1),
            "p50_ms": round(statistics.median(latencies), 2),
            "p95_ms": round(latencies[max(0, round(0.95 * len(latencies)) - 1)], 2),
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
            raise CliError(str(error), status=2) from None
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
