"""Run slow work (PDFs, imports, renders) off the GUI thread, with a progress indicator.

    run_job(parent, _("Saving PDF…"), lambda: make_pdf(...), on_success=show, on_failure=warn)

The work function must not touch widgets; the callbacks run on the GUI thread. A progress
dialog appears only if the job takes longer than half a second. With `total`, the work is
called with a `report(done)` function and the dialog counts up to `total` instead of only
showing that something is happening. With `cancellable` as well, the dialog has a Cancel
button: the next `report` call raises JobCancelled in the work function (which cleans up and
lets it through) and `on_failure` receives it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from kerinjing_desktop.qt.mailbox import Mailbox

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 500
_running: set[_Job] = set()  # keeps jobs alive until their callbacks ran


class JobCancelled(Exception):
    """The person pressed Cancel; raised inside the work at its next progress report."""


class _News(Enum):
    """What a job tells the GUI thread."""

    PROGRESS = auto()
    DONE = auto()
    FAILED = auto()


class _Job(QRunnable):
    """Runs on a pool thread; tells the GUI thread through a Mailbox, never by emitting a
    signal there (qt/mailbox.py: that froze the window)."""

    def __init__(self, work: Callable[..., Any], counted: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.counted = counted
        self.mailbox: Mailbox[tuple[_News, Any]] | None = None  # set before the job starts
        self.cancelled = threading.Event()

    def _post(self, kind: _News, value: Any) -> None:
        assert self.mailbox is not None
        self.mailbox.post((kind, value))

    def report(self, done: int) -> None:
        if self.cancelled.is_set():
            raise JobCancelled
        self._post(_News.PROGRESS, done)

    def run(self) -> None:
        try:
            result = self.work(self.report) if self.counted else self.work()
        except JobCancelled as error:
            self._post(_News.FAILED, error)
        except Exception as error:  # reported to the failure callback, never lost
            log.exception("background job failed")
            self._post(_News.FAILED, error)
        else:
            self._post(_News.DONE, result)


def run_job(
    parent: QWidget | None,
    label: str,
    work: Callable[..., Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    total: int = 0,
    cancellable: bool = False,
) -> None:
    job = _Job(work, counted=total > 0)
    dialog = QProgressDialog(label, "", 0, total, parent)
    if cancellable and total:
        from kerinjing_desktop.core.i18n import _

        dialog.setCancelButtonText(_("Cancel"))
        dialog.canceled.connect(job.cancelled.set)
    else:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.reset()  # hidden until the timer says the job is slow
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    reached = [0]

    def show() -> None:
        dialog.show()
        if total:
            dialog.setValue(reached[0])

    def progressed(done: int) -> None:
        reached[0] = done
        if dialog.isVisible():
            dialog.setValue(done)

    timer.timeout.connect(show)
    timer.start(SHOW_PROGRESS_AFTER_MS)

    def finish(succeeded: bool, value: Any) -> None:
        if not isValid(dialog):  # its window closed while the work ran: nobody to tell
            _running.discard(job)
            return
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        _running.discard(job)
        callback = on_success if succeeded else on_failure
        if callback is not None:
            callback(value)

    def arrived(item: tuple[_News, Any]) -> None:
        kind, value = item
        if kind is _News.PROGRESS:
            progressed(value)
        else:
            mailbox.stop()
            finish(kind is _News.DONE, value)

    # The dialog owns the mailbox, so it is destroyed on the GUI thread even when the pool
    # thread drops the job last.
    mailbox: Mailbox[tuple[_News, Any]] = Mailbox(arrived, dialog)
    mailbox.keep_polling(True)
    job.mailbox = mailbox
    _running.add(job)
    QThreadPool.globalInstance().start(job)
