"""Collecting a programme: bundles in any order, repeated and overlapping, change nothing twice.

Every fifth laptop of the generated programme also carries a colleague's event (the same rows),
so the bundles overlap; the generator is deterministic, so a second generation is a repeat.
"""

from __future__ import annotations

from office_support import EVENTS, LAPTOPS, collected

from kerinjing_desktop.core.bundle import import_bundle
from kerinjing_desktop.core.office.publish import publish
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.programme import read_programme
from kerinjing_desktop.core.store.sync import collect


def _snapshot(store):
    tables, deletions = collect(store, None, include_sensitive=True)
    return {name: sorted(str(r) for r in rows) for name, rows in tables.items()}, deletions


def test_repeated_and_overlapping_bundles_are_collected_once(tmp_path, make_store):
    bundles, data_dir = collected(tmp_path)
    store = make_store(data_dir)
    figures = publish(read_programme(store))
    assert len(figures.events) == LAPTOPS * EVENTS  # the shared event counted once
    before = _snapshot(store)
    again = write_programme(tmp_path / "usb-again", LAPTOPS, EVENTS, 20)
    for path in [*reversed(bundles), *again]:
        report = import_bundle(store, path)
        assert (report.added, report.updated, report.deleted) == (0, 0, 0), path.name
        assert report.unchanged > 0
    assert _snapshot(store) == before
    assert publish(read_programme(store)) == figures


def test_the_generator_writes_the_same_programme_every_time(tmp_path):
    first = write_programme(tmp_path / "a", 2, 1, 10)
    second = write_programme(tmp_path / "b", 2, 1, 10)
    rows = []
    for paths in (first, second):
        store = open_store(tmp_path / f"store-{len(rows)}")
        for path in paths:
            import_bundle(store, path)
        rows.append(_snapshot(store)[0])
        store.close()
    assert rows[0] == rows[1]
    assert len(rows[0]["people"]) >= 2 * 8


def test_bench_programme_reports_every_step_of_the_office(cli):
    """One laptop is enough to see every figure measured (the README has the real runs)."""
    import json

    result = cli("bench", "programme", "--laptops", "1", "--runs", "2", "--json")
    assert result.status == 0, result.err
    figures = json.loads(result.out)
    assert figures["laptops"] == 1 and figures["events"] == 10 and figures["runs"] == 2
    for key in ("collect_ms", "collect_reference_ms", "collect_again_ms", "figures_ms",
                "filter_ms", "report_ms", "datapackage_ms"):  # fmt: skip
        low, high = figures[key.replace("_ms", "_min_ms")], figures[key.replace("_ms", "_max_ms")]
        assert 0 < low <= figures[key] <= high, key
    assert figures["collect_ratio_min"] <= figures["collect_ratio"] > 0
    assert figures["peak_rss_mb"] > 0


def _events(store) -> int:
    return store.execute("SELECT count(*) FROM events").fetchone()[0]


def test_collecting_merges_each_bundle_on_its_own_after_one_backup(tmp_path, make_store):
    """A damaged file among the bundles costs only itself; one verified backup comes first;
    progress is told after every bundle."""
    from kerinjing_desktop.core.bundle_plan import collect_bundles
    from kerinjing_desktop.core.store.backup import list_backups
    from kerinjing_desktop.core.store.clock import format_stamp

    write_programme(tmp_path / "usb", 3, 1, 10)
    damaged = tmp_path / "usb" / "laptop-000.kbundle"  # sorts first
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    store = make_store("office")
    store.clock.latest()  # read once now: only the merge can move it from here
    told = []
    outcomes = collect_bundles(
        store, [tmp_path / "usb"], lambda done, total, c: told.append((done, total, c))
    )
    assert [c.path.name for c in outcomes][0] == damaged.name and len(outcomes) == 4
    assert outcomes[0].report is None and damaged.name in outcomes[0].refused
    assert all(c.report is not None and c.report.added > 0 for c in outcomes[1:])
    assert [(done, total) for done, total, _c in told] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [c for _d, _t, c in told] == outcomes
    assert _events(store) == 3
    assert len(list_backups(tmp_path / "office")) == 1
    newest = store.execute("SELECT max(updated_at) FROM scores").fetchone()[0]
    assert format_stamp(store.clock.latest()) >= newest  # an edit here next wins


def test_a_bundle_that_would_delete_many_rows_is_held_back_unless_yes(tmp_path, make_store):
    from kerinjing_desktop.core.bundle import export_bundle
    from kerinjing_desktop.core.bundle_plan import collect_bundles
    from kerinjing_desktop.core.store.participants import remove_participant

    first = write_programme(tmp_path / "usb", 1, 1, 30)[0]
    laptop = make_store("laptop")
    office = make_store("office")
    for store in (laptop, office):
        collect_bundles(store, [first])
    ids = [r[0] for r in laptop.execute("SELECT id FROM registrations").fetchall()]
    for registration_id in ids[:12]:
        remove_participant(laptop, registration_id)
    export_bundle(laptop, tmp_path / "later.kbundle")
    count = "SELECT count(*) FROM registrations"
    before = office.execute(count).fetchone()[0]
    (held,) = collect_bundles(office, [tmp_path / "later.kbundle"])
    assert held.report is None and "12" in held.refused, held.refused
    assert office.execute(count).fetchone()[0] == before
    (merged,) = collect_bundles(office, [tmp_path / "later.kbundle"], yes=True)
    assert merged.report is not None and merged.report.deleted_rows["registrations"] == 12
    assert office.execute(count).fetchone()[0] == before - 12


def test_collecting_stops_between_bundles_when_cancelled_and_goes_on_later(tmp_path, make_store):
    from kerinjing_desktop.core.bundle_plan import collect_bundles

    write_programme(tmp_path / "usb", 3, 1, 10)
    store = make_store("office")
    done: list = []
    outcomes = collect_bundles(
        store, [tmp_path / "usb"], lambda *told: done.append(told), lambda: len(done) >= 1
    )
    assert len(outcomes) == 1 and _events(store) == 1
    again = collect_bundles(store, [tmp_path / "usb"])
    assert [c.report.added > 0 for c in again] == [False, True, True]
    assert _events(store) == 3
