"""Discussion & commitments: the pre-survey, FGD notes by topic, findings, the village's
commitments and the photos of the day. Any note can be marked sensitive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.fgd import commitment_template, fgd_safety, fgd_topics
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store import notes as store_notes
from kerinjing_desktop.core.store import photos as store_photos
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.session import Session

KIND_TITLES = {"fgd": N_("FGD note"), "finding": N_("Finding"), "other": N_("Other note")}
ID_ROLE = Qt.ItemDataRole.UserRole


class NotesPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._note_id: str | None = None
        lang = session.lang

        heading = QLabel(_("Discussion & commitments"))
        heading.setObjectName("pageHeading")
        self.safety = QLabel(fgd_safety(lang))
        self.safety.setWordWrap(True)
        self.safety.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0b84a; padding: 6px; }"
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_presurvey(), _("Pre-survey"))
        self.tabs.addTab(self._build_notes(lang), _("Discussion notes"))
        self.tabs.addTab(self._build_commitments(), _("Commitments"))
        self.tabs.addTab(self._build_photos(), _("Photos"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.safety)
        layout.addWidget(self.tabs, 1)
        session.event_changed.connect(lambda _event: self.reload())
        self.reload()

    # --- building ---------------------------------------------------------------------
    def _build_presurvey(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        hint = QLabel(
            _(
                "The pre-survey interview is written on the Event page; it is shown "
                "here to guide the discussion."
            )
        )
        hint.setWordWrap(True)
        self.presurvey = QPlainTextEdit()
        self.presurvey.setReadOnly(True)
        layout.addWidget(hint)
        layout.addWidget(self.presurvey, 1)
        return box

    def _build_notes(self, lang: str) -> QWidget:
        self.note_list = QListWidget()
        self.note_list.setWordWrap(True)  # long notes wrap instead of scrolling sideways
        self.note_list.setSpacing(3)
        self.note_list.currentItemChanged.connect(self._note_selected)
        self.kind = QComboBox()
        for key, title in KIND_TITLES.items():
            self.kind.addItem(_(title), key)
        self.topic = QComboBox()
        self.topic.addItem(_("(no topic)"), "")
        self._topics = {t.key: t for t in fgd_topics(lang)}
        for topic in self._topics.values():
            self.topic.addItem(topic.title, topic.key)
        self.topic.currentIndexChanged.connect(self._show_questions)
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setStyleSheet("color: #555;")
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(_("What was said (no names where none are needed)…"))
        self.sensitive = QCheckBox(
            _("Sensitive (possible victims, named people): left out of reports and exports")
        )
        new = QPushButton(_("New note"))
        new.clicked.connect(self.new_note)
        save = QPushButton(_("Save note"))
        save.clicked.connect(self.save_note)
        delete = QPushButton(_("Delete note"))
        delete.clicked.connect(self.delete_note)

        right = QWidget()
        form = QFormLayout(right)
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Topic"), self.topic)
        form.addRow("", self.questions)
        form.addRow(self.editor)
        form.addRow(self.sensitive)
        buttons = QHBoxLayout()
        for button in (new, save, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.note_list)
        splitter.addWidget(right)
        splitter.setSizes([320, 680])
        return splitter

    def _build_commitments(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        hint = QLabel(
            _(
                "One commitment per line; double-click to edit. Ticked = sensitive "
                "(left out of reports and exports)."
            )
        )
        hint.setWordWrap(True)
        self.commitments = QListWidget()
        self.commitments.setWordWrap(True)
        self.commitments.setSpacing(2)
        self.commitments.setAlternatingRowColors(True)
        row = QHBoxLayout()
        for text, slot in (
            (_("Add"), self.add_commitment),
            (_("Remove"), self.remove_commitment),
            (_("Up"), lambda: self.move_commitment(-1)),
            (_("Down"), lambda: self.move_commitment(1)),
            (_("Use the template"), self.use_template),
            (_("Save commitments"), self.save_commitments),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.commitments, 1)
        layout.addLayout(row)
        return box

    def _build_photos(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(200, 150))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setWordWrap(True)
        EmptyHint(self.photo_list, lambda: _(
            "No photos yet. Add photos of the day (JPEG or PNG): the activity report shows "
            "them with their captions."
        ))  # fmt: skip
        self.photo_list.currentItemChanged.connect(self._photo_selected)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(_("Caption for the report"))
        self.caption.returnPressed.connect(self.save_caption)
        row = QHBoxLayout()
        for text, slot in (
            (_("Add photos…"), self.add_photos),
            (_("Save caption"), self.save_caption),
            (_("Remove photo"), self.remove_photo),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.photo_list, 1)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        return box

    # --- data -------------------------------------------------------------------------
    def reload(self) -> None:
        event = self.session.event
        self.setEnabled(event is not None)
        self.presurvey.setPlainText(event.presurvey_notes if event else "")
        self._reload_notes()
        self.commitments.clear()
        if event:
            for c in store_notes.list_commitments(self.session.store, event.id):
                self._add_commitment_item(c.text, c.sensitive)
        self._reload_photos()

    def _reload_notes(self, select: str | None = None) -> None:
        self.note_list.blockSignals(True)
        self.note_list.clear()
        event = self.session.event
        notes = store_notes.list_notes(self.session.store, event.id) if event else []
        for note in notes:
            if note.kind == "presurvey":
                continue
            topic = self._topics[note.topic].title if note.topic in self._topics else note.topic
            label = _(KIND_TITLES.get(note.kind, "Other note"))
            if note.sensitive:  # a word, not an emoji: the app font may lack emoji glyphs
                label = _("[sensitive]") + " " + label
            label += f" · {topic}" if topic else ""
            short = note.body if len(note.body) <= 80 else note.body[:79] + "…"
            item = QListWidgetItem(f"{label}\n{short}")
            item.setData(ID_ROLE, note)
            self.note_list.addItem(item)
            if note.id == select:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)

    def _note_selected(self, item: QListWidgetItem | None) -> None:
        note = item.data(ID_ROLE) if item else None
        if note is None:
            return
        self._note_id = note.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(note.kind)))
        self.topic.setCurrentIndex(max(0, self.topic.findData(note.topic)))
        self.editor.setPlainText(note.body)
        self.sensitive.setChecked(note.sensitive)

    def _show_questions(self) -> None:
        topic = self._topics.get(self.topic.currentData() or "")
        self.questions.setText("\n".join(f"• {q}" for q in topic.questions) if topic else "")

    def new_note(self) -> None:
        self._note_id = None
        self.note_list.clearSelection()
        self.editor.clear()
        self.sensitive.setChecked(False)
        self.editor.setFocus()

    def save_note(self) -> None:
        event = self.session.event
        if event is None:
            return
        store = self.session.store
        try:
            if self._note_id is None:
                note = store_notes.add_note(
                    store,
                    event.id,
                    self.kind.currentData(),
                    self.editor.toPlainText(),
                    topic=self.topic.currentData() or "",
                    sensitive=self.sensitive.isChecked(),
                )
                self._note_id = note.id
            else:
                store_notes.update_note(
                    store,
                    self._note_id,
                    self.editor.toPlainText(),
                    topic=self.topic.currentData() or "",
                    sensitive=self.sensitive.isChecked(),
                    kind=self.kind.currentData(),
                )
        except ValidationError as error:
            QMessageBox.warning(self, _("Discussion & commitments"), str(error))
            return
        self._reload_notes(select=self._note_id)
        self.session.status.emit(_("Note saved."))
        self.session.data_changed.emit("notes")

    def delete_note(self) -> None:
        if self._note_id is None:
            return
        store_notes.delete_note(self.session.store, self._note_id)
        self.new_note()
        self._reload_notes()
        self.session.data_changed.emit("notes")

    # --- commitments --------------------------------------------------------------------
    def _add_commitment_item(self, text: str, sensitive: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if sensitive else Qt.CheckState.Unchecked)
        self.commitments.addItem(item)
        return item

    def add_commitment(self) -> None:
        item = self._add_commitment_item(_("New commitment"))
        self.commitments.setCurrentItem(item)
        self.commitments.editItem(item)

    def remove_commitment(self) -> None:
        row = self.commitments.currentRow()
        if row >= 0:
            self.commitments.takeItem(row)

    def move_commitment(self, step: int) -> None:
        row = self.commitments.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.commitments.count():
            return
        item = self.commitments.takeItem(row)
        self.commitments.insertItem(target, item)
        self.commitments.setCurrentRow(target)

    def use_template(self) -> None:
        """Add the template's points that are not in the list yet (nothing typed is lost)."""
        present = {self.commitments.item(i).text() for i in range(self.commitments.count())}
        for text in commitment_template(self.session.lang):
            if text not in present:
                self._add_commitment_item(text)

    def save_commitments(self) -> None:
        event = self.session.event
        if event is None:
            return
        items = [
            (
                self.commitments.item(i).text(),
                self.commitments.item(i).checkState() == Qt.CheckState.Checked,
            )
            for i in range(self.commitments.count())
        ]
        try:
            store_notes.replace_commitments(self.session.store, event.id, items)
        except ValidationError as error:
            QMessageBox.warning(self, _("Commitments"), str(error))
            return
        self.session.status.emit(_("Commitments saved."))
        self.session.data_changed.emit("notes")

    # --- photos -------------------------------------------------------------------------
    def _reload_photos(self) -> None:
        self.photo_list.clear()
        event = self.session.event
        if event is None:
            return
        for photo in store_photos.list_photos(self.session.store, event.id):
            path = store_photos.media_file(self.session.store, photo.file_name)
            icon = (
                QIcon(
                    QPixmap(str(path)).scaled(
                        200,
                        150,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                if path
                else QIcon()
            )
            item = QListWidgetItem(icon, photo.caption or _("(no caption)"))
            item.setData(ID_ROLE, photo)
            self.photo_list.addItem(item)

    def _photo_selected(self, item: QListWidgetItem | None) -> None:
        photo = item.data(ID_ROLE) if item else None
        self.caption.setText(photo.caption if photo else "")

    def add_photos(self) -> None:
        event = self.session.event
        if event is None:
            return
        files, _filter = QFileDialog.getOpenFileNames(
            self, _("Add photos"), str(Path.home()), _("Pictures (*.jpg *.jpeg *.png)")
        )
        if not files:
            return
        store = self.session.store

        def work() -> list[str]:
            problems = []
            for name in files:
                try:
                    store_photos.add_photo(store, event.id, Path(name))
                except ValidationError as error:
                    problems.append(str(error))
            return problems

        def done(problems: list[str]) -> None:
            self._reload_photos()
            if problems:
                QMessageBox.warning(self, _("Photos"), "\n".join(problems))

        run_job(
            self,
            _("Add photos"),
            work,
            on_success=done,
            on_failure=lambda error: QMessageBox.warning(self, _("Photos"), str(error)),
        )

    def save_caption(self) -> None:
        item = self.photo_list.currentItem()
        if item is None:
            return
        store_photos.set_caption(self.session.store, item.data(ID_ROLE).id, self.caption.text())
        self._reload_photos()

    def remove_photo(self) -> None:
        item = self.photo_list.currentItem()
        if item is None:
            return
        if ask(self, _("Photos"), _("Remove this photo?")):
            store_photos.delete_photo(self.session.store, item.data(ID_ROLE).id)
            self._reload_photos()
