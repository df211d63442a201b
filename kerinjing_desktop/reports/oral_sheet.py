"""The oral test: for participants who cannot read or write comfortably.

The facilitator reads each question aloud and marks each person's answer on one sheet per
group of participants (a group as registered, at most ROWS_PER_SHEET people a sheet), instead
of one paper each. The first page is the script: every question as it is read out, with the
rubric, so a second facilitator scores the same way. The scores are then typed into the
score grid as usual, by participant code; a sheet serves the tes awal and the tes akhir alike
(tick one), so it pairs up like the written paper.

A participant who did not consent to be named appears by code only, as on every document.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from kerinjing_desktop.core import palette
from kerinjing_desktop.core.domain import Event, Participant, format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.groups import group_name
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.reports.common import FONT, FONT_BOLD, PrintOptions, register_fonts
from kerinjing_desktop.reports.pages import document, numbered_canvas
from kerinjing_desktop.reports.textsafe import para_text

MARGIN = 12 * mm
ROWS_PER_SHEET = 10  # one reading round: more people than this and the room waits too long
BLANK_ROWS = 2  # walk-ins who join the group on the day
ROW_HEIGHT = 11 * mm


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("oral", fontName=FONT, fontSize=9.5, leading=12)
    return {
        "base": base,
        "small": ParagraphStyle("oral-small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("oral-title", parent=base, fontName=FONT_BOLD, fontSize=14,
                                leading=18),
        "question": ParagraphStyle("oral-q", parent=base, fontName=FONT_BOLD, fontSize=11,
                                   leading=14, spaceBefore=4),
        "head": ParagraphStyle("oral-head", parent=base, fontName=FONT_BOLD, fontSize=9,
                               leading=11),
    }  # fmt: skip


def groups(participants: list[Participant]) -> list[tuple[str, list[Participant]]]:
    """(label, people) per sheet: by registered group, in order, split into sheets of at most
    ROWS_PER_SHEET; people without a group form their own."""
    none = _("No group")
    ordered = sorted(participants, key=lambda p: (p.group.strip().casefold() or "\uffff", p.code))
    sheets = []
    for label, members in groupby(ordered, key=lambda p: p.group.strip() or none):
        people = list(members)
        for start in range(0, len(people), ROWS_PER_SHEET):
            sheets.append((group_name(label), people[start : start + ROWS_PER_SHEET]))
    return sheets


def _marks(question: Question, lang: str) -> str:
    """What the facilitator circles for one answer: the scores, or the letters."""
    letters = question.letters(lang)
    if letters:
        return "  ".join(letters)
    return "  ".join(str(score) for score in range(question.max_score + 1))


def _script(event: Event, questions: list[Question], lang: str, st) -> list:
    story = [
        Paragraph(para_text(_("ORAL TEST — questions to read aloud")), st["title"]),
        Paragraph(
            para_text(f"{event.title} · {event.village} · {format_date(event.date, lang)}"),
            st["base"],
        ),  # fmt: skip
        Spacer(0, 3 * mm),
        Paragraph(
            para_text(
                _(
                    "Read each question slowly, twice if needed. Let each person answer in "
                    "turn, or quietly to a facilitator; do not let others answer for them. "
                    "Circle the score on the group's sheet by the rubric below, then type the "
                    "scores into the score grid as usual, by participant code."
                )
            ),
            st["base"],
        ),
        Spacer(0, 2 * mm),
    ]
    for question in questions:
        story.append(Paragraph(para_text(f"{question.number}. {question.text}"), st["question"]))
        for level in question.rubric:
            story.append(Paragraph(para_text(level), st["small"]))
        if question.options:
            letters = question.letters(lang)
            listed = "  ".join(f"{a}. {o}" for a, o in zip(letters, question.options, strict=False))
            story.append(Paragraph(para_text(listed), st["small"]))
    return story


def _sheet(event: Event, label: str, people: list[Participant], questions, lang, st, width):
    titles = ["No", _("Code"), _("Name")] + [str(q.number) for q in questions] + [_("Note")]
    header = [Paragraph(para_text(text), st["head"]) for text in titles]
    rows = [header]
    for number, person in enumerate(people, start=1):
        name = person.name if person.consent else ""
        rows.append([str(number), person.code, Paragraph(para_text(name), st["base"])]
                    + [_marks(q, lang) for q in questions] + [""])  # fmt: skip
    for number in range(len(people) + 1, len(people) + BLANK_ROWS + 1):
        rows.append([str(number), "", ""] + [_marks(q, lang) for q in questions] + [""])
    fixed = [10 * mm, 24 * mm, 62 * mm]
    note = 40 * mm
    per_question = max(16 * mm, (width - sum(fixed) - note) / max(1, len(questions)))
    table = LongTable(
        rows,
        colWidths=fixed + [per_question] * len(questions) + [note],
        rowHeights=[8 * mm] + [ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (3, 1), (-2, -1), FONT, 13),  # big enough to circle
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(palette.TABLE_HEADER)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (3, 1), (-2, -1), "CENTER"),
            ]
        )
    )
    tick = "\u25a1"
    return [
        Paragraph(para_text(_("ORAL TEST — group sheet")), st["title"]),
        Paragraph(
            para_text(
                f"{event.title} · {event.village} · {format_date(event.date, lang)}   |   "
                + _("Group: {group}").format(group=label)
            ),
            st["base"],
        ),
        Paragraph(
            para_text(
                f"{tick} {_('PRE-TEST (before the session)')}    "
                f"{tick} {_('POST-TEST (after the session)')}    "
                + _("Facilitator: ____________________")
            ),
            st["base"],
        ),
        Spacer(0, 3 * mm),
        table,
    ]


def build(store: Store, event: Event, out: Path, options: PrintOptions) -> Path:
    questions = list_questions(store, event.id, options.lang)
    return write_sheets(out, event, questions, list_participants(store, event.id), options)


def write_sheets(
    out: Path,
    event: Event,
    questions: list[Question],
    participants: list[Participant],
    options: PrintOptions,
) -> Path:
    """The script page, then one sheet per group (reads nothing from the store)."""
    register_fonts()
    st = _styles()
    page = landscape(options.page_size)
    width = page[0] - 2 * MARGIN
    story = _script(event, questions, options.lang, st)
    for label, people in groups(participants) or [(_("No group"), [])]:
        story += [PageBreak(), *_sheet(event, label, people, questions, options.lang, st, width)]
    out = Path(out)
    with atomic_path(out) as temp:  # whole or not at all (core/files.py)
        _render(temp, story, page, event, options)
    return out


def _render(path: Path, story: list, page, event: Event, options: PrintOptions) -> None:
    doc = document(path, page, _("Oral test"), MARGIN)
    doc.build(story, canvasmaker=numbered_canvas(options.lang, event.title))
