"""What every Qt user of the app shares, below the widgets, the slides and the film (the
place of Anki's `aqt/qt`): the PySide6 bug workaround (`refcount_guard`), the platform
choices made before a QApplication exists (`platform`) and which screen shows what
(`screens`). Nothing here imports a layer above it, so the slides, the film, the commands and
the benchmarks use these without pulling in the window.
"""
