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


def test_repeated_and_overlapping_bundles_are_collected_once(tmp_path):
    bundles, data_dir = collected(tmp_path)
    store = open_store(data_dir)
    try:
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
    finally:
        store.close()


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

    result = cli("bench", "programme", "--laptops", "1", "--json")
    assert result.status == 0, result.err
    figures = json.loads(result.out)
    assert figures["laptops"] == 1 and figures["events"] == 10
    for key in ("collect_ms", "collect_again_ms", "figures_ms", "filter_ms", "report_ms",
                "datapackage_ms", "peak_rss_mb"):  # fmt: skip
        assert figures[key] > 0, key
