"""Run slow work (PDFs, imports, renders) off the GUI thread, with a progress indicator.

    run_job(parent, _("Saving PDF…"), lambda: make_pdf(...), on_success=show, on_failure=warn)

The work function must not touch widgets; the callbacks run on the GUI thread. A progress
dialog appears only if the job takes longer than half a second.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 500
_running: set[_Job] = set()  # keeps jobs alive until their callbacks ran


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the failure callback, never lost
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_job(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
) -> None:
    job = _Job(work)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.reset()  # hidden until the timer says the job is slow
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    timer.start(SHOW_PROGRESS_AFTER_MS)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        _running.discard(job)
        if callback is not None:
            callback(value)

    job.signals.done.connect(lambda result: finish(on_success, result))
    job.signals.failed.connect(lambda error: finish(on_failure, error))
    _running.add(job)
    QThreadPool.globalInstance().start(job)
