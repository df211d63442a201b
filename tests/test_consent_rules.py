"""Consent to be named, rule by rule: the event's default starts "not named" and is set both
ways, stamped by this laptop; consent by codes is recorded or withdrawn for exactly those
people, counted, and refused whole (each unknown code named) when one code is not here."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import PersonInput, ValidationError
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.consent import consent_default, set_consent, set_consent_default
from kerinjing_desktop.core.store.events import add_event


@pytest.fixture
def event_id(store):
    return add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id


def _consents(store, event_id):
    return store.execute(
        "SELECT r.code, p.consent FROM registrations r JOIN people p ON p.id = r.person_id "
        "WHERE r.event_id = ? ORDER BY r.code",
        [event_id],
    ).fetchall()


def test_the_default_is_not_named_until_set_and_is_set_both_ways(store, event_id):
    assert consent_default(store, event_id) is False
    set_consent_default(store, event_id, True)
    assert consent_default(store, event_id) is True
    assert store.execute(
        "SELECT consent_default FROM events WHERE id = ?", [event_id]
    ).fetchone() == (1,)
    set_consent_default(store, event_id, False)
    assert consent_default(store, event_id) is False
    assert store.execute(
        "SELECT consent_default FROM events WHERE id = ?", [event_id]
    ).fetchone() == (0,)


def test_an_unknown_event_has_no_consent(store):
    assert consent_default(store, "no-such-event") is False


def test_setting_the_default_stamps_the_event_by_this_laptop(store, event_id):
    before = store.execute("SELECT updated_at FROM events WHERE id = ?", [event_id]).fetchone()[0]
    store.execute("UPDATE events SET device_id = 'other' WHERE id = ?", [event_id])
    set_consent_default(store, event_id, True)
    updated_at, device = store.execute(
        "SELECT updated_at, device_id FROM events WHERE id = ?", [event_id]
    ).fetchone()
    assert updated_at > before and device == store.device_id


def test_the_default_of_one_event_leaves_the_others(store, event_id):
    other = add_event(store, "Sosialisasi lanjutan", "Muara", "2023-03-05").id
    set_consent_default(store, event_id, True)
    assert consent_default(store, other) is False


def _three(store, event_id):
    for name in ("Siti", "Budi", "Ani"):
        ps.add_participant(store, event_id, PersonInput(name, "P", consent=False))


def test_consent_is_recorded_and_withdrawn_for_exactly_those_codes(store, event_id):
    _three(store, event_id)
    assert set_consent(store, event_id, ["P-001", "P-003"], True) == 2
    assert _consents(store, event_id) == [("P-001", 1), ("P-002", 0), ("P-003", 1)]
    assert set_consent(store, event_id, ["P-003"], False) == 1
    assert _consents(store, event_id) == [("P-001", 1), ("P-002", 0), ("P-003", 0)]
    assert set_consent(store, event_id, [], True) == 0
    assert _consents(store, event_id) == [("P-001", 1), ("P-002", 0), ("P-003", 0)]


def test_consent_stamps_the_person_by_this_laptop(store, event_id):
    _three(store, event_id)
    store.execute("UPDATE people SET device_id = 'other', updated_at = '2000-01-01T00:00:00Z'")
    set_consent(store, event_id, ["P-002"], True)
    rows = store.execute(
        "SELECT p.full_name, p.updated_at > '2000-01-01T00:00:00Z', p.device_id FROM people p "
        "ORDER BY p.full_name"
    ).fetchall()
    assert rows == [("Ani", 0, "other"), ("Budi", 1, store.device_id), ("Siti", 0, "other")]


def test_unknown_codes_are_each_named_and_nothing_is_recorded(store, event_id):
    _three(store, event_id)
    other = add_event(store, "Sosialisasi lanjutan", "Muara", "2023-03-05").id
    ps.add_participant(store, other, PersonInput("Dewi", "P", consent=False))
    ps.add_participant(store, other, PersonInput("Rina", "P", consent=False))
    ps.add_participant(store, other, PersonInput("Lina", "P", consent=False))
    ps.add_participant(store, other, PersonInput("Mira", "P", consent=False))
    with pytest.raises(ValidationError) as raised:
        set_consent(store, event_id, ["P-001", "P-009", "P-004"], True)
    assert raised.value.problems == [
        ("code", "Tidak ada peserta P-009 di acara ini."),
        ("code", "Tidak ada peserta P-004 di acara ini."),
    ]
    assert _consents(store, event_id) == [("P-001", 0), ("P-002", 0), ("P-003", 0)]
    assert _consents(store, other) == [("P-001", 0), ("P-002", 0), ("P-003", 0), ("P-004", 0)]
