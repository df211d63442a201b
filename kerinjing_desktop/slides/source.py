"""One deck interface, two sources: the bundled deck (drawn by Qt) and a facilitator's PDF.

    deck = open_deck("bundled", "id")   # or a path to a PDF (or to an edited deck .md file)
    deck.count, deck.title(i), deck.notes(i), deck.render(i, QSize(1920, 1080))

Opening never crashes on a bad file: it raises DeckLoadError with a translated message that
says what is wrong and what to do.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.deck import Deck, DeckError, strip_inline
from kerinjing_desktop.core.deck_local import EditProblem, LocalFacts, localise
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import asset_path
from kerinjing_desktop.slides import theme
from kerinjing_desktop.slides.fonts import load_fonts

PDF_BARS = QColor(palette.BLACK)  # letterbox bars vanish on a projector; the page itself is white


class DeckLoadError(Exception):
    """A deck that cannot be opened; the message is for the facilitator, translated."""


@dataclass(frozen=True)
class Section:
    """A part of the day: it starts at slide `first` and has `minutes` planned (or None)."""

    first: int
    name: str
    minutes: int | None


@dataclass(frozen=True)
class KeyMessage:
    slide: int
    text: str
    source: str


class DeckSource(Protocol):
    kind: str  # "bundled" or "pdf"
    name: str  # shown to the facilitator

    @property
    def count(self) -> int: ...
    def title(self, index: int) -> str: ...
    def notes(self, index: int) -> str: ...
    def render(self, index: int, size: QSize) -> QImage: ...
    def key_messages(self) -> list[KeyMessage]: ...
    def sections(self) -> list[Section]: ...
    def close(self) -> None: ...


def section_of(sections: list[Section], index: int) -> Section | None:
    """The part of the day slide `index` belongs to (None before the first section)."""
    found = None
    for section in sections:
        if section.first <= index:
            found = section
    return found


def bundled_deck_path(lang: str) -> Path:
    return asset_path("deck", f"tppo_{lang}.md")


@dataclass
class BundledDeck:
    """The deck written for the programme, drawn at whatever size the screen has."""

    deck: Deck
    lang: str
    name: str
    kind: str = "bundled"
    path: Path | None = None
    texts: dict[str, str] = field(default_factory=dict)  # slide key → text to start editing
    problems: list[EditProblem] = field(default_factory=list)  # edits that could not be read
    event_id: str | None = None  # the event this deck was localised for (None: as written)

    def __post_init__(self) -> None:
        load_fonts()

    @classmethod
    def from_file(
        cls,
        path: Path,
        lang: str,
        facts: LocalFacts | None = None,
        edits: dict[str, str] | None = None,
    ) -> BundledDeck:
        """The deck file, with one event's village lines and edits (see core/deck_local.py)."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DeckLoadError(_("The deck file {path} is missing.").format(path=path)) from None
        except (OSError, UnicodeDecodeError) as error:
            raise DeckLoadError(
                _("Cannot read the deck file {path}: {reason}").format(path=path, reason=error)
            ) from None
        try:
            local = localise(text, facts, edits)
        except DeckError as error:
            raise DeckLoadError(
                _("The deck {name} has a mistake on line {line}: {reason}").format(
                    name=path.name, line=error.line, reason=error.reason
                )
            ) from None
        deck = local.deck
        lang = deck.meta.get("lang", deck.meta.get("language", lang))
        return cls(
            deck, lang, deck.title or path.stem, path=path, texts=local.texts,
            problems=local.problems,
        )  # fmt: skip

    @classmethod
    def bundled(
        cls, lang: str, facts: LocalFacts | None = None, edits: dict[str, str] | None = None
    ) -> BundledDeck:
        return cls.from_file(bundled_deck_path(lang), lang, facts, edits)

    def key(self, index: int) -> str:
        """The name of slide `index` for a per-event edit."""
        return self.deck.slides[index].key

    def edit_text(self, index: int) -> str:
        """The slide's text as the facilitator edits it (their edit, or the bundled text)."""
        return self.texts.get(self.key(index), "")

    @property
    def count(self) -> int:
        return len(self.deck.slides)

    def title(self, index: int) -> str:
        return strip_inline(self.deck.slides[index].title)

    def notes(self, index: int) -> str:
        return self.deck.slides[index].notes

    def render(self, index: int, size: QSize) -> QImage:
        number = f"{index + 1} / {self.count}"
        label = _("Source:", self.lang)
        return theme.render_slide(self.deck.slides[index], number, size, label)

    def key_messages(self) -> list[KeyMessage]:
        return [
            KeyMessage(i, strip_inline(s.key_message), strip_inline(s.source))
            for i, s in enumerate(self.deck.slides)
            if s.key_message
        ]

    def sections(self) -> list[Section]:
        return [Section(first, name, minutes) for first, name, minutes in self.deck.sections()]

    def helpline(self) -> str:
        """The help line printed on cards and handouts; the deck's header may change it."""
        return self.deck.meta.get("helpline") or default_helpline(self.lang)

    def close(self) -> None:
        pass


