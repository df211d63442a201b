"""Starting the window (gui/app.py) on the paths no day should end on: a damaged store the
facilitator declines to replace (no window, exit 2, the data folder let go), a demo start
(the demo event shown, a verified backup at close), and the error hook when its log cannot be
written (the message still comes, pointing at the terminal). run_gui runs in a child process:
app.exec() inside the test process would stall later tests' timers."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.settings import AppSettings, save_settings
from kerinjing_desktop.core.store.backup import list_backups, verify_file
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.recovery import damaged_files
from kerinjing_desktop.gui import app as app_module

# The child answers every question with no, prints each question and error box as a JSON
# line, closes its window once it is up, and says whether it still holds the data folder.
RUN_GUI = """
import argparse, json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from kerinjing_desktop.core.store import dirlock
from kerinjing_desktop.gui import app as gui_app
import kerinjing_desktop.gui.dialogs.ask as ask_module

def say(kind, text):
    print(json.dumps([kind, text]), flush=True)

ask_module.ask = lambda _parent, _title, text: say("ask", text) or False
QMessageBox.critical = staticmethod(lambda _p, title, text: say("critical", text))
app = QApplication(sys.argv[:1])

def close_when_shown():
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    if windows:
        say("window", windows[0].windowTitle())
        app.quit()
    else:
        QTimer.singleShot(50, close_when_shown)

QTimer.singleShot(0, close_when_shown)
args = argparse.Namespace(data_dir=sys.argv[1], lang="en", demo=sys.argv[2] == "demo")
code = gui_app.run_gui(args)
say("holds", dirlock.holds(Path(sys.argv[1])))
sys.exit(code)
"""


def _run_gui(data_dir, mode: str = "plain") -> tuple[int, list[list]]:
    save_settings(data_dir, AppSettings(tour_done=True))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI, str(data_dir), mode],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("[")]
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, lines


@pytest.mark.timeout(180)
def test_a_damaged_store_declined_opens_no_window_and_lets_the_data_go(tmp_path, make_store):
    store = make_store(tmp_path)
    add_event(store, "Tersimpan", "Kerinjing", "2021-09-21")
    store.close()
    (tmp_path / DB_NAME).write_bytes(b"this is not a database at all " * 200)
    code, said = _run_gui(tmp_path)
    assert code == 2
    assert [kind for kind, _text in said] == ["ask", "holds"]  # no window was shown
    assert said[0][1].endswith("Start with an empty store? The damaged file is kept.")
    assert said[-1] == ["holds", False]
    assert not (tmp_path / DB_NAME).exists() and len(damaged_files(tmp_path)) == 1


@pytest.mark.timeout(180)
def test_a_demo_start_shows_the_demo_event_and_backs_up_at_close(tmp_path, make_store):
    code, said = _run_gui(tmp_path, "demo")
    assert code == 0, said
    assert [kind for kind, _text in said] == ["window", "holds"]
    assert said[-1] == ["holds", False]
    store = make_store(tmp_path)
    titles = [s.event.title for s in list_events(store)]
    store.close()
    assert len(titles) == 1 and titles[0]
    backups = list_backups(tmp_path)
    assert backups and verify_file(backups[0].path) is None  # the backup made at close


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    saved = sys.excepthook
    yield shown
    sys.excepthook = saved


def test_an_error_is_still_told_when_no_log_folder_can_be_made(qtbot, tmp_path, boxes):
    from kerinjing_desktop.core import i18n

    i18n.set_language("en")
    (tmp_path / "logs").write_text("a file where the logs folder should be", encoding="utf-8")
    app_module._install_error_hook(tmp_path)
    sys.excepthook(ValueError, ValueError("kolom kosong"), None)
    assert boxes == [
        "The app met an unexpected problem: kolom kosong\n\nYour saved data is safe. "
        "Details were written to the terminal."
    ]


def test_an_error_is_still_told_when_its_log_cannot_be_written(qtbot, tmp_path, boxes):
    (tmp_path / "logs" / "errors.log").mkdir(parents=True)  # a folder in the log's place
    app_module._install_error_hook(tmp_path)
    sys.excepthook(OSError, OSError(28, "No space left on device"), None)
    assert len(boxes) == 1 and str(tmp_path / "logs" / "errors.log") in boxes[0]
    assert "No space left" not in boxes[0]  # the system's words replaced by the app's


def test_a_failed_timed_backup_is_logged_and_the_day_goes_on(
    tmp_path, make_store, monkeypatch, caplog
):
    from kerinjing_desktop.core.store.backup import BackupError
    from kerinjing_desktop.gui.session import Session

    def full(*_args):
        raise BackupError("No backup was made. The disk is full.")

    monkeypatch.setattr("kerinjing_desktop.core.store.backup.maybe_backup", full)
    store = make_store(tmp_path)
    with caplog.at_level(logging.WARNING, logger=app_module.log.name):
        app_module._timed_backup(Session(store, tmp_path, "en"))
    store.close()
    assert caplog.messages == ["backup failed: No backup was made. The disk is full."]


def test_a_tour_that_cannot_be_remembered_is_logged_not_raised(
    qtbot, tmp_path, monkeypatch, caplog
):
    from kerinjing_desktop.gui.dialogs.tour import TourDialog

    monkeypatch.setattr(TourDialog, "exec", lambda self: 1)

    def read_only(*_args, **_changes):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kerinjing_desktop.core.settings.update_settings", read_only)
    parent = QWidget()
    qtbot.addWidget(parent)
    with caplog.at_level(logging.WARNING, logger=app_module.log.name):
        app_module._first_run_tour(parent, tmp_path)
    assert caplog.messages == ["could not remember the tour: [Errno 13] Permission denied"]
