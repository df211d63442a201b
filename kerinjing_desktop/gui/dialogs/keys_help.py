"""F1: a short list of the keys that work in the window and on the current page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.gui.keys import GLOBAL_KEYS


def _rows(rows: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>"
        for key, what in rows
    )


def _heading(text: str) -> str:
    return f"<tr><td colspan='2'><h3>{escape(text)}</h3></td></tr>"


class KeysHelp(QDialog):
    def __init__(self, page_title: str, page_rows: list[tuple[str, str]], parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(_("Keys"))
        html = "<table>" + _heading(_("Everywhere"))
        html += _rows([(_(key), _(what)) for key, what in GLOBAL_KEYS])
        html += _heading(page_title)
        if page_rows:
            html += _rows(page_rows)
        else:
            html += f"<tr><td colspan='2'>{escape(_('No keys of its own on this page.'))}</td></tr>"
        tip = _("Tab moves between fields; Space or Enter presses a button.")
        html += f"</table><p>{escape(tip)}</p>"
        self.text = QLabel(html)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMargin(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, 520)
