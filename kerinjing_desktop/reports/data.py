"""Everything a report says, gathered from the store first into one typed value.

The renderers (the PDF in summary.py, the Word drafts in docx/) only lay out a ReportData;
they never query the store. Privacy is settled here, once: phones are never read into it, a
person without consent is their participant code, sensitive notes and commitments stay out
unless the facilitator asked for them (never in the article, which is published).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.domain import Event, Participant
from kerinjing_desktop.core.fgd import fgd_topics
from kerinjing_desktop.core.groups import group_name, group_with_labels, shown_group
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import Gender, NoteKind
from kerinjing_desktop.core.roster import attendance_counts, group_counts, present_by_age
from kerinjing_desktop.core.scoring import knowledge_questions
from kerinjing_desktop.core.stats import Analysis
from kerinjing_desktop.core.stats_text import summary_text
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.certificates import get_settings
from kerinjing_desktop.core.store.institution import Institution, get_institution
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.photos import list_photos, media_file
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.core.store.scores import analyse_event
from kerinjing_desktop.reports.docx.references import Reference, deck_references

# The day's programme, as both reports list it
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


@dataclass(frozen=True)
class GroupRow:
    group: str
    registered: int
    present: int
    men: int  # present
    women: int  # present
    shown: str = ""  # the group with the village's own words in it: "Perangkat Desa (BPD 2)"
    name: str = ""  # the group's name in the document's language ("Other" for "Lainnya")


@dataclass(frozen=True)
class PersonRow:
    number: int
    label: str  # the participant code, or the name of a person who consented (when asked)
    gender: str
    age: int | None
    group: str
    present: bool
    code: str = ""  # what the PDF prints when the name has letters its font lacks


@dataclass(frozen=True)
class QuestionRow:
    number: int
    text: str
    max_score: int
    pre_mean: float | None  # paired participants only, as in `stats --json`
    post_mean: float | None
    mcnemar_p: float | None


@dataclass(frozen=True)
class Discussion:
    topic: str
    body: str


@dataclass(frozen=True)
class PhotoItem:
    path: Path
    caption: str


@dataclass(frozen=True)
class ReportData:
    lang: str
    event: Event
    institution: Institution
    registered: int
    present: int
    men: int
    women: int
    groups: tuple[GroupRow, ...]
    ages: tuple[tuple[str, int], ...]
    people: tuple[PersonRow, ...]
    stats: Analysis | None  # the figures `stats` prints, or None without scores
    summary: tuple[str, ...]  # the plain-language sentences of the PDF report
    questions: tuple[QuestionRow, ...]
    background_questions: tuple[str, ...]
    presurvey: tuple[str, ...]
    discussions: tuple[Discussion, ...]
    findings: tuple[str, ...]
    commitments: tuple[str, ...]
    photos: tuple[PhotoItem, ...]
    references: tuple[Reference, ...]
    show_names: bool
    issuer: str = ""  # the institution on the PDF's cover: the certificates' issuer, else ours

    @property
    def has_results(self) -> bool:
        return bool(self.stats and self.stats.n_paired >= 1)


def _label(person: Participant, show_names: bool) -> str:
    return person.name if show_names and person.consent else person.code


def _groups(participants: list[Participant], lang: str) -> tuple[GroupRow, ...]:
    return tuple(
        GroupRow(
            count.group,
            count.registered,
            count.present,
            count.men,
            count.women,
            group_with_labels(
                count.group, [p.group_label for p in participants if p.group == count.group], lang
            ),
            group_name(count.group, lang),
        )
        for count in group_counts(participants)
    )


def _ages(participants: list[Participant], lang: str) -> tuple[tuple[str, int], ...]:
    return tuple((band or _("unknown", lang), n) for band, n in present_by_age(participants))


def _analysis(store: Store, event_id: str, lang: str) -> Analysis | None:
    try:
        result = analyse_event(store, event_id, lang)
    except (ValueError, LookupError):  # no question set or no scores: nothing to compare
        return None
    return result if result.has_scores else None


def gather(
    store: Store,
    event: Event,
    lang: str,
    show_names: bool = False,
    include_sensitive: bool = False,
) -> ReportData:
    participants = list_participants(store, event.id)
    counts = attendance_counts(participants)
    stats = _analysis(store, event.id, lang)
    asked = {q.number: q for q in list_questions(store, event.id, lang)}
    scored = knowledge_questions(list(asked.values()))
    questions = tuple(
        QuestionRow(
            q.number, asked[q.number].text if q.number in asked else "", q.max,
            q.pre_mean, q.post_mean, q.mcnemar.p_value,
        )
        for q in stats.questions
    ) if stats else tuple(
        QuestionRow(q.number, q.text, q.max_score, None, None, None) for q in scored
    )  # fmt: skip
    background = tuple(q.text for q in asked.values() if q not in scored and q.text)
    notes = list_notes(store, event.id, include_sensitive=include_sensitive)
    titles = {t.key: t.title for t in fgd_topics(lang)}
    presurvey = ([event.presurvey_notes] if event.presurvey_notes else []) + [
        n.body for n in notes if n.kind == NoteKind.PRESURVEY
    ]
    photos = []
    for photo in list_photos(store, event.id):
        path = media_file(store, photo.file_name)
        if path is not None:
            photos.append(PhotoItem(path, photo.caption))
    institution = get_institution(store)
    return ReportData(
        lang=lang,
        event=event,
        institution=institution,
        registered=counts.registered,
        present=counts.attended,
        men=counts.by_gender[Gender.MALE],
        women=counts.by_gender[Gender.FEMALE],
        groups=_groups(participants, lang),
        ages=_ages(participants, lang),
        people=tuple(
            PersonRow(
                i,
                _label(p, show_names),
                p.gender,
                p.age,
                shown_group(p.group, p.group_label, lang),
                p.attended,
                p.code,
            )
            for i, p in enumerate(participants, 1)
        ),
        stats=stats,
        summary=tuple(summary_text(stats, lang)) if stats else (),
        questions=questions,
        background_questions=background,
        presurvey=tuple(presurvey),
        discussions=tuple(
            Discussion(titles.get(n.topic, n.topic) or _("Discussion", lang), n.body)
            for n in notes
            if n.kind == NoteKind.FGD
        ),
        findings=tuple(n.body for n in notes if n.kind in (NoteKind.FINDING, NoteKind.OTHER)),
        commitments=tuple(
            c.text for c in list_commitments(store, event.id, include_sensitive=include_sensitive)
        ),
        photos=tuple(photos),
        references=deck_references(lang),
        show_names=show_names,
        issuer=get_settings(store, event.id).institution or institution.name,
    )
