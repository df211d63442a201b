"""The register's rules, each on its own: codes, the rows a person leaves, who is found by a
search, check-in times, roles, group labels, and a removal that Undo puts back exactly."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import PersonInput, ValidationError, validate_person
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.certificates import certificates_for_event, issue_certificates
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.scores import enter, participant_cells


@pytest.fixture
def event_id(store):
    return add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id


@pytest.fixture
def other_id(store):
    return add_event(store, "Sosialisasi lanjutan", "Muara", "2023-03-05").id


def _next_seq(store, event_id):
    return store.execute("SELECT next_seq FROM events WHERE id = ?", [event_id]).fetchone()[0]


def test_a_person_is_stored_as_typed_with_a_birth_year_from_the_event(store, event_id):
    """Age 30 at a 2021 event is born 1991; consent kept as typed, read back as a bool; the
    village's group label beside the group; a new person is not checked in."""
    typed = PersonInput("Siti Aminah", "P", 30, "Pelajar", "0812", False, "Pemuda Desa")
    person = ps.add_participant(store, event_id, typed)
    assert (person.code, person.name, person.gender, person.birth_year) == (
        "P-001", "Siti Aminah", "P", 1991,
    )  # fmt: skip
    assert (person.group, person.group_label, person.phone) == ("Pelajar", "Pemuda Desa", "0812")
    assert person.consent is False and person.checked_in_at is None
    assert (person.role, person.event_year) == ("peserta", 2021)
    row = store.execute("SELECT name_key, consent FROM people").fetchone()
    assert row == ("siti aminah", 0)


def test_no_age_is_no_birth_year_and_a_walk_in_is_checked_in(store, event_id):
    person = ps.add_participant(store, event_id, PersonInput("Ani", "P"), checked_in=True)
    assert person.birth_year is None and person.checked_in_at is not None
    assert person.consent is True


def test_codes_follow_the_events_counter_per_event(store, event_id, other_id):
    """Each event numbers from P-001; the counter moves on by one per person, this laptop
    stamps the event it moved."""
    first = ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    second = ps.add_participant(store, event_id, PersonInput("Ani", "P"))
    elsewhere = ps.add_participant(store, other_id, PersonInput("Rina", "P"))
    assert (first.code, second.code, elsewhere.code) == ("P-001", "P-002", "P-001")
    assert (_next_seq(store, event_id), _next_seq(store, other_id)) == (3, 2)
    seqs = store.execute("SELECT seq FROM registrations ORDER BY seq, code").fetchall()
    assert sorted(seqs) == [(1,), (1,), (2,)]
    device = store.execute("SELECT device_id FROM events WHERE id = ?", [event_id]).fetchone()
    assert device == (store.device_id,)


def test_lookups_by_id_and_by_code(store, event_id, other_id):
    """An unknown registration id is a LookupError naming it; a code is looked up in its own
    event only."""
    siti = ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    ps.add_participant(store, event_id, PersonInput("Ani", "P"))
    with pytest.raises(LookupError) as unknown:
        ps.get_participant(store, "missing")
    assert unknown.value.args == ("missing",)
    assert ps.participant_by_code(store, event_id, "P-001") == siti
    assert ps.participant_by_code(store, event_id, "P-003") is None
    assert ps.participant_by_code(store, other_id, "P-001") is None


def test_the_list_is_in_code_order_and_holds_one_event(store, event_id, other_id):
    names = ["Dewi", "Ani", "Siti"]
    for name in names:
        ps.add_participant(store, event_id, PersonInput(name, "P"))
    ps.add_participant(store, other_id, PersonInput("Rina", "P"))
    listed = ps.list_participants(store, event_id)
    assert [(p.code, p.name) for p in listed] == [("P-001", "Dewi"), ("P-002", "Ani"),
                                                  ("P-003", "Siti")]  # fmt: skip


