"""Events, rule by rule: stored as typed with every optional field, changed one field at a
time, listed newest first with their counts, and found by an id prefix, with the exact words
for a reference that is too short, unknown or shared by several events."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import Event, PersonInput
from kerinjing_desktop.core.store.events import (
    EventNotFound,
    EventSummary,
    add_event,
    get_event,
    list_events,
    resolve_event,
    update_event,
)
from kerinjing_desktop.core.store.participants import add_participant

OPTIONAL = {
    "kecamatan": "Ulu Musi", "kabupaten": "Empat Lawang", "venue": "Balai desa",
    "facilitators": "Rina, Dodi", "notes": "baris 1\nbaris 2", "presurvey_notes": "survei",
}  # fmt: skip


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _fixed(store, event_id, date="2021-09-21", title="Sosialisasi"):
    return add_event(store, title, "Kerinjing", date, event_id=event_id)


def test_an_event_is_stored_with_every_field_and_read_back_the_same(store):
    event = add_event(store, "  Sosialisasi  TPPO ", "Kerinjing", "2021-09-21", **OPTIONAL)
    assert event == Event(event.id, "Sosialisasi TPPO", "Kerinjing", "2021-09-21", **OPTIONAL)
    assert get_event(store, event.id) == event and len(event.id) == 36
    row = store.db["events"].get(event.id)
    assert row["device_id"] == store.device_id and row["created_at"] == row["updated_at"]


def test_an_event_may_be_given_its_id(store):
    event = _fixed(store, "00000000-0000-4000-8000-0000000000aa")
    assert get_event(store, "00000000-0000-4000-8000-0000000000aa") == event


def test_an_unknown_event_is_said_by_its_id(store):
    with pytest.raises(EventNotFound) as caught:
        get_event(store, "nope")
    assert str(caught.value) == "No event with id nope."


def test_a_change_keeps_the_other_fields_and_is_stamped(store):
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21", **OPTIONAL)
    before = store.db["events"].get(event.id)["updated_at"]
    changed = update_event(store, event.id, village="Muara", notes="baru")
    assert changed == Event(event.id, "Sosialisasi", "Muara", "2021-09-21",
                            **(OPTIONAL | {"notes": "baru"}))  # fmt: skip
    assert get_event(store, event.id) == changed
    row = store.db["events"].get(event.id)
    assert row["updated_at"] > before and row["device_id"] == store.device_id


def test_events_are_listed_newest_first_with_their_counts(store):
    """By date, newest first; on one date the one made last first; each with its people and
    how many of them were checked in."""
    old = _fixed(store, "00000000-0000-4000-8000-000000000001", "2020-01-05", "Lama")
    first = _fixed(store, "00000000-0000-4000-8000-000000000002", "2021-09-21", "Pagi")
    second = _fixed(store, "00000000-0000-4000-8000-000000000003", "2021-09-21", "Sore")
    for name, present in (("Siti", True), ("Ani", False), ("Dewi", True)):
        add_participant(store, first.id, PersonInput(name, "P"), checked_in=present)
    add_participant(store, old.id, PersonInput("Rina", "P"))
    assert list_events(store) == [
        EventSummary(second, 0, 0),
        EventSummary(first, 3, 2),
        EventSummary(old, 1, 0),
    ]


def test_an_event_is_found_by_four_characters_of_its_id_in_any_case(store):
    event = _fixed(store, "abcd1234-0000-4000-8000-000000000001")
    _fixed(store, "abce1234-0000-4000-8000-000000000002")
    assert resolve_event(store, " ABCD ") == event
    assert resolve_event(store, event.id) == event


def test_a_reference_too_short_is_said_with_the_length_needed(store):
    _fixed(store, "abcd1234-0000-4000-8000-000000000001")
    with pytest.raises(EventNotFound) as caught:
        resolve_event(store, "abc")
    assert str(caught.value) == (
        "Event reference “abc” is too short: give at least 4 characters of its id."
    )


def test_an_unknown_reference_and_wildcards_find_nothing(store):
    _fixed(store, "abcd1234-0000-4000-8000-000000000001")
    for reference in ("ffff", "ab%d", "ab_d", "abc\\", "abcd%", "abcd_"):
        with pytest.raises(EventNotFound) as caught:
            resolve_event(store, reference)
        assert str(caught.value) == (
            f"No event id starts with “{reference}” (see `kerinjing-desktop events`)."
        )


def test_a_shared_prefix_names_the_events_by_date_at_most_ten(store):
    """Twelve events start with 'abcd': the refusal counts all twelve and names the first ten
    by date, each with its id, date and title."""
    made = [
        _fixed(
            store,
            f"abcd{n:04d}-0000-4000-8000-000000000000",
            f"2021-{12 - n // 2:02d}-{10 + n % 2:02d}",
            f"Acara {n}",
        )
        for n in range(12)
    ]
    with pytest.raises(EventNotFound) as caught:
        resolve_event(store, "abcd")
    by_date = sorted(made, key=lambda e: e.date)[:10]
    listed = "; ".join(f"{e.id} {e.date} {e.title}" for e in by_date)
    assert str(caught.value) == f"“abcd” matches 12 events: {listed}"


def test_a_listed_event_is_a_value(store):
    _fixed(store, "abcd1234-0000-4000-8000-000000000001")
    (summary,) = list_events(store)
    with pytest.raises(AttributeError):
        summary.participants = 3  # type: ignore[misc]
