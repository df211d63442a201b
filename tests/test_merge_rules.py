"""Merge rules stated as what a facilitator sees: which value stays, what the merge report
counts and says, on both laptops. Time is driven by each store's clock (`_at`), never read."""

from __future__ import annotations

import datetime as dt

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import (
    add_participant,
    list_participants,
    register_person,
)
from kerinjing_desktop.core.store.scores import enter, sheet_for
from kerinjing_desktop.core.store.sync import collect


@pytest.fixture(autouse=True)
def _english():
    i18n.set_language("en")


def _at(store, moment):
    store.clock.wall = lambda: moment


def _data(store):
    tables, deletions = collect(store, None, include_sensitive=True)
    return tables, sorted(deletions)


def _exchange(tmp_path, a, b, name="x"):
    """Both laptops export, then each imports the other's bundle: (A's report, B's)."""
    export_bundle(a, tmp_path / f"{name}-a.kbundle", include_sensitive=True)
    export_bundle(b, tmp_path / f"{name}-b.kbundle", include_sensitive=True)
    return (
        import_bundle(a, tmp_path / f"{name}-b.kbundle"),
        import_bundle(b, tmp_path / f"{name}-a.kbundle"),
    )


@pytest.fixture
def laptops(tmp_path):
    """Laptop A with the demo event and another event where Bu Sari came; laptop B a copy.
    Bu Sari is known on both laptops and not registered at the demo event."""
    a = open_store(tmp_path / "a")
    event_id = create_demo_event(a)
    other = add_event(a, "Sosialisasi lain", "Desa Lain", "2021-10-01")
    other_id = other if isinstance(other, str) else other.id
    sari = add_participant(a, other_id, PersonInput("Sari Wulandari", "P"))
    export_bundle(a, tmp_path / "first.kbundle", include_sensitive=True)
    b = open_store(tmp_path / "b")
    import_bundle(b, tmp_path / "first.kbundle")
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    yield a, b, event_id, other_id, sari.person_id, start
    a.close()
    b.close()


def _registrations(store, event_id, person_id):
    return [p for p in list_participants(store, event_id) if p.person_id == person_id]


def test_the_same_person_registered_on_both_laptops_keeps_what_either_laptop_typed(
    tmp_path, laptops
):
    """Bu Sari is registered at the desk of laptop A, and a minute later at laptop B (both
    give her P-029). B types her pre-test question 1 (which checks her in) and question 2;
    A later marks question 2 unanswered. After merging both ways she is one participant on
    both laptops, A's registration (the earlier): checked in, question 1 as B typed it,
    question 2 as A typed it later; both reports say so."""
    a, b, event_id, _other, person_id, start = laptops
    _at(a, start)
    kept = register_person(a, event_id, person_id)
    _at(b, start + dt.timedelta(minutes=1))
    gone = register_person(b, event_id, person_id)
    assert kept.code == gone.code == "P-029"
    enter(b, event_id, gone.registration_id, "pre", 1, "2", "id")
    enter(b, event_id, gone.registration_id, "pre", 2, "1", "id")
    checked_in_on_b = _registrations(b, event_id, person_id)[0].checked_in_at
    assert checked_in_on_b is not None
    _at(a, start + dt.timedelta(minutes=2))
    enter(a, event_id, kept.registration_id, "pre", 2, "", "id")  # cleared: unanswered

    report_a, report_b = _exchange(tmp_path, a, b)

    for store in (a, b):
        [sari] = _registrations(store, event_id, person_id)
        assert (sari.registration_id, sari.code) == (kept.registration_id, "P-029")
        assert sari.checked_in_at == checked_in_on_b
        cells = sheet_for(store, event_id, "pre")[kept.registration_id]
        assert (cells[1].state, cells[1].score) == ("scored", 2)
        assert (cells[2].state, cells[2].score) == ("unanswered", None)
        assert gone.registration_id not in sheet_for(store, event_id, "pre")
        assert len(list_participants(store, event_id)) == 29
    joined = (
        "Participant P-029: registered on both laptops; the two are joined, with the scores "
        "and attendance of both."
    )
    # A keeps its registration (now checked in), adds B's question 1, keeps its own later
    # question 2; the event row differs only in its stamps (both moved the next code).
    assert (report_a.added, report_a.updated, report_a.deleted) == (1, 2, 0)
    assert report_a.replaced_here == 0
    assert report_a.conflicts[0] == joined
    assert (
        report_a.conflicts[1].startswith("scores ")
        and "kept this laptop's" in (report_a.conflicts[1])
    )
    assert len(report_a.conflicts) == 2
    # B replaces its registration by A's (added), and its question 2 by A's later one.
    assert (report_b.added, report_b.updated, report_b.deleted) == (1, 1, 0)
    assert report_b.replaced_here == 1
    assert report_b.conflicts[0] == joined
    assert (
        report_b.conflicts[1].startswith("scores ")
        and "replaced by a newer" in (report_b.conflicts[1])
    )
    assert len(report_b.conflicts) == 2
    # One more exchange settles the stamps of the joined registration: all agree, quietly.
    again_a, again_b = _exchange(tmp_path, a, b, "again")
    assert again_a.conflicts == again_b.conflicts == []
    assert again_a.replaced_here == again_b.replaced_here == 0
    assert _data(a) == _data(b)
    assert _exchange(tmp_path, a, b, "third")[0].changed == 0


