"""Deleting a person, rule by rule: one anonymous person per registration keeping only gender
and group, the registration moved and stamped by this laptop, certificates renamed and still
genuine, the person row gone with its tombstone, the -wal emptied, an unknown id refused."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.certificates import (
    Verdict,
    certificates_for_event,
    issue_certificates,
    verify,
)
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.privacy import ANONYMOUS, delete_person

SITI = PersonInput("Siti Aminah", "P", 30, "Pelajar", "0812345678", True)


def _people(store):
    return store.execute(
        "SELECT id, full_name, gender, birth_year, group_name, phone, consent, name_key "
        "FROM people ORDER BY full_name, id"
    ).fetchall()


def test_the_anonymous_name_is_dihapus():
    assert ANONYMOUS == "(dihapus)"


def test_each_registration_gets_its_own_anonymous_person_with_only_gender_and_group(store):
    first = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    second = add_event(store, "Sosialisasi lanjutan", "Muara", "2023-03-05").id
    siti = ps.add_participant(store, first, SITI)
    ps.register_person(store, second, siti.person_id)
    other = ps.add_participant(store, first, PersonInput("Budi", "L", 40, "PKK", "0899", True))
    assert delete_person(store, siti.person_id) == 2
    rows = _people(store)
    anonymous = [row for row in rows if row[0] != other.person_id]
    assert [row[1:] for row in anonymous] == [
        (ANONYMOUS, "P", None, "Pelajar", "", 0, ANONYMOUS),
        (ANONYMOUS, "P", None, "Pelajar", "", 0, ANONYMOUS),
    ]
    assert len({row[0] for row in anonymous}) == 2 and siti.person_id not in {r[0] for r in rows}
    assert [row[1:] for row in rows if row[0] == other.person_id] == [
        ("Budi", "L", 1981, "PKK", "0899", 1, "budi")
    ]
    moved = store.execute(
        "SELECT r.event_id, r.code, r.updated_at, r.device_id, p.updated_at "
        "FROM registrations r JOIN people p ON p.id = r.person_id "
        "WHERE p.full_name = ? ORDER BY r.event_id = ?",
        [ANONYMOUS, second],
    ).fetchall()
    assert [(row[0], row[1]) for row in moved] == [(first, "P-001"), (second, "P-001")]
    for row in moved:
        assert row[2] == row[4] and row[3] == store.device_id
    names = [p.name for p in ps.list_participants(store, first)]
    assert sorted(names) == sorted([ANONYMOUS, "Budi"])


def test_the_person_row_is_deleted_leaving_a_tombstone(store):
    event = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    siti = ps.add_participant(store, event, SITI)
    delete_person(store, siti.person_id)
    assert store.execute(
        "SELECT count(*) FROM people WHERE id = ?", [siti.person_id]
    ).fetchone() == (0,)
    assert store.execute(
        "SELECT table_name FROM deletions WHERE row_id = ?", [siti.person_id]
    ).fetchall() == [("people",)]


def test_a_person_without_registrations_is_deleted_and_counts_none(store):
    store.db["people"].insert(
        store.row_meta() | {"full_name": "Ani", "gender": "P", "birth_year": 1990,
                            "group_name": "PKK", "phone": "0811", "consent": 1,
                            "name_key": "ani"}
    )  # fmt: skip
    person_id = store.execute("SELECT id FROM people").fetchone()[0]
    assert delete_person(store, person_id) == 0
    assert _people(store) == []


def test_certificates_lose_the_name_and_still_verify_as_the_anonymous_holder(store):
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    siti = ps.add_participant(store, event_id, SITI)
    [issued] = issue_certificates(store, get_event(store, event_id), [siti])
    assert issued.holder_name == "Siti Aminah"
    delete_person(store, siti.person_id)
    [cert] = certificates_for_event(store, event_id)
    assert (cert.serial, cert.holder_name) == (issued.serial, ANONYMOUS)
    found = verify(store, f"{cert.serial}|{cert.check_code}")
    assert found is not None and found.verdict is Verdict.GENUINE
    assert found.certificate.holder_name == ANONYMOUS


def test_an_unknown_person_is_refused_by_id_and_nothing_changes(store):
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    ps.add_participant(store, event_id, SITI)
    before = _people(store)
    with pytest.raises(LookupError) as raised:
        delete_person(store, "no-such-id")
    assert raised.value.args == ("no-such-id",)
    assert _people(store) == before


def test_the_name_leaves_the_wal_file_too(tmp_path):
    store = open_store(tmp_path / "a")
    try:
        event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
        siti = ps.add_participant(store, event_id, SITI)
        delete_person(store, siti.person_id)
        wal = tmp_path / "a" / "kerinjing.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        assert b"Siti Aminah" not in (tmp_path / "a" / "kerinjing.db").read_bytes()
    finally:
        store.close()
