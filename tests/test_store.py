"""The store: pragmas, permissions, migrations, constraints and transactions."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from kerinjing_desktop.core.domain import PersonInput, ValidationError, validate_person
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.connection import migrate, schema_version
from kerinjing_desktop.core.store.events import (
    EventNotFound,
    add_event,
    list_events,
    resolve_event,
    update_event,
)
from kerinjing_desktop.core.store.paper_totals import DERIVED_TABLES
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION


def _event(store):
    return add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21")


def test_file_store_pragmas_and_permissions(tmp_path, make_store):
    """A file store uses WAL, synchronous=FULL, foreign keys, secure_delete; dir 0700, file 0600."""
    store = make_store("data")
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
        assert stat.S_IMODE((tmp_path / "data" / "kerinjing.db").stat().st_mode) == 0o600


def test_migrates_an_empty_file_to_the_current_version(tmp_path, make_store):
    """An empty file becomes a store at the latest schema; opening it again changes nothing."""
    (tmp_path / "kerinjing.db").write_bytes(b"")
    store = make_store(tmp_path)
    assert schema_version(store.db) == SCHEMA_VERSION
    assert {"events", "people", "registrations", "scores"} <= set(store.db.table_names())
    device = store.device_id
    store.close()
    again = make_store(tmp_path)
    assert migrate(again.db) == SCHEMA_VERSION and again.device_id == device


def test_refuses_a_store_from_a_newer_version(tmp_path, make_store):
    """A store written by a newer app is refused with a message, not altered."""
    store = make_store(tmp_path)
    store.db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(StoreError, match="lebih baru"):
        open_store(tmp_path)


def test_garbage_file_is_a_store_error(tmp_path):
    """A file that is not SQLite gives a StoreError with a plain message."""
    (tmp_path / "kerinjing.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"^Berkas data rusak \(bukan berkas SQLite\)"):
        open_store(tmp_path)


def test_every_row_has_uuid_timestamps_and_device(store):
    """Every table carries id, created_at, updated_at and device_id (but the totals derived
    from the cells, which no bundle carries)."""
    for table in set(store.db.table_names()) - set(DERIVED_TABLES):
        columns = set(store.db[table].columns_dict)
        assert {"id", "created_at", "updated_at", "device_id"} <= columns, table
    event = _event(store)
    row = store.db["events"].get(event.id)
    assert len(row["id"]) == 36 and row["device_id"] == store.device_id


def test_check_constraints_hold(store):
    """The schema itself refuses a bad gender or a bad date, whatever the caller does."""
    event = _event(store)
    meta = store.row_meta()
    with pytest.raises(sqlite3.IntegrityError):
        store.db["people"].insert(meta | {"full_name": "X", "gender": "M", "name_key": "x"})
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE events SET date = '21-09-2021' WHERE id = ?", [event.id])


def test_codes_are_stable_and_never_reused(store):
    """Participant codes count up per event and a removed code is not given out again."""
    event = _event(store)
    people = [validate_person(name, "P") for name in ("Siti", "Rohani", "Ani")]
    assert ps.import_participants(store, event.id, people) == 3
    first = ps.list_participants(store, event.id)
    assert [p.code for p in first] == ["P-001", "P-002", "P-003"]
    ps.remove_participant(store, first[2].registration_id)
    added = ps.add_participant(store, event.id, validate_person("Dewi", "P"))
    assert added.code == "P-004"


def test_remove_and_undo_restores_the_same_registration(store):
    """Undo after a removal brings back the same code and check-in time."""
    event = _event(store)
    person = ps.add_participant(store, event.id, validate_person("Siti", "P", "30"), True)
    removed = ps.remove_participant(store, person.registration_id)
    assert ps.list_participants(store, event.id) == []
    restored = ps.restore_participant(store, removed)
    assert restored == person


def test_import_is_all_or_nothing(store):
    """A failure in the middle of an import leaves no row of it behind."""
    event = _event(store)
    good = validate_person("Siti", "P")

    def rows():
        yield good
        yield good
        raise RuntimeError("power cut in the middle")

    with pytest.raises(RuntimeError):
        ps.import_participants(store, event.id, rows())
    assert ps.list_participants(store, event.id) == []
    assert store.db["people"].count == 0


def test_import_in_batches_numbers_on_and_stays_all_or_nothing(store, monkeypatch):
    """Rows go in by the batch: the codes run on across batches, the event's next code is
    after the last, and a bad row in a later batch leaves nothing of the earlier ones."""
    monkeypatch.setattr(ps, "IMPORT_BATCH", 3)
    event = _event(store)
    people = [validate_person(f"Orang {n}", "LP"[n % 2]) for n in range(7)]
    assert ps.import_participants(store, event.id, people) == 7
    listed = ps.list_participants(store, event.id)
    assert [p.code for p in listed] == [f"P-00{n}" for n in range(1, 8)]
    assert [p.name for p in listed] == [p.name for p in people]
    assert ps.add_participant(store, event.id, validate_person("Dewi", "P")).code == "P-008"
    other = add_event(store, "Tindak lanjut", "Kerinjing", "2021-12-01")
    broken = people[:5] + [PersonInput("", "L", None, "Lainnya", "")]  # empty name: CHECK
    with pytest.raises(sqlite3.IntegrityError):
        ps.import_participants(store, other.id, broken)
    assert ps.list_participants(store, other.id) == []
    assert store.db["people"].count == 8


def test_new_ids_are_time_ordered_uuids(monkeypatch):
    """Ids are UUID version 7: valid, unique, and later ones sort after earlier ones. The
    clock is the test's: one millisecond passes between the first id and the others."""
    import types
    import uuid

    from kerinjing_desktop.core.store import connection
    from kerinjing_desktop.core.store.connection import new_id

    now_ms = [1_764_900_000_000]
    clock = types.SimpleNamespace(time_ns=lambda: now_ms[0] * 1_000_000 + 999_999)
    monkeypatch.setattr(connection, "time", clock)
    first = new_id()
    now_ms[0] += 1
    later = [new_id() for _ in range(1000)]
    assert len(set(later)) == 1000 and all(first < i for i in later)
    parsed = uuid.UUID(first)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == first
    assert parsed.int >> 80 == 1_764_900_000_000  # the first 48 bits: the milliseconds


