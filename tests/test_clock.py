"""The hybrid logical clock: a laptop whose clock says 2019 still takes today's bundles, and
its later edits (and deletions) still win on every laptop; doctor says the clock is behind.
Time is driven by the test (each store's `clock.wall`), never read from the machine."""

from __future__ import annotations

import datetime as dt
import re

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store.clock import HybridClock, behind_message, parse_stamp
from kerinjing_desktop.core.store.events import get_event, update_event
from kerinjing_desktop.core.store.participants import list_participants, remove_participant

TODAY = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
DEAD_BATTERY = dt.datetime(2019, 1, 1, 0, 0, tzinfo=dt.UTC)


def _at(store, moment):
    store.clock.wall = lambda: moment


def test_the_clock_never_goes_back_and_moves_past_what_it_sees():
    moment = [TODAY]
    clock = HybridClock(lambda: None, wall=lambda: moment[0])
    first = clock.tick()
    assert first == "2026-12-05T09:00:00.000Z"
    assert clock.tick() == "2026-12-05T09:00:00.001Z"  # same wall time: one step on
    moment[0] = DEAD_BATTERY
    assert clock.tick() == "2026-12-05T09:00:00.002Z"  # the wall went back: the clock did not
    clock.seen(["2027-01-01T00:00:00.000Z", "not a stamp", None])
    assert clock.tick() == "2027-01-01T00:00:00.001Z"
    assert clock.behind_by() > dt.timedelta(days=365 * 7)


def test_a_laptop_stuck_in_2019_takes_todays_bundle_and_its_later_edits_win(tmp_path, make_store):
    a = make_store("a")
    _at(a, TODAY)
    event_id = create_demo_event(a)
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    b = make_store("b")
    _at(b, DEAD_BATTERY)
    import_bundle(b, tmp_path / "a.kbundle")
    assert get_event(b, event_id).title == get_event(a, event_id).title
    assert behind_message(b.clock) is not None and behind_message(a.clock) is None
    # After the merge, laptop B (clock in 2019) corrects the village and removes someone.
    people = list_participants(b, event_id)
    update_event(b, event_id, village="Desa Benar")
    remove_participant(b, people[0].registration_id)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    report = import_bundle(a, tmp_path / "b.kbundle")
    assert get_event(a, event_id).village == "Desa Benar"
    assert people[0].registration_id not in {
        p.registration_id for p in list_participants(a, event_id)
    }
    assert report.updated >= 1 and report.deleted >= 1


def test_doctor_says_when_the_clock_is_behind_the_data(cli, tmp_path, make_store):
    data = tmp_path / "data"
    store = make_store(data)
    _at(store, dt.datetime.now(dt.UTC) + dt.timedelta(days=400))
    create_demo_event(store)
    store.close()
    result = cli("doctor")
    # Found by its number of days as a word of its own: a path in another line (pytest's
    # pytest-6400 folder) may hold the digits too.
    said = [x for x in result.out.splitlines() if re.search(r"\b(399|400) hari\b", x)]
    assert len(said) == 1, result.out
    assert said[0].startswith("FIX")


def test_the_window_says_when_the_clock_is_behind_the_data(qtbot, tmp_path, make_store):
    from kerinjing_desktop.gui.main_window import MainWindow
    from kerinjing_desktop.gui.session import Session

    store = make_store("a")
    _at(store, TODAY)
    create_demo_event(store)
    window = MainWindow(Session(store, tmp_path / "a", "en"))
    qtbot.addWidget(window)
    assert window.check_clock() is None
    _at(store, DEAD_BATTERY)
    message = window.check_clock()
    assert message and "2026-12-05" in message
    from PySide6.QtWidgets import QLabel

    shown = window.statusBar().findChild(QLabel, "clockBehind")
    assert shown is not None and message in shown.text()


def test_a_stamp_is_the_wall_clock_to_the_millisecond_and_never_one_already_seen():
    """The wall clock's microseconds are cut to milliseconds (a stamp holds no more), and a
    wall time within the millisecond of a stamp already seen is not later than it: the next
    stamp is one millisecond on, never that stamp again."""
    moment = [TODAY.replace(microsecond=500_000)]
    clock = HybridClock(lambda: None, wall=lambda: moment[0])
    assert clock.tick() == "2026-12-05T09:00:00.500Z"
    clock.seen(["2026-12-05T09:00:01.700Z"])
    moment[0] = TODAY.replace(second=1, microsecond=700_900)
    assert clock.tick() == "2026-12-05T09:00:01.701Z"


def test_the_clock_is_behind_the_data_only_past_one_whole_day():
    """Data stamped exactly a day after the wall clock is not yet "behind"; a millisecond
    more is, and the message says by how many days and the newest change's date."""
    newest = "2026-12-06T09:00:00.000Z"
    moment = [TODAY]
    clock = HybridClock(lambda: newest, wall=lambda: moment[0])
    assert clock.behind_by() is None and behind_message(clock) is None
    moment[0] = TODAY - dt.timedelta(milliseconds=1)
    assert clock.behind_by() == dt.timedelta(days=1, milliseconds=1)
    moment[0] = TODAY - dt.timedelta(hours=1)
    i18n.set_language("id")
    assert behind_message(clock) == (
        "Jam laptop ini tertinggal 1 hari dari datanya (perubahan terbaru 2026-12-06). "
        "Atur tanggal dan jam; penggabungan tetap berjalan benar."
    )


def test_a_store_reopened_resumes_its_clock_past_its_newest_deletion(make_store):
    """The newest change a store holds is a deletion: opened again, with its wall clock
    behind, its clock resumes from that deletion, so its next edit is later."""
    store = make_store("a")
    _at(store, TODAY)
    event_id = create_demo_event(store)
    _at(store, TODAY + dt.timedelta(hours=5))
    gone = list_participants(store, event_id)[0]
    remove_participant(store, gone.registration_id)
    [deleted_at] = store.conn.execute(
        "SELECT deleted_at FROM deletions WHERE row_id = ?", [gone.registration_id]
    ).fetchone()
    store.close()
    again = make_store("a")
    _at(again, TODAY)
    assert again.clock.latest() == parse_stamp(deleted_at)


def test_the_behind_message_counts_its_days_in_english():
    clock = HybridClock(lambda: "2026-12-09T09:00:00.000Z", wall=lambda: TODAY)
    i18n.set_language("en")
    assert behind_message(clock) == (
        "This laptop's clock is 4 days behind the data it holds (newest change 2026-12-09). "
        "Set the date and time; merging still works correctly."
    )
    clock = HybridClock(lambda: "2026-12-06T10:00:00.000Z", wall=lambda: TODAY)
    assert behind_message(clock) == (
        "This laptop's clock is 1 day behind the data it holds (newest change 2026-12-06). "
        "Set the date and time; merging still works correctly."
    )
