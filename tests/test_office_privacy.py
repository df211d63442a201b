"""The privacy filter (core/office/publish.py): small counts, names, phones, sensitive rows."""

from __future__ import annotations

from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.office.publish import (
    NAME_MARK,
    PHONE_MARK,
    Filters,
    publish,
    scrub,
    suppress,
)
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import add_note, replace_commitments
from kerinjing_desktop.core.store.participants import (
    import_participants,
    list_participants,
    set_attendance,
)
from kerinjing_desktop.core.store.programme import read_programme


def test_counts_one_to_four_are_suppressed_zero_and_five_are_not():
    assert suppress({"a": 0, "b": 5, "c": 7, "d": 12, "e": 6}) == {
        "a": 0, "b": 5, "c": 7, "d": 12, "e": 6,
    }  # fmt: skip
    assert suppress({"a": 4, "b": 1, "c": 30}) == {"a": None, "b": None, "c": 30}


def test_a_lone_suppressed_count_takes_the_next_smallest_with_it():
    """Otherwise the total minus the others gives the hidden count back."""
    assert suppress({"L": 3, "P": 40}) == {"L": None, "P": None}
    assert suppress({"a": 2, "b": 9, "c": 6, "d": 0}) == {"a": None, "b": 9, "c": None, "d": 0}


def test_scrub_strikes_withheld_names_and_phone_numbers():
    text = "Bu siti rahayu (0812-3456-7890, +62 813 1111 2222) cerita; Siti Aminah setuju."
    out = scrub(text, {"Siti Rahayu"})
    assert out == f"Bu {NAME_MARK} ({PHONE_MARK}, {PHONE_MARK}) cerita; Siti Aminah setuju."
    assert scrub("Tahun 2026, 45 orang hadir.", set()) == "Tahun 2026, 45 orang hadir."


def _small_event(store, size: int, title: str = "Sosialisasi"):
    event = add_event(store, title, "Sukamaju", "2026-03-02", kabupaten="Sungai Rawa")
    people = [
        PersonInput(f"Warga Nomor{i}", "P" if i % 2 else "L", 30, phone="081234567890",
                    consent=i != 1)
        for i in range(1, size + 1)
    ]  # fmt: skip
    import_participants(store, event.id, people)
    set_attendance(store, event.id, [p.code for p in list_participants(store, event.id)], True)
    return event


def test_an_event_of_three_people_publishes_no_count_and_no_mean(store):
    _small_event(store, 3)
    figures = publish(read_programme(store))
    (event,) = figures.events
    assert (event.registered, event.attended, event.paired) == (None, None, 0)
    assert event.gain_points is event.gain_low is event.pre_pct is None
    assert figures.kabupaten[0].registered is None and figures.kabupaten[0].events == 1
    reach = {(r.dimension, r.category): r.people for r in figures.reach if r.event_id}
    assert reach[("gender", "L")] is None and reach[("gender", "P")] is None
    assert reach[("group", "Calon PMI")] == 0


def test_sensitive_rows_stay_out_and_withheld_names_are_struck(store):
    event = _small_event(store, 6)
    add_note(store, event.id, "fgd", "Warga Nomor1 ditawari kerja, telp 081298765432", "Cerita")
    add_note(store, event.id, "finding", "RAHASIA korban", "Kasus", sensitive=True)
    replace_commitments(
        store,
        event.id,
        [("Warga Nomor2 mengajak tetangga ke balai desa", False), ("RAHASIA janji", True)],
    )
    figures = publish(read_programme(store))
    texts = [t.text for t in figures.texts]
    assert texts == [
        f"{NAME_MARK} ditawari kerja, telp {PHONE_MARK}",
        "Warga Nomor2 mengajak tetangga ke balai desa",  # consented: kept as written
    ]
    assert figures.events[0].registered == 6


def test_filters_pick_events_by_period_kabupaten_and_facilitator(store):
    a = add_event(store, "A", "Sukamaju", "2026-03-02", kabupaten="Sungai Rawa")
    b = add_event(store, "B", "Mekarsari", "2026-05-10", kabupaten="Teluk Damar")
    data = read_programme(store)
    assert [e.id for e in publish(data, Filters(date_from="2026-04-01")).events] == [b.id]
    assert [e.id for e in publish(data, Filters(date_to="2026-03-02")).events] == [a.id]
    assert [e.id for e in publish(data, Filters(kabupaten="sungai rawa")).events] == [a.id]
    assert publish(data, Filters(facilitator="Nobody")).events == []


def test_the_longest_withheld_name_is_struck_whole():
    """Two withheld names where one starts the other: one marker, no tail left behind."""
    out = scrub("Siti Rahayu Putri dan Siti Rahayu datang", {"Siti Rahayu", "Siti Rahayu Putri"})
    assert out == f"{NAME_MARK} dan {NAME_MARK} datang"