def test_a_known_person_is_registered_once_per_event(store, event_id, other_id):
    """Registering someone from an earlier event gives a new code there and a check-in when
    asked; registering them twice is refused in words that name their code."""
    ps.add_participant(store, other_id, PersonInput("Rina", "P"))
    siti = ps.add_participant(store, other_id, PersonInput("Siti", "P"))
    again = ps.register_person(store, event_id, siti.person_id, checked_in=True)
    assert (again.code, again.person_id, again.name) == ("P-001", siti.person_id, "Siti")
    assert again.checked_in_at is not None
    assert _next_seq(store, event_id) == 2
    with pytest.raises(ValidationError) as refused:
        ps.register_person(store, other_id, siti.person_id)
    assert refused.value.problems == [("name", "Orang ini sudah terdaftar sebagai P-002.")]
    assert _next_seq(store, other_id) == 3
    plain = ps.register_person(store, event_id, ps.list_participants(store, other_id)[0].person_id)
    assert plain.checked_in_at is None


def test_an_import_numbers_on_from_the_counter(store, event_id, monkeypatch):
    """Imported rows take the codes after those already given, in file order, across batch
    boundaries; the counter ends after the last; nobody is checked in; an empty file adds
    nothing and moves nothing."""
    monkeypatch.setattr(ps, "IMPORT_BATCH", 2)
    ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    people = [PersonInput(f"Orang {n}", "L", 20 + n, "Pelajar", "", n % 2 == 0) for n in range(5)]
    assert ps.import_participants(store, event_id, people) == 5
    listed = ps.list_participants(store, event_id)
    assert [(p.code, p.name) for p in listed[1:]] == [
        (f"P-{n + 2:03d}", f"Orang {n}") for n in range(5)
    ]
    assert [p.birth_year for p in listed[1:]] == [2001, 2000, 1999, 1998, 1997]
    assert [p.consent for p in listed[1:]] == [True, False, True, False, True]
    assert all(p.checked_in_at is None for p in listed)
    assert _next_seq(store, event_id) == 7
    assert ps.import_participants(store, event_id, []) == 0
    assert _next_seq(store, event_id) == 7


def test_an_import_of_exactly_one_batch(store, event_id, monkeypatch):
    """A file as long as one batch: every row in, none twice."""
    monkeypatch.setattr(ps, "IMPORT_BATCH", 3)
    people = [PersonInput(name, "P") for name in ("A", "B", "C")]
    assert ps.import_participants(store, event_id, people) == 3
    assert store.execute("SELECT count(*) FROM people").fetchone()[0] == 3
    assert _next_seq(store, event_id) == 4


def _names(found):
    return [person.name for person in found]


def test_a_search_needs_every_word_and_leaves_out_this_events_people(store, event_id, other_id):
    """Words in any order, each somewhere in the name; nothing typed finds nobody; people
    already at the excluded event are left out; the limit caps the list, in name order."""
    for name in ("Siti Aminah", "Aminah", "Siti Nurhaliza", "Ani"):
        ps.add_participant(store, other_id, PersonInput(name, "P"))
    ps.add_participant(store, event_id, PersonInput("Siti Aminah Putri", "P"))
    assert _names(ps.find_people(store, "aminah siti")) == ["Siti Aminah", "Siti Aminah Putri"]
    assert ps.find_people(store, "  ") == []
    assert _names(ps.find_people(store, "aminah siti", exclude_event=event_id)) == ["Siti Aminah"]
    assert _names(ps.find_people(store, "a", limit=2)) == ["Aminah", "Ani"]


def test_a_search_takes_percent_and_underscore_as_letters(store, other_id):
    """% and _ typed in a search are not SQL wildcards: they find nobody here."""
    ps.add_participant(store, other_id, PersonInput("Siti", "P"))
    assert ps.find_people(store, "%") == [] and ps.find_people(store, "s_ti") == []
    assert ps.find_people(store, "s\\") == []


def test_a_search_ignores_marks_in_plain_and_in_other_letters(store, other_id):
    """Ma'ruf is found by Maruf and Nur-Aini by nuraini (marks dropped in SQL); Ṡiti by siti
    (through the Python key); a plain name is not found by a word it lacks."""
    for name in ("Ma'ruf", "Nur-Aini", "Ṡiti", "Budi"):
        ps.add_participant(store, other_id, PersonInput(name, "L"))
    assert _names(ps.find_people(store, "maruf")) == ["Ma'ruf"]
    assert _names(ps.find_people(store, "nuraini")) == ["Nur-Aini"]
    assert _names(ps.find_people(store, "siti")) == ["Ṡiti"]
    assert ps.find_people(store, "budi x") == []


