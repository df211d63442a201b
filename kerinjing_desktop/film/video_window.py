"""The audience's window: the film full-screen on the projector, or a discussion question.

The app places it, not VLC: full screen on the projector (the screen the slides use too);
with one screen, a normal window the facilitator can make full screen (F, F11 or a
double-click; Esc leaves). Plugging the projector in or out re-places it.

VLC draws into `surface`, a native child widget. The question is a separate page of the
same window rather than an overlay: nothing Qt paints can sit on top of VLC's native video
window, but switching pages hides it cleanly.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QMouseEvent, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.qt.screens import ScreenInfo, choose

REPLACE_DELAY_MS = 700  # let the system settle after a screen is plugged in or out
QUESTION_BACKGROUND = palette.QUESTION_PANEL


def projector_screen() -> QScreen | None:
    """The audience screen by the same rule as the slides (`qt.screens.choose`: the
    laptop is the internal panel, else the primary screen), or None with one screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    infos = [
        ScreenInfo(s.name(), s is primary, s.geometry().width(), s.geometry().height())
        for s in screens
    ]
    audience = choose(infos).audience
    return None if audience is None else screens[audience]


def _dark(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class VideoSurface(QWidget):
    """A native window for VLC to draw into (its own mouse and key input are off)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        _dark(self, "black")


class QuestionView(QWidget):
    """A discussion question, as large as the screen allows."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        _dark(self, QUESTION_BACKGROUND)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addWidget(self.hint)

    def set_question(self, text: str) -> None:
        self.heading.setText(_("Let us talk about it"))
        self.question.setText(text)
        self.hint.setText(_("The film continues when the facilitator is ready."))
        self._fit_fonts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        # Sized from the window height so the back row can read it on any projector.
        height = max(self.height(), 300)
        big = QFont(self.font())
        big.setPixelSize(max(18, height // 14))
        big.setBold(True)
        self.question.setFont(big)
        small = QFont(self.font())
        small.setPixelSize(max(12, height // 32))
        self.heading.setFont(small)
        self.hint.setFont(small)


class VideoWindow(QWidget):
    toggle_requested = Signal()  # Space
    seek_requested = Signal(int)  # ±ms from the arrow keys

    def __init__(self) -> None:
        # A normal top-level window: its flags never change after VLC attaches, because
        # changing them recreates the native window VLC is drawing into.
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(_("Film — audience screen"))
        _dark(self, "black")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.surface = VideoSurface(self)
        self.question_view = QuestionView(self)
        self._stack.addWidget(self.surface)
        self._stack.addWidget(self.question_view)
        self._normal_geometry: QRect | None = None
        self._replace = QTimer(self)
        self._replace.setSingleShot(True)
        self._replace.timeout.connect(self._replace_if_shown)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self._replace.start(REPLACE_DELAY_MS))
            app.screenRemoved.connect(lambda _s: self._replace.start(REPLACE_DELAY_MS))

    def video_win_id(self) -> int:
        """The native id VLC draws into (creates the native window if needed)."""
        return int(self.surface.winId())

    # ------------------------------------------------------------------ content ----
    def show_question(self, text: str) -> None:
        self.question_view.set_question(text)
        self._stack.setCurrentWidget(self.question_view)

    def show_video(self) -> None:
        self._stack.setCurrentWidget(self.surface)

    def showing_question(self) -> bool:
        return self._stack.currentWidget() is self.question_view

    # ---------------------------------------------------------------- placement ----
    def place(self) -> None:
        """Full screen on the projector if there is one, else a window on the laptop."""
        screen = projector_screen()
        if screen is not None:
            if self.isFullScreen() and self.screen() is screen:
                return
            self.showNormal()
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            self.setCursor(Qt.CursorShape.BlankCursor)
            return
        primary = QGuiApplication.primaryScreen()
        self.unsetCursor()
        if self.isFullScreen():
            self.showNormal()
        if primary is not None:
            self.setScreen(primary)
            area = primary.availableGeometry()
            self.resize(area.width() // 2, area.height() // 2)
            self.move(area.right() - self.width() - 20, area.top() + 40)
        self.show()
        self.raise_()

    def _replace_if_shown(self) -> None:
        if self.isVisible():
            self.place()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self._leave_full_screen()
        else:
            self._normal_geometry = self.geometry()
            # the geometry too: without a window manager "full screen" alone changes nothing
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
            self.setCursor(Qt.CursorShape.BlankCursor)

    def _leave_full_screen(self) -> None:
        self.showNormal()
        self.unsetCursor()
        if self._normal_geometry is not None:
            self.setGeometry(self._normal_geometry)

    # ------------------------------------------------------------------- input ----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_requested.emit()
        elif key == Qt.Key.Key_Left:
            self.seek_requested.emit(-10_000)
        elif key == Qt.Key.Key_Right:
            self.seek_requested.emit(10_000)
        elif key in (Qt.Key.Key_F, Qt.Key.Key_F11):
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self._leave_full_screen()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()
