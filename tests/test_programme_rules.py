"""What the office reads of a whole programme (core/store/programme.py), rule by rule.

Each test builds a few rows through the store's own functions and states exactly what
`read_programme` gives back: the events in order of date, village and id with every field;
the reach counts without their emptied rows; the names of the people who did not consent, per
event; the pairs and each question's points from the store's totals; the notes and
commitments not marked sensitive, in their order; the latest visit per commitment, leaving
out sensitive visits and visits to a sensitive commitment. A rule broken here publishes a
name or a sensitive line, or gives the office wrong figures.
"""

from __future__ import annotations

import dataclasses
import gc

import pytest

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.kinds import Gender
from kerinjing_desktop.core.office.publish import Filters, publish
from kerinjing_desktop.core.scoring import Question
from kerinjing_desktop.core.store import programme
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.follow_ups import record_follow_up
from kerinjing_desktop.core.store.notes import add_commitment, add_note
from kerinjing_desktop.core.store.participants import add_participant, remove_participant
from kerinjing_desktop.core.store.programme import (
    EventReach,
    FollowUpRow,
    ProgrammeEvent,
    TextRow,
    read_programme,
)
from kerinjing_desktop.core.store.questions import save_questions
from kerinjing_desktop.core.store.scores import enter


def _id(tail: str) -> str:
    """A fixed event id (the store takes UUID-shaped ids only), ordered by its tail."""
    return f"00000000-0000-4000-8000-{tail:0>12}"


def _event(store, title, village, date, event_id=None):
    return add_event(store, title, village, date, event_id=event_id, kecamatan=f"Kec {village}",
                     kabupaten="Muara Enim", facilitators="Bu Ani, Pak Budi").id  # fmt: skip


def _person(store, event_id, name, gender="P", age="30", consent=True):
    person = validate_person(name, gender, age, "PKK", "", consent)
    return add_participant(store, event_id, person).registration_id


def test_events_come_in_order_of_date_village_and_id_with_every_field(store):
    """Made in another order, the events are read by date, then village, then id."""
    _event(store, "Hari dua", "Muara", "2024-03-10", event_id=_id("b"))
    _event(store, "Hari dua juga", "Muara", "2024-03-10", event_id=_id("a"))
    _event(store, "Hari desa K", "Kerinjing", "2024-03-10", event_id=_id("z"))
    _event(store, "Hari satu", "Zeta", "2024-01-05", event_id=_id("y"))
    events = read_programme(store).events
    assert events == [
        ProgrammeEvent(_id("y"), "2024-01-05", "Hari satu", "Zeta", "Kec Zeta", "Muara Enim",
                       "Bu Ani, Pak Budi"),
        ProgrammeEvent(_id("z"), "2024-03-10", "Hari desa K", "Kerinjing", "Kec Kerinjing",
                       "Muara Enim", "Bu Ani, Pak Budi"),
        ProgrammeEvent(_id("a"), "2024-03-10", "Hari dua juga", "Muara", "Kec Muara", "Muara Enim",
                       "Bu Ani, Pak Budi"),
        ProgrammeEvent(_id("b"), "2024-03-10", "Hari dua", "Muara", "Kec Muara", "Muara Enim",
                       "Bu Ani, Pak Budi"),
    ]  # fmt: skip


def test_reach_counts_registered_and_attended_and_the_attended_by_kind_without_emptied_rows(
    store,
):
    """Four women registered (two of one age band, one of no known age), three came (a score
    checks a person in): each kind sums its rows. A man who came and was then removed leaves
    his row at 0 people, which counts nowhere. An event nobody registered for has no entry;
    genders are read back as members."""
    event_id = _event(store, "Hari", "Kerinjing", "2024-03-10")
    _event(store, "Hari kosong", "Muara", "2024-03-11")
    came = [_person(store, event_id, "Siti", "P", "30"), _person(store, event_id, "Ani", "P", "31"),
            _person(store, event_id, "Dewi", "P", "")]  # fmt: skip
    _person(store, event_id, "Rina", "P", "45")
    removed = _person(store, event_id, "Rudi", "L", "40")
    for registration_id in [*came, removed]:
        enter(store, event_id, registration_id, "pre", 1, "1", "id")
    remove_participant(store, removed)
    assert store.execute(
        "SELECT attended, people FROM reach_totals WHERE gender = 'L' ORDER BY attended"
    ).fetchall() == [(0, 0), (1, 0)]  # fmt: skip  (registered, then came: both emptied)
    reach = read_programme(store).reach
    assert reach == {
        event_id: EventReach(4, 3, {"P": 3}, {"25-34": 2, "?": 1}, {"PKK": 3}),
    }
    assert {type(gender) for gender in reach[event_id].gender} == {Gender}


