"""The PySide6 6.12 / Python 3.11 None-refcount leak cannot crash the app."""

import subprocess
import sys

SCRIPT = """
import kerinjing_desktop.gui  # installs the guard
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(20000):
    label.setObjectName("x")  # each void call drops one reference to None on 6.12
print("ok")
"""


def test_many_void_qt_calls_do_not_abort():
    """20,000 void Qt calls (4x None's spare references) finish and exit cleanly."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
