"""The Event step: the day's details and the pre-survey notes; create a new event here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import Event, ValidationError
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.consent import consent_default, set_consent_default
from kerinjing_desktop.core.store.events import add_event, update_event
from kerinjing_desktop.gui.layout import fill_with_scrolling
from kerinjing_desktop.gui.session import Session

LINE_FIELDS = (
    ("title", N_("Activity title")),
    ("village", N_("Village (desa)")),
    ("kecamatan", N_("District (kecamatan)")),
    ("kabupaten", N_("Regency (kabupaten)")),
    ("venue", N_("Venue")),
    ("facilitators", N_("Facilitators")),
)


class EventPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._creating = False
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in LINE_FIELDS:
            self.inputs[key] = QLineEdit()
            form.addRow(_(label), self.inputs[key])
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        form.insertRow(2, _("Date"), self.date)
        # Recorded once for the day (the village's agreement on the registration sheet), never
        # assumed: imported rows without their own Persetujuan cell take this.
        self.consent = QCheckBox(_("Participants agreed to be named on lists and certificates"))
        self.consent.setToolTip(
            _(
                "For imported rows without a Persetujuan (consent) column. Without consent, "
                "names and phones are left off printed lists, certificates and exports."
            )
        )
        form.addRow(_("Consent"), self.consent)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(_("Agenda, partners, anything the report should mention"))
        self.presurvey = QPlainTextEdit()
        self.presurvey.setPlaceholderText(
            _(
                "Before the day: the interview with the village head. Who goes to work abroad "
                "and through whom? Has the village had an outreach before? What worries them?"
            )
        )
        details = QGroupBox(_("The day"))
        details.setLayout(form)
        notes_box = QGroupBox(_("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        survey_box = QGroupBox(_("Pre-survey with the village head"))
        survey_layout = QVBoxLayout(survey_box)
        survey_layout.addWidget(self.presurvey)

        self.saved = QLabel()
        self.save_button = QPushButton(_("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        new_button = QPushButton(_("New event…"))
        new_button.clicked.connect(self.start_new)
        self.demo_button = QPushButton(_("Open the demo event"))
        self.demo_button.clicked.connect(self.open_demo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(new_button)
        buttons.addWidget(self.demo_button)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(details)
        column.addWidget(survey_box, 2)
        column.addWidget(notes_box, 1)
        column.addLayout(buttons)
        fill_with_scrolling(self, body)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for widget in list(self.inputs.values()):
            widget.textEdited.connect(self._mark_unsaved)
        self.notes.textChanged.connect(self._mark_unsaved)
        self.presurvey.textChanged.connect(self._mark_unsaved)
        self.date.dateChanged.connect(self._mark_unsaved)
        self.consent.toggled.connect(self._mark_unsaved)
        session.event_changed.connect(self.show_event)
        self.show_event(session.event)

    def show_event(self, event: Event | None) -> None:
        self._creating = event is None
        self._loading = True
        if event is None:
            self.heading.setText(_("<h2>New event</h2>Fill in the day's details and save."))
            for widget in self.inputs.values():
                widget.clear()
            self.date.setDate(QDate.currentDate())
            self.notes.clear()
            self.presurvey.clear()
            self.consent.setChecked(False)
        else:
            self.heading.setText(f"<h2>{event.title}</h2>")
            for key, widget in self.inputs.items():
                widget.setText(getattr(event, key))
            self.date.setDate(QDate.fromString(event.date, "yyyy-MM-dd"))
            self.notes.setPlainText(event.notes)
            self.presurvey.setPlainText(event.presurvey_notes)
            self.consent.setChecked(consent_default(self.session.store, event.id))
        self._loading = False
        self.saved.setText("" if event is None else _("Saved."))

    def _mark_unsaved(self) -> None:
        if not getattr(self, "_loading", False):
            self.saved.setText(_("Not saved yet"))

    def start_new(self) -> None:
        self.session.set_event(None)
        self.inputs["title"].setFocus()

    def open_demo(self) -> None:
        from kerinjing_desktop.core.demo import create_demo_event  # rarely used: keep start-up lean

        self.session.set_event(create_demo_event(self.session.store))
        self.session.data_changed.emit("event")

    def save(self) -> None:
        fields = {key: widget.text() for key, widget in self.inputs.items()}
        fields["date"] = dt.date(
            self.date.date().year(), self.date.date().month(), self.date.date().day()
        ).isoformat()
        fields["notes"] = self.notes.toPlainText()
        fields["presurvey_notes"] = self.presurvey.toPlainText()
        agreed = self.consent.isChecked()
        store = self.session.store
        try:
            if self._creating or self.session.event is None:
                title, village, date = (
                    fields.pop("title"),
                    fields.pop("village"),
                    fields.pop("date"),
                )
                event = add_event(store, title, village, date, **fields)
                set_consent_default(store, event.id, agreed)
                self.session.set_event(event.id)
            else:
                update_event(store, self.session.event.id, **fields)
                set_consent_default(store, self.session.event.id, agreed)
                self.session.refresh_event()
        except ValidationError as error:
            QMessageBox.warning(
                self, _("Check the input"), "\n".join(m for _f, m in error.problems)
            )
            return
        self.saved.setText(_("Saved."))
        self.session.status.emit(_("Event saved."))
        self.session.data_changed.emit("event")