def test_each_kind_counts_its_own_rows(store):
    """A man and a woman of two age bands and two groups, both came: one in each category."""
    event_id = _event(store, "Hari", "Kerinjing", "2024-03-10")
    siti = add_participant(store, event_id, validate_person("Siti", "P", "30", "PKK", "", True))
    budi = add_participant(store, event_id, validate_person("Budi", "L", "60", "Calon PMI", "",
                                                            True))  # fmt: skip
    for person in (siti, budi):
        enter(store, event_id, person.registration_id, "pre", 1, "1", "id")
    assert read_programme(store).reach[event_id] == EventReach(
        2, 2, {"L": 1, "P": 1}, {"25-34": 1, "50+": 1}, {"Calon PMI": 1, "PKK": 1}
    )


def test_withheld_names_are_the_people_without_consent_per_event(store):
    """Each event lists the names of its registrations whose person did not consent, and
    only those; an event where everyone consented has no entry."""
    first = _event(store, "Hari satu", "Kerinjing", "2024-03-10")
    second = _event(store, "Hari dua", "Muara", "2024-04-10")
    third = _event(store, "Hari tiga", "Zeta", "2024-05-10")
    _person(store, first, "Siti Aminah", consent=False)
    _person(store, first, "Rina", consent=False)
    _person(store, first, "Ani Setiawati")
    _person(store, second, "Dewi Lestari", consent=False)
    _person(store, third, "Budi")
    assert read_programme(store).withheld_names == {
        first: {"Siti Aminah", "Rina"},
        second: {"Dewi Lestari"},
    }


@pytest.fixture
def scored(store):
    """One event of four questions (1: up to 2 points, 2: up to 3, 3: a background question,
    4: up to 2, never answered) and four people: Siti and Rudi took both tests, Ani only the
    pre-test, Dewi a pre-test whose only mark is on the background question."""
    event_id = _event(store, "Hari", "Kerinjing", "2024-03-10")
    questions = [
        Question(1, "open", 2, "Apa itu TPPO?"),
        Question(2, "open", 3, "Siapa yang bisa membantu?"),
        Question(3, "open", 1, "Pernah bekerja di luar negeri?", scored=False),
        Question(4, "open", 2, "Ke mana melapor?"),  # nobody answers it
    ]
    save_questions(store, event_id, questions, "id")
    people = {name: _person(store, event_id, name) for name in ("Siti", "Rudi", "Ani", "Dewi")}

    def paper(name, test, **cells):
        for number, text in cells.items():
            enter(store, event_id, people[name], test, int(number[1:]), text, "id")

    paper("Siti", "pre", q1="1", q2="1", q3="1")
    paper("Siti", "post", q1="2", q2="3", q3="0")
    paper("Rudi", "pre", q1="0", q3="1")  # question 2 never written on his pre-test
    paper("Rudi", "post", q1="2")  # nor on his post-test
    paper("Ani", "pre", q1="2", q2="3")
    paper("Dewi", "pre", q3="1")
    paper("Dewi", "post", q1="1", q2="1")
    return event_id


def test_pairs_are_the_totals_of_those_who_took_both_tests(store, scored):
    """Rudi 0 → 2 and Siti 2 → 5: the pre-tests' points together, a pair per change."""
    data = read_programme(store)
    assert data.pairs == {scored: programme.PairSums(2, {2: 1, 3: 1})}
    assert data.pairs == {scored: programme.PairSums.of([(0, 2), (2, 5)])}
    assert (data.pairs[scored].count, data.pairs[scored].post) == (2, 7)
    assert data.max_score == {scored: 7}  # the background question's point is not counted


