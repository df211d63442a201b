"""A person deleted on one laptop (core/store/privacy.py) meets a merge: the deletion is final,
the merge never fails on it, and nothing typed about the person's registrations is lost.

The office (laptop A) and a facilitator's laptop (B) start with the same demo event, one of
its participants holding a certificate. Each test deletes that participant's personal data on
one laptop or both, changes what the other laptop still holds about them (before or after the
deletion, by its clock), and exchanges bundles. Every test runs the merge twice: rows in
batches and row by row (core/store/merge_batch.py), which must end alike. Time is driven by
each store's clock (`_at`), never read.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.bundle_plan import collect_bundles
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import merge_batch, open_store
from kerinjing_desktop.core.store.certificates import (
    certificates_for_event,
    issue_certificates,
    verify,
)
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.participants import (
    get_participant,
    list_participants,
    register_person,
    set_checked_in,
    set_role,
    update_person,
)
from kerinjing_desktop.core.store.privacy import ANONYMOUS, delete_person
from kerinjing_desktop.core.store.schema import SYNCED_TABLES
from kerinjing_desktop.core.store.scores import enter, participant_cells
from kerinjing_desktop.core.store.sync import collect

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


@pytest.fixture(params=["batched", "row-by-row"])
def merge_path(request, monkeypatch):
    if request.param == "row-by-row":
        monkeypatch.setattr(merge_batch, "ROW_BY_ROW", SYNCED_TABLES)
    return request.param


def _at(store, moment):
    store.clock.wall = lambda: moment


def _data(store):
    tables, deletions = collect(store, None, include_sensitive=True)
    return tables, sorted(deletions)


def _holds_name(store, *names):
    """Whether any row of the store (or its certificates) still carries one of the names."""
    text = repr(_data(store)).lower()
    return any(name.lower() in text for name in names)


def _diff(a, b):
    """What differs between two stores' data (the assertion's message)."""
    (rows_a, deletions_a), (rows_b, deletions_b) = _data(a), _data(b)
    found = []
    for table in rows_a:
        held_a = {row["id"]: row for row in rows_a[table]}
        held_b = {row["id"]: row for row in rows_b[table]}
        for row_id in sorted(set(held_a) | set(held_b)):
            one, other = held_a.get(row_id), held_b.get(row_id)
            if one and other and one != other:
                found.append((table, {k: (one[k], other[k]) for k in one if one[k] != other[k]}))
            elif one != other:
                found.append((table, row_id[:8], "only on " + ("A" if one else "B")))
    return found, sorted(set(deletions_a) ^ set(deletions_b))


def _anonymous_without_registration(store):
    """Anonymous people no registration belongs to (made by a merge for nothing)."""
    return store.execute(
        "SELECT count(*) FROM people WHERE full_name = ? AND id NOT IN "
        "(SELECT person_id FROM registrations)",
        [ANONYMOUS],
    ).fetchone()[0]


def _send(tmp_path, sender, receiver, name):
    export_bundle(sender, tmp_path / f"{name}.kbundle", include_sensitive=True)
    return import_bundle(receiver, tmp_path / f"{name}.kbundle")


@pytest.fixture
def laptops(tmp_path, merge_path):
    """(office A, laptop B, event id, the participant whose data will be deleted, start):
    B is a copy of A, and the participant holds a certificate issued on A."""
    a = open_store(tmp_path / "a")
    event_id = create_demo_event(a)
    victim = list_participants(a, event_id)[3]
    issue_certificates(a, get_event(a, event_id), [victim])
    b = open_store(tmp_path / "b")
    _send(tmp_path, a, b, "first")
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    yield a, b, event_id, victim, start
    a.close()
    b.close()


def test_a_registration_changed_on_a_laptop_after_the_office_deleted_the_person_is_kept_anonymous(
    tmp_path, laptops
):
    """The case the random edits found (a FOREIGN KEY failure, the whole bundle refused, and
    every later bundle of that laptop with it): A deletes the person; B, later, checks their
    registration in and types a score. A takes B's check-in and score on an anonymous person,
    and the name stays deleted; after the exchange both laptops hold the same data."""
    a, b, event_id, victim, start = laptops
    _at(a, start)
    delete_person(a, victim.person_id)
    _at(b, start + dt.timedelta(minutes=1))
    set_checked_in(b, victim.registration_id, True)
    enter(b, event_id, victim.registration_id, "pre", 1, "1", "en")
    typed = participant_cells(b, victim.registration_id, "pre")
    assert typed

    report = _send(tmp_path, b, a, "b")

    held = get_participant(a, victim.registration_id)
    assert held.name == ANONYMOUS and held.checked_in_at is not None
    assert held.person_id != victim.person_id
    assert participant_cells(a, victim.registration_id, "pre") == typed
    assert not _holds_name(a, victim.name)
    assert report.added == 0 and report.updated >= 2  # the registration and the score
    _send(tmp_path, a, b, "a")
    assert not _holds_name(b, victim.name)
    assert get_participant(b, victim.registration_id).checked_in_at is not None
    assert _data(a) == _data(b), _diff(a, b)


def test_a_later_change_to_a_deleted_person_does_not_bring_the_name_back(tmp_path, laptops):
    """B, not knowing A deleted the person, corrects their name and prints the certificate
    again. A keeps the person deleted, says it did not take the change, and the certificate
    stays anonymous and genuine. Then B takes A's bundle: the deletion wins there too, over
    B's later change."""
    a, b, event_id, victim, start = laptops
    _at(a, start)
    delete_person(a, victim.person_id)
    _at(b, start + dt.timedelta(minutes=1))
    update_person(b, victim.registration_id, PersonInput("Nama Dibetulkan", victim.gender))
    corrected = get_participant(b, victim.registration_id)
    issue_certificates(b, get_event(b, event_id), [corrected])

    report = _send(tmp_path, b, a, "b")

    assert not _holds_name(a, victim.name, "Nama Dibetulkan")
    assert get_participant(a, victim.registration_id).name == ANONYMOUS
    [cert] = certificates_for_event(a, event_id)
    assert cert.holder_name == ANONYMOUS
    assert verify(a, f"{cert.serial}|{cert.check_code}").genuine
    said = f"people {victim.person_id[:8]}: deleted here; the other laptop's later change to "
    assert [c for c in report.conflicts if c.startswith(said)], report.conflicts
    sent = export_bundle(b, tmp_path / "b-again.kbundle", include_sensitive=True)
    again = import_bundle(a, tmp_path / "b-again.kbundle")  # changes nothing, counts each once
    assert (again.added, again.updated, again.deleted, again.unchanged) == (0, 0, 0, sent.rows)

    report_b = _send(tmp_path, a, b, "a")
    assert not _holds_name(b, victim.name, "Nama Dibetulkan")
    assert report_b.deleted_rows.get("people") == 1
    [cert_b] = certificates_for_event(b, event_id)
    assert cert_b.holder_name == ANONYMOUS
    assert verify(b, f"{cert_b.serial}|{cert_b.check_code}").genuine
    assert _data(a) == _data(b), _diff(a, b)


