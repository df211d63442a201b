"""Events: create, change, list, and find one by id prefix."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import Event, validate_event
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import first, records

_EVENT_COLUMNS = [f.name for f in fields(Event)]
MIN_PREFIX = 4


class EventNotFound(LookupError):
    """A wrong or ambiguous event reference; the message names the candidates."""


@dataclass(frozen=True)
class EventSummary:
    event: Event
    participants: int
    attended: int


@dataclass(frozen=True)
class _CountedEvent(Event):
    """An event's row with its counts, as list_events reads it."""

    participants: int = 0
    attended: int = 0

    def summary(self) -> EventSummary:
        event = Event(**{key: getattr(self, key) for key in _EVENT_COLUMNS})
        return EventSummary(event, self.participants, self.attended)


def _event(row: dict[str, str]) -> Event:
    return Event(**{key: row[key] for key in _EVENT_COLUMNS})


@writes(OpChanges.EVENT)
def add_event(
    store: Store, title: str, village: str, date: str, event_id: str | None = None, **optional: str
) -> Event:
    """Validate and insert an event (ValidationError on bad input); committed on return.

    `event_id` is for fixed ids (the demo event); new events get a fresh UUID.
    """
    cleaned = validate_event(title, village, date, **optional)
    row = store.row_meta() | cleaned
    if event_id is not None:
        row["id"] = event_id
    store.db.table("events").insert(row)
    return _event(row)


@writes(OpChanges.EVENT)
def update_event(store: Store, event_id: str, **changes: str) -> Event:
    current = get_event(store, event_id)
    merged = {key: getattr(current, key) for key in _EVENT_COLUMNS if key != "id"} | changes
    cleaned = validate_event(
        merged.pop("title"), merged.pop("village"), merged.pop("date"), **merged
    )
    store.db.table("events").update(event_id, cleaned | store.touch())
    return get_event(store, event_id)


def get_event(store: Store, event_id: str) -> Event:
    # the connection, not store.db: this read is on the start path (see Store.db)
    event = first(store, Event, f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE id = ?",
                  [event_id])  # fmt: skip
    if event is None:
        raise EventNotFound(_("No event with id {ref}.").format(ref=event_id))
    return event


def list_events(store: Store) -> list[EventSummary]:
    """Every event, newest date first, with its registration and attendance counts."""
    counted = records(  # plain SQL: on the start path, before sqlite_utils is loaded
        store,
        _CountedEvent,
        f"""
        SELECT {", ".join(f"e.{c} AS {c}" for c in _EVENT_COLUMNS)},
               COUNT(r.id) AS participants, COUNT(r.checked_in_at) AS attended
        FROM events e LEFT JOIN registrations r ON r.event_id = e.id
        GROUP BY e.id ORDER BY e.date DESC, e.created_at DESC
        """,
    )
    return [row.summary() for row in counted]


@dataclass(frozen=True)
class _Candidate:
    id: str
    date: str
    title: str


def resolve_event(store: Store, reference: str) -> Event:
    """An event by its UUID or a unique prefix of 4+ characters."""
    ref = reference.strip().lower()
    if len(ref) < MIN_PREFIX:
        raise EventNotFound(
            _(
                "Event reference “{ref}” is too short: give at least {n} characters of its id."
            ).format(ref=reference, n=MIN_PREFIX)
        )
    candidates = records(
        store,
        _Candidate,
        "SELECT id, date, title FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY date",
        [ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
    )
    if len(candidates) == 1:
        return get_event(store, candidates[0].id)
    if not candidates:
        raise EventNotFound(
            _("No event id starts with “{ref}” (see `kerinjing-desktop events`).").format(
                ref=reference
            )
        )
    listed = "; ".join(f"{c.id} {c.date} {c.title}" for c in candidates[:10])
    raise EventNotFound(
        _("“{ref}” matches {n} events: {candidates}").format(
            ref=reference, n=len(candidates), candidates=listed
        )
    )
