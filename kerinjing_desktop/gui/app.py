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
from kerinjing_desktop.core.paths import ensure_private_dir, resolve_data_dir
from kerinjing_desktop.core.settings import load_settings

log = logging.getLogger(__name__)


def prefer_xcb_on_wayland() -> None:
    """VLC embeds its video only into X11 windows: under Wayland, run Qt through XWayland."""
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def _install_error_hook(data_dir: Path | None) -> None:
    """An unexpected error is logged to a file and shown as a plain message, not a traceback."""
    log_file = None
    if data_dir is not None:
        try:
            log_file = ensure_private_dir(data_dir / "logs") / "errors.log"
        except OSError:
            log_file = None

    def hook(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", text)
        if log_file is not None:
            try:
                with open(log_file, "a", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            except OSError:
                pass
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.warning(
                None,
                _("Something went wrong"),
                _(
                    "The app met an unexpected problem: {reason}\n\nYour saved data is safe. "
                    "Details were written to {log}."
                ).format(reason=value, log=log_file or _("the terminal")),
            )

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    settings = load_settings(data_dir)
    i18n.set_language(args.lang or settings.lang)
    prefer_xcb_on_wayland()

    from PySide6.QtWidgets import QApplication, QMessageBox

    from kerinjing_desktop.core.demo import create_demo_event
    from kerinjing_desktop.core.store import StoreError, open_store
    from kerinjing_desktop.gui.main_window import MainWindow
    from kerinjing_desktop.gui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kerinjing Desktop")
    app.setOrganizationName("Kerinjing")
    if settings.font_point_size > 0:
        font = app.font()
        font.setPointSize(settings.font_point_size)
        app.setFont(font)
    from kerinjing_desktop.gui.style import stylesheet

    app.setStyleSheet(stylesheet(settings.high_contrast))
    _install_error_hook(data_dir)
    try:
        store = open_store(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, _("Cannot open the data"), str(error))
        return 2
    session = Session(store, data_dir, i18n.language())
    window = MainWindow(session)
    if args.demo:
        session.set_event(create_demo_event(store))
        window._reload_events()
    window.show()
    code = app.exec()
    store.close()
    return code