def test_pair_sums_count_each_change_and_give_back_the_totals():
    """Three pairs gained 2 points and one lost 1: four pairs, post = pre + 3 × 2 − 1; an
    event's sums and reach start from nothing."""
    sums = programme.PairSums.of([(1, 3), (0, 2), (4, 6), (5, 4)])
    assert sums == programme.PairSums(10, {2: 3, -1: 1})
    assert (sums.count, sums.post) == (4, 15)
    assert programme.PairSums() == programme.PairSums(0, {})
    assert EventReach() == EventReach(0, 0, {}, {}, {})


def test_each_question_sums_the_pairs_points_out_of_pairs_times_its_maximum(store, scored):
    """Two pairs: question 1 out of 2 x 2 points, question 2 out of 2 x 3, in both tests; a
    question nobody answered has 0 points; the background question has no figures."""
    assert not store.execute("SELECT 1 FROM question_totals WHERE number = 4").fetchall()
    assert read_programme(store).questions == {
        (scored, 1): {"pre": (1, 4), "post": (4, 4)},
        (scored, 2): {"pre": (1, 6), "post": (3, 6)},
        (scored, 4): {"pre": (0, 4), "post": (0, 4)},
    }


def test_an_event_whose_pairs_never_answered_a_question_reads_it_as_zero(store, scored):
    """No pair's cell of question 2 on the pre-test left: its points read 0, not missing."""
    store.execute("DELETE FROM scores WHERE question_number = 2 AND test = 'pre'")
    assert not store.execute(
        "SELECT points FROM question_totals WHERE number = 2 AND test = 'pre' AND points != 0"
    ).fetchall()
    figures = read_programme(store).questions[(scored, 2)]
    assert figures == {"pre": (0, 6), "post": (3, 6)}


def test_texts_are_the_notes_then_the_commitments_not_sensitive_in_order(store):
    """Every note (by event id, then position), then every commitment (the same); a
    sensitive note or commitment and a note of blank words are left out."""
    first = _event(store, "Hari satu", "Kerinjing", "2024-03-10", event_id=_id("1"))
    second = _event(store, "Hari dua", "Muara", "2024-04-10", event_id=_id("2"))
    add_commitment(store, second, "Membuat posko desa")
    add_note(store, second, "fgd", "Banyak calo datang", topic="Calo")
    add_note(store, first, "finding", "Warga takut melapor", topic="Lapor")
    add_note(store, first, "finding", "Nama korban di sini", sensitive=True)
    add_note(store, first, "finding", "Kepala desa mendukung")
    blank = add_note(store, first, "finding", "Akan dikosongkan")
    store.execute("UPDATE notes SET body = '   ' WHERE id = ?", [blank.id])
    add_commitment(store, first, "Rapat RT tiap bulan")
    add_commitment(store, first, "Alamat korban", sensitive=True)
    add_commitment(store, first, "Poster di balai desa")
    assert read_programme(store).texts == [
        TextRow(first, "finding", "Lapor", 1, "Warga takut melapor"),
        TextRow(first, "finding", "", 3, "Kepala desa mendukung"),
        TextRow(second, "fgd", "Calo", 1, "Banyak calo datang"),
        TextRow(first, "commitment", "", 1, "Rapat RT tiap bulan"),
        TextRow(first, "commitment", "", 3, "Poster di balai desa"),
        TextRow(second, "commitment", "", 1, "Membuat posko desa"),
    ]


