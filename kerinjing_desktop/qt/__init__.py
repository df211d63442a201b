"""What every Qt user of the app shares, below the widgets, the slides and the film (the
place of Anki's `aqt/qt`): the PySide6 bug workaround (`refcount_guard`), the platform
choices made before a QApplication exists (`platform`), which screen shows what
(`screens`), and the two threading rules: workers hand values over through a `mailbox`, and
garbage is collected on the GUI thread only (`gc_thread`). Nothing here imports a layer
above it, so the slides, the film, the commands and the benchmarks use these without pulling
in the window.
"""
