"""The activity report ("LAPORAN KEGIATAN") for the institution: what happened, who came,
what they learnt, what the village agreed on, with photos and the attendance list.

People appear by participant code unless the facilitator asks for names; sensitive notes and
commitments stay out unless asked for. What the report says is gathered first
(`reports/data.py`, shared with the Word draft); this module only lays it out.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kerinjing_desktop.core.domain import Event, format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.reports.attendance import place_text
from kerinjing_desktop.reports.charts import attendance_chart, drawing, pre_post_chart
from kerinjing_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    PrintOptions,
    register_fonts,
)
from kerinjing_desktop.reports.data import AGENDA, PersonRow, ReportData, gather
from kerinjing_desktop.reports.letterhead import letterhead
from kerinjing_desktop.reports.pages import document, numbered_canvas
from kerinjing_desktop.reports.textsafe import para_text, printable

MARGIN = 20 * mm
GRID = [
    ("FONT", (0, 0), (-1, -1), FONT, 9),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=14)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5),
        "italic": ParagraphStyle("italic", parent=base, fontName=FONT_ITALIC, fontSize=9),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=8,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "cover": ParagraphStyle(
            "cover", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, alignment=TA_CENTER
        ),
        "cover2": ParagraphStyle(
            "cover2", parent=base, fontSize=13, leading=18, alignment=TA_CENTER
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=base,
            fontName=FONT_ITALIC,
            fontSize=8.5,
            leading=10.5,
            alignment=TA_CENTER,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


def who(person: PersonRow) -> str:
    """The name when the data holds it (asked for, consented) and the font can print it."""
    return person.label if printable(person.label) else person.code


def _cover(data: ReportData, st: dict, size: tuple[float, float]) -> list[Flowable]:
    lang, event = data.lang, data.event
    width, height = size[0] - 2 * MARGIN, size[1]
    story: list[Flowable] = letterhead(data.institution, width) + [
        Spacer(1, height * 0.18),
        _p(_("ACTIVITY REPORT", lang), st["cover"]),
        Spacer(1, 8 * mm),
        _p(event.title, st["cover2"]),
        Spacer(1, 4 * mm),
        _p(place_text(event, lang), st["cover2"]),
        _p(format_date(event.date, lang, weekday=True), st["cover2"]),
    ]
    if event.facilitators:
        story += [Spacer(1, 20 * mm), _p(event.facilitators, st["cover2"])]
    if data.issuer:
        story += [Spacer(1, 4 * mm), _p(data.issuer, st["cover2"])]
    return story + [PageBreak()]


def _details(data: ReportData, st: dict) -> list[Flowable]:
    lang, event = data.lang, data.event
    rows = [
        (_("Activity", lang), event.title),
        (_("Day, date", lang), format_date(event.date, lang, weekday=True)),
        (_("Place", lang), place_text(event, lang)),
        (_("Facilitators", lang), event.facilitators or "–"),
        (
            _("Participants", lang),
            _("{present} present of {registered} registered", lang).format(
                present=data.present, registered=data.registered
            ),
        ),
    ]
    table = Table(
        [[_p(k, st["base"]), _p(v, st["base"])] for k, v in rows], colWidths=(40 * mm, None)
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story = [
        _p("1. " + _("The activity", lang), st["h1"]),
        table,
        _p(_("Agenda of the day", lang), st["h2"]),
    ]
    story += [_p(f"{i}. {_(item, lang)}", st["base"]) for i, item in enumerate(AGENDA, 1)]
    return story


def _presurvey(data: ReportData, st: dict) -> list[Flowable]:
    story = [_p("2. " + _("Pre-survey with the village", data.lang), st["h1"])]
    return story + (
        [_p(t, st["base"]) for t in data.presurvey]
        or [_p(_("No pre-survey notes.", data.lang), st["italic"])]
    )


def _attendance(data: ReportData, st: dict) -> list[Flowable]:
    lang = data.lang
    rows: list[list] = [
        [
            _("Group", lang),
            _("Registered", lang),
            _("Present", lang),
            pgettext("male or female, one letter", "M", lang),
            pgettext("male or female, one letter", "F", lang),
        ]
    ]
    rows += [
        [_p(g.shown, st["small"]), g.registered, g.present, g.men, g.women] for g in data.groups
    ]
    rows.append([_("Total", lang), data.registered, data.present, data.men, data.women])
    table = Table(rows, colWidths=(72 * mm, 24 * mm, 24 * mm, 18 * mm, 18 * mm))
    table.setStyle(
        TableStyle(
            GRID
            + [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)]
        )
    )
    age_table = Table(
        [
            [_("Age", lang)] + [band for band, _n in data.ages],
            [_("Present", lang)] + [n for _band, n in data.ages],
        ]
    )
    age_table.setStyle(TableStyle(GRID + [("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    return [
        CondPageBreak(90 * mm),
        _p("3. " + _("Attendance", lang), st["h1"]),
        table,
        Spacer(1, 4 * mm),
        drawing(attendance_chart(data.groups, lang), 170 * mm, 62 * mm),
        Spacer(1, 2 * mm),
        KeepTogether([_p(_("Present, by age", lang), st["h2"]), age_table]),
    ]


def _results(data: ReportData, st: dict) -> list[Flowable]:
    lang = data.lang
    story = [CondPageBreak(60 * mm), _p("4. " + _("Pre-test and post-test", lang), st["h1"])]
    if not data.stats:  # no questions or scores entered: nothing to compare
        return story + [_p(_("No test results yet.", lang), st["italic"])]
    story.append(drawing(pre_post_chart(data.questions, lang)))
    return story + [_p(line, st["base"]) for line in data.summary]


def _discussion(data: ReportData, st: dict) -> list[Flowable]:
    lang = data.lang
    story = [CondPageBreak(40 * mm), _p("5. " + _("Focus group discussion", lang), st["h1"])]
    for item in data.discussions:
        story.append(KeepTogether([_p(item.topic, st["h2"]), _p(item.body, st["base"])]))
    if not data.discussions:
        story.append(_p(_("No discussion notes.", lang), st["italic"]))
    if data.findings:
        story.append(_p(_("Findings", lang), st["h2"]))
        story += [_p(f"• {finding}", st["base"]) for finding in data.findings]
    story.append(_p("6. " + _("The village's commitments", lang), st["h1"]))
    story += [_p(f"{i}. {text}", st["base"]) for i, text in enumerate(data.commitments, 1)] or [
        _p(_("No commitments recorded.", lang), st["italic"])
    ]
    return story


def _photos(data: ReportData, st: dict, width: float) -> list[Flowable]:
    cells = []
    cell_w = (width - 6 * mm) / 2
    for photo in data.photos:
        try:
            image = Image(str(photo.path), width=cell_w, height=cell_w * 0.75, kind="proportional")
        except OSError:  # a damaged file is skipped, the report still comes out
            continue
        cells.append([image, _p(photo.caption, st["caption"])])
    if not cells:
        return []
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    table = Table(
        [[c for c in row] + [""] * (2 - len(row)) for row in rows],
        colWidths=(cell_w + 3 * mm, cell_w + 3 * mm),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), FONT),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return [PageBreak(), _p("7. " + _("Photos", data.lang), st["h1"]), table]


def _appendix(data: ReportData, st: dict) -> list[Flowable]:
    lang = data.lang
    header = [
        pgettext("row number column", "No", lang),
        _("Name", lang) if data.show_names else _("Code", lang),
        _("M/F", lang),
        _("Age", lang),
        _("Group", lang),
        _("Present", lang),
    ]
    rows = [header] + [
        [
            p.number,
            _p(who(p), st["small"]),
            p.gender,
            "" if p.age is None else p.age,
            _p(p.group, st["small"]),
            "✓" if p.present else "–",
        ]
        for p in data.people
    ]
    table = LongTable(
        rows, colWidths=(12 * mm, 70 * mm, 12 * mm, 14 * mm, 40 * mm, 18 * mm), repeatRows=1
    )
    table.setStyle(
        TableStyle(
            GRID
            + [
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (3, -1), "CENTER"),
                ("ALIGN", (5, 0), (5, -1), "CENTER"),
            ]
        )
    )
    note = _(
        "People are identified by participant code; names are printed only when the "
        "facilitator chose so and the person consented.",
        lang,
    )
    return [
        PageBreak(),
        _p(_("Appendix: attendance list", lang), st["h1"]),
        _p(note, st["italic"]),
        Spacer(1, 2 * mm),
        table,
    ]


def build(
    store: Store, event: Event, out: Path, options: PrintOptions, include_sensitive: bool = False
) -> Path:
    """Write the report to `out` whole or not at all (core/files.py)."""
    data = gather(store, event, options.lang, options.show_names, include_sensitive)
    with atomic_path(out) as temp:
        render(data, temp, options.page_size)
    return out


def render(data: ReportData, path: Path, page_size: tuple[float, float]) -> None:
    register_fonts()
    st = _styles()
    width, height = page_size
    title = f"{_('ACTIVITY REPORT', data.lang)} – {data.event.title}"
    doc = document(path, (width, height), title, MARGIN)
    story = _cover(data, st, (width, height))
    story += _details(data, st)
    story += _presurvey(data, st)
    story += _attendance(data, st)
    story += _results(data, st)
    story += _discussion(data, st)
    story += _photos(data, st, width - 2 * MARGIN)
    story += _appendix(data, st)
    canvas = numbered_canvas(data.lang, footer_left=data.event.title, first_page=False)
    doc.build(story, canvasmaker=canvas)
