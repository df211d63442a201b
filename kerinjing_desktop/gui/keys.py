"""Keyboard reach: mnemonics for every page button, and the keys the F1 help lists.

Buttons get an Alt+letter mnemonic when a page is first built (in both languages, without
touching the translations): the first letter of the label not yet taken on that page.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QTabWidget, QWidget

from kerinjing_desktop.core.i18n import N_, _

# Shortcuts made with QShortcut inside a page (they carry no text of their own), per step.
PAGE_KEYS: dict[str, list[tuple[str, str]]] = {
    "event": [("Ctrl+S", N_("Save the event"))],
    "participants": [
        ("Ctrl+F", N_("Search the list")),
        (N_("Space"), N_("Check in the one person the search found, or the selected person")),
        ("Enter", N_("In the search box: go to the first person found")),
        ("Esc", N_("Empty the search box")),
        ("Ctrl+N", N_("Type the name of a walk-in participant")),
        ("Enter", N_("In the walk-in row: add and check in")),
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


def _tab_of(button: QAbstractButton, tab_pages: list[QWidget]) -> QWidget | None:
    widget = button.parentWidget()
    while widget is not None:
        if widget in tab_pages:
            return widget
        widget = widget.parentWidget()
    return None


def _give_letters(buttons: list[QAbstractButton], used: set[str]) -> None:
    for button in buttons:
        text = button.text()
        if _mnemonic_letter(text) or not button.shortcut().isEmpty():  # "&&" is a plain "&"
            continue
        for position, char in enumerate(text):
            if char.isalnum() and char.isascii() and char.lower() not in used:
                used.add(char.lower())
                button.setText(text[:position] + "&" + text[position:])
                break
        else:  # every letter of its words is taken: another one, after the words
            free = next((c for c in "abcdefghijklmnopqrstuvwxyz0123456789" if c not in used), None)
            if free is not None:
                used.add(free)
                button.setText(f"{text} (&{free.upper()})")


def add_mnemonics(page: QWidget) -> None:
    """Give each button of `page` without a mnemonic one, avoiding letters already used.
    The buttons of each tab are a scope of their own (only one tab shows at a time), after
    the buttons outside the tabs."""
    buttons = [b for b in page.findChildren(QAbstractButton) if b.text()]
    tab_pages = [
        widget
        for tabs in page.findChildren(QTabWidget)
        for i in range(tabs.count())
        if (widget := tabs.widget(i)) is not None
    ]
    scopes: dict[QWidget | None, list[QAbstractButton]] = {None: []}
    for button in buttons:
        scopes.setdefault(_tab_of(button, tab_pages), []).append(button)
    outside = {letter for b in scopes[None] if (letter := _mnemonic_letter(b.text()))}
    for scope, members in scopes.items():
        if scope is not None:
            outside |= {letter for b in members if (letter := _mnemonic_letter(b.text()))}
    _give_letters(scopes.pop(None), outside)
    for members in scopes.values():
        _give_letters(members, set(outside))


def set_button_text(button: QAbstractButton, text: str) -> None:
    """Change the text of a button that changes (Play/Pause, Show/Hide) and keep its Alt key:
    a plain setText drops the `&` letter, and the key then stops working and leaves F1."""
    letter = button.property("mnemonic") or _mnemonic_letter(button.text())
    if letter is None or _mnemonic_letter(text):
        button.setText(text)
        return
    button.setProperty("mnemonic", letter)
    position = next((i for i, c in enumerate(text) if c.lower() == letter), -1)
    if position >= 0 and not (position > 0 and text[position - 1] == "&"):
        button.setText(text[:position] + "&" + text[position:])
    else:  # the new words lack the letter: it is shown after them, as "Jeda (&P)"
        button.setText(f"{text} (&{letter.upper()})")


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
