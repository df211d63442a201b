"""The bundled deck's plain-text format, parsed without Qt.

A deck file is a `key: value` header, then slides separated by lines that are exactly `---`.
Inside a slide (keywords in English or Indonesian):

    Section: Materi 1 | 35      a part of the day starts here, with its planned minutes
    Layout: title|statement     optional; the default is a title with bullets
    # Title                     required
    ## Subtitle
    - bullet / "  - " sub-bullet, **bold** inline
    plain line                  a paragraph
    > key message               the slide's one message (also a social-media card)
    Source: / Sumber: ...       the citation shown at the slide's foot
    Local: / Lokal:             the slide speaks about the village: see core/deck_local.py
    Notes: / Catatan:           everything after it is the speaker notes

Lines may hold the event's facts (`{desa}`, …) and lines about the demo village start with
`[demo]`; core/deck_local.py fills them in for an event before the text is parsed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kerinjing_desktop.core.i18n import _

LAYOUTS = ("bullets", "title", "statement")
_SEPARATOR = re.compile(r"^---\s*$")
_KEYWORD = re.compile(
    r"^(section|bagian|layout|source|sumber|local|lokal|notes|catatan)\s*:\s*(.*)$", re.IGNORECASE
)


class DeckError(ValueError):
    """A deck file that cannot be read; the message names the line."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class Bullet:
    text: str
    level: int = 0


@dataclass
class Slide:
    title: str = ""
    subtitle: str = ""
    layout: str = "bullets"
    bullets: list[Bullet] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    key_message: str = ""
    source: str = ""
    notes: str = ""
    section: str = ""
    section_minutes: int | None = None
    line: int = 0
    local: bool = False  # about the village: skipped for an event with nothing local to say
    key: str = ""  # the bundled slide's `# Title` line as written: names it for per-event edits
    edited: bool = False  # the facilitator's text for this event replaces the bundled one


@dataclass
class Deck:
    meta: dict[str, str]
    slides: list[Slide]

    @property
    def title(self) -> str:
        return self.meta.get("title", "")

    def sections(self) -> list[tuple[int, str, int | None]]:
        """(first slide index, name, planned minutes) for each part of the day."""
        return [(i, s.section, s.section_minutes) for i, s in enumerate(self.slides) if s.section]


def strip_inline(text: str) -> str:
    """The text without `**bold**` markers (for notes, cards and plain exports)."""
    return text.replace("**", "")


def split_blocks(text: str) -> list[tuple[int, list[str]]]:
    """The header and each slide's lines, with the number of each block's first line."""
    lines = text.lstrip("\ufeff").splitlines()
    blocks: list[tuple[int, list[str]]] = []
    start = 1
    current: list[str] = []
    for number, line in enumerate(lines, start=1):
        if _SEPARATOR.match(line):
            blocks.append((start, current))
            start, current = number + 1, []
        else:
            current.append(line)
    blocks.append((start, current))
    return blocks


def parse_deck(text: str) -> Deck:
    blocks = split_blocks(text)
    if len(blocks) < 2:
        raise DeckError(1, "no slides: a header, then slides separated by lines of ---")
    meta = parse_header(*blocks[0])
    slides = [
        parse_slide(first, body) for first, body in blocks[1:] if any(s.strip() for s in body)
    ]
    if not slides:
        raise DeckError(sum(len(body) + 1 for _first, body in blocks), "no slides found")
    return Deck(meta=meta, slides=slides)


def parse_header(first: int, body: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for offset, line in enumerate(body):
        if not line.strip() or line.lstrip().startswith("<!--"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise DeckError(first + offset, "the header has `key: value` lines only")
        meta[key.strip().lower()] = value.strip()
    return meta


def parse_slide(first: int, body: list[str]) -> Slide:
    slide = Slide(line=first)
    notes: list[str] | None = None
    for offset, raw in enumerate(body):
        number = first + offset
        if notes is not None:
            notes.append(raw)
            continue
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("<!--"):
            continue
        keyword = _KEYWORD.match(stripped)
        if keyword:
            name, value = keyword.group(1).lower(), keyword.group(2).strip()
            if name in ("notes", "catatan"):
                notes = [value] if value else []
            elif name in ("local", "lokal"):
                slide.local = True
            elif name in ("source", "sumber"):
                slide.source = value
            elif name == "layout":
                if value not in LAYOUTS:
                    raise DeckError(number, f"unknown layout {value!r} ({', '.join(LAYOUTS)})")
                slide.layout = value
            else:
                slide.section, slide.section_minutes = _parse_section(number, value)
        elif stripped.startswith("## "):
            slide.subtitle = stripped[3:].strip()
        elif stripped.startswith("# "):
            slide.title = stripped[2:].strip()
        elif stripped.startswith("- ") or stripped == "-":
            level = 1 if line.startswith(("  ", "\t")) else 0
            slide.bullets.append(Bullet(stripped[2:].strip(), level))
        elif stripped.startswith(">"):
            slide.key_message = stripped[1:].strip()
        else:
            slide.paragraphs.append(stripped)
    if not slide.title:
        raise DeckError(first, _("a slide needs a # Title line"))
    slide.notes = "\n".join(notes or []).strip()
    return slide


def _parse_section(number: int, value: str) -> tuple[str, int | None]:
    name, _, minutes = value.partition("|")
    if not name.strip():
        raise DeckError(number, "a Section needs a name")
    if not minutes.strip():
        return name.strip(), None
    try:
        parsed = int(minutes.strip())
    except ValueError:
        raise DeckError(
            number, f"minutes must be a whole number, not {minutes.strip()!r}"
        ) from None
    if parsed <= 0:
        raise DeckError(number, "minutes must be more than 0")
    return name.strip(), parsed
