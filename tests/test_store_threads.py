"""One rule for the store across threads and processes (issue 12, items 10 and 11): a
transaction holds the store's lock, so a background job's write never lands inside (and is
never rolled back with) the GUI thread's transaction; transactions begin IMMEDIATE, so two
processes writing at once wait for each other instead of failing with "database is locked".
"""

from __future__ import annotations

import threading

import pytest

from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.scores import enter, sheet_for


class _Undo(Exception):
    pass


def test_a_jobs_write_never_lands_in_the_gui_threads_transaction(tmp_path, make_store):
    """The GUI thread opens a transaction and rolls it back; meanwhile a job adds an event.
    The job's event must survive (it waits for the transaction to end instead of joining
    it), and must not be visible inside the GUI thread's transaction either."""
    store = make_store(tmp_path)
    job_started = threading.Event()
    seen_inside: list[list[str]] = []
    failures: list[BaseException] = []

    def job() -> None:
        job_started.wait(10)
        try:
            add_event(store, "Dari pekerjaan latar", "Kerinjing", "2021-09-22")
        except BaseException as error:
            failures.append(error)

    worker = threading.Thread(target=job)
    worker.start()
    with pytest.raises(_Undo), store.transaction():
        add_event(store, "Diketik lalu dibatalkan", "Kerinjing", "2021-09-21")
        job_started.set()
        worker.join(0.5)  # the job had its chance to write now, inside this transaction
        seen_inside.append(sorted(s.event.title for s in list_events(store)))
        raise _Undo
    worker.join(10)
    assert not worker.is_alive() and failures == []
    assert seen_inside == [["Diketik lalu dibatalkan"]]
    assert [s.event.title for s in list_events(store)] == ["Dari pekerjaan latar"]


def test_two_connections_writing_at_once_wait_instead_of_failing(tmp_path, make_store):
    """Two connections (as two processes would) enter scores as fast as they can: a
    read-then-write transaction that began DEFERRED got SQLITE_BUSY at once when the other
    wrote first (busy_timeout does not apply there); BEGIN IMMEDIATE waits."""
    first = make_store(tmp_path)
    create_demo_event(first)
    people = list_participants(first, DEMO_EVENT_ID)
    second = make_store(tmp_path)
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def type_scores(store, test: str) -> None:
        barrier.wait()
        try:
            for round_ in range(3):
                for person in people:
                    text = str((round_ + len(person.code)) % 3)
                    enter(store, DEMO_EVENT_ID, person.registration_id, test, 1, text, "id")
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=type_scores, args=(first, "pre")),
        threading.Thread(target=type_scores, args=(second, "post")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    for test in ("pre", "post"):
        sheet = sheet_for(first, DEMO_EVENT_ID, test)
        for person in people:
            assert sheet[person.registration_id][1].score == (2 + len(person.code)) % 3