def test_a_found_person_shows_the_village_label_and_their_last_event(store, event_id, other_id):
    """The group shown is the village's label when there is one; the last event is the latest
    by date, as "title (date)"."""
    rina = ps.add_participant(
        store, event_id, PersonInput("Rina", "P", 30, "Pelajar", "", True, "Pemuda Desa")
    )
    ps.register_person(store, other_id, rina.person_id)
    ps.add_participant(store, event_id, PersonInput("Rini", "P", None, "PKK"))
    found = {p.name: p for p in ps.find_people(store, "r")}
    assert found["Rina"] == ps.KnownPerson(
        rina.person_id, "Rina", "P", 1991, "Pemuda Desa", "Sosialisasi lanjutan (2023-03-05)"
    )
    assert (found["Rini"].group, found["Rini"].last_event) == (
        "PKK", "Sosialisasi TPPO (2021-09-21)",
    )  # fmt: skip


def test_check_in_and_out_one_person(store, event_id):
    siti = ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    assert ps.set_checked_in(store, siti.registration_id, True).checked_in_at is not None
    assert ps.set_checked_in(store, siti.registration_id, False).checked_in_at is None


def test_attendance_by_codes(store, event_id):
    """Codes checked in at a given time, then out; every unknown code named in the refusal;
    the count is the codes given; a second check-in keeps the first time."""
    for name in ("Siti", "Ani", "Dewi"):
        ps.add_participant(store, event_id, PersonInput(name, "P"))
    at = "2021-09-21T01:30:00.000Z"
    assert ps.set_attendance(store, event_id, ["P-001", "P-003"], True, at=at) == 2
    times = [p.checked_in_at for p in ps.list_participants(store, event_id)]
    assert times == [at, None, at]
    assert ps.set_attendance(store, event_id, ["P-001", "P-002"], True) == 2
    first, second, _third = ps.list_participants(store, event_id)
    assert first.checked_in_at == at and second.checked_in_at not in (None, at)
    assert ps.set_attendance(store, event_id, ["P-003"], False) == 1
    assert ps.list_participants(store, event_id)[2].checked_in_at is None
    with pytest.raises(ValidationError) as refused:
        ps.set_attendance(store, event_id, ["P-002", "P-009", "P-010"], False)
    assert refused.value.problems == [
        ("code", "Tidak ada peserta P-009 di acara ini."),
        ("code", "Tidak ada peserta P-010 di acara ini."),
    ]
    assert ps.list_participants(store, event_id)[1].checked_in_at is not None


def test_group_labels_of_one_event_sorted_once_each(store, event_id, other_id):
    for name, label in (("A", "Remaja Masjid"), ("B", ""), ("C", "Pemuda Desa"),
                        ("D", "Remaja Masjid")):  # fmt: skip
        person = PersonInput(name, "P", None, "Pelajar", "", True, label)
        ps.add_participant(store, event_id, person)
    ps.add_participant(store, other_id, PersonInput("E", "P", None, "PKK", "", True, "Dasawisma"))
    assert ps.event_group_labels(store, event_id) == ["Pemuda Desa", "Remaja Masjid"]
    assert ps.event_group_labels(store, other_id) == ["Dasawisma"]


def test_an_edit_rewrites_every_field_and_the_search_key(store, event_id):
    """A corrected person: every field as newly typed, the birth year from the event's year,
    found by the new name and no longer by the old one."""
    siti = ps.add_participant(store, event_id, PersonInput("Siti", "P", 30))
    edited = ps.update_person(
        store,
        siti.registration_id,
        PersonInput("Sinta Dewi", "L", None, "Pelajar", "0813", False, "Pemuda Desa"),
    )
    assert (edited.name, edited.gender, edited.birth_year, edited.group, edited.phone) == (
        "Sinta Dewi", "L", None, "Pelajar", "0813",
    )  # fmt: skip
    assert (edited.consent, edited.group_label, edited.code) == (False, "Pemuda Desa", "P-001")
    assert _names(ps.find_people(store, "sinta")) == ["Sinta Dewi"]
    assert ps.find_people(store, "siti") == []
    aged = ps.update_person(store, siti.registration_id, PersonInput("Sinta Dewi", "L", 40))
    assert aged.birth_year == 1981


