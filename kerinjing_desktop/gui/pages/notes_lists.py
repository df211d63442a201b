"""The two lists of the Discussion page, commitments and photos, saved as they are typed.

Nothing here waits for a Save button: each keystroke of a commitment or a caption, each tick,
move, addition and removal goes to the store at once, so leaving the tab or quitting the app
loses nothing (scores and notes work the same way).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.fgd import commitment_template
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.store import notes as store_notes
from kerinjing_desktop.core.store import photos as store_photos
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.empty_hint import EmptyHint
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.gui.typed_delegate import TypedDelegate

ID_ROLE = Qt.ItemDataRole.UserRole


class CommitmentsTab(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._loading = False
        hint = QLabel(
            _(
                "One commitment per line, saved as you type; double-click or F2 to edit. "
                "Ticked = sensitive (left out of reports and exports)."
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(TypedDelegate(self.list, _("Type the commitment…")))
        EmptyHint(self.list, lambda: _(
            "No commitments yet. Add one, or start from the template."
        ))  # fmt: skip
        self.list.itemChanged.connect(self._item_changed)
        row = QHBoxLayout()
        for text, slot in (
            (_("Add"), self.add),
            (_("Remove"), self.remove),
            (pgettext("move the row", "Up"), lambda: self.move_row(-1)),
            (pgettext("move the row", "Down"), lambda: self.move_row(1)),
            (_("Use the template"), self.use_template),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def reload(self) -> None:
        self._loading = True
        self.list.clear()
        event = self.session.event
        if event:
            for c in store_notes.list_commitments(self.session.store, event.id):
                self._add_item(c.text, c.sensitive, c.id)
        self._loading = False

    def _add_item(self, text: str, sensitive: bool, commitment_id: str | None) -> QListWidgetItem:
        was_loading, self._loading = self._loading, True
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if sensitive else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, commitment_id)
        self.list.addItem(item)
        self._loading = was_loading
        return item

    def _ids(self) -> list[str]:
        ids = (self.list.item(i).data(ID_ROLE) for i in range(self.list.count()))
        return [commitment_id for commitment_id in ids if commitment_id]

    def _item_changed(self, item: QListWidgetItem) -> None:
        """A line's first letter stores it (in its place), each keystroke updates it, and a
        line typed empty leaves the store (an empty commitment is none) until it is typed."""
        event = self.session.event
        if self._loading or event is None:
            return
        store = self.session.store
        commitment_id = item.data(ID_ROLE)
        sensitive = item.checkState() == Qt.CheckState.Checked
        self._loading = True
        try:
            if not item.text().strip():
                if commitment_id:
                    self.session.run(self, store_notes.delete_commitment, store, commitment_id)
                    item.setData(ID_ROLE, None)
            elif commitment_id:
                self.session.run(
                    self, store_notes.update_commitment, store, commitment_id, item.text(),
                    sensitive,
                )  # fmt: skip
            else:
                added = store_notes.add_commitment(store, event.id, item.text(), sensitive)
                item.setData(ID_ROLE, added.id)
                store_notes.order_commitments(store, self._ids())
                self.session.ran(self, store_notes.add_commitment, store_notes.order_commitments)
        except ValidationError as error:
            QMessageBox.warning(self, _("Commitments"), str(error))
            return
        finally:
            self._loading = False

    def add(self) -> None:
        """A new line to type into: stored at its first letter."""
        if self.session.event is None:
            return
        item = self._add_item("", False, None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if item.text() and not ask(self, _("Commitments"), _("Remove this commitment?")):
            return
        if item.data(ID_ROLE):
            self.session.run(
                self, store_notes.delete_commitment, self.session.store, item.data(ID_ROLE)
            )
        self.list.takeItem(self.list.row(item))

    def move_row(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._loading = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._loading = False
        self.list.setCurrentRow(target)
        self.session.run(self, store_notes.order_commitments, self.session.store, self._ids())

    def use_template(self) -> None:
        """Add the template's points that are not in the list yet (nothing typed is lost)."""
        event = self.session.event
        if event is None:
            return
        present = {self.list.item(i).text() for i in range(self.list.count())}
        for text in commitment_template(self.session.lang):
            if text not in present:
                added = store_notes.add_commitment(self.session.store, event.id, text)
                self._add_item(added.text, False, added.id)
        store_notes.order_commitments(self.session.store, self._ids())
        self.session.ran(self, store_notes.add_commitment, store_notes.order_commitments)


