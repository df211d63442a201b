"""Where the show's two windows go: the console on the laptop, the slides full screen on
the projector (screens.choose picks which is which), or a rehearsal with one screen.

Plugging a projector in or out calls `place` again (the presenter does, at once and about a
second later); a projector that is gone never leaves the audience window over the console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.qt.platform import WAYLAND_HINT
from kerinjing_desktop.qt.screens import ScreenInfo, choose
from kerinjing_desktop.slides.console import ConsoleWindow
from kerinjing_desktop.slides.views import AudienceWindow


class Stage:
    def __init__(self, console: ConsoleWindow, audience: AudienceWindow):
        self.console = console
        self.audience = audience
        self._audience_on_projector = False

    def place(self, screens: list[QScreen], swapped: bool) -> bool | None:
        """Place the windows on `screens`; True for a rehearsal (one screen), False with a
        projector, None when there is no screen at all (the presenter looks again later)."""
        if not screens:
            return None  # between two screens on some systems
        primary = QGuiApplication.primaryScreen()
        infos = [
            ScreenInfo(s.name(), s is primary, s.geometry().width(), s.geometry().height())
            for s in screens
        ]
        placement = choose(infos, swapped)
        console_screen = screens[placement.console]
        if placement.audience is None:
            if self._audience_on_projector:  # its projector is gone: never cover the console
                self._audience_on_projector = False
                self.audience.showNormal()
                self.audience.hide()
            self._place_console(console_screen)
            note = _(
                "One screen: rehearsal view. Plug in the projector (the slides move there "
                "by themselves) or open the audience window with F5."
            )
        else:
            projector = screens[placement.audience]
            self._place_console(console_screen)
            self._place_audience(projector)
            size = projector.geometry().size()
            note = _("Slides on {projector} ({width}×{height}); this console on {laptop}.").format(
                projector=projector.name() or _("the projector"),
                width=size.width(),
                height=size.height(),
                laptop=console_screen.name() or _("the laptop"),
            )
        if QGuiApplication.platformName() == "wayland":
            note += " " + _(WAYLAND_HINT)
        rehearsal = placement.audience is None
        self.console.set_screen_note(note, rehearsal)
        return rehearsal

    def _place_console(self, screen: QScreen) -> None:
        if self.console.isVisible() and self.console.screen() is screen:
            return
        area = screen.availableGeometry()
        if self.console.isVisible():
            self.console.showNormal()
        self.console.setScreen(screen)
        self.console.setGeometry(area.adjusted(20, 20, -20, -20))
        self.console.showMaximized()

    def _place_audience(self, screen: QScreen) -> None:
        audience = self.audience
        if audience.isVisible() and audience.isFullScreen() and audience.screen() is screen:
            return
        if audience.isFullScreen():
            audience.showNormal()  # window managers move a window only when it is not full screen
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        audience.setCursor(Qt.CursorShape.BlankCursor)
        self._audience_on_projector = True
