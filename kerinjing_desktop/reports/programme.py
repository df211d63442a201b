"""Laporan Program (`print programme`): a programme's report for a period and an area.

It is drawn only from core/office/publish.py's figures, so people appear as counts and the
privacy filter's rules hold: a count below 5 prints as "<5", a mean drawn from fewer than 5
pairs prints as "–", sensitive notes never reach it, withheld names and phones are struck.
Sections: the selection and its totals, reach (gender, age band, group, with Calon PMI as a
group of its own), gains per village with 95% intervals (Student's t, wide for small groups),
the questions that stay hard, the commitments kept (counted per village in the table of
villages, per kabupaten, and the most common ones: reports/programme_commitments.py), then each
village's first note, shortened.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

from kerinjing_desktop.core.domain import format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.groups import group_name
from kerinjing_desktop.core.i18n import N_, _, ngettext
from kerinjing_desktop.core.kinds import Gender, NoteKind
from kerinjing_desktop.core.office.publish import MIN_COUNT, Filters, Published, hardest, kept
from kerinjing_desktop.reports.common import FONT, FONT_BOLD, PrintOptions, register_fonts
from kerinjing_desktop.reports.pages import document, numbered_canvas
from kerinjing_desktop.reports.programme_commitments import (
    NOTE_CHARS,
    CommitmentCounts,
    chosen_notes,
    most_common,
    per_kabupaten,
    per_village,
)
from kerinjing_desktop.reports.textsafe import para_text

MARGIN = 16 * mm
PADDING = 3  # above and below a cell's text (ReportLab's own default, stated)
SIDE_PADDING = 6  # left and right of it (the same)
_GRID = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("LEADING", (0, 0), (-1, -1), 9),
    ("TOPPADDING", (0, 0), (-1, -1), PADDING),
    ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ("LEFTPADDING", (0, 0), (-1, -1), SIDE_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), SIDE_PADDING),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
]
DIMENSION_TITLES = {
    "gender": N_("Gender"),
    "age_band": N_("Age band"),
    "group": N_("Group"),
}
GENDER_NAMES: dict[str, str] = {Gender.MALE: N_("Men"), Gender.FEMALE: N_("Women")}
KIND_NAMES = {
    "commitment": N_("Commitment"),
    NoteKind.FGD: N_("Discussion"),
    NoteKind.FINDING: N_("Finding"),
    NoteKind.PRESURVEY: N_("Pre-survey"),
    NoteKind.OTHER: N_("Other"),
}


def count(value: int | None) -> str:
    return f"<{MIN_COUNT}" if value is None else str(value)


def short_date(iso: str) -> str:
    """21-09-2026: the way dates are written on Indonesian forms, narrow enough for a table."""
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"


def figure(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=22),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=8,
            spaceAfter=4, keepWithNext=1,
        ),
    }  # fmt: skip


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


VILLAGE_WIDTH, NOTE_WIDTH = 46 * mm, 132 * mm  # the facilitators' notes' columns
_HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=7, leading=8.5, splitLongWords=0)
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)


def _one_line(row: list) -> bool:
    return all(isinstance(cell, str) and "\n" not in cell for cell in row)


def heights(rows: list[list], leading: float) -> list[float | None]:
    """Each row's height, given where it is known without measuring: a row of one-line
    strings is one leading and its padding high; the header (paragraphs that wrap) and a row
    holding a paragraph are left to ReportLab (None). Why: measuring is most of laying out
    a table of 2,000 villages, cell by cell, again on every page it is split over."""
    line = leading + 2 * PADDING
    return [None] + [line if _one_line(row) else None for row in rows[1:]]


def _table(
    rows: list[list],
    widths: list[float] | None = None,
    left: int = 1,
    size: float = 7.5,
    side: float = SIDE_PADDING,
) -> LongTable:
    """A grid whose header cells wrap (a narrow column's title stays inside it), `side`
    points of padding left and right of each cell. A LongTable: split over pages, it
    measures only the rows that fill the page, not all that remain."""
    head_style = ParagraphStyle("head", parent=_HEAD, fontSize=size - 0.5, leading=size + 1)
    head = [_p(cell, head_style) if isinstance(cell, str) else cell for cell in rows[0]]
    table = LongTable([head, *rows[1:]], colWidths=widths, rowHeights=heights(rows, size + 1.5),
                      repeatRows=1, hAlign="LEFT")  # fmt: skip
    style = list(_GRID)
    if size != 7.5:
        style += [("FONTSIZE", (0, 1), (-1, -1), size), ("LEADING", (0, 1), (-1, -1), size + 1.5)]
    if left > 1:
        style.append(("ALIGN", (1, 1), (left - 1, -1), "LEFT"))
    if side != SIDE_PADDING:
        style += [("LEFTPADDING", (0, 0), (-1, -1), side), ("RIGHTPADDING", (0, 0), (-1, -1), side)]
    table.setStyle(TableStyle(style))
    return table


def _selection(filters: Filters, lang: str) -> str:
    parts = []
    if filters.date_from or filters.date_to:
        start = format_date(filters.date_from, lang) if filters.date_from else "…"
        end = format_date(filters.date_to, lang) if filters.date_to else "…"
        parts.append(_("Period: {start} to {end}", lang).format(start=start, end=end))
    if filters.kabupaten:
        parts.append(_("Kabupaten: {name}", lang).format(name=filters.kabupaten))
    return "; ".join(parts) or _("All events in this office's store", lang)


def _category(dimension: str, category: str, lang: str) -> str:
    if dimension == "gender":
        return _(GENDER_NAMES[category], lang)
    if category == "?":
        return _("not known", lang)
    return group_name(category, lang) if dimension == "group" else category


def _reach(published: Published, lang: str, st: dict) -> list:
    story = [_p(_("Reach (people who attended)", lang), st["h1"])]
    overall = published.selection("reach")  # not every village's rows: they are not printed
    for dimension, title in DIMENSION_TITLES.items():
        rows = [[_(title, lang), _("People", lang)]]
        rows += [
            [_category(dimension, r.category, lang), count(r.people)]
            for r in overall
            if r.dimension == dimension
        ]
        story += [_table(rows, [60 * mm, 25 * mm]), Spacer(1, 3 * mm)]
    groups = [r for r in overall if r.dimension == "group"]
    story.append(_group_chart(groups, lang))
    return story


def _group_chart(groups: list, lang: str) -> Drawing:
    drawing = Drawing(170 * mm, 58 * mm)
    drawing.initialFontName = FONT
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34 * mm, 4 * mm, 120 * mm, 50 * mm
    chart.data = [[r.people or 0 for r in reversed(groups)]]
    chart.categoryAxis.categoryNames = [group_name(r.category, lang) for r in reversed(groups)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.Color(0.25, 0.45, 0.7)
    drawing.add(chart)
    return drawing


def _commitments_cell(counts: CommitmentCounts | None) -> str:
    if counts is None:
        return "–"
    return f"{counts.done}/{counts.started}/{counts.not_started} ({counts.made})"


def _gains(published: Published, lang: str, st: dict) -> list:
    head = [_("Date", lang), _("Village", lang), _("Kabupaten", lang), _("Registered", lang),
            _("Attended", lang), _("Pairs", lang), _("Pre %", lang), _("Post %", lang),
            _("Gain (95% interval)", lang), _("Commitments", lang)]  # fmt: skip
    rows = [head]
    commitments = per_village(published)
    for e in published.events:
        interval = (
            f"{figure(e.gain_points, lang)} ({figure(e.gain_low, lang)} – "
            f"{figure(e.gain_high, lang)})"
            if e.gain_points is not None
            else "–"
        )
        rows.append([short_date(e.date), e.village, e.kabupaten, count(e.registered),
                     count(e.attended), count(e.paired), figure(e.pre_pct, lang),
                     figure(e.post_pct, lang), interval,
                     _commitments_cell(commitments.get(e.id))])  # fmt: skip
    # ten columns in 178 mm: with half the usual padding each one's widest text fits inside
    # its lines in both languages (a kabupaten, "Registered", "Commitments" ran over them)
    widths = [17, 24.5, 22, 17, 15, 15, 9.5, 10, 26.5, 21.5]
    note = _(
        "Gain: the mean change in percentage points of the test's maximum, with its 95% "
        "interval (Student's t, wider for a small group). Fewer than {n} pairs: not shown.",
        lang,
    ).format(n=MIN_COUNT)
    kept_note = _(
        "Commitments: done / started / not started by the latest follow-up visit, and (in "
        "brackets) how many the village made.",
        lang,
    )
    return [
        _p(_("Learning gains per village", lang), st["h1"]),
        _p(note, st["small"]),
        _p(kept_note, st["small"]),
        Spacer(1, 2 * mm),
        _table(rows, [w * mm for w in widths], left=3, size=7, side=SIDE_PADDING / 2),
    ]


def _questions(published: Published, lang: str, st: dict) -> list:
    rows = [[_("Question", lang), _("Pairs", lang), _("Pre %", lang), _("Post %", lang)]]
    rows += [
        [str(q.question), count(q.pairs), figure(q.pre_pct, lang), figure(q.post_pct, lang)]
        for q in published.selection("questions")
    ]
    story = [_p(_("Questions across villages", lang), st["h1"]), _table(rows)]
    hard = hardest(published, 1)
    if hard:
        story.append(
            _p(
                _("Question {n} stays the hardest: {pct}% right after the day.", lang).format(
                    n=hard[0].question, pct=figure(hard[0].post_pct, lang)
                ),
                st["base"],
            )
        )
    return story


def fitted(text: str, width: float) -> str | Paragraph:
    """A cell of a column `width` wide: a paragraph only where the text wraps; text that fits
    its line is drawn in the same place as plain text, which ReportLab neither parses nor
    measures word by word (2,000 notes at 200 laptops)."""
    room = width - 2 * SIDE_PADDING
    if "\n" not in text and stringWidth(text, FONT, _CELL.fontSize) <= room:
        return text
    return _p(text, _CELL)


def _notes(published: Published, lang: str, st: dict) -> list:
    village = {e.id: f"{e.village} ({short_date(e.date)})" for e in published.events}
    rows = [[_("Village", lang), _("Note", lang)]]
    for t in chosen_notes(published):
        # a village too long for its column wraps, its date under it (it ran over the line)
        rows.append(
            [fitted(village.get(t.event_id, ""), VILLAGE_WIDTH), fitted(t.text, NOTE_WIDTH)]
        )
    if len(rows) == 1:
        return []
    return [
        _p(_("Facilitators' notes", lang), st["h1"]),
        _p(_("Each village's first note, shortened to {n} characters. Notes marked sensitive "
             "are left out; names of people who did not consent and phone numbers are "
             "replaced. Every note in full: the data package (texts.csv) and the web view.",
             lang).format(n=NOTE_CHARS), st["small"]),
        Spacer(1, 2 * mm),
        _table(rows, [VILLAGE_WIDTH, NOTE_WIDTH], left=2),
    ]  # fmt: skip


def _status_head(first: list[str], lang: str) -> list[str]:
    return [*first, _("Commitments", lang), _("Done", lang), _("Started", lang),
            _("Not started", lang), _("Not visited yet", lang)]  # fmt: skip


def _status_cells(c: CommitmentCounts) -> list[str]:
    return [str(c.made), str(c.done), str(c.started), str(c.not_started), str(c.not_visited)]


def _kept(published: Published, lang: str, st: dict) -> list:
    villages = per_village(published)
    if not villages and not published.follow_ups:
        return []
    counts = kept(published)
    summary = ngettext(
        "Of {n} commitment followed up: {done} done, {started} started, {not_started} not "
        "started (the latest visit's word).",
        "Of {n} commitments followed up: {done} done, {started} started, {not_started} not "
        "started (the latest visit's word).",
        len(published.follow_ups),
        lang,
    ).format(n=len(published.follow_ups), **counts)
    areas = [_status_head([_("Kabupaten", lang)], lang)]
    areas += [[name, *_status_cells(c)] for name, c in per_kabupaten(published).items()]
    common = [[_("Commitment made most often", lang), _("Villages", lang), _("Done", lang),
               _("Started", lang), _("Not started", lang)]]  # fmt: skip
    common += [[_p(c.text, st["small"]), str(c.villages), str(c.done), str(c.started),
                str(c.not_started)] for c in most_common(published)]  # fmt: skip
    numbers = [24 * mm, 15 * mm, 16 * mm, 20 * mm, 24 * mm]  # each title in bold fits
    return [
        _p(_("Commitments kept", lang), st["h1"]),
        _p(summary, st["base"]),
        Spacer(1, 2 * mm),
        _table(areas, [50 * mm, *numbers]),
        Spacer(1, 3 * mm),
        _table(common, [109 * mm, 17 * mm, 15 * mm, 16 * mm, 21 * mm]),
        _p(_("Each village's commitments are counted in the table of villages above.", lang),
           st["small"]),
    ]  # fmt: skip


def build(published: Published, filters: Filters, out: Path, options: PrintOptions) -> Path:
    """Write the report to `out` whole or not at all (core/files.py)."""
    with atomic_path(out) as temp:
        _write(published, filters, temp, options)
    return out


def _write(published: Published, filters: Filters, path: Path, options: PrintOptions) -> None:
    register_fonts()
    lang, st = options.lang, _styles()
    title = _("PROGRAMME REPORT", lang)
    doc = document(path, options.page_size, title, MARGIN)
    total = published.total
    summary = [
        [_("Events", lang), _("Registered", lang), _("Attended", lang), _("Pairs", lang)],
        [str(total.events), count(total.registered), count(total.attended), count(total.paired)],
    ]
    story = [
        _p(title, st["title"]),
        _p(_selection(filters, lang), st["base"]),
        _p(_("People appear only as counts; a count below {n} is shown as <{n}.", lang).format(
            n=MIN_COUNT), st["small"]),
        Spacer(1, 4 * mm),
        _table(summary),
    ]  # fmt: skip
    if published.events:
        story += _reach(published, lang, st)
        story += _gains(published, lang, st)
        story += _questions(published, lang, st)
        story += _kept(published, lang, st)
        story += _notes(published, lang, st)
    else:
        story.append(_p(_("No event matches this selection.", lang), st["base"]))
    doc.build(story, canvasmaker=numbered_canvas(lang, footer_left=title))
