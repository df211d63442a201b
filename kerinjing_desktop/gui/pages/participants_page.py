"""Participants & attendance: search, check in with one key, add walk-ins, import a list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import (
    GROUPS,
    Participant,
    ValidationError,
    gender_label,
    normalize_code,
    validate_person,
)
from kerinjing_desktop.core.groups import group_choices
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.roster import attendance_counts
from kerinjing_desktop.core.store import participants as store_participants
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog
from kerinjing_desktop.gui.dialogs.person_dialog import PersonDialog, gender_box, group_box
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.models import ParticipantsModel, SearchProxy
from kerinjing_desktop.gui.session import Session


class ParticipantTable(QTableView):
    """Space or Enter checks the selected person in (never out); typing goes to the search box."""

    def __init__(self, page: ParticipantsPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.check_in_selected()
        elif key == Qt.Key.Key_Delete:
            self.page.remove_selected()
        elif key == Qt.Key.Key_F2:
            self.page.edit_selected()
        elif (
            event.text()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.page.search.setFocus()
            self.page.search.setText(self.page.search.text() + event.text())
        else:
            super().keyPressEvent(event)


class _SpaceChecksIn(QObject):
    """Space in the search box checks in the one person found (as the tour says: type the
    name, then Space). With several people found, it is typed as a space, to narrow down."""

    def __init__(self, page: ParticipantsPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.page.check_in_found()
        return False


class _EnterAdds(QObject):
    """Enter in the walk-in row's M/F (L/P) box adds the person, as it does in its text boxes."""

    def __init__(self, page: ParticipantsPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.page.add_walk_in()
            return True
        return False


class ParticipantsPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._undo: store_participants.RemovedRegistration | None = None
        self.model = ParticipantsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Type a name or code, then Space to check in (Ctrl+F)…"))
        self.search.installEventFilter(_SpaceChecksIn(self))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._search_enter)
        import_button = QPushButton(_("Import list…"))
        import_button.clicked.connect(self.import_file)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(import_button)

        self.table = ParticipantTable(self)
        self.table.setModel(self.proxy)
        hint = EmptyHint(self.table, self._empty_text)
        self.search.textChanged.connect(hint.refresh)  # its text names what was searched
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fixed widths from the widest text each column can hold: resizing to the contents
        # would measure every row again on each search keystroke.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        check_in = QPushButton(_("Check in (Space)"))
        check_in.clicked.connect(self.check_in_selected)
        absent = QPushButton(_("Mark absent…"))
        absent.setToolTip(_("Takes back a check-in made by mistake (asks first)."))
        absent.clicked.connect(self.mark_absent_selected)
        edit = QPushButton(_("Edit (F2)"))
        edit.clicked.connect(self.edit_selected)
        remove = QPushButton(_("Remove (Del)"))
        remove.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(_("Undo remove"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        actions = QHBoxLayout()
        for button in (check_in, absent, edit, remove, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addLayout(search_row)
        layout.addWidget(self._build_walk_in())
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.walk_name.setFocus)
        QShortcut(QKeySequence("Esc"), self.search, activated=self._clear_search)
        session.event_changed.connect(lambda _event: self.reload())
        session.data_changed.connect(self._data_changed)
        self.reload()

    # --- walk-ins -----------------------------------------------------------------------
    def _build_walk_in(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("Walk-in (Ctrl+N):")))
        self.walk_name = QLineEdit()
        self.walk_name.setPlaceholderText(_("Full name"))
        self.walk_name.setToolTip(_("People from earlier events are offered as you type."))
        # people from earlier events are offered as you type, so nobody is typed in twice
        self._known: dict[str, str] = {}
        self._known_model = QStringListModel(self)
        completer = QCompleter(self._known_model, self)
        # The store already chose who matches (Maruf finds Ma'ruf): the popup shows them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self.register_known)
        self.walk_name.setCompleter(completer)
        self.walk_name.textEdited.connect(self._offer_known)
        self.walk_gender = gender_box()
        self.walk_age = QLineEdit()
        self.walk_age.setPlaceholderText(_("Age"))
        self.walk_age.setMaximumWidth(70)
        self.walk_group = group_box([])
        self._fresh_group()
        add = QPushButton(_("Add && check in"))
        add.clicked.connect(self.add_walk_in)
        for widget in (self.walk_name, self.walk_age):
            widget.returnPressed.connect(self.add_walk_in)
        # Enter anywhere in the row adds (the group box is typed into: its line edit)
        if (group_line := self.walk_group.lineEdit()) is not None:
            group_line.returnPressed.connect(self.add_walk_in)
        self._enter_adds = _EnterAdds(self)
        self.walk_gender.installEventFilter(self._enter_adds)
        row.addWidget(self.walk_name, 2)
        row.addWidget(self.walk_gender)
        row.addWidget(self.walk_age)
        row.addWidget(self.walk_group)
        row.addWidget(add)
        return box

    def _fresh_group(self) -> None:
        """Lainnya chosen as an item, not only as text: Enter in the box then keeps it (with
        the text alone, the box fell back to its first item, PKK)."""
        self.walk_group.setCurrentIndex(self.walk_group.findText("Lainnya"))

    def _offer_known(self, text: str) -> None:
        event = self.session.event
        if event is None or len(text.strip()) < 3:
            return
        found = store_participants.find_people(self.session.store, text, exclude_event=event.id)
        self._known = {}
        for person in found:
            age = "" if person.birth_year is None else f", {event.year - person.birth_year}"
            gender = gender_label(person.gender)
            label = f"{person.name} ({gender}{age}, {person.group}) — {person.last_event}"
            self._known[label] = person.person_id
        self._known_model.setStringList(list(self._known))
        if self._known:
            self.walk_name.completer().complete()

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
            self._warn("\n".join(message for _field, message in error.problems))
            return
        QTimer.singleShot(0, self.walk_name.clear)
        self._after_change(
            _("{name} added as {code} and checked in.").format(name=added.name, code=added.code)
        )
        self._select(added.registration_id)

    def add_walk_in(self) -> None:
        event = self.session.event
        if event is None:
            self._warn(_("Create or choose an event first."))
            return
        try:
            person = validate_person(
                self.walk_name.text(),
                self.walk_gender.currentData() or "",
                self.walk_age.text(),
                self.walk_group.currentText(),
            )
        except ValidationError as error:
            self._warn("\n".join(message for _field, message in error.problems))
            return
        added = store_participants.add_participant(
            self.session.store, event.id, person, checked_in=True
        )
        # The row starts afresh (nobody gets the last walk-in's group unasked), and the old
        # search goes so that the new person is seen.
        self.walk_name.clear()
        self.walk_age.clear()
        self.walk_gender.setCurrentIndex(-1)
        self._fresh_group()
        self.search.clear()
        self.walk_name.setFocus()
        self._after_change(
            _("{name} added as {code} and checked in.").format(name=added.name, code=added.code)
        )
        self._select(added.registration_id)

    # --- the table ----------------------------------------------------------------------
    def _size_columns(self) -> None:
        widest = {0: "✔", 1: "P-0000", 3: _("M/F"), 4: "120", 5: max(GROUPS, key=len),
                  6: "+62812345678901", 7: "00:00"}  # fmt: skip
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, sample in widest.items():
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(label))
            header.resizeSection(column, width + 24)

    def _empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return _(
                "No one on the list yet. Type a name in the walk-in box (Ctrl+N), or import "
                "a list (CSV or Excel)."
            )
        return _("No one matches “{text}”.").format(text=self.search.text())

    def reload(self) -> None:
        event = self.session.event
        if event is None:
            self.heading.setText(_("No event chosen"))
            self.model.set_rows([])
        else:
            self.heading.setText(f"<b>{event.title}</b> — {event.village}")
            self.model.set_rows(store_participants.list_participants(self.session.store, event.id))
        self._refresh_group_box()
        self._update_counts()

    def _data_changed(self, kind: str) -> None:
        if kind in ("participants", "event"):
            self.reload()

    def _update_counts(self) -> None:
        counts = attendance_counts(self.model.rows())
        groups = " · ".join(f"{name} {n}" for name, n in counts.by_group.items() if n)
        self.counts.setText(
            _("Present {attended} of {registered} · M {men} · F {women}").format(
                attended=counts.attended,
                registered=counts.registered,
                men=counts.by_gender["L"],
                women=counts.by_gender["P"],
            )
            + (f"  ·  {groups}" if groups else "")
        )

    def selected_row(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            current = self.table.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        return self.proxy.mapToSource(indexes[0]).row()

    def _select(self, registration_id: str) -> None:
        row = self.model.row_of(registration_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def check_in_selected(self) -> None:
        """Space, Enter or the button: the selected person is present. A second check-in
        changes nothing (the first time is kept): only Mark absent takes it back."""
        row = self.selected_row()
        if row is not None:
            self._check_in(self.model.participant(row))

    def _check_in(self, current: Participant) -> None:
        if current.attended:
            self.session.status.emit(
                _("{code} {name} is already checked in.").format(
                    code=current.code, name=current.name
                )
            )
            return
        changed = store_participants.set_checked_in(
            self.session.store, current.registration_id, True
        )
        self.model.replace_row(changed)
        self._update_counts()
        self.session.status.emit(
            _("{code} {name} checked in.").format(code=changed.code, name=changed.name)
        )
        self.session.data_changed.emit("attendance")

    def check_in_found(self) -> bool:
        """Space in the search box: the one person the search found (or whose code was
        typed) is checked in and the box is emptied for the next name. False: not one."""
        text = self.search.text()
        code = normalize_code(text) if text.strip() else None
        if code is not None and (row := self.model.row_of_code(code)) >= 0:
            found = self.model.participant(row)
        elif text.strip() and self.proxy.rowCount() == 1:
            found = self.model.participant(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        else:
            return False
        self._check_in(found)
        self.search.clear()
        self._select(found.registration_id)
        self.search.setFocus()
        return True

    def mark_absent_selected(self) -> None:
        """Taking back a check-in is a deliberate act, never a second press of Space."""
        row = self.selected_row()
        if row is None:
            return
        current = self.model.participant(row)
        if not current.attended:
            return
        question = _("Mark {code} {name} as not present? Their check-in time is removed.")
        if not ask(self, _("Mark absent"), question.format(code=current.code, name=current.name)):
            return
        changed = store_participants.set_checked_in(
            self.session.store, current.registration_id, False
        )
        self.model.replace_row(changed)
        self._update_counts()
        self.session.status.emit(
            _("{code} {name} marked absent.").format(code=changed.code, name=changed.name)
        )
        self.session.data_changed.emit("attendance")

    def _group_labels(self) -> list[str]:
        event = self.session.event
        return (
            []
            if event is None
            else store_participants.event_group_labels(self.session.store, event.id)
        )

    def _refresh_group_box(self) -> None:
        """The walk-in box offers the labels this event already uses (keeping what is typed)."""
        typed = self.walk_group.currentText()
        self.walk_group.blockSignals(True)
        self.walk_group.clear()
        self.walk_group.addItems(group_choices(self._group_labels()))
        found = self.walk_group.findText(typed)
        if found >= 0:  # as the item, not only its text: Enter then keeps it (see _fresh_group)
            self.walk_group.setCurrentIndex(found)
        else:
            self.walk_group.setCurrentText(typed)
        self.walk_group.blockSignals(False)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        current = self.model.participant(row)
        dialog = PersonDialog(current, self, self._group_labels())
        if dialog.exec():
            changed = store_participants.update_person(
                self.session.store, current.registration_id, dialog.person
            )
            role = dialog.role_box.currentData()
            if role != current.role:
                changed = store_participants.set_role(
                    self.session.store, current.registration_id, role
                )
            self.model.replace_row(changed)
            self._after_change(_("{code} saved.").format(code=changed.code), reload=False)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        current = self.model.participant(row)
        answer = ask(
            self,
            _("Remove participant"),
            _(
                "Remove {code} {name} from this event? Their scores for this event go too. "
                "You can undo this."
            ).format(code=current.code, name=current.name),
        )
        if not answer:
            return
        self._undo = store_participants.remove_participant(
            self.session.store, current.registration_id
        )
        self.undo_button.show()
        self._after_change(_("{code} {name} removed.").format(code=current.code, name=current.name))

    def undo_remove(self) -> None:
        if self._undo is None:
            return
        restored = store_participants.restore_participant(self.session.store, self._undo)
        self._undo = None
        self.undo_button.hide()
        self._after_change(
            _("{code} {name} is back.").format(code=restored.code, name=restored.name)
        )
        self._select(restored.registration_id)

    def _after_change(self, message: str, reload: bool = True) -> None:
        if reload:
            self.reload()
        else:
            self._update_counts()
        self.session.status.emit(message)
        self.session.data_changed.emit("participants")

    # --- search -------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _clear_search(self) -> None:
        self.search.clear()
        self.table.setFocus()

    def _search_enter(self) -> None:
        """Enter in the search box: the first match is selected, so Space checks them in."""
        if self.proxy.rowCount() >= 1:
            self.table.selectRow(0)
            self.table.setFocus()

    # --- import -------------------------------------------------------------------------
    def import_file(self) -> None:
        event = self.session.event
        if event is None:
            self._warn(_("Create or choose an event first."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Import participants"), "", _("Lists (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path:
            ImportDialog(self.session, event, path, self).open_and_import(
                on_done=lambda count: self._after_change(
                    _("Imported {n} participants.").format(n=count)
                )
            )

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, _("Check the input"), text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.search.setFocus)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger font from the Settings page
            self._size_columns()
