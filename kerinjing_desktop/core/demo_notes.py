"""Demo notes of the day: FGD notes (one marked sensitive), findings, the commitments from
the template, and a signatory for the certificates. Invented, like the demo people."""

from __future__ import annotations

from kerinjing_desktop.core.fgd import commitment_template
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import NoteKind
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.certificates import CertificateSettings, Signatory, set_settings
from kerinjing_desktop.core.store.notes import add_note, list_notes, replace_commitments


def add_demo_notes(store: Store, event_id: str) -> None:
    """Idempotent: does nothing when the event already has notes."""
    if list_notes(store, event_id):
        return
    add_note(
        store,
        event_id,
        NoteKind.FGD,
        _(
            "Most people who leave for work abroad go through a relative or a sponsor; few know "
            "the official placement office. Offers are shared in WhatsApp groups."
        ),
        topic="situation",
    )
    add_note(
        store,
        event_id,
        NoteKind.FGD,
        _("The village signs permission letters without checking the company or the contract."),
        topic="efforts",
    )
    add_note(
        store,
        event_id,
        NoteKind.FGD,
        _(
            "A participant spoke privately about a relative who has had no contact with the family "
            "since leaving; the SAPA 129 number was given (demo)."
        ),
        topic="situation",
        sensitive=True,
    )
    add_note(
        store,
        event_id,
        NoteKind.FINDING,
        _("The youth want a short list of questions to ask before accepting any job offer."),
    )
    replace_commitments(
        store,
        event_id,
        [(text, False) for text in commitment_template("id", include_optional=False)],
    )
    set_settings(
        store,
        event_id,
        CertificateSettings(
            institution=_("Community Service Team (demo)"),
            activity_code="PKM-TPPO",
            signatories=[
                Signatory(name="Dr. Rina Oktaviani (demo)", title=_("Team leader")),
                Signatory(name="Hendra Gunawan", title=_("Village head of Kerinjing")),
            ],
        ),
    )