def test_attendance_unknown_code_changes_nothing(store):
    """Checking in a list with one unknown code checks in nobody."""
    event = _event(store)
    ps.import_participants(store, event.id, [validate_person("Siti", "P")])
    with pytest.raises(ValidationError, match=r"^Tidak ada peserta P-099 di acara ini\.$"):
        ps.set_attendance(store, event.id, ["P-001", "P-099"], present=True)
    assert not ps.list_participants(store, event.id)[0].attended


def test_check_in_keeps_first_time(store):
    """Checking someone in twice keeps the first check-in time."""
    event = _event(store)
    ps.import_participants(store, event.id, [validate_person("Siti", "P")])
    ps.set_attendance(store, event.id, ["P-001"], present=True)
    first = ps.list_participants(store, event.id)[0].checked_in_at
    ps.set_attendance(store, event.id, ["P-001"], present=True)
    assert ps.list_participants(store, event.id)[0].checked_in_at == first


def test_people_are_reused_across_events(store):
    """A person from an earlier event is found by name and registered without retyping."""
    first = _event(store)
    second = add_event(store, "Tindak lanjut", "Kerinjing", "2021-12-01")
    siti = ps.add_participant(store, first.id, validate_person("Siti Aminah", "P", "42"))
    found = ps.find_people(store, "aminah", exclude_event=second.id)
    assert [k.person_id for k in found] == [siti.person_id]
    again = ps.register_person(store, second.id, siti.person_id)
    assert again.code == "P-001" and again.age == 42
    assert ps.find_people(store, "aminah", exclude_event=second.id) == []
    with pytest.raises(ValidationError, match=r"^Orang ini sudah terdaftar sebagai P-001\.$"):
        ps.register_person(store, second.id, siti.person_id)


def test_resolve_event_by_prefix(store):
    """An event is found by a unique 4+ character prefix; short or unknown ones are errors."""
    event = _event(store)
    assert resolve_event(store, event.id[:4]).id == event.id
    assert resolve_event(store, event.id.upper()).id == event.id
    with pytest.raises(EventNotFound):
        resolve_event(store, event.id[:3])
    with pytest.raises(EventNotFound):
        resolve_event(store, "ffffffff-0000")


def test_update_event_validates(store):
    """Changing an event to a bad date is refused and the stored event is unchanged."""
    event = _event(store)
    with pytest.raises(ValidationError, match="^tanggal harus TTTT-BB-HH, bukan “kemarin”$"):
        update_event(store, event.id, date="kemarin")
    assert list_events(store)[0].event.date == "2021-09-21"
    changed = update_event(store, event.id, venue="Balai desa")
    assert changed.venue == "Balai desa"
