"""Collect: the office takes in a folder of bundles (or several files) from the window.

A programme's USB sticks hold hundreds of bundles; collecting them takes minutes. So the work
runs off the GUI thread (core/bundle_plan.py's collect_bundles: a verified backup, then each bundle
merged whole on its own), the dialog's bar moves a step per bundle, and a line for each says
what it added and changed, or why nothing of it was merged. Cancel stops between bundles:
the ones merged stay merged, and collecting again goes on where it stopped (what is already
merged changes nothing). When it ends the store is read again, so every page shows the new
data. The window waits for a bundle's transaction at most, never for the whole collection.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.bundle import BundleError
from kerinjing_desktop.core.bundle_plan import Collected, collect_bundles
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.gui.session import Session

log = logging.getLogger(__name__)


def describe(collected: Collected) -> str:
    """One line of the list: what a bundle added and changed, or why it was not merged."""
    report = collected.report
    if report is None:
        return collected.refused
    line = _(
        "{file}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged."
    ).format(
        file=collected.path.name, added=report.added, updated=report.updated,
        deleted=report.deleted, same=report.unchanged,
    )  # fmt: skip
    if report.conflicts:
        n = len(report.conflicts)
        settled = ngettext("{n} conflict settled: {first}", "{n} conflicts settled: {first}", n)
        line += " " + settled.format(n=n, first=report.conflicts[0])
    return line


class _Signals(QObject):
    bundle_done = Signal(int, int, object)  # done, total, Collected
    finished = Signal(object)  # list[Collected]
    failed = Signal(str)  # words


class _Run(QRunnable):
    """collect_bundles on a worker thread, telling the dialog after each bundle."""

    def __init__(self, session: Session, names: list[Path]):
        super().__init__()
        self.setAutoDelete(False)
        self.session = session
        self.names = names
        self.signals = _Signals()
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            outcomes = collect_bundles(
                self.session.store,
                self.names,
                progress=lambda done, total, c: self.signals.bundle_done.emit(done, total, c),
                cancelled=self.cancelled.is_set,
            )
        except BundleError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # said in words; the details go to the log
            log.exception("collecting bundles failed")
            self.signals.failed.emit(
                _("Collecting stopped on an unexpected problem: {reason}").format(reason=error)
            )
        else:
            self.signals.finished.emit(outcomes)


class CollectDialog(QDialog):
    """Shows a collection under way; `start()` begins it."""

    def __init__(self, session: Session, names: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("Collect bundles"))
        self.resize(720, 420)
        self.status = QLabel(_("Taking a backup first…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first bundle is done
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(
            _("Stop after this bundle"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button = self.buttons.addButton(
            _("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.bar, self.lines, self.buttons):
            layout.addWidget(widget)
        self.outcomes: list[Collected] | None = None
        self.running = False
        self._run = _Run(session, names)
        signals, queued = self._run.signals, Qt.ConnectionType.QueuedConnection
        signals.bundle_done.connect(self._bundle_done, queued)
        signals.finished.connect(self._finished, queued)
        signals.failed.connect(self._failed, queued)

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Stop before the next bundle (the one being merged is merged whole)."""
        if self.running:
            self._run.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(_("Stopping after this bundle…"))

    def reject(self) -> None:  # Esc or the window's close button: stop, never lose a merge
        if self.running:
            self.cancel()
            return
        super().reject()

    def _bundle_done(self, done: int, total: int, collected: Collected) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(
            _("Bundle {done} of {total}: {file}").format(
                done=done, total=total, file=collected.path.name
            )
        )
        self.lines.addItem(describe(collected))
        self.lines.scrollToBottom()

    def _finished(self, outcomes: list[Collected]) -> None:
        self.outcomes = outcomes
        merged = sum(1 for c in outcomes if c.report is not None)
        text = _("{merged} bundles merged, {refused} not merged.").format(
            merged=merged, refused=len(outcomes) - merged
        )
        if self._run.cancelled.is_set():
            text = (
                _(
                    "Stopped: the bundles merged so far stay merged; collect again to go on "
                    "(what is merged already changes nothing)."
                )
                + " "
                + text
            )
        self._end(text)

    def _failed(self, reason: str) -> None:
        self.outcomes = []
        self._end(reason)

    def _end(self, text: Any) -> None:
        self.running = False
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
        self.status.setText(str(text))
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        # The store changed under every page: they read it again.
        self.session.ran(self, collect_bundles)
        self.session.refresh_event()
