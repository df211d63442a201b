"""The batched merge (core/store/merge_batch.py) ends where merging row by row ends.

Two laptops work on one event and laptop B also runs a big event of its own: hundreds of new
rows (several batches), the same score cells typed on both laptops (rows that collide on their
natural key), a walk-in given the same code on both, rows changed on B, rows deleted on B,
a row deleted on A that B still holds.
B's bundle is merged into two copies of A: batched, and with every table forced row by row.
The data and the reports must be the same.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kerinjing_desktop.core.bundle import export_bundle, read_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import merge_batch, open_store
from kerinjing_desktop.core.store.participants import (
    add_participant,
    list_participants,
    remove_participant,
    set_role,
)
from kerinjing_desktop.core.store.schema import SYNCED_TABLES
from kerinjing_desktop.core.store.scores import enter
from kerinjing_desktop.core.store.sync import collect, merge


def _at(store, moment):
    store.clock.wall = lambda: moment


def _data(store):
    tables, deletions = collect(store, None, include_sensitive=True)
    return tables, sorted(deletions)


@pytest.fixture
def laptops(tmp_path, make_store):
    """(data dir of laptop A, laptop B's bundle) as described in the module's docstring."""
    a = make_store("a")
    event_id = create_demo_event(a)
    export_bundle(a, tmp_path / "first.kbundle", include_sensitive=True)
    b = make_store("b")
    merge(b, *read_bundle(tmp_path / "first.kbundle")[1:])
    # B's own event: a generated laptop, so hundreds of people, registrations and scores.
    own = write_programme(tmp_path / "usb", 1, 1, 60)[0]
    merge(b, *read_bundle(own)[1:])
    start = max(a.clock.latest(), b.clock.latest()) + dt.timedelta(minutes=1)
    people = list_participants(a, event_id)
    _at(a, start)
    for number in (1, 2, 3):  # P-020's paper, typed first on A ...
        enter(a, event_id, people[19].registration_id, "pre", number, "1", "id")
    add_participant(a, event_id, PersonInput("Walk-in A", "P"))
    set_role(a, people[8].registration_id, "panitia")
    remove_participant(a, people[25].registration_id)  # B still holds it, unchanged
    _at(b, start + dt.timedelta(minutes=1))
    for person in (people[4], people[17], people[19]):  # ... then on B, after two new ones
        for number in (1, 2, 3, 4, 5):
            enter(b, event_id, person.registration_id, "pre", number, "2", "id")
    add_participant(b, event_id, PersonInput("Walk-in B", "L"))  # the same next code
    set_role(b, people[9].registration_id, "narasumber")
    for person in people[20:23]:
        remove_participant(b, person.registration_id)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    a.close()
    b.close()
    return tmp_path / "a", tmp_path / "b.kbundle"


def _merged(data_dir, copy, bundle):
    shutil.copytree(data_dir, copy)
    (copy / "kerinjing.lock").unlink(missing_ok=True)
    store = open_store(copy)
    try:
        report = merge(store, *read_bundle(bundle)[1:])
        return _data(store), report
    finally:
        store.close()


def test_batches_end_where_row_by_row_ends(laptops, tmp_path, monkeypatch):
    data_dir, bundle = laptops
    monkeypatch.setattr(merge_batch, "NEW_ROWS", 40)  # many batches, one of them refused
    monkeypatch.setattr(merge_batch, "ROWS_PER_STATEMENT", 7)  # after some rows went in
    batched, report = _merged(data_dir, tmp_path / "batched", bundle)
    monkeypatch.setattr(merge_batch, "ROW_BY_ROW", SYNCED_TABLES)
    one_by_one, expected = _merged(data_dir, tmp_path / "one-by-one", bundle)
    assert batched == one_by_one
    assert (report.added, report.updated, report.deleted, report.unchanged) == (
        expected.added, expected.updated, expected.deleted, expected.unchanged,
    )  # fmt: skip
    assert report.replaced_here == expected.replaced_here
    assert sorted(report.conflicts) == sorted(expected.conflicts)
    # The scenario reached the rules the batches hand over: collisions, a new code, deletions.
    assert report.added > 300 and report.deleted == 3 and report.replaced_here >= 3
    assert any("P-0" in c for c in report.conflicts), report.conflicts


def test_a_row_held_unchanged_or_deleted_later_here_is_not_written(laptops, tmp_path, make_store):
    """Merging the same bundle twice: the second merge adds and changes nothing."""
    data_dir, bundle = laptops
    copy = tmp_path / "twice"
    _merged(data_dir, copy, bundle)
    store = make_store(copy)
    try:
        before = _data(store)
        report = merge(store, *read_bundle(bundle)[1:])
        assert (report.added, report.updated, report.deleted) == (0, 0, 0)
        assert report.unchanged > 300
        assert _data(store) == before
    finally:
        store.close()
