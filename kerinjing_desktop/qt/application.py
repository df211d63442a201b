"""The running application, typed for what the slides and the film ask of it.

`QGuiApplication.instance()` is typed as the QCoreApplication it may be (or None), which has
no screen signals; every window here runs inside the app's QApplication, so this says so once.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):  # a programming error: windows need the app first
        raise RuntimeError("no QGuiApplication is running")
    return app
