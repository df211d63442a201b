"""A draft community-service article (artikel pengabdian) built from the day's data.

The structure of an Indonesian community-service journal article: Abstrak (and an English
Abstract), Pendahuluan, Metode, Hasil dan Pembahasan, Kesimpulan, Daftar Pustaka. What the
data can say is written (the agenda and instruments, attendance, the pre/post table and the
paired test in a journal's words, the discussion's findings and the commitments); what only
the authors can write is a marked prompt in the Prompt style, easy to find and replace.

An article is published: nobody is named in it, and sensitive notes never enter it, whatever
the facilitator chose for the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kerinjing_desktop.core.domain import Event, format_date
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.reports.attendance import place_text
from kerinjing_desktop.reports.common import PrintOptions
from kerinjing_desktop.reports.data import AGENDA, ReportData, gather
from kerinjing_desktop.reports.docx import base
from kerinjing_desktop.reports.docx.results import (
    group_table,
    journal_sentences,
    num,
    question_table,
    results_chart,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


def ask(doc, data: ReportData, text: str) -> None:
    base.prompt(doc, _("To write: {what}", data.lang).format(what=text))


def _front(doc, data: ReportData) -> None:
    lang, event, inst = data.lang, data.event, data.institution
    base.para(doc, _("{title} in {village}", lang).format(
        title=event.title, village=_("Village {name}", lang).format(name=event.village)),
        "Title")  # fmt: skip
    ask(doc, data, _("sharpen the title: at most 15 words, naming the village and the "
                     "activity", lang))  # fmt: skip
    base.para(doc, event.facilitators or "", "Subtitle")
    affiliation = ", ".join(x for x in (inst.unit, inst.name, inst.address) if x)
    if affiliation:
        base.para(doc, affiliation, "Subtitle")
    ask(doc, data, _("every author's full name and affiliation, and the corresponding "
                     "author's e-mail", lang))  # fmt: skip


def _abstracts(doc, data: ReportData) -> None:
    lang, event, s = data.lang, data.event, data.stats
    base.heading(doc, _("ABSTRACT", lang), 1)
    text = ngettext(
        "This community-service activity raised awareness of trafficking in persons "
        "(TPPO) in {place} on {date}, through talks, a documentary film and a focus group "
        "discussion. {present} villager took part.",
        "This community-service activity raised awareness of trafficking in persons "
        "(TPPO) in {place} on {date}, through talks, a documentary film and a focus group "
        "discussion. {present} villagers took part.",
        data.present,
        lang,
    ).format(
        place=place_text(event, lang), date=format_date(event.date, lang), present=data.present
    )
    if s and s.n_paired >= 2 and s.pre_mean_pct is not None:
        text += " " + _(
            "Their mean score on the knowledge test rose from {pre}% before to "
            "{post}% after the session (n = {n}).",
            lang,
        ).format(
            pre=num(s.pre_mean_pct, lang, 1),
            post=num(s.post_mean_pct, lang, 1),
            n=s.n_paired,
        )
    base.para(doc, text)  # fmt: skip
    ask(doc, data, _("complete the abstract (150–250 words): the problem, the aim, the "
                     "method, the main result and what it means", lang))  # fmt: skip
    base.para(doc, _("Keywords: trafficking in persons; outreach; focus group discussion; "
                     "pre-test and post-test; Village {village}", lang).format(
        village=event.village))  # fmt: skip
    # Indonesian journals print both abstracts: the other language's is the authors' to write
    if lang == "en":
        base.heading(doc, "ABSTRAK", 1)
        ask(doc, data, _("the abstract in Indonesian, the same content as the English one, "
                         "with 3–5 keywords (kata kunci)", lang))  # fmt: skip
    else:
        base.heading(doc, "ABSTRACT", 1)
        ask(doc, data, _("the abstract in English, the same content as the Indonesian one, "
                         "with 3–5 keywords", lang))  # fmt: skip


def _introduction(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, _("INTRODUCTION", lang), 1)
    ask(
        doc,
        data,
        _(
            "the problem: trafficking and non-procedural migrant work as they touch "
            "this village, with figures and the laws (see the references)",
            lang,
        ),
    )
    ask(doc, data, _("what is already known and done, citing earlier outreach work", lang))
    ask(doc, data, _("the aim of this activity and why these participants were chosen",
                     lang))  # fmt: skip
    if data.presurvey:
        base.para(doc, _("Notes from the pre-survey, to rewrite in your own words:", lang),
                  "Prompt")  # fmt: skip
        for note in data.presurvey:
            base.para(doc, note, "Prompt")


def _method(doc, data: ReportData) -> None:
    lang, event = data.lang, data.event
    base.heading(doc, _("METHOD", lang), 1)
    groups = ", ".join(f"{g.name or g.group} ({g.present})" for g in data.groups if g.present)
    base.para(doc, ngettext("The activity was held on {date} at {place}. Its participant was "
                            "{present} resident: {groups}.",
                            "The activity was held on {date} at {place}. Its participants were "
                            "{present} residents: {groups}.", data.present, lang).format(
        date=format_date(event.date, lang, weekday=True), place=place_text(event, lang),
        present=data.present, groups=groups or "–"))  # fmt: skip
    base.para(doc, _("The day followed these steps:", lang))
    base.numbered(doc, [_(item, lang) for item in AGENDA])
    if data.questions:
        total = sum(q.max_score for q in data.questions)
        k = len(data.questions)
        base.para(doc, ngettext("Knowledge was measured with the same written test before and "
                                "after the sessions: {k} question, scored out of {total}:",
                                "Knowledge was measured with the same written test before and "
                                "after the sessions: {k} questions, scored together out of "
                                "{total}:", k, lang).format(k=k, total=total))  # fmt: skip
        base.numbered(doc, [
            _("{text} (0–{max} points)", lang).format(text=q.text or "–", max=q.max_score)
            for q in data.questions
        ])  # fmt: skip
        if data.background_questions:
            base.para(
                doc,
                _("A background question was recorded but not scored: {text}", lang).format(
                    text=" ".join(data.background_questions)
                ),
            )
    base.para(doc, _(
        "Only participants who took both tests were compared. The change in their total "
        "scores was tested with the Wilcoxon signed-rank test, with the rank-biserial "
        "correlation as its effect size; a paired t-test with Cohen's d_z is reported beside "
        "it, and Hake's normalised gain relates the gain to what was left to learn. Each "
        "question was compared with McNemar's exact test on full marks. The significance "
        "level was 5%.", lang))  # fmt: skip
    ask(doc, data, _("why these methods suit these participants, with references", lang))


def _results(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, _("RESULTS AND DISCUSSION", lang), 1)
    base.heading(doc, _("Participants", lang), 2)
    base.para(doc, _("Of the {registered} people registered, {present} attended: {men} men "
                     "and {women} women (Table 1).", lang).format(
        registered=data.registered, present=data.present, men=data.men,
        women=data.women))  # fmt: skip
    base.table_caption(doc, _("Table 1. Registered and present, by group and gender", lang))
    base.table(doc, *group_table(data))
    base.heading(doc, _("Knowledge before and after the activity", lang), 2)
    if data.has_results:
        base.table_caption(doc, _("Table 2. Mean score per question, pre-test and post-test "
                                  "(participants who took both tests)", lang))  # fmt: skip
        base.table(doc, *question_table(data), (6.0, 1.2, 2.2, 2.2, 2.4))
    base.para(doc, " ".join(journal_sentences(data)))
    if data.has_results:
        base.picture(
            doc,
            results_chart(data),
            15,
            _("Figure 1. Mean score per question (% of its maximum)", lang),
        )
    ask(doc, data, _("discuss the result: which questions changed most and why, and how it "
                     "compares with similar activities", lang))  # fmt: skip
    base.heading(doc, _("Focus group discussion", lang), 2)
    for item in data.discussions:
        paragraph = base.para(doc, item.topic + ". ", bold=True)
        paragraph.add_run(base.safe(" ".join(item.body.split())))
    for finding in data.findings:
        base.para(doc, finding, "List Bullet")
    if data.commitments:
        base.para(doc, _("The participants agreed on these commitments:", lang))
        base.numbered(doc, data.commitments)
    ask(doc, data, _("interpret the discussion; describe anyone only as 'a participant', "
                     "never by name", lang))  # fmt: skip


def _conclusion(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, _("CONCLUSION", lang), 1)
    if data.summary:
        base.para(doc, data.summary[0])
    ask(doc, data, _("what the activity achieved, its limits, and what should follow", lang))


def _references(doc, data: ReportData) -> None:
    lang = data.lang
    base.heading(doc, _("REFERENCES", lang), 1)
    for ref in data.references:
        paragraph = doc.add_paragraph(style="Bibliography")
        paragraph.add_run(base.safe(f"{ref.author}. ({ref.year}). "))
        if ref.title:
            paragraph.add_run(base.safe(ref.title)).italic = True
            paragraph.add_run(". ")
        if ref.rest:
            paragraph.add_run(base.safe(ref.rest))
        if ref.to_complete:
            marker = paragraph.add_run(" [" + _("To write: {what}", lang).format(
                what=ref.to_complete) + "]")  # fmt: skip
            marker.italic = True
    ask(doc, data, _("add the works you cite in the introduction and discussion, in the same "
                     "style (APA)", lang))  # fmt: skip


def render(data: ReportData, paper: str, template: Path | None) -> DocxDocument:
    doc = base.new_document(template, data.lang, paper, data.event.title, data.event.facilitators)
    _front(doc, data)
    _abstracts(doc, data)
    _introduction(doc, data)
    _method(doc, data)
    _results(doc, data)
    _conclusion(doc, data)
    _references(doc, data)
    base.add_page_numbers(doc, data.lang, skip_first=False)
    return doc


def build(
    store: Store,
    event: Event,
    out: Path,
    options: PrintOptions,
    include_sensitive: bool = False,
    template: Path | None = None,
) -> Path:
    """`include_sensitive` is accepted for a uniform call and ignored: never in an article."""
    del include_sensitive
    data = gather(store, event, options.lang, show_names=False, include_sensitive=False)
    return base.save(render(data, options.paper, template), out)
