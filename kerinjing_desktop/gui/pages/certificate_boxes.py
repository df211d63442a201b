"""The Documents page's certificate boxes: who signs the certificates (saved as typed), and
the check of a certificate someone brings back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from kerinjing_desktop.core.domain import ValidationError, format_date
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.store import certificates as store_certificates
from kerinjing_desktop.core.store.certificates import signing_gaps
from kerinjing_desktop.core.store.photos import import_image
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, show_toned


class CertificateSettingsBox(QGroupBox):
    def __init__(self, session: Session):
        super().__init__(_("Certificate settings"))
        self.session = session
        form = QFormLayout(self)
        self.signing_gap = QLabel()  # no institution or signatory: said above the boxes
        self.signing_gap.setWordWrap(True)
        show_toned(self.signing_gap, "", Tone.WARN)
        form.addRow(self.signing_gap)
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(_("empty: the institution set in Settings"))
        self.activity_code = QLineEdit()
        self.activity_code.setToolTip(_("Part of every serial, e.g. 001/PKM-TPPO/IX/2021"))
        form.addRow(_("Institution"), self.institution)
        form.addRow(_("Activity code"), self.activity_code)
        self.signers: list[dict[str, QLineEdit]] = []
        for number in (1, 2):
            fields = {key: QLineEdit() for key in ("name", "title", "signature", "stamp")}
            for key in ("signature", "stamp"):
                fields[key].setReadOnly(True)
                fields[key].setPlaceholderText(_("(none)"))
            form.addRow(QLabel(f"<b>{_('Signatory {n}').format(n=number)}</b>"))
            form.addRow(_("Name"), fields["name"])
            form.addRow(pgettext("a signatory's job title", "Title"), fields["title"])
            for key, text in (("signature", _("Signature image")), ("stamp", _("Stamp image"))):
                row = QHBoxLayout()
                row.addWidget(fields[key], 1)
                choose = QPushButton(_("Choose…"))
                choose.clicked.connect(lambda _c=False, f=fields[key]: self.choose_image(f))
                clear = QPushButton(_("Clear"))
                clear.clicked.connect(fields[key].clear)
                row.addWidget(choose)
                row.addWidget(clear)
                form.addRow(text, row)
            self.signers.append(fields)
        # Saved as typed (and as an image is chosen or cleared): no Save button to forget.
        self._loading_settings = False
        widgets = [self.institution, self.activity_code]
        widgets += [widget for fields in self.signers for widget in fields.values()]
        for widget in widgets:
            widget.textChanged.connect(self.save_settings)
        form.addRow(QLabel(_("Saved as you type.")))

    def load(self, event_id: str) -> None:
        """The event's settings into the boxes (not saved back while they fill)."""
        settings = store_certificates.get_settings(self.session.store, event_id)
        self._loading_settings = True
        self.institution.setText(settings.institution)
        self.activity_code.setText(settings.activity_code)
        people = settings.signatories + [store_certificates.Signatory()] * 2
        for fields, person in zip(self.signers, people, strict=False):
            for key, widget in fields.items():
                widget.setText(getattr(person, key))
        self._loading_settings = False
        self.show_gaps(event_id)

    def show_gaps(self, event_id: str | None) -> None:
        """What the certificates would print empty, and where to set it ("" hides it)."""
        text = signing_gaps(self.session.store, event_id) if event_id else ""
        show_toned(self.signing_gap, f"⚠ {text}" if text else "", Tone.WARN)

    def save_settings(self) -> None:
        event = self.session.event
        if event is None or self._loading_settings:
            return
        people = [
            store_certificates.Signatory(**{k: w.text() for k, w in f.items()})
            for f in self.signers
        ]
        store_certificates.set_settings(
            self.session.store,
            event.id,
            store_certificates.CertificateSettings(
                self.institution.text(), self.activity_code.text(), people
            ),
        )
        self.show_gaps(event.id)

    def choose_image(self, field: QLineEdit) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose an image"), str(Path.home()), _("Pictures (*.jpg *.jpeg *.png)")
        )
        if not name:
            return
        try:
            field.setText(import_image(self.session.store, Path(name), max_side=1000))
        except ValidationError as error:
            QMessageBox.warning(self, _("Certificate settings"), str(error))


class VerifyBox(QGroupBox):
    def __init__(self, session: Session):
        super().__init__(_("Verify a certificate"))
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(
            _("serial|check code, e.g. {example}").format(
                example="001/PKM-TPPO/IX/2021/K7QM|1A2B3C4D"
            )
        )
        self.serial.returnPressed.connect(self.verify)
        check = QPushButton(_("Verify"))
        check.clicked.connect(self.verify)
        row.addWidget(self.serial, 1)
        row.addWidget(check)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        layout.addLayout(row)
        layout.addWidget(self.verify_result)

    def verify(self) -> None:
        text = self.serial.text().strip()
        if not text:
            return
        found = store_certificates.verify(self.session.store, text)
        if found is None:
            self.verify_result.setText(
                _("No certificate with serial {serial} in this register.").format(serial=text)
            )
            return
        c = found.certificate
        message = _("{name} ({role}), “{event}”, {date}; issued {issued}.").format(
            name=c.holder_name,
            role=c.role,
            event=found.event_title,
            date=format_date(found.event_date, self.session.lang),
            issued=c.issued_at[:10],
        )
        verdict = store_certificates.explain(found)
        if found.verdict is store_certificates.Verdict.WRONG_CODE:
            message = verdict  # a forged paper: say nothing of the genuine holder
        else:
            message += " " + verdict
        self.verify_result.setText(message)
