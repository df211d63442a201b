"""The Participants page's walk-in row: name, M/F, age and group, added and checked in with
Enter; a name from an earlier event is offered as it is typed, so nobody is typed in twice.

The row does the adding (through the store) and says what it did with `added`; the page
refreshes its list and selects the person.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kerinjing_desktop.core.domain import ValidationError, gender_label, validate_person
from kerinjing_desktop.core.groups import group_choices, group_name
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import participants as store_participants
from kerinjing_desktop.gui.dialogs.person_dialog import gender_box, group_box
from kerinjing_desktop.gui.session import Session


class _EnterAdds(QObject):
    """Enter in the walk-in row's M/F (L/P) box adds the person, as it does in its text boxes."""

    def __init__(self, row: WalkInRow):
        super().__init__(row)
        self.row = row

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.row.add_walk_in()
            return True
        return False


class WalkInRow(QWidget):
    added = Signal(str, str)  # registration id, the message for the status bar
    known_added = Signal(str, str)  # the same, for a person from an earlier event
    problem = Signal(str)  # why nobody was added, for a warning

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("Walk-in (Ctrl+N):")))
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Full name"))
        self.name.setToolTip(_("People from earlier events are offered as you type."))
        # people from earlier events are offered as you type, so nobody is typed in twice
        self._known: dict[str, str] = {}
        self.known_model = QStringListModel(self)
        completer = QCompleter(self.known_model, self)
        # The store already chose who matches (Maruf finds Ma'ruf): the popup shows them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # the str overload of the signal; PySide6 types it as one SignalInstance
        completer.activated[str].connect(self.register_known)  # type: ignore[index]
        self.name.setCompleter(completer)
        self.name.textEdited.connect(self._offer_known)
        self.gender = gender_box()
        self.age = QLineEdit()
        self.age.setPlaceholderText(_("Age"))
        self.age.setMaximumWidth(70)
        self.group = group_box([])
        self.fresh_group()
        add = QPushButton(_("Add && check in"))
        add.clicked.connect(self.add_walk_in)
        for widget in (self.name, self.age):
            widget.returnPressed.connect(self.add_walk_in)
        # Enter anywhere in the row adds (the group box is typed into: its line edit)
        if (group_line := self.group.lineEdit()) is not None:
            group_line.returnPressed.connect(self.add_walk_in)
        self._enter_adds = _EnterAdds(self)
        self.gender.installEventFilter(self._enter_adds)
        row.addWidget(self.name, 2)
        row.addWidget(self.gender)
        row.addWidget(self.age)
        row.addWidget(self.group)
        row.addWidget(add)

    def fresh_group(self) -> None:
        """Lainnya chosen as an item, not only as text: Enter in the box then keeps it (with
        the text alone, the box fell back to its first item, PKK)."""
        self.group.setCurrentIndex(self.group.findText(group_name("Lainnya")))

    def offer_groups(self, labels: list[str]) -> None:
        """The labels this event already uses, offered in the group box (keeping what is typed)."""
        typed = self.group.currentText()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(group_choices(labels))
        found = self.group.findText(typed)
        if found >= 0:  # as the item, not only its text: Enter then keeps it (see fresh_group)
            self.group.setCurrentIndex(found)
        else:
            self.group.setCurrentText(typed)
        self.group.blockSignals(False)

    def _offer_known(self, text: str) -> None:
        event = self.session.event
        if event is None or len(text.strip()) < 3:
            return
        found = store_participants.find_people(self.session.store, text, exclude_event=event.id)
        self._known = {}
        for person in found:
            age = "" if person.birth_year is None else f", {event.year - person.birth_year}"
            gender = gender_label(person.gender)
            group = group_name(person.group)
            label = f"{person.name} ({gender}{age}, {group}) — {person.last_event}"
            self._known[label] = person.person_id
        self.known_model.setStringList(list(self._known))
        if self._known:
            self.name.completer().complete()

    def register_known(self, label: str) -> None:
        """Someone from an earlier event: registered and checked in without retyping."""
        event = self.session.event
        person_id = self._known.get(label)
        if event is None or person_id is None:
            return
        try:
            added = store_participants.register_person(
                self.session.store, event.id, person_id, checked_in=True
            )
        except ValidationError as error:
            self.problem.emit("\n".join(message for _field, message in error.problems))
            return
        QTimer.singleShot(0, self.name.clear)
        message = _("{name} added as {code} and checked in.")
        self.known_added.emit(
            added.registration_id, message.format(name=added.name, code=added.code)
        )

    def add_walk_in(self) -> None:
        event = self.session.event
        if event is None:
            self.problem.emit(_("Create or choose an event first."))
            return
        try:
            person = validate_person(
                self.name.text(),
                self.gender.currentData() or "",
                self.age.text(),
                self.group.currentText(),
            )
        except ValidationError as error:
            self.problem.emit("\n".join(message for _field, message in error.problems))
            return
        added = store_participants.add_participant(
            self.session.store, event.id, person, checked_in=True
        )
        # The row starts afresh: nobody gets the last walk-in's group unasked.
        self.name.clear()
        self.age.clear()
        self.gender.setCurrentIndex(-1)
        self.fresh_group()
        message = _("{name} added as {code} and checked in.")
        self.added.emit(added.registration_id, message.format(name=added.name, code=added.code))
