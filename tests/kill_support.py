"""Run a writer process, kill it with SIGKILL a moment after it says READY, and return what it
printed: the one mechanism of the restore and merge crash harnesses."""

from __future__ import annotations

import signal
import subprocess
import threading
import time


def run_and_kill(argv: list[str], delay: float, what: str) -> list[str]:
    """The lines the writer printed before the kill; AssertionError if it never started or
    printed a traceback (`what` names it in the message: "restoring", "merging")."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(60)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    reader.join(30)
    assert proc.stderr is not None
    error = proc.stderr.read()
    proc.stderr.close()
    if "READY" not in lines:
        raise AssertionError(f"the {what} process did not start: {error}")
    if "Traceback" in error:
        raise AssertionError(error)
    return lines
