"""Small layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def fill_with_scrolling(page: QWidget, body: QWidget) -> None:
    """Make `body` the whole of `page`, scrolling when a small screen or a large font needs it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