def default_helpline(lang: str | None = None) -> str:
    return _("Need help? SAPA 129 (PPPA ministry): call 129 or WhatsApp 08111-129-129", lang)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fit_size(page: QSize, box: QSize) -> QSize:
    """`page` scaled to fit inside `box`, keeping its aspect ratio (at least 1×1)."""
    scaled = page.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    return QSize(max(1, scaled.width()), max(1, scaled.height()))


@dataclass
class PdfDeck:
    """A facilitator's own PDF (PowerPoint, Canva, LibreOffice exports), notes typed in the app."""

    path: Path
    kind: str = "pdf"
    name: str = ""
    sha256: str = ""
    page_notes: dict[int, str] = field(default_factory=dict)  # page index → notes
    minutes: int | None = None  # the talk's planned length, typed in the app

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.name = self.path.name
        _check_pdf_file(self.path)
        try:
            self.sha256 = file_sha256(self.path)
        except OSError as error:
            raise DeckLoadError(
                _("Cannot read {path}: {reason}").format(path=self.path, reason=os_reason(error))
            ) from None
        self.document = QPdfDocument(None)
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_:
            self.document.close()
            raise DeckLoadError(_pdf_error_text(error, self.name))
        if self.document.pageCount() < 1:
            self.document.close()
            raise DeckLoadError(_("{name} has no pages.").format(name=self.name))
        self._page_sizes = [
            self.document.pagePointSize(i).toSize() for i in range(self.document.pageCount())
        ]

    @property
    def count(self) -> int:
        return len(self._page_sizes)

    def title(self, index: int) -> str:
        label = self.document.pageLabel(index) or str(index + 1)
        return _("Page {label}").format(label=label)

    def notes(self, index: int) -> str:
        return self.page_notes.get(index, "")

    def set_notes(self, index: int, text: str) -> None:
        if text.strip():
            self.page_notes[index] = text
        else:
            self.page_notes.pop(index, None)

    def fitted_size(self, index: int, size: QSize) -> QSize:
        page = self._page_sizes[index]
        if page.isEmpty():
            return size
        return fit_size(page, size)

    def compose(self, page: QImage, size: QSize, bars: QColor = PDF_BARS) -> QImage:
        """The page centred on a `size` image: white behind the page, `bars` around it."""
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(bars)
        x = (size.width() - page.width()) // 2
        y = (size.height() - page.height()) // 2
        painter = QPainter(image)
        painter.fillRect(x, y, page.width(), page.height(), QColor(palette.WHITE))
        painter.drawImage(x, y, page)
        painter.end()
        return image

    def render(self, index: int, size: QSize, bars: QColor = PDF_BARS) -> QImage:
        page = self.document.render(index, self.fitted_size(index, size))
        if page.isNull():  # pdfium gave up on this page: say so on the slide, not a crash
            text = _("Page {n} of this PDF could not be drawn.").format(n=index + 1)
            return theme.render_message(text, size)
        return self.compose(page, size, bars)

    def key_messages(self) -> list[KeyMessage]:
        return []

    def sections(self) -> list[Section]:
        return [Section(0, _("Presentation"), self.minutes)]

    def helpline(self) -> str:
        return default_helpline()

    def close(self) -> None:
        self.document.close()


def _check_pdf_file(path: Path) -> None:
    """Clear messages for the usual mistakes, before pdfium sees the file."""
    if not path.exists():
        raise DeckLoadError(_("File not found: {path}").format(path=path))
    if path.is_dir():
        raise DeckLoadError(_("{path} is a folder, not a PDF file.").format(path=path))
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        raise DeckLoadError(
            _("Cannot read {path}: {reason}").format(path=path, reason=os_reason(error))
        ) from None
    if b"%PDF-" not in head:
        raise DeckLoadError(
            _("{name} is not a PDF file. Export the slides as PDF first.").format(name=path.name)
        )


def _pdf_error_text(error: QPdfDocument.Error, name: str) -> str:
    if error in (
        QPdfDocument.Error.IncorrectPassword,
        QPdfDocument.Error.UnsupportedSecurityScheme,
    ):
        return _(
            "{name} is protected by a password. Save a copy without a password and open that copy."
        ).format(name=name)
    if error == QPdfDocument.Error.InvalidFileFormat:
        return _(
            "{name} is damaged or incomplete and cannot be opened. "
            "Copy it again from the original and try once more."
        ).format(name=name)
    if error == QPdfDocument.Error.FileNotFound:
        return _("File not found: {path}").format(path=name)
    return _("{name} cannot be opened ({reason}).").format(name=name, reason=error.name)


def open_deck(spec: str | Path, lang: str) -> DeckSource:
    """`bundled`, a PDF, or a deck text file (a facilitator's edited copy of the bundled one)."""
    if str(spec) == "bundled":
        return BundledDeck.bundled(lang)
    path = Path(spec).expanduser()
    if path.suffix.lower() in (".md", ".txt"):
        return BundledDeck.from_file(path, lang)
    return PdfDeck(path)