def test_follow_ups_give_the_latest_visit_of_each_commitment_not_sensitive(store):
    """The latest visit per event and commitment (a later date wins over a later entry; one
    commitment's words in two events are two commitments); a
    sensitive visit and every visit to a commitment marked sensitive stay in the office."""
    first = _event(store, "Hari satu", "Kerinjing", "2024-03-10", event_id=_id("1"))
    second = _event(store, "Hari dua", "Muara", "2024-04-10", event_id=_id("2"))
    add_commitment(store, first, "Rapat RT tiap bulan")
    add_commitment(store, first, "Alamat korban", sensitive=True)
    add_commitment(store, second, "Rapat RT tiap bulan", sensitive=True)
    record_follow_up(store, first, "Rapat RT tiap bulan", "2024-06-01", "done", "Sudah dua kali")
    record_follow_up(store, first, "Rapat RT tiap bulan", "2024-05-01", "started", "Baru mulai")
    record_follow_up(
        store, first, "Rapat RT tiap bulan", "2024-07-01", "done", "Nama", sensitive=True
    )
    record_follow_up(store, first, "Alamat korban", "2024-06-01", "done", "Rumahnya di ...")
    record_follow_up(store, first, "Posko", "2024-06-01", "started", "")
    record_follow_up(store, second, "Rapat RT tiap bulan", "2024-06-01", "done", "Rahasia")
    record_follow_up(store, second, "Posko", "2024-06-02", "not_started", "Belum")
    assert read_programme(store).follow_ups == [
        FollowUpRow(first, "Posko", "2024-06-01", "started", ""),
        FollowUpRow(first, "Rapat RT tiap bulan", "2024-06-01", "done", "Sudah dua kali"),
        FollowUpRow(second, "Posko", "2024-06-02", "not_started", "Belum"),
    ]


def test_of_two_visits_on_one_day_the_one_entered_last_is_the_latest(store):
    event_id = _event(store, "Hari", "Kerinjing", "2024-03-10")
    record_follow_up(store, event_id, "Posko", "2024-06-01", "started", "Pagi")
    record_follow_up(store, event_id, "Posko", "2024-06-01", "done", "Sore")
    (row,) = read_programme(store).follow_ups
    assert row == FollowUpRow(event_id, "Posko", "2024-06-01", "done", "Sore")


def test_the_garbage_collector_is_paused_for_the_read_and_resumed_after(store, monkeypatch):
    """Enabled before: off while the rows are read, on again after (also after an error).
    Disabled before (as the test session runs): still off after."""
    seen = []
    real = programme._read

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(programme, "_read", spy)
    was = gc.isenabled()
    try:
        gc.enable()
        read_programme(store)
        assert seen == [False] and gc.isenabled()

        def broken(*_args):
            seen.append(gc.isenabled())
            raise RuntimeError("disk")

        monkeypatch.setattr(programme, "_read", broken)
        with pytest.raises(RuntimeError, match="disk"):
            read_programme(store)
        assert seen == [False, False] and gc.isenabled()
        monkeypatch.setattr(programme, "_read", spy)
        gc.disable()
        read_programme(store)
        assert seen == [False, False, False] and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_positions_of_every_event_are_the_whole_list_and_of_some_their_rows_in_order(store):
    first = _event(store, "Hari satu", "Kerinjing", "2024-03-10", event_id=_id("1"))
    second = _event(store, "Hari dua", "Muara", "2024-04-10", event_id=_id("2"))
    for event_id in (second, first, second):
        add_commitment(store, event_id, f"Janji {event_id}")
    data = read_programme(store)
    assert data.positions_of("texts", {first, second}) == range(3)
    assert data.positions_of("texts", {second}) == [1, 2]  # commitments by event, then order
    assert [data.texts[i] for i in data.positions_of("texts", {first})] == [
        TextRow(first, "commitment", "", 1, f"Janji {first}")
    ]
    assert data.positions_of("follow_ups", {first}) == []
    shown, published = read_programme(store), read_programme(store)
    publish(published)
    assert published.made and published == shown  # what was published is no part of it
    publish(data, Filters(kabupaten="Muara Enim"))
    # neither the filters' index nor what was published of the data is part of what it shows
    assert repr(data) == repr(shown)


@pytest.mark.parametrize(
    "row",
    [
        ProgrammeEvent("e", "2024-01-01", "t", "v", "k", "kab", "f"),
        EventReach(1, 1),
        programme.PairSums(1, {1: 1}),
        TextRow("e", "finding", "", 1, "x"),
        FollowUpRow("e", "c", "2024-01-01", "done", ""),
    ],
)
def test_a_programme_row_cannot_be_changed_once_read(row):
    """The rows are shared by every filter of the Programme step: none may change one."""
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(row, dataclasses.fields(row)[1].name, "x")
