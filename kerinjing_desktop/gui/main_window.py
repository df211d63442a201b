"""The main window follows the day: a list of steps on the left, the current step's page."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QWidget,
)

from kerinjing_desktop import __version__
from kerinjing_desktop.core.changes import OpChanges
from kerinjing_desktop.core.domain import format_date
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.events import list_events
from kerinjing_desktop.gui.keys import add_mnemonics
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import STEP_LIST, polish

# Nothing on the way to the first window touches the `Qt` namespace: PySide builds all of its
# ~130 enums on first use, about a tenth of start-up (`bench startup`). Hence no item data
# roles, an enum property set by its value, and `setShortcuts([...])` (`setShortcut` touches
# the namespace).
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff; a test checks the value


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # English source; shown through _()
    page: str  # "module:Class", imported when the step is first opened
    of_the_day: bool = True  # numbered in the day's order


# The day, in the seed report's order. Only steps that work are listed.
STEPS: list[Step] = [
    Step("event", N_("Event & pre-survey"), "kerinjing_desktop.gui.pages.event_page:EventPage"),
    Step(
        "participants",
        N_("Participants & attendance"),
        "kerinjing_desktop.gui.pages.participants_page:ParticipantsPage",
    ),
    Step("pretest", N_("Pre-test"), "kerinjing_desktop.gui.pages.scores_page:PreTestPage"),
    Step("slides", N_("Slides"), "kerinjing_desktop.gui.pages.slides_page:SlidesPage"),
    Step("film", N_("Film"), "kerinjing_desktop.gui.pages.film_page:FilmPage"),
    Step("posttest", N_("Post-test"), "kerinjing_desktop.gui.pages.scores_page:PostTestPage"),
    Step("results", N_("Results"), "kerinjing_desktop.gui.pages.results_page:ResultsPage"),
    Step("fgd", N_("Discussion & commitments"), "kerinjing_desktop.gui.pages.notes_page:NotesPage"),
    Step(
        "documents",
        N_("Certificates & report"),
        "kerinjing_desktop.gui.pages.documents_page:DocumentsPage",
    ),
    # not steps of the day: shown last, without a number
    Step(
        "programme",
        N_("Programme"),
        "kerinjing_desktop.gui.pages.programme_page:ProgrammePage",
        False,
    ),
    Step("backups", N_("Backups"), "kerinjing_desktop.gui.pages.backups_page:BackupsPage", False),
    Step(
        "settings", N_("Settings"), "kerinjing_desktop.gui.pages.settings_page:SettingsPage", False
    ),
]


class _StepDelegate(QStyledItemDelegate):
    """Measures a wrapped step without the style sheet's item padding (else it gets cut)."""

    def sizeHint(self, option, index):
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(option.rect.width() - 16)  # 2 × 6 px padding and a margin
        return super().sizeHint(narrower, index)