def test_a_role_is_one_of_three(store, event_id):
    siti = ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    assert ps.set_role(store, siti.registration_id, "narasumber").role == "narasumber"
    with pytest.raises(ValidationError) as refused:
        ps.set_role(store, siti.registration_id, "ketua")
    assert refused.value.problems == [("role", "Peran “ketua” tidak dikenal.")]
    assert ps.get_participant(store, siti.registration_id).role == "narasumber"


def test_undo_of_a_removal_brings_back_scores_and_certificate(store, event_id):
    """A removal takes the registration and its scores off the event and unhooks its
    certificate; Undo puts back the same code, the scores and the certificate's holder."""
    siti = ps.add_participant(store, event_id, validate_person("Siti", "P"), checked_in=True)
    ani = ps.add_participant(store, event_id, validate_person("Ani", "P"))
    enter(store, event_id, siti.registration_id, "pre", 1, "2", "id")
    enter(store, event_id, siti.registration_id, "pre", 2, "1", "id")
    issue_certificates(store, get_event(store, event_id), [siti])
    removed = ps.remove_participant(store, siti.registration_id)
    assert [p.code for p in ps.list_participants(store, event_id)] == [ani.code]
    assert store.execute("SELECT count(*) FROM scores").fetchone()[0] == 0
    assert [c.registration_id for c in certificates_for_event(store, event_id)] == [None]
    assert (len(removed.scores), len(removed.certificates)) == (2, 1)
    assert ps.restore_participant(store, removed) == siti
    cells = participant_cells(store, siti.registration_id, "pre")
    assert {n: c.score for n, c in cells.items()} == {1: 2, 2: 1}
    holders = [c.registration_id for c in certificates_for_event(store, event_id)]
    assert holders == [siti.registration_id]
    assert store.execute("SELECT count(*) FROM people").fetchone()[0] == 2


def test_undo_of_a_removal_without_scores(store, event_id):
    siti = ps.add_participant(store, event_id, validate_person("Siti", "P"))
    removed = ps.remove_participant(store, siti.registration_id)
    assert (removed.scores, removed.certificates) == ([], [])
    assert ps.restore_participant(store, removed) == siti


def test_what_a_removal_keeps_and_a_found_person_are_values(store, event_id):
    """What Undo needs and what a search shows cannot be changed on their way."""
    siti = ps.add_participant(store, event_id, PersonInput("Siti", "P"))
    removed = ps.remove_participant(store, siti.registration_id)
    with pytest.raises(AttributeError):
        removed.scores = []  # type: ignore[misc]
    ps.restore_participant(store, removed)
    (found,) = ps.find_people(store, "siti")
    with pytest.raises(AttributeError):
        found.name = "Ani"  # type: ignore[misc]


def test_a_search_drops_every_mark_search_key_drops(store, other_id):
    """Backquote, straight quote, hyphen, underscore and full stop inside a plain name do not
    count: each name is found by its letters alone."""
    names = ("Ma`ruf", 'Ro"hani', "Nur-Aini", "Sri_Wahyuni", "Abd.Rahman")
    for name in names:
        ps.add_participant(store, other_id, PersonInput(name, "P"))
    for name, typed in zip(names, ("maruf", "rohani", "nuraini", "sriwahyuni", "abdrahman"),
                           strict=True):  # fmt: skip
        assert _names(ps.find_people(store, typed)) == [name]


def test_a_search_lists_twenty_people_unless_asked_for_more(store, other_id):
    ps.import_participants(store, other_id, [PersonInput(f"Siti {n:02d}", "P") for n in range(25)])
    assert _names(ps.find_people(store, "siti")) == [f"Siti {n:02d}" for n in range(20)]
    assert len(ps.find_people(store, "siti", limit=25)) == 25
