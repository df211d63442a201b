"""The activity report ("LAPORAN KEGIATAN") as an editable Word document.

The same content as the PDF report, in Word's own structure, plus what an institution's
report carries: a cover with the logo, an approval page (Lembar Pengesahan) with signature
blocks, a summary, and appendices (the attendance list by code, the photos with captions).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from kerinjing_desktop.core.domain import Event, format_date
from kerinjing_desktop.core.i18n import _, ngettext, pgettext
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.institution import Signer
from kerinjing_desktop.reports.attendance import place_text
from kerinjing_desktop.reports.common import PrintOptions
from kerinjing_desktop.reports.data import AGENDA, ReportData, gather
from kerinjing_desktop.reports.docx import base
from kerinjing_desktop.reports.docx.results import (
    attendance_chart,
    group_table,
    journal_sentences,
    key_figures,
    question_table,
    results_chart,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


def _cover(doc, data: ReportData) -> None:
    lang, event, inst = data.lang, data.event, data.institution
    if inst.logo_png:
        base.picture(doc, inst.logo_png, 3.5)
    for line in inst.letterhead_lines():
        base.para(doc, line, "Letterhead")
    base.para(doc, "", "Cover Text")
    base.para(doc, _("ACTIVITY REPORT", lang), "Cover Title")
    base.para(doc, event.title, "Cover Text")
    base.para(doc, place_text(event, lang), "Cover Text")
    base.para(doc, format_date(event.date, lang, weekday=True), "Cover Text")
    if event.facilitators:
        base.para(doc, "", "Cover Text")
        base.para(doc, _("Prepared by", lang), "Cover Text")
        base.para(doc, event.facilitators, "Cover Text", bold=True)
    if inst.name or inst.unit:
        base.para(doc, "", "Cover Text")
        base.para(doc, " – ".join(x for x in (inst.unit, inst.name) if x), "Cover Text")
    base.para(doc, str(event.year), "Cover Text")
    base.page_break(doc)


def _details(data: ReportData) -> list[tuple[str, str]]:
    lang, event = data.lang, data.event
    return [
        (_("Activity", lang), event.title),
        (_("Day, date", lang), format_date(event.date, lang, weekday=True)),
        (_("Place", lang), place_text(event, lang)),
        (_("Facilitators", lang), event.facilitators or "–"),
        (_("Participants", lang), _("{present} present of {registered} registered", lang)
         .format(present=data.present, registered=data.registered)),
    ]  # fmt: skip


def signature_blocks(doc, data: ReportData) -> None:
    """Two blocks side by side (a third below): title, room to sign, name, NIP line."""
    lang, event = data.lang, data.event
    people = list(data.institution.signatories) or [Signer(title=_("Facilitator,", lang))]
    base.para(
        doc, f"{event.village}, {format_date(event.date, lang)}", "Signature"
    ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for start in range(0, len(people), 2):
        pair = people[start : start + 2]
        # one row each for titles, room to sign, names, NIP: side by side blocks line up
        grid = doc.add_table(rows=4, cols=len(pair))
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.rows[1].height = Cm(2.2)
        for column, person in enumerate(pair):
            cells = [grid.cell(row, column) for row in range(4)]
            for cell in cells:
                cell.paragraphs[0].style = doc.styles["Signature"]
            cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            # "Mengetahui, Ketua LPPM" → the opening word on its own line, as the form has it
            base.lines(cells[0].paragraphs[0], re.sub(r"^(\w+),\s+", "\\1,\n", person.title))
            run = cells[2].paragraphs[0].add_run(base.safe(person.name or "." * 30))
            run.bold, run.underline = True, bool(person.name)
            cells[3].paragraphs[0].add_run(base.safe(person.id_number))
        base.para(doc, "", "Signature")


def _approval(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, _("APPROVAL PAGE", lang), 1)
    base.table(doc, [_("Item", lang), _("Details", lang)], _details(data), (4, 10))
    base.para(doc, "")
    signature_blocks(doc, data)
    base.page_break(doc)


def _summary(doc, data: ReportData) -> None:
    lang, event = data.lang, data.event
    base.heading(doc, _("Summary", lang), 1)
    base.para(doc, _(
        "The activity “{title}” took place on {date} at {place}. {present} of the {registered} "
        "people registered attended ({men} men and {women} women).", lang).format(
        title=event.title, date=format_date(event.date, lang, weekday=True),
        place=place_text(event, lang), present=data.present, registered=data.registered,
        men=data.men, women=data.women))  # fmt: skip
    if data.summary:
        base.para(doc, " ".join(data.summary))
    if data.commitments:
        n = len(data.commitments)
        base.para(doc, ngettext("The village agreed on {n} commitment (section 6).",
                                "The village agreed on {n} commitments (section 6).", n,
                                lang).format(n=n))  # fmt: skip


def _body(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, "1. " + _("The activity", lang), 1)
    base.table(doc, [_("Item", lang), _("Details", lang)], _details(data), (4, 10))
    base.heading(doc, _("Agenda of the day", lang), 2)
    base.numbered(doc, [_(item, lang) for item in AGENDA])
    base.heading(doc, "2. " + _("Pre-survey with the village", lang), 1)
    for text in data.presurvey or (_("No pre-survey notes.", lang),):
        base.para(doc, text)
    base.heading(doc, "3. " + _("Attendance", lang), 1)
    header, rows = group_table(data)
    base.table_caption(doc, _("Table 1. Registered and present, by group and gender", lang))
    base.table(doc, header, rows)
    base.picture(doc, attendance_chart(data), 15,
                 _("Figure 1. Present, by group and gender", lang))  # fmt: skip
    base.table_caption(doc, _("Table 2. Present, by age", lang))
    base.table(doc, [_("Age", lang), _("Present", lang)], [list(a) for a in data.ages])
    base.heading(doc, "4. " + _("Pre-test and post-test", lang), 1)
    if not data.stats:
        base.para(doc, _("No test results yet.", lang))
    else:
        base.table_caption(doc, _("Table 3. Key figures (participants who took both tests)", lang))
        base.table(doc, *key_figures(data.stats, lang))
        base.table_caption(doc, _("Table 4. Mean score per question", lang))
        base.table(doc, *question_table(data), (6.0, 1.2, 2.2, 2.2, 2.4))
        if data.has_results:
            base.picture(doc, results_chart(data), 15,
                         _("Figure 2. Mean score per question, pre-test and post-test",
                           lang))  # fmt: skip
        for sentence in data.summary:
            base.para(doc, sentence)
        base.heading(doc, _("Statistical detail", lang), 2)
        base.para(doc, " ".join(journal_sentences(data)))
    base.heading(doc, "5. " + _("Focus group discussion", lang), 1)
    for item in data.discussions:
        base.heading(doc, item.topic, 2)
        for line in item.body.splitlines():
            base.para(doc, line)
    if not data.discussions:
        base.para(doc, _("No discussion notes.", lang))
    if data.findings:
        base.heading(doc, _("Findings", lang), 2)
        for finding in data.findings:
            base.para(doc, finding, "List Bullet")
    base.heading(doc, "6. " + _("The village's commitments", lang), 1)
    base.numbered(doc, data.commitments)
    if not data.commitments:
        base.para(doc, _("No commitments recorded.", lang))


def _appendices(doc, data: ReportData) -> None:
    lang = data.lang
    base.page_break(doc)
    base.heading(doc, _("Appendix A. Attendance list", lang), 1)
    base.para(doc, _("People are identified by participant code; names are printed only when "
                     "the facilitator chose so and the person consented.", lang))  # fmt: skip
    header = [pgettext("row number column", "No", lang),
              _("Name", lang) if data.show_names else _("Code", lang), _("M/F", lang),
              _("Age", lang), _("Group", lang), _("Present", lang)]  # fmt: skip
    rows = [
        [p.number, p.label, p.gender, "" if p.age is None else p.age, p.group,
         "✓" if p.present else "–"]
        for p in data.people
    ]  # fmt: skip
    base.table(doc, header, rows, (1.2, 4.8, 1.2, 1.2, 3.6, 2))
    base.heading(doc, _("Appendix B. Photographs", lang), 1)
    if not data.photos:
        base.para(doc, _("No photos were added in the Notes step.", lang))
    for number, photo in enumerate(data.photos, 1):
        try:
            png = photo.path.read_bytes()
            base.picture(doc, png, 13, _("Photo {n}. {caption}", lang).format(
                n=number, caption=photo.caption or "–"))  # fmt: skip
        except (OSError, ValueError):  # an unreadable photo costs itself, not the report
            continue


def render(data: ReportData, paper: str, template: Path | None) -> DocxDocument:
    title = f"{_('ACTIVITY REPORT', data.lang)} – {data.event.title}"
    doc = base.new_document(template, data.lang, paper, title, data.event.facilitators)
    _cover(doc, data)
    _approval(doc, data)
    _summary(doc, data)
    _body(doc, data)
    _appendices(doc, data)
    base.add_page_numbers(doc, data.lang, skip_first=True)
    for section in doc.sections:
        section.footer_distance = section.footer_distance or Cm(1.25)
    return doc


def build(
    store: Store,
    event: Event,
    out: Path,
    options: PrintOptions,
    include_sensitive: bool = False,
    template: Path | None = None,
) -> Path:
    data = gather(store, event, options.lang, options.show_names, include_sensitive)
    return base.save(render(data, options.paper, template), out)
