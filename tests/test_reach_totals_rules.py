"""The reach counts (core/store/reach_totals.py), rule by rule beside the random edits of
test_paper_totals.py: each age band at its edges as core/domain.age_band draws it, an event's
new year moving its people to other bands, a deleted event leaving no rows, and a rebuild
counting every registration once however often it runs."""

from __future__ import annotations

from test_paper_totals import reach_expected, reach_kept

from kerinjing_desktop.core.domain import PersonInput, age_band
from kerinjing_desktop.core.store.events import add_event, update_event
from kerinjing_desktop.core.store.participants import add_participant, set_checked_in
from kerinjing_desktop.core.store.reach_totals import band_sql, rebuild

AGES = [None, 0, 17, 18, 24, 25, 34, 35, 49, 50, 120]


def _village(store, date="2021-09-21"):
    event = add_event(store, "Sosialisasi", "Kerinjing", date).id
    for number, age in enumerate(AGES):
        add_participant(store, event, PersonInput(f"Orang {number}", "P", age, "PKK"))
    return event


def bands(store, event):
    return {
        (band, attended): people
        for band, attended, people in store.execute(
            "SELECT age_band, attended, people FROM reach_totals "
            "WHERE event_id = ? AND people != 0",
            [event],
        )
    }


def test_every_age_band_at_its_edges(store):
    event = _village(store)
    assert bands(store, event) == {
        ("?", 0): 1, ("<18", 0): 2, ("18-24", 0): 2, ("25-34", 0): 2, ("35-49", 0): 2,
        ("50+", 0): 2,
    }  # fmt: skip
    assert reach_kept(store) == reach_expected(store)


def test_the_sql_bands_are_core_domains_bands(store):
    for year in (None, 1901, 1990, 1996, 1997, 2003, 2004, 2021):
        [(band,)] = store.execute(
            f"SELECT {band_sql(':date', ':year')}", {"date": "2021-09-21", "year": year}
        ).fetchall()
        assert band == age_band("2021-09-21", year)


def test_an_event_moved_to_another_year_counts_its_people_at_their_new_ages(store):
    event = _village(store)
    update_event(store, event, date="2021-12-31")  # the same year: nothing to move
    assert reach_kept(store) == reach_expected(store)
    update_event(store, event, date="2028-01-05")  # seven years on: 7, 24, 25 … 127
    assert bands(store, event) == {
        ("?", 0): 1, ("<18", 0): 1, ("18-24", 0): 1, ("25-34", 0): 3, ("35-49", 0): 2,
        ("50+", 0): 3,
    }  # fmt: skip
    assert reach_kept(store) == reach_expected(store)


def test_checking_in_moves_a_person_to_the_attended_row(store):
    event = _village(store)
    registration = store.execute(
        "SELECT id FROM registrations WHERE event_id = ? ORDER BY seq LIMIT 1", [event]
    ).fetchone()[0]
    set_checked_in(store, registration, True)
    assert bands(store, event)[("?", 1)] == 1 and ("?", 0) not in bands(store, event)


def test_a_deleted_event_leaves_no_rows_and_the_others_stay(store):
    event, other = _village(store), _village(store, "2022-01-10")
    with store.transaction():
        store.db.execute("DELETE FROM events WHERE id = ?", [event])
    assert (
        store.execute("SELECT count(*) FROM reach_totals WHERE event_id = ?", [event]).fetchone()[0]
        == 0
    )
    assert sum(bands(store, other).values()) == len(AGES)
    assert reach_kept(store) == reach_expected(store)


def test_a_rebuild_counts_each_registration_once_however_often_it_runs(store):
    _village(store)
    _village(store, "2022-01-10")
    before = reach_kept(store)
    with store.transaction():
        rebuild(store.conn)
        rebuild(store.conn)
    assert reach_kept(store) == before == reach_expected(store)
    with store.transaction():
        store.db.execute("DELETE FROM reach_totals")
        rebuild(store.conn)
    assert reach_kept(store) == before
