"""The presenter console on the laptop: current and next slide, notes, clocks, overview."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.settings import load_settings, update_settings
from kerinjing_desktop.slides.cache import SlideCache
from kerinjing_desktop.slides.source import DeckSource
from kerinjing_desktop.slides.timing import PartClock, format_clock
from kerinjing_desktop.slides.views import SlideView


def notes_html(text: str) -> str:
    """Notes as written: one paragraph per line (a thought per line), `- ` bullets, **bold**."""
    parts = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        bullet = line.startswith(("- ", "* "))
        body = "".join(
            f"<b>{piece}</b>" if i % 2 else piece
            for i, piece in enumerate(html.escape(line[2:] if bullet else line).split("**"))
        )
        parts.append(f"<p style='margin: 0 0 0.45em {'1em' if bullet else '0'}'>"
                     f"{'• ' if bullet else ''}{body}</p>")  # fmt: skip
    return "".join(parts)


NOTES_SIZES = (14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48)  # within NOTES_PIXEL_RANGE
THUMB = QSize(240, 135)
log = logging.getLogger(__name__)


class ConsoleWindow(QWidget):
    """Only shows things; the presenter owns the state and handles every key."""

    closing = Signal()
    jump = Signal(int)  # a thumbnail of the overview was chosen

    def __init__(self, source: DeckSource, cache: SlideCache, data_dir: Path | None = None):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("console")
        self.setWindowTitle(_("Presenter console — {name}").format(name=source.name))
        self.source = source
        self.cache = cache
        self.data_dir = data_dir  # None (tests, no data folder): the size is not remembered
        remembered = load_settings(data_dir).notes_pixel_size
        self.notes_size_index = min(
            range(len(NOTES_SIZES)), key=lambda i: abs(NOTES_SIZES[i] - remembered)
        )
        self._thumbs: dict[int, tuple[int, int]] = {}  # row → size of the icon it has

        self.position = QLabel()
        self.position.setObjectName("position")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.position.setFont(big)
        self.section = QLabel()
        self.elapsed = QLabel()
        self.status = QLabel()  # pending jump number, black/white screen
        self.status.setStyleSheet(f"color: {palette.WARN}; font-weight: bold;")
        for label in (self.section, self.elapsed, self.status):
            medium = QFont(label.font())
            medium.setPointSizeF(medium.pointSizeF() * 1.35)
            label.setFont(medium)
        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addSpacing(24)
        top.addWidget(self.section)
        top.addSpacing(24)
        top.addWidget(self.elapsed)
        top.addStretch(1)
        top.addWidget(self.status)
        self.parts = QLabel()  # every part of the day with its time left, the current in bold
        self.parts.setObjectName("parts")
        self.parts.setWordWrap(True)
        self.parts.setTextFormat(Qt.TextFormat.RichText)

        self.current = SlideView(cache, 0)
        self.current.setObjectName("current")
        self.next_view = SlideView(cache, 1)
        self.next_view.setObjectName("next")
        self.next_title = QLabel()
        self.next_title.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setObjectName("notes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setOpenLinks(False)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.next_title)
        column.addWidget(self.next_view, 2)
        column.addWidget(self.notes, 5)
        split = QSplitter()
        split.addWidget(self.current)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([3000, 2000])  # scaled down to the window: 60 % slide, 40 % notes

        self.overview = QListWidget()
        self.overview.setObjectName("overview")
        self.overview.setViewMode(QListView.ViewMode.IconMode)
        self.overview.setIconSize(THUMB)
        self.overview.setResizeMode(QListView.ResizeMode.Adjust)
        self.overview.setMovement(QListView.Movement.Static)
        self.overview.setSpacing(8)
        self.overview.setWordWrap(True)
        self.overview.itemActivated.connect(lambda item: self.jump.emit(self.overview.row(item)))
        self.overview.itemClicked.connect(lambda item: self.jump.emit(self.overview.row(item)))
        for index in range(source.count):
            item = QListWidgetItem(f"{index + 1}. {source.title(index)}")
            item.setSizeHint(QSize(THUMB.width() + 16, THUMB.height() + 48))
            self.overview.addItem(item)
        cache.ready.connect(self._thumbnail_ready)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.overview)

        self.screen_note = QLabel()
        self.screen_note.setWordWrap(True)
        self.screen_note.setObjectName("screen_note")
        self.buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        for key, text in (
            ("previous", _("◀ Previous")),
            ("next", _("Next ▶")),
            ("smaller", pgettext("text size", "A−")),
            ("larger", pgettext("text size", "A+")),
            ("overview", _("Overview (Tab)")),
            ("black", _("Black (B)")),
            ("white", _("White (W)")),
            ("swap", _("Swap screens")),
            ("audience", _("Audience window (F5)")),
            ("end", _("End (Esc)")),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            # Buttons never take the focus: Space and Enter must move the slides.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bottom.addWidget(button)
            self.buttons[key] = button
        self.buttons["smaller"].setToolTip(_("Smaller notes"))
        self.buttons["larger"].setToolTip(_("Larger notes"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parts)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.screen_note)
        layout.addLayout(bottom)
        self.buttons["smaller"].clicked.connect(lambda: self.change_notes_size(-1))
        self.buttons["larger"].clicked.connect(lambda: self.change_notes_size(+1))
        self.change_notes_size(0)

    # --- what the presenter calls ------------------------------------------------------

    def show_position(self, index: int, total: int, notes: str, next_title: str) -> None:
        self.position.setText(_("Slide {n} of {total}").format(n=index + 1, total=total))
        self.current.show_slide(index, self.source.title(index))
        has_next = index + 1 < total
        self.next_view.show_slide(index + 1 if has_next else None, _("End of the deck"))
        self.next_title.setText(
            _("Next: {title}").format(title=next_title) if has_next else _("End of the deck")
        )
        if notes.strip():
            self.notes.setHtml(notes_html(notes))
        else:
            self.notes.setPlainText(_("No notes for this slide."))
        if self.overview.currentRow() != index:
            self.overview.setCurrentRow(index)

    def change_notes_size(self, step: int) -> None:
        """A− / A+ (and Ctrl+− / Ctrl++): one step, remembered for the next show."""
        index = max(0, min(len(NOTES_SIZES) - 1, self.notes_size_index + step))
        changed, self.notes_size_index = index != self.notes_size_index, index
        face = QFont(self.notes.font())
        face.setPixelSize(NOTES_SIZES[self.notes_size_index])
        self.notes.setFont(face)
        self.notes.document().setDefaultFont(face)
        if changed and self.data_dir is not None:
            try:
                update_settings(self.data_dir, notes_pixel_size=NOTES_SIZES[index])
            except OSError as error:  # a full or read-only disk must not stop the show
                log.warning("could not remember the notes size: %s", error)

    def notes_pixel_size(self) -> int:
        return NOTES_SIZES[self.notes_size_index]

    def show_overview(self, shown: bool) -> None:
        self.stack.setCurrentIndex(1 if shown else 0)
        if shown:
            self.overview.setFocus()
            self._fill_thumbnails()

    def overview_shown(self) -> bool:
        return self.stack.currentIndex() == 1

    def thumb_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        return QSize(round(THUMB.width() * ratio), round(THUMB.height() * ratio))

    def _fill_thumbnails(self) -> None:
        size = self.thumb_size()
        for row in range(self.overview.count()):
            image = self.cache.get(row, size.width(), size.height())
            if image is not None:
                self._set_thumbnail(row, image)

    def _thumbnail_ready(self, index: int, width: int, height: int) -> None:
        size = self.thumb_size()
        if (width, height) == (size.width(), size.height()) and index < self.overview.count():
            image = self.cache.get(index, width, height)
            if image is not None:
                self._set_thumbnail(index, image)

    def _set_thumbnail(self, row: int, image: QImage) -> None:
        if self._thumbs.get(row) == (image.width(), image.height()):
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.overview.item(row).setIcon(QIcon(pixmap))
        self._thumbs[row] = (image.width(), image.height())

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_parts(self, parts: list[PartClock]) -> None:
        shown = []
        for part in parts:
            text = html.escape(part.name)
            if part.left is not None:
                clock = format_clock(part.left)
                text += " " + (clock if part.left >= 0 else _("{time} over").format(time=clock))
            style = f"color: {palette.BAD};" if part.left is not None and part.left < 0 else ""
            if part.current:
                style += " font-weight: bold; text-decoration: underline;"
            shown.append(f"<span style='{style}'>{text}</span>" if style else text)
        self.parts.setText(_("Time left per part:") + " " + "  ·  ".join(shown))

    def set_clocks(self, section: str, elapsed: str, over: bool) -> None:
        self.section.setText(section)
        self.section.setStyleSheet(f"color: {palette.BAD}; font-weight: bold;" if over else "")
        self.elapsed.setText(elapsed)

    def set_screen_note(self, text: str, rehearsal: bool) -> None:
        self.screen_note.setText(text)
        self.buttons["swap"].setEnabled(not rehearsal)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the presenter decides: closing the console ends the show
        self.closing.emit()
