"""Edit one person's details; validation messages appear in the dialog, nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from kerinjing_desktop.core.domain import (
    GENDERS,
    ROLE_LABELS,
    ROLES,
    Participant,
    PersonInput,
    ValidationError,
    gender_label,
    validate_person,
)
from kerinjing_desktop.core.groups import classify_group, group_choices, group_name
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.gui.keys import add_mnemonics
from kerinjing_desktop.gui.theme import Tone, set_tone


class PersonDialog(QDialog):
    def __init__(self, participant: Participant, parent=None, labels: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Edit {code}").format(code=participant.code))
        self.person: PersonInput | None = None
        self.name = QLineEdit(participant.name)
        self.gender = gender_box()
        self.gender.setCurrentIndex(self.gender.findData(str(participant.gender)))
        self.age = QLineEdit("" if participant.age is None else str(participant.age))
        self.group = group_box(labels or [])
        self.group.setCurrentText(participant.group_shown)
        self.group_note = QLabel()
        self.group.currentTextChanged.connect(
            lambda text: self.group_note.setText(counted_under(text))
        )
        self.group_note.setText(counted_under(participant.group_shown))
        self.phone = QLineEdit(participant.phone)
        self.consent = QCheckBox(_("Agrees to be named on printed lists and reports"))
        self.consent.setChecked(participant.consent)
        self.error = QLabel()
        set_tone(self.error, Tone.BAD)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("M/F"), self.gender)
        form.addRow(_("Age"), self.age)
        form.addRow(_("Group"), self.group)
        form.addRow("", self.group_note)
        form.addRow(_("Phone"), self.phone)
        self.role_box = QComboBox()
        for role in ROLES:
            self.role_box.addItem(_(ROLE_LABELS[role]), role.value)  # plain words in the box
        self.role_box.setCurrentIndex(ROLES.index(participant.role))
        form.addRow(_("Role"), self.role_box)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        add_mnemonics(self)

    def accept(self) -> None:
        try:
            self.person = validate_person(
                self.name.text(),
                self.gender.currentData() or "",
                self.age.text(),
                self.group.currentText(),
                self.phone.text(),
                consent=self.consent.isChecked(),
            )
        except ValidationError as error:
            self.error.setText("\n".join(message for _field, message in error.problems))
            return
        super().accept()


def gender_box() -> QComboBox:
    """L/P in Indonesian, M/F in English; the stored letter is the item's data. Typing the
    letter chooses it. Nothing is chosen at first (never assumed)."""
    box = QComboBox()
    for code in GENDERS:
        box.addItem(gender_label(code), code.value)
    box.setPlaceholderText(_("M/F"))
    box.setCurrentIndex(-1)
    box.setToolTip(_("M = male, F = female"))
    return box


def group_box(labels: list[str]) -> QComboBox:
    """The standard groups and the village's own labels; any other label can be typed."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed label is kept when saved
    box.addItems(group_choices(labels))
    box.setToolTip(
        _("Type the group as the village calls it; it is counted under a standard group")
    )
    return box


def counted_under(text: str) -> str:
    """ "Counted as Perangkat Desa" for a village's label; nothing for a standard group."""
    group, label = classify_group(text)
    if text.strip() and not label:  # the group's own name, in either language
        return ""
    return _("Counted as {group} in the totals").format(group=group_name(group))
