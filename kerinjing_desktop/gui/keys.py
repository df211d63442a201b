"""Keyboard reach: mnemonics for every page button, and the keys the F1 help lists.

Buttons get an Alt+letter mnemonic when a page is first built (in both languages, without
touching the translations): the first letter of the label not yet taken on that page.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from kerinjing_desktop.core.i18n import N_, _

# Shortcuts made with QShortcut inside a page (they carry no text of their own), per step.
PAGE_KEYS: dict[str, list[tuple[str, str]]] = {
    "event": [("Ctrl+S", N_("Save the event"))],
    "participants": [
        ("Ctrl+F", N_("Search the list")),
        ("Ctrl+N", N_("Type the name of a walk-in participant")),
        (N_("Space"), N_("Mark the selected person present or absent")),
        ("F2", N_("Edit the selected person")),
        ("Delete", N_("Remove the selected person (asks first)")),
    ],
    "pretest": [("Ctrl+G", N_("Go to a participant code")), ("Enter", N_("Next cell"))],
    "posttest": [("Ctrl+G", N_("Go to a participant code")), ("Enter", N_("Next cell"))],
    "slides": [
        ("F5", N_("Present from the first slide")),
        ("Shift+F5", N_("Present from the selected slide")),
    ],
}

# Key names go through _() too (only "Space" has an Indonesian name: "Spasi").
GLOBAL_KEYS: list[tuple[str, str]] = [
    ("Ctrl+1 … Ctrl+9", N_("Go to step 1 … 9")),
    ("Ctrl+0", N_("Backups")),
    ("Ctrl+,", N_("Settings")),
    ("Ctrl+E", N_("Choose the event")),
    ("F1", N_("This list of keys")),
    ("Ctrl+Q", N_("Close the app (a backup is made first)")),
]


def _mnemonic_letter(text: str) -> str | None:
    index = text.find("&")
    while index != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index = text.find("&", index + 2)
    return None


def add_mnemonics(page: QWidget) -> None:
    """Give each button of `page` without a mnemonic one, avoiding letters already used."""
    buttons = [b for b in page.findChildren(QAbstractButton) if b.text()]
    used = {letter for b in buttons if (letter := _mnemonic_letter(b.text()))}
    for button in buttons:
        text = button.text()
        if "&" in text or not button.shortcut().isEmpty():
            continue
        for position, char in enumerate(text):
            if char.isalnum() and char.isascii() and char.lower() not in used:
                used.add(char.lower())
                button.setText(text[:position] + "&" + text[position:])
                break


def page_keys(step_key: str, page: QWidget) -> list[tuple[str, str]]:
    """(key, what it does) for one page: its QShortcuts, actions and button mnemonics."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = [(_(key), _(what)) for key, what in PAGE_KEYS.get(step_key, [])]
    for action in page.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            rows.append((action.shortcut().toString(native), action.text().replace("&", "")))
    for button in page.findChildren(QAbstractButton):
        letter = _mnemonic_letter(button.text())
        if letter and button.isVisibleTo(page):
            rows.append((f"Alt+{letter.upper()}", button.text().replace("&", "")))
        elif not button.shortcut().isEmpty() and button.isVisibleTo(page):
            rows.append((button.shortcut().toString(native), button.text().replace("&", "")))
    return rows
