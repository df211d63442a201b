"""The bundled deck as one event's deck: its village's lines, the facilitator's edits.

The bundled deck was written from one village's report (the demo village). Projected at
another village, its lines about that village would be wrong, so the deck file marks them:

    {desa} {kecamatan} {kabupaten} {tahun}   the event's village, district, regency, year
    {village} {district} {regency} {year}     (the same, for the English deck)
    - {temuan}  / - {findings}                one line per pre-survey note of the event
                                              (notes marked sensitive are never projected)
    [demo] a line                             about the demo village only: shown for the demo
                                              event (or with no event), dropped for any other
    [lokal] a line / [local] a line           the other way round: for any other event only
    Lokal: / Local:                           the slide speaks about the village: it is skipped
                                              when nothing local is left for this event

A line whose fact the event lacks (no kecamatan typed) is dropped rather than shown with a
hole. The deck's header names the demo village (`desa:`, `kecamatan:`, …): with no event
the deck reads as it did for that village's day.

A facilitator's edit of a slide, for one event, is the slide's whole text in the same format
(kept in the store by the slide's `# Title` line as bundled; see core/store/slide_edits.py).
An empty edit means the bundled slide. The bundled file is never written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kerinjing_desktop.core.deck import Deck, DeckError, parse_header, parse_slide, split_blocks

DEMO_MARK = "[demo]"
OTHER_MARKS = ("[lokal]", "[local]")
_FACT = re.compile(r"\{(desa|village|kecamatan|district|kabupaten|regency|tahun|year)\}")
_FINDINGS = re.compile(r"\{(temuan|findings)\}")
_FACT_NAMES = {"village": "desa", "district": "kecamatan", "regency": "kabupaten", "year": "tahun"}
_HIDDEN_KEYWORDS = re.compile(r"^\s*(section|bagian|local|lokal)\s*:", re.IGNORECASE)
_TITLE = re.compile(r"^\s*#\s")


@dataclass(frozen=True)
class LocalFacts:
    """What the deck may say about the village of the day."""

    desa: str
    kecamatan: str = ""
    kabupaten: str = ""
    tahun: str = ""
    findings: tuple[str, ...] = ()
    demo: bool = False  # the demo event (or no event): the demo village's lines are true

    def value(self, name: str) -> str:
        return getattr(self, _FACT_NAMES.get(name, name)).strip()


@dataclass(frozen=True)
class EditProblem:
    """An edit that cannot be read: the bundled slide is shown instead, and this says why."""

    key: str
    line: int
    reason: str


@dataclass
class LocalDeck:
    deck: Deck
    texts: dict[str, str] = field(default_factory=dict)  # key → the text an editor starts from
    problems: list[EditProblem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # keys of slides left out for this event


def demo_facts(meta: Mapping[str, str]) -> LocalFacts:
    """The demo village named in the deck's header (the deck as written)."""
    return LocalFacts(
        desa=meta.get("desa", meta.get("village", "")),
        kecamatan=meta.get("kecamatan", meta.get("district", "")),
        kabupaten=meta.get("kabupaten", meta.get("regency", "")),
        tahun=meta.get("tahun", meta.get("year", "")),
        demo=True,
    )


def slide_key(body: Sequence[str]) -> str:
    """The slide's `# Title` line as written in the bundled file ('' if it has none)."""
    for line in body:
        if _TITLE.match(line):
            return line.strip()
    return ""


def _fill(line: str, facts: LocalFacts) -> tuple[list[str], bool]:
    """The line with the event's facts in it: ([] if it cannot be said), and whether it is
    local (it carries the demo village's words or the event's findings)."""
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    local = False
    if stripped.startswith(DEMO_MARK):
        if not facts.demo:
            return [], False
        line, local = indent + stripped[len(DEMO_MARK) :].lstrip(), True
    elif stripped.startswith(OTHER_MARKS):
        if facts.demo:
            return [], False
        line = indent + stripped.split("]", 1)[1].lstrip()
    missing = False

    def fact(match: re.Match) -> str:
        nonlocal missing
        value = facts.value(match.group(1))
        missing = missing or not value
        return value

    line = _FACT.sub(fact, line)
    if missing:
        return [], False
    if _FINDINGS.search(line):
        lines = [_FINDINGS.sub(lambda _m, f=finding: f, line) for finding in facts.findings]
        return lines, bool(lines)
    return [line], local


def _localise_block(body: Sequence[str], facts: LocalFacts) -> tuple[list[str], bool]:
    out: list[str] = []
    local = False
    for line in body:
        filled, is_local = _fill(line, facts)
        out.extend(filled)
        local = local or is_local
    return out, local


def editable_text(lines: Sequence[str]) -> str:
    """A slide's text for the editor: the section and `Lokal:` lines stay the bundled deck's."""
    kept = [line for line in lines if not _HIDDEN_KEYWORDS.match(line)]
    return "\n".join(kept).strip("\n")


def localise(
    text: str, facts: LocalFacts | None = None, edits: Mapping[str, str] | None = None
) -> LocalDeck:
    """The deck file `text` as the event's deck (DeckError if the bundled file is bad)."""
    blocks = split_blocks(text)
    if len(blocks) < 2:
        raise DeckError(1, "no slides: a header, then slides separated by lines of ---")
    meta = parse_header(*blocks[0])
    facts = facts or demo_facts(meta)
    edits = edits or {}
    result = LocalDeck(Deck(meta=meta, slides=[]))
    pending_section: tuple[str, int | None] | None = None
    seen: dict[str, int] = {}
    for first, body in blocks[1:]:
        if not any(line.strip() for line in body):
            continue
        key = slide_key(body)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key} ({seen[key]})"
        lines, local = _localise_block(body, facts)
        bundled = parse_slide(first, lines)
        result.texts[key] = editable_text(lines)
        slide = bundled
        if edits.get(key, "").strip():
            result.texts[key] = edits[key].strip("\n")
            slide = _edited(key, edits[key], bundled, facts, result)
        if bundled.local and not local and not slide.edited:
            result.skipped.append(key)
            if bundled.section:  # the part of the day starts at the next slide shown
                pending_section = (bundled.section, bundled.section_minutes)
            continue
        if pending_section and not slide.section:
            slide.section, slide.section_minutes = pending_section
        pending_section = None
        slide.key = key
        result.deck.slides.append(slide)
    if not result.deck.slides:
        raise DeckError(1, "no slides found")
    return result


def _edited(key: str, text: str, bundled, facts: LocalFacts, result: LocalDeck):
    """The facilitator's slide, or the bundled one if the edit cannot be read."""
    lines, _local = _localise_block(text.splitlines(), facts)
    try:
        slide = parse_slide(1, lines)
    except DeckError as error:
        result.problems.append(EditProblem(key, error.line, error.reason))
        return bundled
    slide.section, slide.section_minutes = bundled.section, bundled.section_minutes
    slide.line, slide.edited = bundled.line, True
    return slide


_NOTES_LINE = re.compile(r"^\s*(notes|catatan)\s*:", re.IGNORECASE)


def with_notes(text: str, notes: str, keyword: str = "Catatan") -> str:
    """The slide text with its speaker notes replaced by `notes` (the rest as it was)."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if _NOTES_LINE.match(line):
            keyword = line.split(":", 1)[0].strip()
            lines = lines[:index]
            break
    body = "\n".join(lines).rstrip("\n")
    return f"{body}\n{keyword}:\n{notes.strip()}" if notes.strip() else body
