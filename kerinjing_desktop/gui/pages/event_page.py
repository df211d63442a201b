"""The Event step: the day's details and the pre-survey notes; create a new event here.

An event that exists is saved as it is typed (nothing waits for a button); a new one is
created with Ctrl+S once it has a title, a village and a date. Dates are typed as people
write them (21-09-2021, 21 Agustus 2021) or picked from a calendar; a date that cannot be
read is said next to the field, never silently turned into another date.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kerinjing_desktop.core.dates import parse_date, typed_date
from kerinjing_desktop.core.domain import Event, ValidationError
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store.consent import consent_default, set_consent_default
from kerinjing_desktop.core.store.events import add_event, update_event
from kerinjing_desktop.gui.layout import fill_with_scrolling
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, set_tone

# In the order they are on the screen (and Tab goes): the date right after the village.
LINE_FIELDS = (
    ("title", N_("Activity title")),
    ("village", N_("Village (desa)")),
    ("date", N_("Date")),
    ("kecamatan", N_("District (kecamatan)")),
    ("kabupaten", N_("Regency (kabupaten)")),
    ("venue", N_("Venue")),
    ("facilitators", N_("Facilitators")),
)
OTHER_PAGES_AFTER_MS = 700  # other pages show the new title once the typing pauses


class EventPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._creating = False
        self._loading = False
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the page
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in LINE_FIELDS:
            self.inputs[key] = QLineEdit()
            if key == "date":
                form.addRow(_(label), self._build_date_row())
            else:
                form.addRow(_(label), self.inputs[key])
        self.date = self.inputs["date"]
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
        self.saved.setWordWrap(True)
        self.save_button = QPushButton(_("Create the event (Ctrl+S)"))
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

        # Other pages (the toolbar's list, headings) follow once the typing pauses.
        self._tell_others = QTimer(self)
        self._tell_others.setSingleShot(True)
        self._tell_others.setInterval(OTHER_PAGES_AFTER_MS)
        self._tell_others.timeout.connect(self._announce)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for widget in self.inputs.values():
            widget.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.presurvey.textChanged.connect(self._edited)
        self.consent.toggled.connect(self._edited)
        session.event_changed.connect(self.show_event)
        self.show_event(session.event)

    def _build_date_row(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        date = self.inputs["date"]
        date.setPlaceholderText(_("like 21-09-2021 or 21 September 2021"))
        date.setMaximumWidth(260)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder_action = QWidgetAction(menu)
        holder_action.setDefaultWidget(self.calendar)
        menu.addAction(holder_action)
        self.pick_button = QPushButton(_("Pick…"))
        self.pick_button.setMenu(menu)
        menu.aboutToShow.connect(self._calendar_from_text)
        self.date_problem = QLabel()
        set_tone(self.date_problem, Tone.BAD)
        self.date_problem.setWordWrap(True)
        row.addWidget(date)
        row.addWidget(self.pick_button)
        row.addWidget(self.date_problem, 1)
        return holder

    def _calendar_from_text(self) -> None:
        try:
            day = parse_date(self.date.text())
        except ValidationError:
            return
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate) -> None:
        self.date.setText(f"{day.day():02d}-{day.month():02d}-{day.year()}")
        self.pick_button.menu().hide()
        self._edited()
        self.date.setFocus()

    def show_event(self, event: Event | None) -> None:
        if getattr(self, "_announcing", False):
            return  # our own edit coming back: the form already shows it
        self._tell_others.stop()
        self._creating = event is None
        self._loading = True
        self.date_problem.clear()
        if event is None:
            self.heading.setText(_("<h2>New event</h2>Fill in the day's details and save."))
            for widget in self.inputs.values():
                widget.clear()
            today = QDate.currentDate()
            self.date.setText(f"{today.day():02d}-{today.month():02d}-{today.year()}")
            self.notes.clear()
            self.presurvey.clear()
            self.consent.setChecked(False)
        else:
            self.heading.setText(f"<h2>{event.title}</h2>")
            for key, widget in self.inputs.items():
                widget.setText(typed_date(event.date) if key == "date" else getattr(event, key))
            self.notes.setPlainText(event.notes)
            self.presurvey.setPlainText(event.presurvey_notes)
            self.consent.setChecked(consent_default(self.session.store, event.id))
        self._loading = False
        self.save_button.setVisible(event is None)
        self.saved.setText("" if event is None else _("Saved as you type."))

    def _fields(self) -> dict[str, str]:
        """What the form holds, the date as ISO; ValidationError says what is wrong."""
        fields = {key: widget.text() for key, widget in self.inputs.items()}
        fields["date"] = parse_date(fields["date"]).isoformat()
        fields["notes"] = self.notes.toPlainText()
        fields["presurvey_notes"] = self.presurvey.toPlainText()
        return fields

    def _edited(self) -> None:
        """Every keystroke: a bad date is said at once; an event that exists is saved."""
        if self._loading:
            return
        try:
            parse_date(self.date.text())
            self.date_problem.clear()
        except ValidationError as error:
            self.date_problem.setText(error.problems[0][1])
        if self._creating or self.session.event is None:
            self.saved.setText(_("Not created yet: Ctrl+S creates the event."))
            return
        try:
            update_event(self.session.store, self.session.event.id, **self._fields())
            set_consent_default(self.session.store, self.session.event.id, self.consent.isChecked())
        except ValidationError as error:
            problems = "; ".join(m for _f, m in error.problems)
            self.saved.setText(_("Not saved: {problems}").format(problems=problems))
            return
        self.saved.setText(_("Saved as you type."))
        self.heading.setText(f"<h2>{self.inputs['title'].text()}</h2>")
        self._tell_others.start()

    def _announce(self) -> None:
        """The store already has the edit; now the other pages and the toolbar show it."""
        self._announcing = True
        try:
            self.session.refresh_event()
            self.session.ran(self, update_event, set_consent_default)
        finally:
            self._announcing = False

    def hideEvent(self, event) -> None:
        if self._tell_others.isActive():
            self._tell_others.stop()
            self._announce()
        super().hideEvent(event)

    def start_new(self) -> None:
        self.session.set_event(None)
        self.inputs["title"].setFocus()

    def open_demo(self) -> None:
        from kerinjing_desktop.core.demo import create_demo_event  # rarely used: keep start-up lean

        self.session.set_event(create_demo_event(self.session.store))
        self.session.ran(self, create_demo_event)  # after: the pages read the chosen event

    def save(self) -> None:
        """Ctrl+S: creates a new event (an event that exists is already saved as typed)."""
        if not (self._creating or self.session.event is None):
            self._edited()
            return
        try:
            fields = self._fields()
            title, village, date = fields.pop("title"), fields.pop("village"), fields.pop("date")
            event = add_event(self.session.store, title, village, date, **fields)
            set_consent_default(self.session.store, event.id, self.consent.isChecked())
        except ValidationError as error:
            QMessageBox.warning(
                self, _("Check the input"), "\n".join(m for _f, m in error.problems)
            )
            return
        self.session.set_event(event.id)
        self.session.status.emit(_("Event saved."))
        self.session.ran(self, add_event, set_consent_default)
