"""Merge rules stated as what a facilitator sees: which value stays, what the merge report
counts and says, on both laptops. Time is driven by each store's clock (`_at`), never read."""

from __future__ import annotations

import datetime as dt

import pytest

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.bundle_plan import carry_out, plan_import
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event, get_event, update_event
from kerinjing_desktop.core.store.participants import (
    add_participant,
    list_participants,
    register_person,
    remove_participant,
    set_role,
)
from kerinjing_desktop.core.store.scores import enter, sheet_for
from kerinjing_desktop.core.store.sync import collect, merge

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


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
    question_2 = {
        row["id"][:8]
        for row in _data(a)[0]["scores"] + _data(b)[0]["scores"]
        if row["registration_id"] == kept.registration_id and row["question_number"] == 2
    }
    [a_typed] = question_2  # A's row is the one left on both laptops
    assert report_a.conflicts == [joined, f"scores {a_typed} 2: kept this laptop's newer version."]
    # B replaces its registration by A's (added), and its question 2 by A's later one.
    assert (report_b.added, report_b.updated, report_b.deleted) == (1, 1, 0)
    assert report_b.replaced_here == 1
    assert report_b.conflicts[0] == joined
    assert report_b.conflicts[1].startswith("scores ") and report_b.conflicts[1].endswith(
        " 2: the change made here was replaced by a newer one."
    )
    assert len(report_b.conflicts) == 2
    # B's bundle from before the join, imported again, changes nothing on A.
    again = import_bundle(a, tmp_path / "x-b.kbundle")
    assert (again.changed, again.conflicts) == (0, [joined, report_a.conflicts[1]])
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
    # A adds B's walk-in (person and registration) and the score B typed as P-030, joins
    # Bu Sari and takes the event's newer row, and carries out B's removal of P-005; B adds
    # A's registration of her (its own walk-in renumbered, the removed one's score left out).
    assert (report_a.added, report_a.updated, report_a.deleted, report_a.changed) == (3, 2, 1, 6)
    assert (report_b.added, report_b.updated, report_b.deleted) == (1, 0, 0)


def test_an_edit_made_just_after_a_join_wins_everywhere_even_with_the_clock_behind(
    tmp_path, laptops
):
    """Laptop A joins Bu Sari's two registrations (B's check-in is the newest change it
    receives); B takes the joined row; then A, whose wall clock is behind, makes her a
    speaker. That edit is stamped after the join, so B takes it too."""
    a, b, event_id, _other, person_id, start = laptops
    _at(a, start)
    kept = register_person(a, event_id, person_id)
    _at(b, start + dt.timedelta(minutes=1))
    gone = register_person(b, event_id, person_id)
    enter(b, event_id, gone.registration_id, "pre", 1, "2", "id")  # checks her in: newest
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    import_bundle(a, tmp_path / "b.kbundle")
    # B takes A's rows as they are now (read straight from A: an export would move A's clock)
    tables, deletions = collect(a, None, include_sensitive=True)
    merge(b, [(table, row) for table, rows in tables.items() for row in rows], deletions)
    _at(a, start - dt.timedelta(days=1))
    set_role(a, kept.registration_id, "narasumber")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a.kbundle")
    for store in (a, b):
        [sari] = _registrations(store, event_id, person_id)
        assert (sari.registration_id, sari.role) == (kept.registration_id, "narasumber")
        assert sari.checked_in_at is not None


def test_the_same_row_changed_on_both_laptops_keeps_the_later_and_both_reports_name_it(
    tmp_path, laptops
):
    """The event's village corrected on A, then differently on B: B's later text stays on
    both; A's report says its change was replaced, B's that it kept its own. The venue set to
    the same words on both laptops is no conflict at all: nothing typed was lost."""
    a, b, event_id, _other, _person, start = laptops
    title = get_event(a, event_id).title
    _at(a, start)
    update_event(a, event_id, village="Desa A")
    _at(b, start + dt.timedelta(minutes=1))
    update_event(b, event_id, village="Desa B")
    report_a, report_b = _exchange(tmp_path, a, b)
    label = f"events {event_id[:8]} {title}"
    assert report_a.conflicts == [f"{label}: the change made here was replaced by a newer one."]
    assert (report_a.added, report_a.updated, report_a.deleted, report_a.replaced_here) == (
        0,
        1,
        0,
        1,
    )
    assert report_b.conflicts == [f"{label}: kept this laptop's newer version."]
    assert (report_b.changed, report_b.replaced_here) == (0, 0)
    assert get_event(a, event_id).village == get_event(b, event_id).village == "Desa B"

    _at(a, start + dt.timedelta(minutes=2))
    update_event(a, event_id, venue="Balai Desa")
    _at(b, start + dt.timedelta(minutes=3))
    update_event(b, event_id, venue="Balai Desa")
    report_a, report_b = _exchange(tmp_path, a, b, "same")
    assert report_a.conflicts == report_b.conflicts == []
    assert (report_a.updated, report_a.replaced_here, report_b.changed) == (1, 0, 0)
    assert _data(a) == _data(b)


