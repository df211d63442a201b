"""Participants & attendance: search, check in with one key, add walk-ins, import a list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.changes import OpChanges
from kerinjing_desktop.core.domain import Participant, normalize_code
from kerinjing_desktop.core.groups import group_with_labels
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.kinds import Gender
from kerinjing_desktop.core.roster import attendance_counts
from kerinjing_desktop.core.store import participants as store_participants
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.dialogs.import_dialog import ImportDialog
from kerinjing_desktop.gui.dialogs.person_dialog import PersonDialog
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.models import ParticipantsModel, SearchProxy
from kerinjing_desktop.gui.pages.participants_table import (
    ParticipantTable,
    SpaceChecksIn,
    size_columns,
)
from kerinjing_desktop.gui.pages.participants_walk_in import WalkInRow
from kerinjing_desktop.gui.session import Session


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
        self.search.installEventFilter(SpaceChecksIn(self))
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # see size_columns
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        size_columns(self.table, self.model)
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
        self.walk_in = WalkInRow(session)
        self.walk_in.added.connect(self._walk_in_added)
        self.walk_in.known_added.connect(self._known_added)
        self.walk_in.problem.connect(self._warn)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.walk_in.name.setFocus)
        QShortcut(QKeySequence("Esc"), self.search, activated=self._clear_search)
        session.event_changed.connect(lambda _event: self.reload())
        session.changed.connect(self._changed)
        self._stale = False  # another page checked someone in while this one was hidden
        self.reload()

    # --- walk-ins ------------------------------------------------------------------------
    def _walk_in_added(self, registration_id: str, message: str) -> None:
        """The old search goes, so that the new person is seen; the row is ready again."""
        self.search.clear()
        self.walk_in.name.setFocus()
        self._added(registration_id, message, store_participants.add_participant)

    def _known_added(self, registration_id: str, message: str) -> None:
        self._added(registration_id, message, store_participants.register_person)

    def _added(self, registration_id: str, message: str, operation: Callable[..., object]) -> None:
        self._after_change(message, operation)
        self._select(registration_id)

    # --- the table ----------------------------------------------------------------------
    def _empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return _(
                "No one on the list yet. Type a name in the walk-in box (Ctrl+N), or import "
                "a list (CSV or Excel)."
            )
        return _("No one matches “{text}”.").format(text=self.search.text())

    def reload(self) -> None:
        self._stale = False
        event = self.session.event
        if event is None:
            self.heading.setText(_("No event chosen"))
            self.model.set_rows([])
        else:
            self.heading.setText(f"<b>{event.title}</b> — {event.village}")
            self.model.set_rows(store_participants.list_participants(self.session.store, event.id))
        self.walk_in.offer_groups(self._group_labels())
        self._update_counts()

    def _changed(self, changes: OpChanges, initiator: object) -> None:
        """The list or the event changed: read them again. Someone checked in by another
        page (their paper's first score): now if shown, else when shown (a score is typed
        many times a minute on a test page); our own check-ins are already in the table."""
        if changes & (OpChanges.PARTICIPANTS | OpChanges.EVENT):
            self.reload()
        elif changes & OpChanges.ATTENDANCE and initiator is not self:
            self._stale = not self.isVisible()
            if not self._stale:
                self.reload()

    def _update_counts(self) -> None:
        counts = attendance_counts(self.model.rows())
        present = [p for p in self.model.rows() if p.attended]
        groups = " · ".join(
            group_with_labels(group, [p.group_label for p in present if p.group == group], n=n)
            for group, n in counts.by_group.items()
            if n
        )
        self.counts.setText(
            _("Present {attended} of {registered} · M {men} · F {women}").format(
                attended=counts.attended,
                registered=counts.registered,
                men=counts.by_gender[Gender.MALE],
                women=counts.by_gender[Gender.FEMALE],
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
        self._set_present(current, True, _("{code} {name} checked in."))

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
        self._set_present(current, False, _("{code} {name} marked absent."))

    def _set_present(self, current: Participant, present: bool, message: str) -> None:
        """Check in or take it back; `message` names the person ({code} {name})."""
        changed = store_participants.set_checked_in(
            self.session.store, current.registration_id, present
        )
        self.model.replace_row(changed)
        self._update_counts()
        self.session.status.emit(message.format(code=changed.code, name=changed.name))
        self.session.ran(self, store_participants.set_checked_in)

    def _group_labels(self) -> list[str]:
        event = self.session.event
        return (
            []
            if event is None
            else store_participants.event_group_labels(self.session.store, event.id)
        )

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
            operations: list[Callable[..., object]] = [store_participants.update_person]
            role = dialog.role_box.currentData()
            if role != current.role:
                changed = store_participants.set_role(
                    self.session.store, current.registration_id, role
                )
                operations.append(store_participants.set_role)
            self.model.replace_row(changed)
            self._after_change(
                _("{code} saved.").format(code=changed.code), *operations, reload=False
            )

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
        self._after_change(
            _("{code} {name} removed.").format(code=current.code, name=current.name),
            store_participants.remove_participant,
        )

    def undo_remove(self) -> None:
        if self._undo is None:
            return
        restored = store_participants.restore_participant(self.session.store, self._undo)
        self._undo = None
        self.undo_button.hide()
        self._after_change(
            _("{code} {name} is back.").format(code=restored.code, name=restored.name),
            store_participants.restore_participant,
        )
        self._select(restored.registration_id)

    def _after_change(
        self, message: str, *operations: Callable[..., object], reload: bool = True
    ) -> None:
        """After this page's `operations` ran: the page shows them, then every page is told."""
        if reload:
            self.reload()
        else:
            self._update_counts()
        self.session.status.emit(message)
        self.session.ran(self, *operations)

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
                    ngettext(
                        "Imported {n} participant.", "Imported {n} participants.", count
                    ).format(n=count),
                    store_participants.import_participants,
                )
            )

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, _("Check the input"), text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        QTimer.singleShot(0, self.search.setFocus)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger font from the Settings page
            size_columns(self.table, self.model)