class MainWindow(QMainWindow):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setWindowTitle("Kerinjing Desktop")
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(760, screen.height()))
        self._pages: dict[str, QWidget] = {}

        self.steps = QListWidget()
        self.steps.setObjectName(STEP_LIST)
        polish(self.steps)  # before the items: they are measured with the list's own sheet
        for number, step in enumerate(STEPS, start=1):
            label = f"{number}. {_(step.title)}" if step.of_the_day else _(step.title)
            self.steps.addItem(QListWidgetItem(label))
        self.steps.setMinimumWidth(220)
        self.steps.setWordWrap(True)  # a larger font wraps a long step, never cuts it
        self.steps.setItemDelegate(_StepDelegate(self.steps))
        self.steps.setMaximumWidth(300)
        # Wrapped, never scrolled sideways (else a step is measured for two lines and drawn
        # on one). ScrollBarAlwaysOff given as the property's value: see the note above.
        self.steps.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.steps)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self.steps.currentRowChanged.connect(self._show_step)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        session.event_changed.connect(self._event_changed)
        session.changed.connect(self._changed)
        self._reload_events()
        self.steps.setCurrentRow(0)
        # After the window is up (reading the newest stamp scans the store): a clock that is
        # behind the data (a dead CMOS battery) is said in the status bar, and stays there.
        QTimer.singleShot(2000, self.check_clock)

    def check_clock(self) -> str | None:
        from kerinjing_desktop.core.store.clock import behind_message

        message = behind_message(self.session.store.clock)
        shown = self.statusBar().findChild(QLabel, "clockBehind")
        if message and shown is None:
            shown = QLabel()
            shown.setWordWrap(True)
            shown.setObjectName("clockBehind")
            self.statusBar().addPermanentWidget(shown, 1)
        if shown is not None:
            shown.setText("⚠ " + message if message else "")
            shown.setVisible(bool(message))
        return message

    def _build_toolbar(self) -> None:
        bar = QToolBar(_("Event"))
        bar.setMovable(False)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(_("Event:")))
        self.event_box = QComboBox()
        self.event_box.setMinimumWidth(420)
        # As wide as the toolbar allows (a title is not cut where there is room); its list
        # as wide as the longest entry; the whole text in the tooltip as well.
        self.event_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.event_box.activated.connect(self._event_chosen)
        row.addWidget(self.event_box, 1)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(holder)
        self.addToolBar(bar)
        # Ctrl+1…9: the day's steps; Ctrl+0: backups; Ctrl+,: settings; F1: the keys.
        keys = [f"Ctrl+{n}" for n in range(1, 10)]
        for row, step in enumerate(STEPS):
            key = {"backups": "Ctrl+0", "settings": "Ctrl+,"}.get(step.key)
            key = key or (keys[row] if step.of_the_day and row < len(keys) else None)
            if key:
                self._add_key(key, lambda row=row: self.steps.setCurrentRow(row))
        self._add_key("Ctrl+E", self._focus_event_box)
        self._add_key("F1", self.show_keys)
        self._add_key("Ctrl+Q", self.close)  # closeEvent: every window goes, then the backup
        self.statusBar().showMessage(f"Kerinjing Desktop {__version__}")

    def closeEvent(self, event) -> None:
        """Quitting closes every window of the app: the film's audience window and the
        slides' windows too (they ignore a plain close, and a window left open kept the app,
        and its closing backup, waiting). Each page lets go of what it holds first."""
        from PySide6.QtWidgets import QApplication  # only at quit: start-up stays lean

        super().closeEvent(event)
        if not event.isAccepted():
            return
        for page in self._pages.values():
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.hide()

    def _add_key(self, key: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence.fromString(key)])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _focus_event_box(self) -> None:
        self.event_box.setFocus()
        self.event_box.showPopup()

    def show_keys(self) -> None:
        """F1: the keys of the window and of the current page."""
        from kerinjing_desktop.gui.dialogs.keys_help import KeysHelp
        from kerinjing_desktop.gui.keys import page_keys

        row = max(self.steps.currentRow(), 0)
        step = STEPS[row]
        rows = page_keys(step.key, self.page(step.key))
        self.keys_help = KeysHelp(_(step.title), rows, self)
        self.keys_help.open()

    def _reload_events(self) -> None:
        current = self.session.event.id if self.session.event else None
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for summary in list_events(self.session.store):
            event = summary.event
            label = (
                f"{format_date(event.date, self.session.lang)} — {event.title} — {event.village}"
            )
            self.event_box.addItem(label, event.id)
        if self.event_box.count() == 0:
            self.event_box.addItem(_("(no event yet: create one on the Event page)"), None)
        index = self.event_box.findData(current) if current else 0
        self.event_box.setCurrentIndex(max(index, 0))
        self.event_box.setToolTip(self.event_box.currentText())
        widest = max(
            (self.event_box.fontMetrics().horizontalAdvance(self.event_box.itemText(i))
             for i in range(self.event_box.count())),
            default=0,
        )  # fmt: skip
        self.event_box.view().setMinimumWidth(widest + 48)
        self.event_box.blockSignals(False)
        if current is None and self.event_box.currentData():
            self.session.set_event(self.event_box.currentData())

    def _event_chosen(self, index: int) -> None:
        self.session.set_event(self.event_box.itemData(index))

    def _event_changed(self, _event) -> None:
        self._reload_events()

    def _changed(self, changes: OpChanges, _initiator: object) -> None:
        if changes & (OpChanges.EVENT | OpChanges.PARTICIPANTS):
            self._reload_events()

    def page(self, key: str) -> QWidget:
        """The page of a step, built the first time it is needed (keeps start-up fast)."""
        if key not in self._pages:
            step = next(s for s in STEPS if s.key == key)
            module_name, class_name = step.page.split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.session)
            add_mnemonics(page)
            polish(page)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def show_step(self, key: str) -> None:
        self.steps.setCurrentRow(next(i for i, s in enumerate(STEPS) if s.key == key))

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(STEPS[row].key)
        self.stack.setCurrentWidget(page)
        page.setFocus()