def test_a_bundle_of_rows_held_or_deleted_here_counts_every_row_unchanged(tmp_path, laptops):
    """Laptop A exports, then removes a participant (and so her scores); its own bundle,
    imported back, changes nothing: each row is counted once, as unchanged."""
    a, _b, event_id, _other, _person, _start = laptops
    summary = export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    removed = list_participants(a, event_id)[0]
    assert sheet_for(a, event_id, "pre")[removed.registration_id]  # she has scores
    remove_participant(a, removed.registration_id)
    report = import_bundle(a, tmp_path / "a.kbundle")
    assert (report.added, report.updated, report.deleted) == (0, 0, 0)
    assert report.unchanged == summary.rows and report.conflicts == []
    assert removed.registration_id not in {
        p.registration_id for p in list_participants(a, event_id)
    }


def test_a_preview_changes_nothing_not_even_the_clock(tmp_path, laptops):
    """What a merge would do is worked out on the real data and rolled back: the counts are
    those of the merge that follows, and until then the data and the clock stay where they
    were, even for a bundle dated days ahead of this laptop."""
    a, b, event_id, _other, _person, start = laptops
    _at(b, start + dt.timedelta(days=3))
    add_participant(b, event_id, PersonInput("Tamu Baru", "L"))
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    _at(a, start)
    before, clock = _data(a), a.clock.latest()
    plan = plan_import(a, [tmp_path / "b.kbundle"])
    assert plan.ahead is not None and plan.needs_confirmation
    assert (plan.report.added, plan.report.updated, plan.report.deleted) == (2, 1, 0)
    assert _data(a) == before and a.clock.latest() == clock
    done = carry_out(a, plan)
    assert (done.added, done.updated, done.deleted) == (2, 1, 0)
    assert a.clock.latest() > clock


def test_a_running_clock_moves_past_what_it_merges(tmp_path, laptops):
    """Laptop A's clock has been running (it made the demo) and its wall clock is behind;
    it takes B's bundle, dated later, and then corrects the village: its correction is the
    later change, so B takes it."""
    a, b, event_id, _other, _person, start = laptops
    _at(b, start + dt.timedelta(hours=5))
    update_event(b, event_id, village="Desa B")
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    _at(a, start)
    import_bundle(a, tmp_path / "b.kbundle")
    update_event(a, event_id, village="Desa Benar")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a.kbundle")
    assert get_event(b, event_id).village == "Desa Benar"


def test_walk_ins_taken_from_the_other_laptop_move_this_laptops_next_code(tmp_path, laptops):
    """A takes a walk-in (P-029); B, later, edits the event (its own event row, still
    counting from P-029, is the newer one and stays). Once B has A's walk-in, B's next
    walk-in is P-030: a code is never handed out twice."""
    a, b, event_id, _other, _person, start = laptops
    _at(a, start)
    assert add_participant(a, event_id, PersonInput("Tamu A", "P")).code == "P-029"
    _at(b, start + dt.timedelta(minutes=1))
    update_event(b, event_id, venue="Balai Desa")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a.kbundle")
    assert get_event(b, event_id).venue == "Balai Desa"
    assert add_participant(b, event_id, PersonInput("Tamu B", "L")).code == "P-030"


