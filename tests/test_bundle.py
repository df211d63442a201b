"""Two laptops edit the same event, exchange bundles both ways and end with the same data;
a second import changes nothing; deletions travel; sensitive notes stay home unless asked."""

from __future__ import annotations

import time

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import update_event
from kerinjing_desktop.core.store.participants import (
    add_participant,
    list_participants,
    remove_participant,
    set_attendance,
)
from kerinjing_desktop.core.store.scores import enter, sheet_for
from kerinjing_desktop.core.store.sync import collect


def _data(store):
    tables, deletions = collect(store, None, include_sensitive=True)
    return tables, sorted(deletions)


def _two_laptops(tmp_path):
    a = open_store(tmp_path / "a")
    event = create_demo_event(a)
    event_id = event if isinstance(event, str) else event.id
    export_bundle(a, tmp_path / "first.kbundle", include_sensitive=True)
    b = open_store(tmp_path / "b")
    import_bundle(b, tmp_path / "first.kbundle")
    return a, b, event_id


def test_both_ways_merge_ends_with_the_same_data(tmp_path):
    a, b, event_id = _two_laptops(tmp_path)
    assert _data(a)[0] == _data(b)[0]
    people = list_participants(a, event_id)
    # Laptop A: a new title, a walk-in, one participant removed.
    update_event(a, event_id, title="Sosialisasi TPPO (revisi)")
    add_participant(a, event_id, PersonInput("Walk-in A", "P"), checked_in=True)
    remove_participant(a, people[3].registration_id)
    # Laptop B: scores typed, attendance, its own walk-in (same next code as A's).
    enter(b, event_id, people[0].registration_id, "post", 1, "-", "id")
    enter(b, event_id, people[1].registration_id, "post", 2, "1", "id")
    set_attendance(b, event_id, [people[2].code], present=False)
    add_participant(b, event_id, PersonInput("Walk-in B", "L"))

    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    report_a = import_bundle(a, tmp_path / "b.kbundle")
    report_b = import_bundle(b, tmp_path / "a.kbundle")
    assert report_a.changed and report_b.changed
    assert any("P-029" in c for c in report_a.conflicts + report_b.conflicts)

    data_a, data_b = _data(a), _data(b)
    assert data_a == data_b
    codes = [p.code for p in list_participants(a, event_id)]
    assert len(codes) == len(set(codes)) == 29
    assert people[3].registration_id not in {
        p.registration_id for p in list_participants(b, event_id)
    }
    assert sheet_for(a, event_id, "post")[people[1].registration_id][2].score == 1

    # Importing the same bundles again changes nothing.
    assert import_bundle(a, tmp_path / "b.kbundle").changed == 0
    assert import_bundle(b, tmp_path / "a.kbundle").changed == 0
    assert _data(a) == data_a and _data(b) == data_b
    a.close()
    b.close()


def test_newer_edit_wins_and_the_loss_is_listed(tmp_path):
    a, b, event_id = _two_laptops(tmp_path)
    update_event(b, event_id, village="Desa B")
    time.sleep(0.005)  # timestamps have millisecond resolution
    update_event(a, event_id, village="Desa A")  # later: wins on both laptops
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    report = import_bundle(a, tmp_path / "b.kbundle")
    import_bundle(b, tmp_path / "a.kbundle")
    assert report.conflicts and report.updated == 0
    assert _data(a) == _data(b)
    assert _data(b)[0]["events"][0]["village"] == "Desa A"
    a.close()
    b.close()


def test_sensitive_notes_stay_out_unless_asked(tmp_path):
    from kerinjing_desktop.core.store.notes import add_note

    a, b, event_id = _two_laptops(tmp_path)
    add_note(a, event_id, "fgd", "Ada warga yang mungkin korban", sensitive=True)
    add_note(a, event_id, "fgd", "Komitmen desa", sensitive=False)
    export_bundle(a, tmp_path / "plain.kbundle")
    import_bundle(b, tmp_path / "plain.kbundle")
    bodies = [row["body"] for row in _data(b)[0]["notes"]]
    assert "Komitmen desa" in bodies and "Ada warga yang mungkin korban" not in bodies
    export_bundle(a, tmp_path / "all.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "all.kbundle")
    assert "Ada warga yang mungkin korban" in [row["body"] for row in _data(b)[0]["notes"]]
    a.close()
    b.close()
