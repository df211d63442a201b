"""Ctrl+Q closes every window of the app (the film's audience window, the slides' windows)
and the closing backup runs at once, not after someone closes a black window by hand."""

from __future__ import annotations

import os
import subprocess
import sys

# run_gui in a child process: app.exec() in the test process would stall later tests' timers.
QUIT_WITH_WINDOWS_OPEN = """
import argparse, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from kerinjing_desktop.gui import app as gui_app, recovery
from kerinjing_desktop.gui.main_window import MainWindow

gui_app._first_run_tour = lambda window, data_dir: None
real_backup = recovery.backup_quietly
def closing_backup(store, data_dir):
    print("closing backup", flush=True)
    real_backup(store, data_dir)
recovery.backup_quietly = closing_backup

def open_windows_then_quit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.show_step("film")
    window.page("film").audience.ensure().place()  # the audience window, on show
    stray = QWidget()  # stands for the slides' audience window: it ignores a close
    stray.closeEvent = lambda event: event.ignore()
    stray.show()
    window.activateWindow()
    QTimer.singleShot(20000, too_late)  # counted from Ctrl+Q, not from a slow start-up
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    print("visible after Ctrl+Q:", sum(w.isVisible() for w in QApplication.topLevelWidgets()),
          flush=True)

def too_late():
    print("still running", flush=True)
    QApplication.instance().quit()

app = QApplication(sys.argv[:1])
QTimer.singleShot(1500, open_windows_then_quit)
args = argparse.Namespace(data_dir=sys.argv[1], lang=None, demo=False)
code = gui_app.run_gui(args)
print("returned", code, flush=True)
"""


def test_ctrl_q_closes_every_window_and_backs_up(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KERINJING_SIMULATE_NO_VLC="1")
    env.pop("KERINJING_BENCH_STARTUP", None)
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WITH_WINDOWS_OPEN, str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert "visible after Ctrl+Q: 0" in lines, done.stdout + done.stderr
    assert "still running" not in lines
    assert lines[-2:] == ["closing backup", "returned 0"]
