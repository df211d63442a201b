"""The Qt-free core: domain values, validation, statistics, import/export and the store.

Nothing under this package may import PySide6 (the import-linter contract `core-without-qt`
in pyproject.toml says so).
"""
