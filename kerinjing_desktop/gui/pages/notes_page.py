"""Discussion & commitments: the pre-survey, FGD notes by topic, findings, the village's
commitments and the photos of the day. Any note can be marked sensitive."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.fgd import fgd_safety, fgd_topics
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import NoteKind
from kerinjing_desktop.core.store import notes as store_notes
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.pages.notes_lists import CommitmentsTab, PhotosTab
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.theme import Tone, paint_notice, set_tone

KIND_TITLES = {
    NoteKind.FGD: N_("FGD note"),
    NoteKind.FINDING: N_("Finding"),
    NoteKind.OTHER: N_("Other note"),
}
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
        paint_notice(self.safety)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_presurvey(), _("Pre-survey"))
        self.tabs.addTab(self._build_notes(lang), _("Discussion notes"))
        self.commitments = CommitmentsTab(session)
        self.tabs.addTab(self.commitments, _("Commitments"))
        self.photos = PhotosTab(session)
        self.tabs.addTab(self.photos, _("Photos"))

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
        EmptyHint(self.note_list, lambda: _(
            "No notes yet. Pick a topic, type what was said: it is saved as you type."
        ))  # fmt: skip
        self.note_list.currentItemChanged.connect(self._note_selected)
        self.kind = QComboBox()
        for key, title in KIND_TITLES.items():
            self.kind.addItem(_(title), key.value)  # the combo holds plain words
        self.topic = QComboBox()
        self.topic.addItem(_("(no topic)"), "")
        self._topics = {t.key: t for t in fgd_topics(lang)}
        for topic in self._topics.values():
            self.topic.addItem(topic.title, topic.key)
        self.topic.currentIndexChanged.connect(self._show_questions)
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        set_tone(self.questions, Tone.MUTED)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(_("What was said (no names where none are needed)…"))
        self.sensitive = QCheckBox(
            _("Sensitive (possible victims, named people): left out of reports and exports")
        )
        # Saved as typed: every change of the text, kind, topic or mark goes to the store.
        self.editor.textChanged.connect(self.save_note)
        self.kind.currentIndexChanged.connect(self.save_note)
        self.topic.currentIndexChanged.connect(self.save_note)
        self.sensitive.toggled.connect(self.save_note)
        new = QPushButton(_("New note"))
        new.clicked.connect(self.new_note)
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
        for button in (new, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.note_list)
        splitter.addWidget(right)
        splitter.setSizes([320, 680])
        return splitter

    # --- data -------------------------------------------------------------------------
    def reload(self) -> None:
        event = self.session.event
        self.setEnabled(event is not None)
        self.presurvey.setPlainText(event.presurvey_notes if event else "")
        self.new_note()
        self._reload_notes()
        self.commitments.reload()
        self.photos.reload()

    def _label(self, note: store_notes.Note) -> str:
        topic = self._topics[note.topic].title if note.topic in self._topics else note.topic
        label = _(KIND_TITLES.get(note.kind, KIND_TITLES[NoteKind.OTHER]))
        if note.sensitive:  # a word, not an emoji: the app font may lack emoji glyphs
            label = _("[sensitive]") + " " + label
        label += f" · {topic}" if topic else ""
        short = note.body if len(note.body) <= 80 else note.body[:79] + "…"
        return f"{label}\n{short}"

    def _reload_notes(self, select: str | None = None) -> None:
        self.note_list.blockSignals(True)
        self.note_list.clear()
        event = self.session.event
        notes = store_notes.list_notes(self.session.store, event.id) if event else []
        for note in notes:
            if note.kind == NoteKind.PRESURVEY:
                continue
            item = QListWidgetItem(self._label(note))
            item.setData(ID_ROLE, note.id)
            self.note_list.addItem(item)
            if note.id == select:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)

    def _note_selected(self, item: QListWidgetItem | None) -> None:
        note_id = item.data(ID_ROLE) if item else None
        event = self.session.event
        if note_id is None or event is None:
            return
        note = next(n for n in store_notes.list_notes(self.session.store, event.id)
                    if n.id == note_id)  # fmt: skip
        self._loading = True
        self._note_id = note.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(note.kind))))
        self.topic.setCurrentIndex(max(0, self.topic.findData(note.topic)))
        self.editor.setPlainText(note.body)
        self.sensitive.setChecked(note.sensitive)
        self._loading = False

    def _show_questions(self) -> None:
        topic = self._topics.get(self.topic.currentData() or "")
        self.questions.setText("\n".join(f"• {q}" for q in topic.questions) if topic else "")

    def new_note(self) -> None:
        """An empty editor: the next text typed becomes a new note (kind and topic stay)."""
        self._loading = True
        self._note_id = None
        self.note_list.clearSelection()
        self.note_list.setCurrentRow(-1)
        self.editor.clear()
        self.sensitive.setChecked(False)
        self._loading = False
        self.editor.setFocus()

    def save_note(self) -> None:
        """Called on every change: the first character creates the note, the rest update it.
        An emptied note keeps its last words until it is deleted (an empty note is no note)."""
        event = self.session.event
        if event is None or getattr(self, "_loading", False):
            return
        store = self.session.store
        body = self.editor.toPlainText()
        try:
            if self._note_id is None:
                if not body.strip():
                    return
                note = store_notes.add_note(
                    store,
                    event.id,
                    self.kind.currentData(),
                    body,
                    topic=self.topic.currentData() or "",
                    sensitive=self.sensitive.isChecked(),
                )
                self._note_id = note.id
                self._reload_notes(select=note.id)
                self.session.ran(self, store_notes.add_note)
            elif body.strip():
                store_notes.update_note(
                    store,
                    self._note_id,
                    body,
                    topic=self.topic.currentData() or "",
                    sensitive=self.sensitive.isChecked(),
                    kind=self.kind.currentData(),
                )
                self._relabel()
                self.session.ran(self, store_notes.update_note)
        except ValidationError as error:
            self.session.status.emit(str(error))

    def _relabel(self) -> None:
        item = self.note_list.currentItem()
        event = self.session.event
        if item is None or event is None:
            return
        note = next((n for n in store_notes.list_notes(self.session.store, event.id)
                     if n.id == self._note_id), None)  # fmt: skip
        if note is not None:
            item.setText(self._label(note))

    def delete_note(self) -> None:
        if self._note_id is None:
            return
        if not ask(self, _("Discussion & commitments"), _("Delete this note?")):
            return
        store_notes.delete_note(self.session.store, self._note_id)
        self.new_note()
        self._reload_notes()
        self.session.ran(self, store_notes.delete_note)
