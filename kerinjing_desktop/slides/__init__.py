"""Slides: the deck sources, the render cache, the presenter and the exports.

Everything here needs a QGuiApplication (text and PDF rendering); the parsing of the bundled
deck's text stays Qt-free in `core/deck.py`.
"""

from kerinjing_desktop.qt.refcount_guard import protect_singletons

# PySide6 6.12 on Python 3.11 loses a reference to None at every void Qt call; drawing one
# slide makes hundreds of them, so every entry to the slides (GUI, CLI, bench) guards first.
protect_singletons()
