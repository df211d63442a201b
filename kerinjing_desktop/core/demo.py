"""The demo event: a fictional day modelled on the Kerinjing report, for trying the app.

All people here are invented (core/demo_people.py). Creating it twice changes nothing
(fixed event id).
"""

from __future__ import annotations

import uuid

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.demo_notes import add_demo_notes
from kerinjing_desktop.core.demo_people import ABSENT, DEMO_PEOPLE
from kerinjing_desktop.core.demo_scores import add_demo_scores
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.events import EventNotFound, add_event, get_event
from kerinjing_desktop.core.store.participants import import_participants, set_attendance

DEMO_EVENT_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "kerinjing-desktop:demo-event"))


@writes(
    OpChanges.EVENT
    | OpChanges.PARTICIPANTS
    | OpChanges.ATTENDANCE
    | OpChanges.SCORES
    | OpChanges.QUESTIONS
    | OpChanges.NOTES
    | OpChanges.COMMITMENTS
)
def create_demo_event(store: Store) -> str:
    """Create the demo event if it is not there; returns its id."""
    try:
        get_event(store, DEMO_EVENT_ID)
        return DEMO_EVENT_ID
    except EventNotFound:
        pass
    people = [validate_person(*person) for person in DEMO_PEOPLE]
    # one transaction: a power cut never leaves a demo event without its scores or notes
    with store.transaction():
        add_event(
            store,
            _("Prevention of Trafficking in Persons (TPPO) outreach"),
            "Kerinjing",
            "2021-09-21",
            event_id=DEMO_EVENT_ID,
            kecamatan="Tanjung Raja",
            kabupaten="Ogan Ilir",
            venue=_("Village hall of Kerinjing"),
            facilitators=_("Outreach team (demo)"),
            notes=_("Demo event: the people are invented."),
            presurvey_notes=_(
                "Pre-survey with the village head (demo): many villagers work abroad, "
                "often through relatives or sponsors rather than official channels; the "
                "village has never had an outreach on trafficking; young people look for "
                "jobs on social media."
            ),
        )
        import_participants(store, DEMO_EVENT_ID, people)
        present = [f"P-{i:03d}" for i, p in enumerate(DEMO_PEOPLE, 1) if p[0] not in ABSENT]
        # the morning of the day (WIB = UTC+7): from 08:02, a few minutes apart, not today
        for n, code in enumerate(present):
            minute = 2 + 2 * n
            stamp = f"2021-09-21T{1 + minute // 60:02d}:{minute % 60:02d}:00.000Z"
            set_attendance(store, DEMO_EVENT_ID, [code], present=True, at=stamp)
        add_demo_scores(store, DEMO_EVENT_ID)  # scores issue: its own module
        add_demo_notes(store, DEMO_EVENT_ID)  # documents issue: its own module
    return DEMO_EVENT_ID
