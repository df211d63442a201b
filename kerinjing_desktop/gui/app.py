"""Starting the window: language, store, error handling, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import DATA_DIR_ENV, ensure_private_dir, resolve_data_dir
from kerinjing_desktop.core.settings import load_settings
from kerinjing_desktop.qt.platform import prefer_xcb_on_wayland

log = logging.getLogger(__name__)

START_BACKUP_DELAY_MS = 1000


def _install_error_hook(data_dir: Path | None) -> None:
    """An unexpected error is logged to a file and shown as a plain message, not a traceback."""
    log_file = None
    if data_dir is not None:
        try:
            log_file = ensure_private_dir(data_dir / "logs") / "errors.log"
        except OSError:
            log_file = None

    # An error inside a Qt override (a model's data(), a paint) repeats at every repaint, and a
    # modal box repaints the window behind it: one box at a time, each message once, or the
    # boxes nest until the stack runs out.
    showing: list[bool] = []
    shown: set[str] = set()

    def hook(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", text)
        if log_file is not None:
            try:
                # owner-only: a traceback can hold a participant's name
                fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            except OSError:
                pass
        import sqlite3

        from PySide6.QtWidgets import QApplication, QMessageBox

        from kerinjing_desktop.core.store.integrity import explain

        # a full disk, a read-only folder, a removed USB stick: the words, not the system's
        reason = explain(value) if isinstance(value, OSError | sqlite3.Error) else value
        key = f"{kind.__name__}: {value}"
        if QApplication.instance() is None or showing or key in shown:
            return
        shown.add(key)
        showing.append(True)
        try:
            QMessageBox.warning(
                None,
                _("Something went wrong"),
                _(
                    "The app met an unexpected problem: {reason}\n\nYour saved data is safe. "
                    "Details were written to {log}."
                ).format(reason=reason, log=log_file or _("the terminal")),
            )
        finally:
            showing.clear()

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    settings = load_settings(data_dir)
    i18n.set_language(args.lang or settings.lang)
    prefer_xcb_on_wayland()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kerinjing_desktop.gui.main_window import MainWindow
    from kerinjing_desktop.gui.recovery import (
        backup_quietly,
        hold_data_dir,
        new_folder_agreed,
        open_store_asking,
        start_backup,
        wait_for_jobs,
    )
    from kerinjing_desktop.gui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kerinjing Desktop")
    app.setOrganizationName("Kerinjing")
    from kerinjing_desktop.qt.gc_thread import collect_on_gui_thread

    collect_on_gui_thread(app)  # never from the render thread or a job (see the module)
    from kerinjing_desktop.gui.theme import apply_look

    apply_look(app, settings.font_point_size, settings.high_contrast)
    _install_qt_translations(app, i18n.language())
    _install_error_hook(data_dir)
    if not new_folder_agreed(data_dir, bool(args.data_dir or os.environ.get(DATA_DIR_ENV))):
        return 2
    hold = hold_data_dir(data_dir)  # one program owns the data: a second writer is told
    if hold is None:
        return 2
    store = open_store_asking(data_dir)  # a damaged store: moved aside, a backup offered
    if store is None:
        hold.release()
        return 2
    session = Session(store, data_dir, i18n.language())
    window = MainWindow(session)
    # Every minute, back up if there were edits and 10 minutes passed since the last one.
    backup_timer = QTimer(window)
    backup_timer.timeout.connect(lambda: _timed_backup(session))
    backup_timer.start(60_000)
    if args.demo:
        from kerinjing_desktop.core.demo import create_demo_event  # only now: it pulls in content

        session.set_event(create_demo_event(store))
        window._reload_events()
    window.show()
    # The start backup, a moment after the window is up (the facilitator can already work):
    # on a worker thread, verified as ever, failures reported. Its imports and set-up stay
    # off the path to the first usable window.
    QTimer.singleShot(START_BACKUP_DELAY_MS, lambda: start_backup(session, window))
    if not settings.tour_done:
        QTimer.singleShot(200, lambda: _first_run_tour(window, data_dir))
    code = app.exec()
    wait_for_jobs()  # the start backup, if it is still running, ends first
    backup_quietly(session.store, data_dir)
    session.store.close()
    hold.release()
    return code


def _first_run_tour(window, data_dir: Path) -> None:
    """The three-screen tour, once: remembered as seen as soon as it is closed."""
    from kerinjing_desktop.core.settings import update_settings
    from kerinjing_desktop.gui.dialogs.tour import TourDialog

    tour = TourDialog(window)
    tour.exec()
    tour.deleteLater()
    try:
        update_settings(data_dir, tour_done=True)  # re-read: Settings may have changed meanwhile
    except OSError as error:
        log.warning("could not remember the tour: %s", error)


def _install_qt_translations(app, lang: str) -> None:
    """Qt's own texts (print and file dialogs, standard buttons) in `lang`: the only
    QTranslator, since the app's own strings go through gettext (core/i18n.py). Qt's own
    qtbase_<lang>.qm is used where a Qt build ships it (the PySide6 wheel has no Indonesian);
    ours (translations/qt*_<lang>.ts), installed last and so asked first, covers the dialogs the
    app opens either way, and gives Save and Close their Alt-letter in English too."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from kerinjing_desktop.core.paths import asset_path

    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    translator = QTranslator(app)
    if translator.load(str(asset_path("i18n", f"qt_{lang}.qm"))):
        app.installTranslator(translator)


def _timed_backup(session) -> None:
    from kerinjing_desktop.core.store.backup import BackupError, maybe_backup

    try:
        maybe_backup(session.store, session.data_dir)
    except BackupError as error:
        log.warning("backup failed: %s", error)
