"""Settings → the institution: typed once, used by every paper the institution signs
(certificates, attendance sheet, activity report, the Word drafts). Kept in the store, so a
backup or a bundle carries it to the team's other laptops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.store.institution import (
    MAX_SIGNATORIES,
    Institution,
    Signer,
    get_institution,
    logo_from_file,
    set_institution,
)
from kerinjing_desktop.gui.session import Session


class InstitutionBox(QGroupBox):
    def __init__(self, session: Session):
        super().__init__(_("Institution (on certificates, attendance sheets and reports)"))
        self.session = session
        self.logo = b""
        form = QFormLayout(self)
        self.name, self.unit, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(_("e.g. Universitas Sriwijaya"))
        self.unit.setPlaceholderText(_("e.g. LPPM, or the faculty or programme"))
        self.letterhead = QPlainTextEdit()
        self.letterhead.setPlaceholderText(
            _("The letterhead (kop surat), one line each; empty: name, unit and address")
        )
        self.letterhead.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(_("Name"), self.name)
        form.addRow(_("Unit"), self.unit)
        form.addRow(_("Address"), self.address)
        form.addRow(_("Letterhead"), self.letterhead)
        self.logo_preview = QLabel()
        choose, clear = QPushButton(_("Choose…")), QPushButton(_("Clear"))
        choose.clicked.connect(self.choose_logo)
        clear.clicked.connect(lambda: self._show_logo(b""))
        row = QHBoxLayout()
        row.addWidget(self.logo_preview, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        form.addRow(_("Logo"), row)
        self.signers: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for number in range(1, MAX_SIGNATORIES + 1):
            title, name, id_number = QLineEdit(), QLineEdit(), QLineEdit()
            title.setPlaceholderText(_("e.g. Ketua LPPM"))
            id_number.setPlaceholderText(_("e.g. NIP. 19700101 199503 1 001"))
            form.addRow(QLabel(f"<b>{_('Signatory {n}').format(n=number)}</b>"))
            form.addRow(pgettext("a signatory's job title", "Title"), title)
            form.addRow(_("Name"), name)
            form.addRow(_("NIP / NIDN"), id_number)
            self.signers.append((title, name, id_number))
        self.saved = QLabel(_("Saved as you type."))
        form.addRow(self.saved)
        self._loading = False
        self.load()
        # Saved as typed (no Save button to forget): every field, the letterhead, the logo.
        for line in (self.name, self.unit, self.address, *(w for s in self.signers for w in s)):
            line.textChanged.connect(self.save)
        self.letterhead.textChanged.connect(self.save)

    def load(self) -> None:
        self._loading = True
        inst = get_institution(self.session.store)
        self.name.setText(inst.name)
        self.unit.setText(inst.unit)
        self.address.setText(inst.address)
        self.letterhead.setPlainText("\n".join(inst.letterhead))
        self._show_logo(inst.logo_png)
        people = list(inst.signatories) + [Signer()] * MAX_SIGNATORIES
        for (title, name, id_number), person in zip(self.signers, people, strict=False):
            title.setText(person.title)
            name.setText(person.name)
            id_number.setText(person.id_number)
        self._loading = False

    def typed(self) -> Institution:
        return Institution(
            name=self.name.text(),
            unit=self.unit.text(),
            address=self.address.text(),
            letterhead=tuple(self.letterhead.toPlainText().splitlines()),
            logo_png=self.logo,
            signatories=tuple(
                Signer(name.text(), title.text(), id_number.text())
                for title, name, id_number in self.signers
            ),
        )

    def save(self) -> None:
        if self._loading:
            return
        self.session.run(self, set_institution, self.session.store, self.typed())

    def _show_logo(self, png: bytes) -> None:
        changed = png != self.logo
        self.logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(48))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(_("(none)"))
        if changed and not self._loading:
            self.save()

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose an image"), str(Path.home()), _("Pictures (*.jpg *.jpeg *.png)")
        )
        if not name:
            return
        try:
            self._show_logo(logo_from_file(Path(name)))
        except ValidationError as error:
            QMessageBox.warning(self, _("Institution"), str(error))