class PhotosTab(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(200, 150))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        EmptyHint(self.list, lambda: _(
            "No photos yet. Add photos of the day (JPEG or PNG): the activity report shows "
            "them with their captions."
        ))  # fmt: skip
        self.list.currentItemChanged.connect(self._selected)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(_("Caption of the selected photo (saved as you type)"))
        self.caption.setEnabled(False)
        self.caption.textEdited.connect(self._caption_typed)
        self.caption.returnPressed.connect(self._next_photo)
        row = QHBoxLayout()
        for text, slot in ((_("Add photos…"), self.add), (_("Remove photo"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.caption)
        layout.addLayout(row)

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        event = self.session.event
        if event is None:
            self._selected(None)
            return
        for photo in store_photos.list_photos(self.session.store, event.id):
            path = store_photos.media_file(self.session.store, photo.file_name)
            icon = QIcon()
            if path:
                icon = QIcon(
                    QPixmap(str(path)).scaled(
                        200,
                        150,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            item = QListWidgetItem(icon, photo.caption or _("(no caption)"))
            item.setData(ID_ROLE, photo.id)
            self.list.addItem(item)
            if photo.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self._selected(None)

    def _selected(self, item: QListWidgetItem | None) -> None:
        photo_id = item.data(ID_ROLE) if item else None
        caption = ""
        if photo_id and self.session.event:
            photos = store_photos.list_photos(self.session.store, self.session.event.id)
            caption = next((p.caption for p in photos if p.id == photo_id), "")
        self.caption.setText(caption)
        self.caption.setEnabled(photo_id is not None)

    def _caption_typed(self, text: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        store_photos.set_caption(self.session.store, item.data(ID_ROLE), text)
        item.setText(text.strip() or _("(no caption)"))
        self.session.ran(self, store_photos.set_caption)

    def _next_photo(self) -> None:
        """Enter: on to the next photo's caption (the typed one is already saved)."""
        row = self.list.currentRow()
        if 0 <= row < self.list.count() - 1:
            self.list.setCurrentRow(row + 1)

    def add(self) -> None:
        event = self.session.event
        if event is None:
            return
        files, _filter = QFileDialog.getOpenFileNames(
            self, _("Add photos"), str(Path.home()), _("Pictures (*.jpg *.jpeg *.png)")
        )
        if files:
            self.add_files([Path(name) for name in files])

    def add_files(self, files: list[Path]) -> None:
        """Add pictures on a worker; then the first new one is selected for its caption."""
        event = self.session.event
        if event is None:
            return
        store = self.session.store

        def work() -> tuple[list[str], list[str]]:
            added, problems = [], []
            for path in files:
                try:
                    added.append(store_photos.add_photo(store, event.id, path).id)
                except ValidationError as error:
                    problems.append(str(error))
            return added, problems

        def done(result: tuple[list[str], list[str]]) -> None:
            added, problems = result
            self.reload(select=added[0] if added else None)
            if added:
                self.caption.setFocus()
                self.session.ran(self, store_photos.add_photo)
            if problems:
                QMessageBox.warning(self, _("Photos"), "\n".join(problems))

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, _("Photos"), str(error))

        run_job(self, _("Add photos"), work, on_success=done, on_failure=failed)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if ask(self, _("Photos"), _("Remove this photo?")):
            self.session.run(
                self, store_photos.delete_photo, self.session.store, item.data(ID_ROLE)
            )
            self.reload()