def test_a_certificate_corrected_and_signed_again_by_its_laptop_is_taken(tmp_path, laptops):
    """A prints the certificates; B takes them. A corrects a holder's name and prints again
    (same serial, new check code, signed again by A): B takes the correction, and the paper
    with the new code is genuine there under the new name."""
    from kerinjing_desktop.core.store.certificates import certificates_for_event, verify
    from kerinjing_desktop.core.store.participants import update_person
    from kerinjing_desktop.reports.certificates import build
    from kerinjing_desktop.reports.common import PrintOptions

    a, b, event_id, _other, _person, _start = laptops
    build(a, get_event(a, event_id), tmp_path / "1.pdf", PrintOptions())
    export_bundle(a, tmp_path / "printed.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "printed.kbundle")
    first = certificates_for_event(a, event_id)[0]
    holder = next(
        p for p in list_participants(a, event_id) if p.registration_id == first.registration_id
    )
    update_person(a, holder.registration_id, PersonInput("Nama Dibetulkan", holder.gender))
    build(a, get_event(a, event_id), tmp_path / "2.pdf", PrintOptions())
    export_bundle(a, tmp_path / "corrected.kbundle", include_sensitive=True)
    report = import_bundle(b, tmp_path / "corrected.kbundle")
    [corrected] = [c for c in certificates_for_event(b, event_id) if c.id == first.id]
    assert (corrected.serial, corrected.holder_name) == (first.serial, "Nama Dibetulkan")
    assert verify(b, f"{corrected.serial}|{corrected.check_code}").genuine
    assert report.conflicts == []


def test_the_institution_set_on_two_laptops_keeps_the_later_on_both(tmp_path, laptops):
    """Each laptop set the institution before they met (two rows, one slot): the later
    one stays on both laptops, nothing is refused, and both reports name the row."""
    from kerinjing_desktop.core.store.institution import (
        Institution,
        get_institution,
        set_institution,
    )

    a, b, _event, _other, _person, start = laptops
    _at(a, start)
    set_institution(a, Institution(name="Universitas A"))
    _at(b, start + dt.timedelta(minutes=1))
    set_institution(b, Institution(name="Universitas B"))
    report_a, report_b = _exchange(tmp_path, a, b)
    assert get_institution(a).name == get_institution(b).name == "Universitas B"
    [replaced] = report_a.conflicts
    assert replaced.startswith("institution ") and replaced.endswith("replaced by a newer one.")
    assert (report_a.updated, report_a.replaced_here) == (1, 1)
    [kept] = report_b.conflicts
    assert kept.startswith("institution ") and kept.endswith("kept this laptop's newer version.")
    assert report_b.changed == 0


def test_an_unsigned_change_to_an_issued_certificate_is_refused_and_counted_once(tmp_path, laptops):
    """A's register is edited by hand after printing: another name on a serial, its signature
    dropped. B refuses that change (the certificate B holds is signed), keeps the holder
    printed on the paper, says so once, and counts that row and every other as unchanged."""
    from kerinjing_desktop.core.store.certificates import certificates_for_event, verify
    from kerinjing_desktop.reports.certificates import build
    from kerinjing_desktop.reports.common import PrintOptions

    a, b, event_id, _other, _person, _start = laptops
    build(a, get_event(a, event_id), tmp_path / "1.pdf", PrintOptions())
    export_bundle(a, tmp_path / "printed.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "printed.kbundle")
    first = certificates_for_event(a, event_id)[0]
    a.conn.execute(
        "UPDATE certificates SET holder_name = 'Orang Lain', signer = '', signature = '', "
        "updated_at = ? WHERE id = ?",
        [a.stamp(), first.id],
    )
    summary = export_bundle(a, tmp_path / "edited.kbundle", include_sensitive=True)
    report = import_bundle(b, tmp_path / "edited.kbundle")
    assert report.conflicts == [
        f"Certificate {first.serial}: a change from the other laptop was refused (an issued "
        "certificate keeps its serial and event, and only a signed change is taken)."
    ]
    assert (report.changed, report.unchanged) == (0, summary.rows)
    found = verify(b, f"{first.serial}|{first.check_code}")
    assert found.genuine and found.certificate.holder_name == first.holder_name


@pytest.mark.parametrize("row_by_row", [False, True], ids=["batched", "row-by-row"])
def test_a_row_deleted_here_comes_back_only_when_changed_after_its_deletion(
    tmp_path, laptops, monkeypatch, row_by_row
):
    """A removes three participants; B changes their roles: P-005 before A removed her, P-018
    after, P-020 at the very millisecond of her removal. After the exchange both laptops hold
    P-018 (as B changed her) and neither holds P-005 or P-020: a deletion wins a tie. A counts
    P-018 added and every other row of B's once, as unchanged; B deletes two and says why it
    kept P-018. The same whether the rows go in batches or row by row."""
    from kerinjing_desktop.core.store import merge_batch
    from kerinjing_desktop.core.store.clock import parse_stamp
    from kerinjing_desktop.core.store.schema import SYNCED_TABLES

    if row_by_row:
        monkeypatch.setattr(merge_batch, "ROW_BY_ROW", SYNCED_TABLES)
    a, b, event_id, _other, _person, start = laptops
    people = {p.code: p for p in list_participants(a, event_id)}
    minute = dt.timedelta(minutes=1)

    def removed_on_a(code, moment):
        _at(a, moment)
        remove_participant(a, people[code].registration_id)
        [stamp] = a.conn.execute(
            "SELECT deleted_at FROM deletions WHERE row_id = ?", [people[code].registration_id]
        ).fetchone()
        return parse_stamp(stamp)

    removed_on_a("P-018", start + minute)
    removed_on_a("P-005", start + 2 * minute)
    tie = removed_on_a("P-020", start + 4 * minute)
    for code, moment in (("P-005", start + minute), ("P-018", start + 3 * minute)):
        _at(b, moment)
        set_role(b, people[code].registration_id, "panitia")
    _at(b, tie)
    set_role(b, people["P-020"].registration_id, "panitia")

    sent_by_b = export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    report_a = import_bundle(a, tmp_path / "b.kbundle")
    report_b = import_bundle(b, tmp_path / "a.kbundle")

    expected = sorted(set(people) - {"P-005", "P-020"})
    for store in (a, b):
        held = {p.code: p for p in list_participants(store, event_id)}
        assert sorted(held) == expected
        assert held["P-018"].role == "panitia"
    assert (report_a.added, report_a.updated, report_a.deleted) == (1, 0, 0)
    assert report_a.unchanged == sent_by_b.rows - 1 and report_a.conflicts == []
    assert (report_b.added, report_b.updated, report_b.deleted) == (0, 0, 2)
    kept = people["P-018"].registration_id[:8]
    assert report_b.conflicts == [
        f"registrations {kept}: deleted on another laptop but changed here later; kept."
    ]
    assert _data(a) == _data(b)


def test_a_deletion_received_moves_the_clock_past_it(tmp_path, laptops):
    """B, its wall clock five hours ahead, removes a participant: the deletion is the newest
    change in its bundle. A takes the bundle: its clock moves to that deletion, so an edit
    made on A next is later than it."""
    from kerinjing_desktop.core.store.clock import parse_stamp

    a, b, event_id, _other, _person, start = laptops
    gone = list_participants(b, event_id)[27]
    _at(b, start + dt.timedelta(hours=5))
    remove_participant(b, gone.registration_id)
    [deleted_at] = b.conn.execute(
        "SELECT deleted_at FROM deletions WHERE row_id = ?", [gone.registration_id]
    ).fetchone()
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    _at(a, start)
    import_bundle(a, tmp_path / "b.kbundle")
    assert a.clock.latest() == parse_stamp(deleted_at)


def test_walk_ins_in_a_bundle_of_that_event_alone_move_the_next_code(tmp_path, laptops):
    """A takes a walk-in (P-029) and sends a bundle of that event alone; B, which edited the
    event later, takes it: B's next walk-in is P-030."""
    a, b, event_id, _other, _person, start = laptops
    _at(a, start)
    assert add_participant(a, event_id, PersonInput("Tamu A", "P")).code == "P-029"
    _at(b, start + dt.timedelta(minutes=1))
    update_event(b, event_id, venue="Balai Desa")
    export_bundle(a, tmp_path / "one.kbundle", event_id=event_id)
    import_bundle(b, tmp_path / "one.kbundle")
    assert add_participant(b, event_id, PersonInput("Tamu B", "L")).code == "P-030"


def test_a_bundle_deleting_an_issued_certificate_keeps_it_and_names_it(tmp_path, laptops):
    """No laptop deletes an issued certificate; a bundle that says to (a crafted one) is not
    followed: the certificate stays, and the report names it by its id's first 8 characters."""
    from kerinjing_desktop.core.store.certificates import certificates_for_event, verify
    from kerinjing_desktop.reports.certificates import build
    from kerinjing_desktop.reports.common import PrintOptions

    a, _b, event_id, _other, _person, start = laptops
    build(a, get_event(a, event_id), tmp_path / "1.pdf", PrintOptions())
    first = certificates_for_event(a, event_id)[0]
    stamp = (start + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    report = merge(a, [], [("certificates", first.id, stamp, "laptop-x")])
    assert report.conflicts == [
        f"certificates {first.id[:8]}: deleted on another laptop; kept, issued certificates stay."
    ]
    assert (report.deleted, report.changed) == (0, 0)
    assert verify(a, f"{first.serial}|{first.check_code}").genuine


def test_rows_with_a_column_unknown_here_or_without_one_merge_with_this_stores_columns(
    make_store,
):
    """A newer laptop's row carries a column this store does not have (left out), an older
    one's lacks one (the store's default); the rest as sent, and merging again changes
    nothing."""
    laptop = make_store("laptop")
    for title in ("Satu", "Dua"):
        add_event(laptop, title, "Desa", "2021-10-01", venue="Balai")
    newer, older = collect(laptop, None, include_sensitive=True)[0]["events"]
    older_row = {name: value for name, value in older.items() if name != "venue"}
    office = make_store("office")
    report = merge(office, [("events", newer | {"colour": "merah"}), ("events", older_row)], [])
    assert (report.added, report.unchanged) == (2, 0)
    held = {row["id"]: row for row in collect(office, None, include_sensitive=True)[0]["events"]}
    assert held[newer["id"]] == newer
    assert held[older["id"]] == older | {"venue": ""}
    again = merge(office, [("events", newer | {"colour": "merah"}), ("events", older_row)], [])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
