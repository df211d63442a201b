"""Events: create, change, list, and find one by id prefix."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import Event, validate_event
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.connection import Store

_EVENT_COLUMNS = [f.name for f in fields(Event)]
MIN_PREFIX = 4


class EventNotFound(LookupError):
    """A wrong or ambiguous event reference; the message names the candidates."""


@dataclass(frozen=True)
class EventSummary:
    event: Event
    participants: int
    attended: int


def _event(row: dict) -> Event:
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
    store.db["events"].insert(row)
    return _event(row)


@writes(OpChanges.EVENT)
def update_event(store: Store, event_id: str, **changes: str) -> Event:
    current = get_event(store, event_id)
    merged = {key: getattr(current, key) for key in _EVENT_COLUMNS if key != "id"} | changes
    cleaned = validate_event(
        merged.pop("title"), merged.pop("village"), merged.pop("date"), **merged
    )
    store.db["events"].update(event_id, cleaned | store.touch())
    return get_event(store, event_id)


def get_event(store: Store, event_id: str) -> Event:
    # store.execute, not store.db: this read is on the start path (see Store.db)
    row = store.execute(
        f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE id = ?", [event_id]
    ).fetchone()
    if row is None:
        raise EventNotFound(_("No event with id {ref}.").format(ref=event_id))
    return Event(*row)


def list_events(store: Store) -> list[EventSummary]:
    """Every event, newest date first, with its registration and attendance counts."""
    rows = store.execute(  # plain SQL: on the start path, before sqlite_utils is loaded
        f"""
        SELECT {", ".join("e." + c for c in _EVENT_COLUMNS)},
               COUNT(r.id), COUNT(r.checked_in_at)
        FROM events e LEFT JOIN registrations r ON r.event_id = e.id
        GROUP BY e.id ORDER BY e.date DESC, e.created_at DESC
        """
    ).fetchall()
    width = len(_EVENT_COLUMNS)
    return [EventSummary(Event(*row[:width]), row[width], row[width + 1]) for row in rows]


def resolve_event(store: Store, reference: str) -> Event:
    """An event by its UUID or a unique prefix of 4+ characters."""
    ref = reference.strip().lower()
    if len(ref) < MIN_PREFIX:
        raise EventNotFound(
            _(
                "Event reference “{ref}” is too short: give at least {n} characters of its id."
            ).format(ref=reference, n=MIN_PREFIX)
        )
    rows = store.execute(
        "SELECT id, date, title FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY date",
        [ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
    ).fetchall()
    if len(rows) == 1:
        return get_event(store, rows[0][0])
    if not rows:
        raise EventNotFound(
            _("No event id starts with “{ref}” (see `kerinjing-desktop events`).").format(
                ref=reference
            )
        )
    candidates = "; ".join(f"{r[0]} {r[1]} {r[2]}" for r in rows[:10])
    raise EventNotFound(
        _("“{ref}” matches {n} events: {candidates}").format(
            ref=reference, n=len(rows), candidates=candidates
        )
    )
