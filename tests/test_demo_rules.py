"""The demo day a facilitator opens to try the app (core/demo.py, demo_scores.py,
demo_notes.py): made once under a fixed id, its people checked in on the morning of the day
but for the five who stayed away, papers for those present (one left before the post-test,
one came after the pre-test), scores within each question's marks and the same every time,
and the day's notes, commitments and certificate signatories."""

from __future__ import annotations

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.demo_notes import add_demo_notes
from kerinjing_desktop.core.demo_people import ABSENT, DEMO_PEOPLE
from kerinjing_desktop.core.demo_scores import add_demo_scores
from kerinjing_desktop.core.fgd import commitment_template
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.certificates import Signatory, get_settings
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.questions import ensure_questions, list_questions


def counts(store) -> dict[str, int]:
    return {
        table: store.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("events", "people", "registrations", "scores", "notes", "commitments")
    }


def papers(store, event_id=DEMO_EVENT_ID) -> dict[tuple[str, str], dict[int, int]]:
    found: dict[tuple[str, str], dict[int, int]] = {}
    for code, test, number, score in store.execute(
        "SELECT r.code, s.test, s.question_number, s.score FROM scores s "
        "JOIN registrations r ON r.id = s.registration_id WHERE r.event_id = ? "
        "AND s.state = 'scored'",
        [event_id],
    ):
        found.setdefault((code, test), {})[number] = score
    return found


def test_the_demo_event_has_its_fixed_id_and_is_made_once(store):
    # the id stores already hold: another would give them a second demo event
    assert DEMO_EVENT_ID == "29d84b0f-b1cb-5bb2-a285-fa5b5543e710"
    assert create_demo_event(store) == DEMO_EVENT_ID
    made = counts(store)
    assert made == {"events": 1, "people": 28, "registrations": 28, "scores": 220,
                    "notes": 4, "commitments": 4}  # fmt: skip
    assert create_demo_event(store) == DEMO_EVENT_ID
    assert counts(store) == made


def test_the_demo_day_is_kerinjings_of_21_september_2021(store):
    create_demo_event(store)
    event = get_event(store, DEMO_EVENT_ID)
    assert (event.village, event.date, event.kecamatan, event.kabupaten) == (
        "Kerinjing", "2021-09-21", "Tanjung Raja", "Ogan Ilir",
    )  # fmt: skip
    assert event.title == "Sosialisasi Pencegahan Tindak Pidana Perdagangan Orang (TPPO)"
    assert event.presurvey_notes.startswith("Prasurvei dengan kepala desa (contoh):")


def test_the_demo_day_in_english():
    i18n.set_language("en")
    store = open_store(None)
    try:
        create_demo_event(store)
        event = get_event(store, DEMO_EVENT_ID)
    finally:
        store.close()
    assert (event.title, event.venue, event.facilitators, event.notes) == (
        "Prevention of Trafficking in Persons (TPPO) outreach",
        "Village hall of Kerinjing",
        "Outreach team (demo)",
        "Demo event: the people are invented.",
    )
    assert event.presurvey_notes.startswith("Pre-survey with the village head (demo): many")


def test_everyone_but_the_five_absent_was_checked_in_two_minutes_apart_from_0802_wib(store):
    create_demo_event(store)
    people = list_participants(store, DEMO_EVENT_ID)
    assert [p.name for p in people] == [person[0] for person in DEMO_PEOPLE]
    assert [p.code for p in people] == [f"P-{n:03d}" for n in range(1, 29)]
    assert {p.name for p in people if not p.attended} == ABSENT and len(ABSENT) == 5
    stamps = [p.checked_in_at for p in people if p.attended]
    assert stamps == [f"2021-09-21T01:{2 + 2 * n:02d}:00.000Z" for n in range(23)]


def test_a_demo_day_past_an_hour_of_arrivals_carries_the_hour(store, monkeypatch):
    """The stamps' hour counts the minutes past 60 (the 30th arrival is at 09:02 WIB)."""
    from kerinjing_desktop.core import demo

    extra = [(f"Tamu {n}", "P", 30, "Lainnya", "") for n in range(10)]
    monkeypatch.setattr(demo, "DEMO_PEOPLE", DEMO_PEOPLE + extra)
    create_demo_event(store)
    stamps = [p.checked_in_at for p in list_participants(store, DEMO_EVENT_ID) if p.attended]
    assert len(stamps) == 33
    assert stamps[28:31] == [
        "2021-09-21T01:58:00.000Z", "2021-09-21T02:00:00.000Z", "2021-09-21T02:02:00.000Z",
    ]  # fmt: skip