def test_a_deleted_person_registered_again_elsewhere_comes_in_as_an_anonymous_person(
    tmp_path, laptops
):
    """B registers the person (known to it) at another event after A deleted them and
    types a score: A takes the registration and its score on a new anonymous person with
    the person's gender and group only."""
    a, b, event_id, victim, start = laptops
    _at(a, start)
    delete_person(a, victim.person_id)
    _at(b, start + dt.timedelta(minutes=1))
    other = add_event(b, "Sosialisasi lain", "Desa Lain", "2021-10-01").id
    again = register_person(b, other, victim.person_id, checked_in=True)
    enter(b, other, again.registration_id, "pre", 1, "1", "en")
    typed = participant_cells(b, again.registration_id, "pre")
    assert typed

    _send(tmp_path, b, a, "b")

    held = get_participant(a, again.registration_id)
    assert held.name == ANONYMOUS and held.checked_in_at is not None
    assert (held.gender, held.group) == (victim.gender, victim.group)
    first = get_participant(a, victim.registration_id)
    assert held.person_id not in (victim.person_id, first.person_id)  # one per registration
    assert participant_cells(a, again.registration_id, "pre") == typed
    assert not _holds_name(a, victim.name)
    _send(tmp_path, a, b, "a")
    assert not _holds_name(b, victim.name)
    assert _data(a) == _data(b), _diff(a, b)


