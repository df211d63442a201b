"""The activity report ("LAPORAN KEGIATAN") for the institution: what happened, who came,
what they learnt, what the village agreed on, with photos and the attendance list.

People appear by participant code unless the facilitator asks for names; sensitive notes and
commitments stay out unless asked for.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kerinjing_desktop.core.domain import GROUPS, Event, Participant, format_date
from kerinjing_desktop.core.fgd import fgd_topics
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.groups import group_with_labels
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.roster import attendance_counts
from kerinjing_desktop.core.stats import summary_text
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.certificates import get_settings
from kerinjing_desktop.core.store.institution import get_institution
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.photos import list_photos, media_file
from kerinjing_desktop.core.store.scores import analyse_event
from kerinjing_desktop.reports.attendance import place_text
from kerinjing_desktop.reports.charts import pre_post_chart
from kerinjing_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    PrintOptions,
    register_fonts,
)
from kerinjing_desktop.reports.letterhead import letterhead
from kerinjing_desktop.reports.pages import numbered_canvas
from kerinjing_desktop.reports.textsafe import para_text, printable

MARGIN = 20 * mm
AGENDA = (
    N_("Check-in and attendance"),
    N_("Pre-test (5 questions, on paper)"),
    N_(
        "Talk: what trafficking is, its modes, UU 21/2007, protecting victims, the community's role"
    ),
    N_("Talk: social media and trafficking"),
    N_("Film “Jangan Kembali (Never Again)” (IOM) and discussion"),
    N_("Post-test (the same questions)"),
    N_("Focus group discussion and the village's commitments"),
    N_("Certificates"),
)
AGE_BANDS = (
    (0, 17, "< 18"),
    (18, 25, "18–25"),
    (26, 35, "26–35"),
    (36, 45, "36–45"),
    (46, 55, "46–55"),
    (56, 200, "> 55"),
)
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


def who(p: Participant, show_names: bool) -> str:
    """A name only when asked for, consented to, and printable; else the code."""
    if show_names and p.consent and printable(p.name):
        return p.name
    return p.code


def _cover(event: Event, store: Store, lang: str, st: dict, size: tuple[float, float]) -> list:
    width, height = size[0] - 2 * MARGIN, size[1]
    institution = get_settings(store, event.id).institution or get_institution(store).name
    story: list = letterhead(get_institution(store), width) + [
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
    if institution:
        story += [Spacer(1, 4 * mm), _p(institution, st["cover2"])]
    return story + [PageBreak()]


def _details(event: Event, participants: list[Participant], lang: str, st: dict) -> list:
    counts = attendance_counts(participants)
    rows = [
        (_("Activity", lang), event.title),
        (_("Day, date", lang), format_date(event.date, lang, weekday=True)),
        (_("Place", lang), place_text(event, lang)),
        (_("Facilitators", lang), event.facilitators or "–"),
        (
            _("Participants", lang),
            _("{present} present of {registered} registered", lang).format(
                present=counts.attended, registered=counts.registered
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


def _presurvey(event: Event, store: Store, lang: str, st: dict, sensitive: bool) -> list:
    notes = list_notes(store, event.id, include_sensitive=sensitive, kind="presurvey")
    texts = ([event.presurvey_notes] if event.presurvey_notes else []) + [n.body for n in notes]
    story = [_p("2. " + _("Pre-survey with the village", lang), st["h1"])]
    story += [_p(t, st["base"]) for t in texts] or [
        _p(_("No pre-survey notes.", lang), st["italic"])
    ]
    return story


def _attendance_chart(participants: list[Participant], lang: str) -> Drawing:
    present = [p for p in participants if p.attended]
    drawing = Drawing(170 * mm, 62 * mm)
    drawing.initialFontName = FONT  # the renderer's starting font; Helvetica would not be embedded
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, 120 * mm, 44 * mm
    chart.data = [
        [sum(p.group == g and p.gender == s for p in present) for g in GROUPS] for s in ("L", "P")
    ]
    chart.categoryAxis.categoryNames = [g.replace(" ", "\n") for g in GROUPS]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([max(series) for series in chart.data] + [1])
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.bars[0].fillColor = colors.Color(0.25, 0.45, 0.7)
    chart.bars[1].fillColor = colors.Color(0.85, 0.5, 0.3)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 140 * mm, 50 * mm
    legend.fontName, legend.fontSize = FONT, 8
    legend.colorNamePairs = [
        (chart.bars[0].fillColor, _("Men", lang)),
        (chart.bars[1].fillColor, _("Women", lang)),
    ]
    drawing.add(legend)
    drawing.add(
        String(
            14 * mm,
            58 * mm,
            _("Present, by group and gender", lang),
            fontName=FONT_BOLD,
            fontSize=8.5,
        )
    )
    return drawing


def _attendance(participants: list[Participant], lang: str, st: dict) -> list:
    counts = attendance_counts(participants)
    reg = Counter(p.group for p in participants)
    present = [p for p in participants if p.attended]
    rows = [
        [_("Group", lang), _("Registered", lang), _("Present", lang), _("M", lang), _("F", lang)]
    ]
    for group in GROUPS:
        labels = [p.group_label for p in participants if p.group == group]
        rows.append(
            [
                _p(group_with_labels(group, labels), st["small"]),
                reg.get(group, 0),
                counts.by_group[group],
                sum(p.group == group and p.gender == "L" for p in present),
                sum(p.group == group and p.gender == "P" for p in present),
            ]
        )
    rows.append(
        [
            _("Total", lang),
            counts.registered,
            counts.attended,
            counts.by_gender["L"],
            counts.by_gender["P"],
        ]
    )
    table = Table(rows, colWidths=(72 * mm, 24 * mm, 24 * mm, 18 * mm, 18 * mm))
    table.setStyle(
        TableStyle(
            GRID
            + [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)]
        )
    )
    ages = Counter()
    for p in present:
        band = next(
            (label for low, high, label in AGE_BANDS if p.age is not None and low <= p.age <= high),
            _("unknown", lang),
        )
        ages[band] += 1
    labels = [label for _low, _high, label in AGE_BANDS] + [_("unknown", lang)]
    age_table = Table(
        [[_("Age", lang)] + labels, [_("Present", lang)] + [ages.get(x, 0) for x in labels]]
    )
    age_table.setStyle(TableStyle(GRID + [("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    return [
        CondPageBreak(90 * mm),
        _p("3. " + _("Attendance", lang), st["h1"]),
        table,
        Spacer(1, 4 * mm),
        _attendance_chart(participants, lang),
        Spacer(1, 2 * mm),
        KeepTogether([_p(_("Present, by age", lang), st["h2"]), age_table]),
    ]


def _results(store: Store, event: Event, lang: str, st: dict) -> list:
    story: list = [CondPageBreak(60 * mm), _p("4. " + _("Pre-test and post-test", lang), st["h1"])]
    try:
        result = analyse_event(store, event.id, lang)
    except (ValueError, LookupError):  # no questions or scores entered: nothing to compare
        result = None
    if not result or not result.get("n_pre") and not result.get("n_post"):
        return story + [_p(_("No test results yet.", lang), st["italic"])]
    story.append(pre_post_chart(result, lang))
    story += [_p(line, st["base"]) for line in summary_text(result, lang)]
    return story


def _discussion(store: Store, event: Event, lang: str, st: dict, sensitive: bool) -> list:
    story: list = [CondPageBreak(40 * mm), _p("5. " + _("Focus group discussion", lang), st["h1"])]
    notes = list_notes(store, event.id, include_sensitive=sensitive)
    titles = {t.key: t.title for t in fgd_topics(lang)}
    fgd = [n for n in notes if n.kind == "fgd"]
    for note in fgd:
        story.append(
            KeepTogether(
                [
                    _p(titles.get(note.topic, note.topic) or _("Discussion", lang), st["h2"]),
                    _p(note.body, st["base"]),
                ]
            )
        )
    if not fgd:
        story.append(_p(_("No discussion notes.", lang), st["italic"]))
    findings = [n for n in notes if n.kind in ("finding", "other")]
    if findings:
        story.append(_p(_("Findings", lang), st["h2"]))
        story += [_p(f"• {n.body}", st["base"]) for n in findings]
    commitments = list_commitments(store, event.id, include_sensitive=sensitive)
    story.append(_p("6. " + _("The village's commitments", lang), st["h1"]))
    story += [_p(f"{i}. {c.text}", st["base"]) for i, c in enumerate(commitments, 1)] or [
        _p(_("No commitments recorded.", lang), st["italic"])
    ]
    return story


def _photos(store: Store, event: Event, lang: str, st: dict, width: float) -> list:
    cells = []
    cell_w = (width - 6 * mm) / 2
    for photo in list_photos(store, event.id):
        path = media_file(store, photo.file_name)
        if path is None:
            continue
        try:
            image = Image(str(path), width=cell_w, height=cell_w * 0.75, kind="proportional")
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
    return [PageBreak(), _p("7. " + _("Photos", lang), st["h1"]), table]


def _appendix(participants: list[Participant], show_names: bool, lang: str, st: dict) -> list:
    header = [
        _("No", lang),
        _("Name", lang) if show_names else _("Code", lang),
        _("M/F", lang),
        _("Age", lang),
        _("Group", lang),
        _("Present", lang),
    ]
    rows = [header] + [
        [
            i,
            _p(who(p, show_names), st["small"]),
            p.gender,
            "" if p.age is None else p.age,
            _p(p.group_shown, st["small"]),
            "✓" if p.attended else "–",
        ]
        for i, p in enumerate(participants, 1)
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
    with atomic_path(out) as temp:
        _write(store, event, temp, options, include_sensitive)
    return out


def _write(
    store: Store, event: Event, path: Path, options: PrintOptions, include_sensitive: bool
) -> None:
    register_fonts()
    lang, st = options.lang, _styles()
    width, height = options.page_size
    participants = list_participants(store, event.id)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{_('ACTIVITY REPORT', lang)} – {event.title}",
        author="Kerinjing Desktop",
    )
    frame_w = width - 2 * MARGIN
    story = _cover(event, store, lang, st, (width, height))
    story += _details(event, participants, lang, st)
    story += _presurvey(event, store, lang, st, include_sensitive)
    story += _attendance(participants, lang, st)
    story += _results(store, event, lang, st)
    story += _discussion(store, event, lang, st, include_sensitive)
    story += _photos(store, event, lang, st, frame_w)
    story += _appendix(participants, options.show_names, lang, st)
    doc.build(story, canvasmaker=numbered_canvas(lang, footer_left=event.title, first_page=False))
