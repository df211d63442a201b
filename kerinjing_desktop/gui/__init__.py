"""The Qt widgets: thin views over the core. Nothing here holds data the store does not."""

from kerinjing_desktop.qt.refcount_guard import protect_singletons

# PySide6 6.12 on Python 3.11 leaks references to None on every void call: see the module.
protect_singletons()