def test_a_person_deleted_on_both_laptops_merges_both_ways_without_a_name(tmp_path, laptops):
    a, b, event_id, victim, start = laptops
    _at(a, start)
    delete_person(a, victim.person_id)
    _at(b, start + dt.timedelta(minutes=1))
    delete_person(b, victim.person_id)
    set_role(b, victim.registration_id, "panitia")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    _send(tmp_path, b, a, "b")
    import_bundle(b, tmp_path / "a.kbundle")
    for store in (a, b):
        assert not _holds_name(store, victim.name)
        held = get_participant(store, victim.registration_id)
        assert (held.name, held.role) == (ANONYMOUS, "panitia")
        assert len(list_participants(store, event_id)) == 28
    _send(tmp_path, a, b, "a-again")
    assert _data(a) == _data(b), _diff(a, b)


def test_a_deletion_arriving_after_an_edit_here_keeps_the_registration_and_its_scores(
    tmp_path, laptops
):
    """B deletes the person; A, later, gives their registration a role, types a score and
    corrects their name. B's deletion reaches A: the person goes (names old and new), the
    registration stays, anonymous, with A's role and score (before, the person's deletion
    cascaded to the registration and its scores, or the later name stayed)."""
    a, b, event_id, victim, start = laptops
    _at(b, start)
    delete_person(b, victim.person_id)
    _at(a, start + dt.timedelta(minutes=1))
    set_role(a, victim.registration_id, "panitia")
    enter(a, event_id, victim.registration_id, "pre", 2, "1", "en")
    typed = participant_cells(a, victim.registration_id, "pre")
    assert typed
    update_person(a, victim.registration_id, PersonInput("Nama Baru", victim.gender))

    report = _send(tmp_path, b, a, "b")

    held = get_participant(a, victim.registration_id)
    assert (held.name, held.role) == (ANONYMOUS, "panitia")
    assert participant_cells(a, victim.registration_id, "pre") == typed
    assert not _holds_name(a, victim.name, "Nama Baru")
    assert len(list_participants(a, event_id)) == 28
    assert report.deleted_rows == {"people": 1}
    # it belongs to the anonymous person B made for it: no anonymous person made for nothing
    assert _anonymous_without_registration(a) == 0
    [cert] = certificates_for_event(a, event_id)
    assert cert.holder_name == ANONYMOUS
    assert verify(a, f"{cert.serial}|{cert.check_code}").genuine
    _send(tmp_path, a, b, "a")
    assert _data(a) == _data(b), _diff(a, b)
    assert _anonymous_without_registration(b) == 0


def test_a_deletion_in_a_bundle_of_another_event_keeps_the_certificate_here_anonymous(
    tmp_path, laptops
):
    """B deletes the person, then sends a bundle of another event only (the deletion travels,
    the certificate's event does not): A moves the registration to an anonymous person and
    signs the certificate again without the name."""
    a, b, event_id, victim, start = laptops
    _at(b, start)
    delete_person(b, victim.person_id)
    other = add_event(b, "Sosialisasi lain", "Desa Lain", "2021-10-01").id
    export_bundle(b, tmp_path / "other.kbundle", event_id=other)
    _at(a, start + dt.timedelta(minutes=1))

    report = import_bundle(a, tmp_path / "other.kbundle")

    assert get_participant(a, victim.registration_id).name == ANONYMOUS
    assert not _holds_name(a, victim.name)
    [cert] = certificates_for_event(a, event_id)
    assert cert.holder_name == ANONYMOUS
    assert verify(a, f"{cert.serial}|{cert.check_code}").genuine
    assert f"Certificate {cert.serial}: its holder's personal data was deleted" in str(
        report.conflicts
    )


def test_collect_and_bundle_import_merge_a_laptop_that_changed_a_deleted_person(tmp_path, laptops):
    """The window's Collect and `bundle import` at the command line take the same bundle."""
    a, b, event_id, victim, start = laptops
    _at(a, start)
    delete_person(a, victim.person_id)
    _at(b, start + dt.timedelta(minutes=1))
    set_checked_in(b, victim.registration_id, True)
    usb = tmp_path / "usb"
    usb.mkdir()
    export_bundle(b, usb / "b.kbundle", include_sensitive=True)
    a_dir = tmp_path / "a"
    a.close()
    done = subprocess.run(
        [sys.executable, "-m", "kerinjing_desktop", "--lang", "en", "--data-dir", str(a_dir),
         "bundle", "import", str(usb)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    again = open_store(a_dir)
    try:
        assert get_participant(again, victim.registration_id).checked_in_at is not None
        assert not _holds_name(again, victim.name)
        [outcome] = collect_bundles(again, [usb])  # the window's Collect: the same, unchanged
        assert outcome.report is not None and outcome.report.changed == 0
    finally:
        again.close()