def test_the_first_present_took_only_the_pre_test_and_the_last_only_the_post_test(store):
    create_demo_event(store)
    present = [p.code for p in list_participants(store, DEMO_EVENT_ID) if p.attended]
    taken = papers(store)
    assert {code for code, test in taken if test == "pre"} == set(present[:-1])
    assert {code for code, test in taken if test == "post"} == set(present[1:])
    assert all(len(cells) == 5 for cells in taken.values())


def test_the_demo_scores_are_within_the_marks_and_the_same_every_time(store):
    create_demo_event(store)
    taken = papers(store)
    scores = [score for cells in taken.values() for score in cells.values()]
    assert min(scores) == 0 and max(scores) == 2  # each question is marked 0 to 2
    pre = sum(sum(c.values()) for (_code, test), c in taken.items() if test == "pre")
    post = sum(sum(c.values()) for (_code, test), c in taken.items() if test == "post")
    assert (pre, post) == (64, 177)  # the demo's figures, from its fixed seed
    again = open_store(None)
    try:
        create_demo_event(again)
        assert papers(again) == taken
    finally:
        again.close()


def test_scores_are_added_once_and_a_background_question_gets_the_background_mark(store):
    event = add_event(store, "Uji", "Kerinjing", "2021-09-21").id
    create_demo_event(store)  # its people, to register here
    with store.transaction():
        store.db.execute(
            "INSERT INTO registrations (id, created_at, updated_at, device_id, event_id, "
            "person_id, seq, code, checked_in_at) SELECT lower(hex(randomblob(18))), "
            "created_at, updated_at, device_id, ?, person_id, seq, code, checked_in_at "
            "FROM registrations WHERE event_id = ?",
            [event, DEMO_EVENT_ID],
        )
    ensure_questions(store, event, "id")
    with store.transaction():
        store.db.execute("UPDATE questions SET scored = 0 WHERE event_id = ? AND number = 5",
                         [event])  # fmt: skip
    assert [q.scored for q in list_questions(store, event, "id")] == [True] * 4 + [False]
    assert add_demo_scores(store, event) == 44
    assert add_demo_scores(store, event) == 0
    taken = papers(store, event)
    assert len(taken) == 44
    background = {code: cells[5] for (code, _test), cells in taken.items()}
    assert set(background.values()) == {0, 1}  # yes or no, not a knowledge score
    # each present person says yes with a chance of one in five: 8 of 23 with the demo's seed
    assert (sum(background.values()), len(background)) == (8, 23)
    for (code, _test), cells in taken.items():
        assert cells[5] == background[code]  # the same answer on both papers


def test_the_days_notes_commitments_and_signatories(store):
    create_demo_event(store)
    notes = list_notes(store, DEMO_EVENT_ID)
    assert [(n.kind, n.topic, n.sensitive) for n in notes] == [
        ("fgd", "situation", False),
        ("fgd", "efforts", False),
        ("fgd", "situation", True),
        ("finding", "", False),
    ]
    assert "SAPA 129" in notes[2].body
    commitments = list_commitments(store, DEMO_EVENT_ID)
    assert [c.text for c in commitments] == commitment_template("id", include_optional=False)
    assert not any(c.sensitive for c in commitments)  # a village's promises are printed
    settings = get_settings(store, DEMO_EVENT_ID)
    assert settings.activity_code == "PKM-TPPO" and settings.institution
    assert [s.name for s in settings.signatories] == [
        "Dr. Rina Oktaviani (demo)", "Hendra Gunawan",
    ]  # fmt: skip
    assert all(isinstance(s, Signatory) and s.title for s in settings.signatories)


def test_notes_are_added_once(store):
    create_demo_event(store)
    made = counts(store)
    add_demo_notes(store, DEMO_EVENT_ID)
    assert counts(store) == made
