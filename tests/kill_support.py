"""Run a writer process, kill it with SIGKILL a moment after it says READY, and return what it
printed: the one mechanism of every crash harness (restore, merge, bundle import, score entry,
exports, the score grid)."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Mapping

WAIT = 60  # seconds for the writer to start, or to print the line the first kill waits for


def run_and_kill(
    argv: list[str],
    delay: float,
    what: str,
    *,
    after: str | None = None,
    started: tuple[str, ...] = ("READY",),
    env: Mapping[str, str] | None = None,
) -> list[str]:
    """The lines the writer printed before the kill, `delay` seconds after it started (a line
    beginning with one of `started`) or, with `after`, after its first line beginning so.

    `after` is for the first kill of a harness on a loaded machine, where every random delay
    can fall before the writer did anything worth checking: "SAVED" (the grid showed a cell
    saved, the exporter finished a file). A writer that never prints it is killed after
    WAIT seconds all the same, and the harness's own count fails the test. AssertionError
    if the writer never started or printed a traceback (`what` names it: "restoring")."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, env=env
    )
    lines: list[str] = []
    ready, reached = threading.Event(), threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(started):
                ready.set()
            if after is not None and line.startswith(after):
                reached.set()
        ready.set()
        reached.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(WAIT)
    if after is not None:
        reached.wait(WAIT)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    reader.join(30)
    assert proc.stderr is not None
    error = proc.stderr.read()
    proc.stderr.close()
    if not any(line.startswith(started) for line in lines):
        raise AssertionError(f"the {what} process did not start: {error}")
    if "Traceback" in error:
        raise AssertionError(error)
    return lines