def test_a_laptop_that_has_not_met_the_kept_registration_keeps_the_other_with_its_scores(
    tmp_path, laptops
):
    """Laptop C took B's data before B met A's registration of Bu Sari. When B joins the two,
    nothing B sends C afterwards (here: a bundle of another event) deletes B's old
    registration on C with its scores; C joins them itself when A's registration arrives."""
    a, b, event_id, other_id, person_id, start = laptops
    _at(a, start)
    kept = register_person(a, event_id, person_id)
    _at(b, start + dt.timedelta(minutes=1))
    gone = register_person(b, event_id, person_id)
    enter(b, event_id, gone.registration_id, "pre", 1, "2", "id")
    export_bundle(b, tmp_path / "b-before.kbundle", include_sensitive=True)
    c = open_store(tmp_path / "c")
    import_bundle(c, tmp_path / "b-before.kbundle")
    _exchange(tmp_path, a, b)
    export_bundle(b, tmp_path / "b-other.kbundle", event_id=other_id)
    import_bundle(c, tmp_path / "b-other.kbundle")
    [sari] = _registrations(c, event_id, person_id)
    assert sari.registration_id == gone.registration_id
    assert sheet_for(c, event_id, "pre")[gone.registration_id][1].score == 2
    export_bundle(a, tmp_path / "a-now.kbundle")
    report = import_bundle(c, tmp_path / "a-now.kbundle")
    [sari] = _registrations(c, event_id, person_id)
    assert sari.registration_id == kept.registration_id
    assert sheet_for(c, event_id, "pre")[kept.registration_id][1].score == 2
    assert "Participant P-029: registered on both laptops" in report.conflicts[0]
    c.close()


def test_joined_registrations_with_different_codes_keep_the_earlier_code_and_say_both(
    tmp_path, laptops
):
    """B first took a walk-in (P-029), then registered Bu Sari (P-030); A had registered her
    first (P-029). Merged, Bu Sari is A's P-029 on both laptops, B's walk-in moves on to the
    next free code, the report names both of her codes; a score B typed as her P-030 and a
    row whose participant was removed here do not stop the merge."""
    a, b, event_id, _other, person_id, start = laptops
    removed = list_participants(b, event_id)[4]  # P-005: no paper typed yet
    enter(a, event_id, removed.registration_id, "pre", 1, "", "id")  # not a check-in
    _at(b, start - dt.timedelta(seconds=30))
    from kerinjing_desktop.core.store.participants import remove_participant

    remove_participant(b, removed.registration_id)
    _at(a, start)
    kept = register_person(a, event_id, person_id)
    _at(b, start + dt.timedelta(minutes=1))
    walk_in = add_participant(b, event_id, PersonInput("Tamu Baru", "L"))
    gone = register_person(b, event_id, person_id)
    assert (kept.code, walk_in.code, gone.code) == ("P-029", "P-029", "P-030")
    enter(b, event_id, gone.registration_id, "post", 3, "1", "id")

    report_a, report_b = _exchange(tmp_path, a, b)

    for store in (a, b):
        codes = {p.registration_id: p.code for p in list_participants(store, event_id)}
        assert codes[kept.registration_id] == "P-029"
        assert codes[walk_in.registration_id] == "P-030"
        assert gone.registration_id not in codes and len(codes) == 29
        assert sheet_for(store, event_id, "post")[kept.registration_id][3].score == 1
    joined = (
        "Participant P-029: registered on both laptops (also as P-030); the two are joined as "
        "P-029, with the scores and attendance of both."
    )
    assert joined in report_a.conflicts and joined in report_b.conflicts
    renumbered = "Two participants had code P-029; the later one is now P-030."
    assert renumbered in report_a.conflicts and renumbered in report_b.conflicts
    assert any("not merged, what it belongs to was deleted here" in c for c in report_b.conflicts)
