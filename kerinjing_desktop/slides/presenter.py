"""The presenter: one show, two windows, the keys of PowerPoint and of USB clickers.

    presenter = Presenter(deck, cache, start=0)
    presenter.finished.connect(lambda index: ...)   # Esc, or the console closed
    presenter.start()

Keys work in whichever window has the focus (an application-wide event filter while the
show runs):  → ↓ PgDn Space Enter N next · ← ↑ PgUp Backspace P previous · Home End ·
number + Enter jumps · B or . black · W or , white · F5 audience window · Tab overview ·
Esc leaves (first it cancels a typed number or closes the overview).
While the screen is black or white, a next/previous key only brings the slide back.
What each key does is decided in slides/keys.py; where the windows go, in slides/stage.py.

Screens: the audience window goes full screen on the projector (screens.choose); with one
screen the console is a rehearsal view and the audience window opens as a window (F5).
Plugging the projector in or out moves or hides the audience window at once and again
about a second later, when the system has settled the new screen's geometry.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.qt.application import gui_application
from kerinjing_desktop.slides.cache import SlideCache, View
from kerinjing_desktop.slides.console import ConsoleWindow
from kerinjing_desktop.slides.keys import Act, decide
from kerinjing_desktop.slides.source import DeckSource, section_of
from kerinjing_desktop.slides.stage import Stage
from kerinjing_desktop.slides.timing import Timekeeper, format_clock, part_clocks
from kerinjing_desktop.slides.views import AudienceWindow, device_size

RECHECK_MS = 1000
REHEARSAL_WINDOW = QSize(960, 540)
OWNER = "presenter"


class Presenter(QObject):
    finished = Signal(int)  # the slide the show ended on
    changed = Signal(int)

    def __init__(
        self,
        source: DeckSource,
        cache: SlideCache,
        start: int = 0,
        timekeeper: Timekeeper | None = None,
        data_dir: Path | None = None,  # where the console remembers its notes size
    ):
        super().__init__()
        self.source = source
        self.cache = cache
        self.index = max(0, min(start, source.count - 1))
        self.blank: str | None = None
        self.digits = ""
        self.swapped = False
        self.rehearsal = True
        self.active = False
        self.timekeeper = timekeeper or Timekeeper()
        self.sections = source.sections()
        self._started = self._last = time.monotonic()

        self.console = ConsoleWindow(source, cache, data_dir)
        self.audience = AudienceWindow(cache)
        self.audience.setWindowTitle(_("Audience view — {name}").format(name=source.name))
        self.stage = Stage(self.console, self.audience)
        buttons = self.console.buttons
        buttons["previous"].clicked.connect(self.previous)
        buttons["next"].clicked.connect(self.next)
        buttons["overview"].clicked.connect(self.toggle_overview)
        buttons["black"].clicked.connect(lambda: self.toggle_blank("black"))
        buttons["white"].clicked.connect(lambda: self.toggle_blank("white"))
        buttons["swap"].clicked.connect(self.swap_screens)
        buttons["audience"].clicked.connect(self.show_audience)
        buttons["end"].clicked.connect(self.leave)
        self.console.jump.connect(self._jump_from_overview)
        self.console.closing.connect(self.leave)
        self.audience.clicked.connect(self.next)
        self.audience.closing.connect(self._update_views)
        for signal in (self.audience.resized, self.console.current.resized,
                       self.console.next_view.resized):  # fmt: skip
            signal.connect(self._update_views)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clocks)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.apply_screens)

    # --- the show ----------------------------------------------------------------------

    def start(self) -> None:
        app = gui_application()
        app.installEventFilter(self)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        app.primaryScreenChanged.connect(self._screens_changed)
        self.active = True
        self._started = self._last = time.monotonic()
        self.apply_screens()
        self._refresh()
        self._tick.start()

    def leave(self) -> None:
        if not self.active:
            return
        self._account()
        self.active = False
        app = gui_application()
        app.removeEventFilter(self)
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screen_removed)
        app.primaryScreenChanged.disconnect(self._screens_changed)
        self._tick.stop()
        self._recheck.stop()
        self.cache.drop_views(OWNER)
        for window in (self.audience, self.console):
            if window.isFullScreen():
                window.showNormal()
            window.hide()
            window.deleteLater()
        self.finished.emit(self.index)

    def go(self, index: int) -> None:
        if not self.active:  # a late click after Esc: the windows are gone
            return
        index = max(0, min(index, self.source.count - 1))
        if index != self.index:
            self._account()
            self.index = index
        self._refresh()

    def next(self) -> None:
        if self.blank is not None:
            self.toggle_blank(self.blank)  # PowerPoint: the first key brings the slide back
        else:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.blank is not None:
            self.toggle_blank(self.blank)
        else:
            self.go(self.index - 1)

    def toggle_blank(self, mode: str) -> None:
        if not self.active:
            return
        self.blank = None if self.blank == mode else mode
        self._refresh()

    def toggle_overview(self) -> None:
        if not self.active:
            return
        self.console.show_overview(not self.console.overview_shown())
        self._update_views()

    def _jump_from_overview(self, index: int) -> None:
        self.console.show_overview(False)
        self._update_views()
        self.go(index)

    def show_audience(self) -> None:
        """F5: the slides on the projector; with one screen, as a window on the laptop."""
        if not self.active:
            return
        if not self.rehearsal:
            self.apply_screens()
            return
        if not self.audience.isVisible():
            self.audience.unsetCursor()  # hidden only while full screen on a projector
            self.audience.resize(REHEARSAL_WINDOW)
            self.audience.show()
        self.audience.raise_()
        self._update_views()

    def swap_screens(self) -> None:
        self.swapped = not self.swapped
        self.apply_screens()

    # --- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.active
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() in (self.console, self.audience)
        ):
            return self.handle_key(event, watched)
        return False

    def handle_key(self, event: QKeyEvent, receiver: QWidget | None = None) -> bool:
        """True if the key was the presenter's (then no widget sees it); see slides/keys.py."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_or_alt = bool(
            modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        overview = self.console.overview_shown()
        decision = decide(
            event.key(),
            ctrl_or_alt,
            self.digits,
            self.source.count,
            overview,
            overview and receiver is self.console.overview,
        )
        typed_before, self.digits = self.digits, decision.digits
        act = decision.act
        if act in (Act.STATUS, Act.NOT_OURS):
            if act is Act.STATUS or self.digits != typed_before:
                self._refresh_status()
            return act is Act.STATUS
        if act is Act.JUMP:
            self.blank = None
        actions = {
            Act.NEXT: self.next,
            Act.PREVIOUS: self.previous,
            Act.BLACK: lambda: self.toggle_blank("black"),
            Act.WHITE: lambda: self.toggle_blank("white"),
            Act.AUDIENCE: self.show_audience,
            Act.OVERVIEW: self.toggle_overview,
            Act.LEAVE: self.leave,
            Act.BIGGER_NOTES: lambda: self.console.change_notes_size(+1),
            Act.SMALLER_NOTES: lambda: self.console.change_notes_size(-1),
        }
        if decision.target is not None:
            self.go(decision.target)
        else:
            actions[act]()
        return True

    # --- screens -----------------------------------------------------------------------

    def apply_screens(self, screens: list[QScreen] | None = None) -> None:
        """Place the windows on `screens` (default: the screens there are now); also the
        handler of plugging a projector in or out, tested with a simulated screen list."""
        if not self.active:
            return
        found = list(QGuiApplication.screens() if screens is None else screens)
        rehearsal = self.stage.place(found, self.swapped)
        if rehearsal is None:
            return  # no screen for a moment: the recheck comes back later
        self.rehearsal = rehearsal
        if rehearsal:
            self.swapped = False  # a swap was for that projector; a new one starts unswapped
        self._update_views()

    def _screens_changed(self, *_args) -> None:
        self.apply_screens()
        self._recheck.start()

    def _screen_removed(self, screen: QScreen) -> None:
        self.apply_screens([s for s in QGuiApplication.screens() if s is not screen])
        self._recheck.start()

    # --- what the windows show ---------------------------------------------------------

    def _update_views(self) -> None:
        if not self.active:
            return
        views: list[View] = []
        aspect = QSize(16, 9)
        if self.audience.isVisible():
            size = device_size(self.audience)
            views.append(View(size.width(), size.height(), 0))
            aspect = size
        for view in (self.console.current, self.console.next_view):
            view.aspect = aspect
            size = view.image_size()
            views.append(View(size.width(), size.height(), view.offset))
        if self.console.overview_shown():
            thumb = self.console.thumb_size()
            views.append(View(thumb.width(), thumb.height(), 0))
        self.cache.set_views(OWNER, views, priority=0)
        self.console.current.update()
        self.console.next_view.update()

    def _refresh(self) -> None:
        self.cache.set_current(self.index)
        self.audience.show_slide(self.index, self.blank)  # first: the hall's window matters most
        count = self.source.count
        next_title = self.source.title(self.index + 1) if self.index + 1 < count else ""
        self.console.show_position(self.index, count, self.source.notes(self.index), next_title)
        self._refresh_status()
        self._update_clocks()
        self.changed.emit(self.index)

    def _refresh_status(self) -> None:
        parts = []
        if self.digits:
            parts.append(_("Go to slide {number} (Enter)").format(number=self.digits))
        if self.blank == "black":
            parts.append(_("BLACK SCREEN (B)"))
        elif self.blank == "white":
            parts.append(_("WHITE SCREEN (W)"))
        self.console.set_status("   ".join(parts))

    def _account(self) -> None:
        now = time.monotonic()
        self.timekeeper.add(section_of(self.sections, self.index), now - self._last)
        self._last = now

    def _update_clocks(self) -> None:
        self._account()
        section = section_of(self.sections, self.index)
        left = self.timekeeper.left(section)
        if section is None:
            text = ""
        elif left is None:
            text = section.name
        elif left >= 0:
            text = _("{section}: {time} left").format(section=section.name, time=format_clock(left))
        else:
            text = _("{section}: {time} over").format(section=section.name, time=format_clock(left))
        elapsed = _("Elapsed {time}").format(time=format_clock(time.monotonic() - self._started))
        clock = time.strftime("%H:%M")
        self.console.set_clocks(text, f"{elapsed}   ·   {clock}", left is not None and left < 0)
        self.console.set_parts(part_clocks(self.sections, self.timekeeper, self.index))
