"""Consent to be named, recorded rather than assumed.

A person's name and phone appear on printed lists, certificates, reports and exports only
when they agreed (`people.consent`). An imported list may say so in a column (Persetujuan);
for the rows that do not, the event's default applies, which the facilitator sets once for
the event (the village's agreement, collected on the day's registration sheet). Until then
the default is "not named".
"""

from __future__ import annotations

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import mapping, value


def consent_default(store: Store, event_id: str) -> bool:
    return bool(value(store, "SELECT consent_default FROM events WHERE id = ?", [event_id]))


@writes(OpChanges.EVENT)
def set_consent_default(store: Store, event_id: str, agreed: bool) -> None:
    store.execute(
        "UPDATE events SET consent_default = ?, updated_at = ?, device_id = ? WHERE id = ?",
        [int(agreed), store.stamp(), store.device_id, event_id],
    )


@writes(OpChanges.PARTICIPANTS)
def set_consent(store: Store, event_id: str, codes: list[str], agreed: bool) -> int:
    """Record (or withdraw) the consent of the people with these codes; all or none."""
    known = mapping(
        store, "SELECT code, person_id FROM registrations WHERE event_id = ?", [event_id]
    )
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError(
            [("code", _("No participant {code} in this event.").format(code=code))
             for code in unknown]
        )  # fmt: skip
    stamp = store.stamp()
    with store.db.atomic():
        for code in codes:
            store.execute(
                "UPDATE people SET consent = ?, updated_at = ?, device_id = ? WHERE id = ?",
                [int(agreed), stamp, store.device_id, known[code]],
            )
    return len(codes)
