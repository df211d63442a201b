"""Two laptops edit the same event, exchange bundles both ways and end with the same data;
a second import changes nothing; deletions travel; sensitive notes stay home unless asked."""

from __future__ import annotations

import datetime as dt
import re

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
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
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    _at(a, start)
    _at(b, start + dt.timedelta(minutes=1))  # every edit on B comes after those on A
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
    # A takes B's walk-in and the cells typed on B, and B's newer rows (the event, whose
    # next_seq B's walk-in moved; a check-out): two of them replace changes made on A.
    assert (report_a.added, report_a.updated, report_a.deleted) == (7, 3, 0)
    assert report_a.replaced_here == 2
    # B takes A's walk-in (person, registration) and A's removal of one registration.
    assert (report_b.added, report_b.updated, report_b.deleted) == (2, 0, 1)
    assert report_b.deleted_rows == {"registrations": 1}
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


def _at(store, moment):
    """Drive the store's clock: the test says what time it is."""
    store.clock.wall = lambda: moment


def test_newer_edit_wins_and_the_loss_is_listed(tmp_path):
    a, b, event_id = _two_laptops(tmp_path)
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    _at(b, start)
    update_event(b, event_id, village="Desa B")
    _at(a, start + dt.timedelta(seconds=1))
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


def test_cli_imports_many_bundles_at_once_in_any_order_after_a_backup(cli, tmp_path):
    """Files and folders, repeats included; a folder inside one, named like a bundle, is a
    folder and not offered as a bundle; each bundle is merged on its own (a line each on
    stderr); a verified backup is taken before the first merge that changes anything; a
    second run changes nothing; a bundle whose merge deletes many rows is held back (rolled
    back) until --yes."""
    from kerinjing_desktop.core.store.backup import list_backups

    laptops = []
    for name in "ab":
        store = open_store(tmp_path / name)
        event_id = create_demo_event(store) if name == "a" else None
        if event_id is None:
            from kerinjing_desktop.core.store.events import add_event

            add_event(store, "Lain", "Desa Lain", "2021-10-01")
        folder = tmp_path / f"usb-{name}"
        folder.mkdir()
        export_bundle(store, folder / f"{name}.kbundle", include_sensitive=True)
        laptops.append(store)
    usb_a, usb_b = tmp_path / "usb-a", tmp_path / "usb-b"
    (usb_a / "kemarin.kbundle").mkdir()  # a folder a facilitator named like a bundle
    first = cli("bundle", "import", str(usb_b), str(usb_a / "a.kbundle"), str(usb_a))
    assert first.status == 0, first.err
    assert "[1/2] b.kbundle: " in first.err and "[2/2] a.kbundle: " in first.err, first.err
    assert re.search(r"Digabung: [1-9]\d* ditambah", first.out), first.out
    assert len(list_backups(cli.data_dir)) == 1
    again = cli("bundle", "import", str(usb_a), str(usb_b))
    assert re.search(r"0 ditambah, 0 diperbarui, 0 dihapus", again.out), again.out
    # Laptop A removes 20 people from the event: the merge would delete rows here.
    a = laptops[0]
    for person in list_participants(a, DEMO_EVENT_ID)[:20]:
        remove_participant(a, person.registration_id)
    export_bundle(a, usb_a / "a.kbundle", include_sensitive=True)
    asked = cli("bundle", "import", str(usb_a))
    assert asked.status == 1 and "--yes" in asked.err and "ditahan" in asked.err, asked.err
    assert len(list_participants(open_store(cli.data_dir), DEMO_EVENT_ID)) == 28
    done = cli("bundle", "import", str(usb_a), "--yes")
    assert done.status == 0, done.err
    assert len(list_participants(open_store(cli.data_dir), DEMO_EVENT_ID)) == 8
    # A backup before each run that changed the store (the first, --yes); the repeat and
    # the held one changed nothing, and copied no store
    assert len(list_backups(cli.data_dir)) == 2
    for store in laptops:
        store.close()


def test_the_same_cell_typed_on_two_laptops_keeps_the_later_value_on_both(tmp_path):
    """Two laptops type one participant's pre-test question 1 (two rows, one natural key):
    the later typing wins on both laptops, neither loses the cell, the report counts it."""
    a, b, event_id = _two_laptops(tmp_path)
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    person = list_participants(a, event_id)[4]  # P-005: no paper typed yet
    _at(a, start)
    enter(a, event_id, person.registration_id, "pre", 1, "1", "id")
    _at(b, start + dt.timedelta(minutes=1))
    enter(b, event_id, person.registration_id, "pre", 1, "2", "id")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    report_a = import_bundle(a, tmp_path / "b.kbundle")
    report_b = import_bundle(b, tmp_path / "a.kbundle")
    for store in (a, b):
        assert sheet_for(store, event_id, "pre")[person.registration_id][1].score == 2
    assert report_a.updated >= 1 and report_a.replaced_here >= 1
    assert report_b.updated == 0
    assert any(c.startswith("scores ") for c in report_b.conflicts), report_b.conflicts
    assert any(c.startswith("scores ") for c in report_a.conflicts), report_a.conflicts
    # A's own row made way (its tombstone goes to B on the next exchange): then all agree.
    export_bundle(a, tmp_path / "a2.kbundle", include_sensitive=True)
    assert import_bundle(b, tmp_path / "a2.kbundle").changed == 0
    assert _data(a) == _data(b)
    a.close()
    b.close()


def test_an_edit_made_after_a_deletion_elsewhere_keeps_the_row_and_says_so(tmp_path):
    """Laptop A removes a participant; laptop B, later, makes them a speaker: the later edit
    wins on both laptops (the row stays, the conflict is listed). The other way round (the
    removal is the later change) the row goes on both."""
    from kerinjing_desktop.core.store.participants import set_role

    a, b, event_id = _two_laptops(tmp_path)
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    kept, gone = list_participants(a, event_id)[2:4]
    _at(a, start)
    remove_participant(a, kept.registration_id)
    _at(b, start + dt.timedelta(minutes=1))
    set_role(b, kept.registration_id, "narasumber")
    set_role(b, gone.registration_id, "narasumber")
    _at(a, start + dt.timedelta(minutes=2))
    remove_participant(a, gone.registration_id)
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    report_b = import_bundle(b, tmp_path / "a.kbundle")
    import_bundle(a, tmp_path / "b.kbundle")
    for store in (a, b):
        ids = {p.registration_id: p for p in list_participants(store, event_id)}
        assert ids[kept.registration_id].role == "narasumber"
        assert gone.registration_id not in ids
    assert any(kept.registration_id[:8] in c for c in report_b.conflicts), report_b.conflicts
    assert report_b.deleted_rows.get("registrations") == 1
    a.close()
    b.close()
