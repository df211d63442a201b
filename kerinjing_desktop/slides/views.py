"""The widgets that show slides: the audience window and the console's slide views.

They only paint images from the SlideCache; keys are handled by the presenter, whichever
window has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kerinjing_desktop.core import palette
from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.source import fit_size

BLACK = QColor(palette.BLACK)
WHITE = QColor(palette.WHITE)


def device_size(widget: QWidget) -> QSize:
    """The widget's size in device pixels (HiDPI laptops scale 125–200 %)."""
    ratio = widget.devicePixelRatioF()
    return QSize(round(widget.width() * ratio), round(widget.height() * ratio))


class AudienceWindow(QWidget):
    """What the hall sees: the current slide, full screen on the projector."""

    clicked = Signal()
    closing = Signal()
    resized = Signal()

    def __init__(self, cache: SlideCache):
        super().__init__(None, Qt.WindowType.Window)
        self.cache = cache
        self.index = 0
        self.blank: str | None = None  # "black" or "white"
        # the benchmark's stopwatch: (slide, sharp) after each paint; not sharp = a stand-in
        self.on_painted: Callable[[int, bool], None] | None = None
        self._last: QImage | None = None  # the last slide painted sharp
        self.setObjectName("audience")
        # Opaque: every pixel is painted, so Qt need not clear the window first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 180)
        cache.ready.connect(self._ready)

    def show_slide(self, index: int, blank: str | None) -> None:
        if (index, blank) != (self.index, self.blank):
            self.index, self.blank = index, blank
            self.update()

    def _ready(self, index: int, width: int, height: int) -> None:
        size = device_size(self)
        if index == self.index and (width, height) == (size.width(), size.height()):
            self.update()  # the sharp slide (or its failure) has arrived

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        sharp = True
        if self.blank is not None:
            painter.fillRect(self.rect(), BLACK if self.blank == "black" else WHITE)
        else:
            size = device_size(self)
            key = (self.index, size.width(), size.height())
            image = self.cache.get(*key)
            if image is None and self.cache.failed(*key):
                image = self.cache.message(*key)
            if image is None:
                # A miss: keys came faster than the render thread draws. Drawing the slide
                # here (a photo page is 50-100 ms of pdfium) would freeze this window and
                # queue the keys; the same slide at the console's size, scaled, or else the
                # slide before stays up until `ready` brings the sharp one.
                sharp = False
                image = self.cache.best_available(self.index) or self._last
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if image is None:
                painter.fillRect(self.rect(), BLACK)
            else:
                painter.drawImage(self.rect(), image)
                if sharp:
                    self._last = image
        painter.end()
        if self.on_painted is not None:
            self.on_painted(self.index, sharp)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:  # a click advances, as in PowerPoint
            self.clicked.emit()

    def closeEvent(self, event) -> None:
        # Closing the audience window (rehearsal) only hides it; Esc ends the show.
        event.ignore()
        self.hide()
        self.closing.emit()


class SlideView(QWidget):
    """A slide in the console (current, next) at the audience's aspect ratio."""

    resized = Signal()

    def __init__(self, cache: SlideCache, offset: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.cache = cache
        self.offset = offset
        self.index: int | None = 0
        self.aspect = QSize(16, 9)
        self.placeholder = ""
        self.setMinimumSize(160, 90)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cache.ready.connect(self._ready)

    def image_size(self) -> QSize:
        """The pixel size of the slide image inside this view."""
        return fit_size(self.aspect, device_size(self))

    def show_slide(self, index: int | None, placeholder: str = "") -> None:
        self.index, self.placeholder = index, placeholder
        self.update()

    def _ready(self, index: int, width: int, height: int) -> None:
        size = self.image_size()
        if index == self.index and (width, height) == (size.width(), size.height()):
            self.update()

    def target_rect(self) -> QRect:
        ratio = self.devicePixelRatioF()
        size = self.image_size()
        width, height = round(size.width() / ratio), round(size.height() / ratio)
        return QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(palette.CONSOLE_BACK))
        target = self.target_rect()
        size = self.image_size()
        image = None
        if self.index is not None:
            image = self.cache.get(self.index, size.width(), size.height())
        if image is not None:
            painter.drawImage(target, image)
        else:
            painter.fillRect(target, QColor(palette.GREY))
            painter.setPen(QColor(palette.CONSOLE_WAITING))
            painter.drawText(
                target.adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
