"""Settings (not a step of the day): language, font size, contrast, help contacts, the
institution behind the papers, the tour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.contacts import Contact, load_contacts, save_contacts
from kerinjing_desktop.core.domain import format_date
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.settings import AppSettings, load_settings, update_settings
from kerinjing_desktop.gui.institution_box import InstitutionBox
from kerinjing_desktop.gui.layout import fill_with_scrolling
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import FONT_STEPS, apply_look, system_point_size
from kerinjing_desktop.gui.typed_delegate import TypedDelegate

LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each in its own language
KEY_ROLE = 0x0100  # Qt.UserRole: the contact's key


class SettingsPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.settings: AppSettings = load_settings(session.data_dir)
        app = QApplication.instance()
        self.base_size = system_point_size(app)

        heading = QLabel(_("Settings"))
        heading.setObjectName("pageHeading")

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.settings.lang))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(_("A new language shows when the app starts again."))
        self.language_note.setWordWrap(True)

        self.font_size = QComboBox()
        names = (_("Follow the system"), _("Larger"), _("Largest"))
        for name, extra in zip(names, FONT_STEPS, strict=True):
            size = self.base_size + extra
            self.font_size.addItem(_("{name} ({size} pt)").format(name=name, size=size), extra)
        extra = self.settings.font_point_size - self.base_size
        self.font_size.setCurrentIndex(
            0 if self.settings.font_point_size <= 0 else max(0, self.font_size.findData(extra))
        )
        self.font_size.currentIndexChanged.connect(self._look_changed)
        self.high_contrast = QCheckBox(_("High contrast (for bright halls)"))
        self.high_contrast.setChecked(self.settings.high_contrast)
        self.high_contrast.toggled.connect(self._look_changed)

        look = QGroupBox(_("Language and reading comfort"))
        form = QFormLayout(look)
        form.addRow(_("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(_("Font size"), self.font_size)
        form.addRow("", self.high_contrast)

        contacts_box = QGroupBox(_("Help contacts"))
        contacts_layout = QVBoxLayout(contacts_box)
        intro = QLabel(
            _("Where people can get help, such as SAPA 129. Fill in the numbers of the local "
              "offices before the day; point at a name to read what the service does.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.contacts = QTableWidget(0, 3)
        self.contacts.setHorizontalHeaderLabels([_("Name"), _("Number"), _("Checked on")])
        self.contacts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contacts.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setMinimumHeight(200)
        self.add_contact = QPushButton(_("Add a contact"))
        self.remove_contact = QPushButton(_("Remove the contact"))
        self.contacts_saved = QLabel(_("Saved as you type."))
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(self._remove_contact)
        # saved as typed: every keystroke in a name or number goes to the store
        self.contacts.setItemDelegate(TypedDelegate(self.contacts))
        self._loading_contacts = False
        self.contacts.itemChanged.connect(lambda _item: self.save_contact_edits())
        row = QHBoxLayout()
        for button in (self.add_contact, self.remove_contact):
            row.addWidget(button)
        row.addWidget(self.contacts_saved, 1)
        contacts_layout.addWidget(intro)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addLayout(row)

        self.tour_button = QPushButton(_("Show the welcome tour again"))
        self.tour_button.clicked.connect(self.show_tour)
        tour_row = QHBoxLayout()
        tour_row.addWidget(self.tour_button)
        tour_row.addStretch(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(look)
        layout.addWidget(contacts_box, 1)
        self.institution = InstitutionBox(session)
        layout.addWidget(self.institution)
        layout.addLayout(tour_row)
        fill_with_scrolling(self, body)
        self.load_contacts()

    # ------------------------------------------------------------------ preferences
    def _save(self) -> None:
        if self.session.data_dir is not None:  # only this page's own preferences: the tour
            update_settings(  # and the presenter console save theirs meanwhile
                self.session.data_dir,
                lang=self.settings.lang,
                font_point_size=self.settings.font_point_size,
                high_contrast=self.settings.high_contrast,
            )

    def _language_chosen(self, index: int) -> None:
        self.settings.lang = self.language.itemData(index)
        self._save()
        self.session.status.emit(_("Saved. The new language shows when the app starts again."))

    def _look_changed(self, *_args) -> None:
        extra = self.font_size.currentData()
        self.settings.font_point_size = self.base_size + extra if extra else 0
        self.settings.high_contrast = self.high_contrast.isChecked()
        self._save()
        apply_look(
            QApplication.instance(), self.settings.font_point_size, self.settings.high_contrast
        )
        self.contacts.resizeRowsToContents()

    # ------------------------------------------------------------------ contacts
    def load_contacts(self) -> None:
        shown = load_contacts(self.session.store, self.session.lang)
        self._loading_contacts = True
        self.contacts.setRowCount(0)
        for contact in shown:
            self._append(contact)
        self._loading_contacts = False
        self.contacts.resizeRowsToContents()

    def _append(self, contact: Contact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        name = QTableWidgetItem(contact.name)
        name.setData(KEY_ROLE, contact.key)
        if contact.note:
            name.setToolTip(contact.note)
        self.contacts.setItem(row, 0, name)
        self.contacts.setItem(row, 1, QTableWidgetItem(contact.number))
        # When the number was last checked (a typed number: the day it was saved); read-only,
        # so that a stale help line is seen before it is printed on a handout.
        checked = QTableWidgetItem(
            format_date(contact.checked_on, self.session.lang)
            if contact.checked_on and contact.number.strip()
            else "—"  # nothing to check yet: a local office not filled in
        )
        checked.setFlags(checked.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.contacts.setItem(row, 2, checked)

    def shown_contacts(self) -> list[Contact]:
        contacts = []
        for row in range(self.contacts.rowCount()):
            name, number = self.contacts.item(row, 0), self.contacts.item(row, 1)
            contacts.append(
                Contact(name.data(KEY_ROLE), name.text(), number.text() if number else "")
            )
        return contacts

    def _add_contact(self) -> None:
        import uuid

        self._loading_contacts = True  # an empty row is stored once something is typed
        self._append(Contact(f"own{uuid.uuid4().hex[:8]}", "", ""))
        self._loading_contacts = False
        row = self.contacts.rowCount() - 1
        self.contacts.setCurrentCell(row, 0)
        self.contacts.editItem(self.contacts.item(row, 0))

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row < 0:
            return
        if str(self.contacts.item(row, 0).data(KEY_ROLE)).startswith("own"):
            self.contacts.removeRow(row)
            self.save_contact_edits()
        else:  # a bundled contact stays; its number can be cleared
            self.contacts_saved.setText(_("A bundled contact stays; clear its number instead."))

    def save_contact_edits(self) -> None:
        if self._loading_contacts:
            return
        self.session.run(
            self, save_contacts, self.session.store, self.shown_contacts(), self.session.lang
        )
        self.contacts_saved.setText(_("Saved as you type."))

    # ------------------------------------------------------------------ tour
    def show_tour(self) -> None:
        from kerinjing_desktop.gui.dialogs.tour import TourDialog

        TourDialog(self).exec()
