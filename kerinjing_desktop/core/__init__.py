"""The Qt-free core: domain values, validation, statistics, import/export and the store.

Nothing under this package may import PySide6 (tests/test_core_without_qt.py proves it).
"""
