"""Why a bundle is refused, in the words the facilitator reads (not only that it was), and
what the window and `bundle import` say before a merge: the changes made here it would
overwrite, a bundle dated days ahead, no bundle in the folder named. Clocks are driven by
the test: each store's `clock.wall`, and the laptop's wall clock seen by the plan."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kerinjing_desktop.core import bundle_plan
from kerinjing_desktop.core.bundle import BundleError, _digest, export_bundle, import_bundle
from kerinjing_desktop.core.bundle_plan import bundle_files, plan_import
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store.events import list_events, update_event
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION
from kerinjing_desktop.core.store.sync import read_bundle_file

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _craft(path, sql: str, checksum: bool = True) -> None:
    """Change a bundle with `sql`, then (unless told not to) give it a valid checksum again,
    as anyone can: a checksum is not a signature."""
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    if checksum:
        manifest, rows, deletions = read_bundle_file(path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE manifest SET value = ? WHERE key = 'sha256'",
                     [_digest(manifest, rows, deletions)])  # fmt: skip
        conn.commit()
        conn.close()


def _first(table: str) -> str:
    return f"(SELECT id FROM rows WHERE table_name = '{table}' ORDER BY id LIMIT 1)"


def _json(table: str, change: str) -> str:
    return f"UPDATE rows SET data = {change} WHERE id = {_first(table)};"


REFUSED = {
    "not readable": (
        _json("people", "'{\"id\": '"),
        "a row of people is not readable",
    ),
    "a stamp column missing": (
        _json("people", "json_remove(data, '$.created_at')"),
        "a row of people lacks created_at",
    ),
    "a stamp that is a number": (
        _json("scores", "json_set(data, '$.updated_at', 20210921)"),
        "a row of scores has a wrong updated_at",
    ),
    "a stamp that is words": (
        _json("people", "json_set(data, '$.created_at', 'yesterday')"),
        "a row of people has a wrong created_at",
    ),
    "a number where text belongs": (
        _json("people", "json_set(data, '$.full_name', 42)"),
        "a row of people has a wrong full_name",
    ),
    "a row dated after the bundle": (
        _json("events", "json_set(data, '$.updated_at', '2199-01-01T00:00:00.000Z')"),
        "a row of events is dated after the bundle was made",
    ),
    "a row of another id": (
        _json("people", "json_set(data, '$.id', 'other')"),
        "a row of people has a wrong id",
    ),
    "an unknown table": (
        "INSERT INTO rows VALUES ('settings', 'x', '{}');",
        "it holds rows of an unknown kind (settings)",
    ),
    "a deletion dated after the bundle": (
        "INSERT INTO deletions SELECT 'people', id, '2199-01-01T00:00:00.000Z', 'x' "
        "FROM rows WHERE table_name = 'people' LIMIT 1;",
        "a deletion in it is dated after the bundle was made",
    ),
    "a deletion that is no stamp": (
        "INSERT INTO deletions SELECT 'people', id, 'soon', 'x' "
        "FROM rows WHERE table_name = 'people' LIMIT 1;",
        "a deletion in it is not valid",
    ),
    "a deletion of an unknown table": (
        "INSERT INTO deletions SELECT 'settings', id, '2021-01-01T00:00:00.000Z', 'x' "
        "FROM rows WHERE table_name = 'people' LIMIT 1;",
        "a deletion in it is not valid",
    ),
    "a manifest without its clock": (
        "DELETE FROM manifest WHERE key = 'clock';",
        "its manifest is not valid",
    ),
    "another program's file": (
        "UPDATE manifest SET value = 'other-app' WHERE key = 'format';",
        "it is not a Kerinjing bundle",
    ),
    "a newer schema": (
        f"UPDATE manifest SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version';",
        "it was made by a newer Kerinjing Desktop",
    ),
    "a newer format": (
        "UPDATE manifest SET value = '3' WHERE key = 'format_version';",
        "it was made by a newer Kerinjing Desktop",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_each_refusal_says_its_reason(make_store, bundle, case):
    sql, reason = REFUSED[case]
    _craft(bundle, sql)
    store = make_store("b")
    with pytest.raises(BundleError) as caught:
        import_bundle(store, bundle)
    assert str(caught.value) == f"The bundle {bundle} was refused, nothing was merged: {reason}"
    assert list_events(store) == []


SHAPES = {
    "a manifest value that is not text": (
        "CREATE TABLE m AS SELECT * FROM manifest; DROP TABLE manifest; "
        "ALTER TABLE m RENAME TO manifest; "
        "UPDATE manifest SET value = NULL WHERE key = 'app_version';",
        "its manifest is not valid",
    ),
    "a row without its data": (
        "CREATE TABLE r AS SELECT * FROM rows; DROP TABLE rows; ALTER TABLE r RENAME TO rows; "
        f"UPDATE rows SET data = NULL WHERE id = {_first('people')};",
        "a row in it is incomplete",
    ),
    "a checksum that does not match": (
        "UPDATE manifest SET value = 'Kerinjang' WHERE key = 'app_version';",
        "its checksum does not match (changed or damaged on the way)",
    ),
}


@pytest.mark.parametrize("case", list(SHAPES))
def test_a_bundle_of_the_wrong_shape_is_refused_before_its_checksum(make_store, bundle, case):
    sql, reason = SHAPES[case]
    _craft(bundle, sql, checksum=False)
    store = make_store("b")
    with pytest.raises(BundleError) as caught:
        import_bundle(store, bundle)
    assert str(caught.value).endswith(f"nothing was merged: {reason}")


def test_a_missing_file_and_an_empty_folder_are_said_so(tmp_path, make_store, bundle):
    store = make_store("b")
    gone = tmp_path / "gone.kbundle"
    with pytest.raises(BundleError) as caught:
        import_bundle(store, gone)
    assert str(caught.value) == (
        f"The bundle {gone} was refused, nothing was merged: the file does not exist"
    )
    empty = tmp_path / "stick"
    empty.mkdir()
    (empty / "notes.txt").write_text("bukan bundel", encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        plan_import(store, [empty])
    assert str(caught.value) == f"No bundle (*.kbundle) found in {empty}."


def test_folders_give_their_bundles_in_order_and_each_file_once(tmp_path, bundle, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("b.kbundle", "a.kbundle", "c.txt"):
        (stick / name).write_bytes(bundle.read_bytes())
    monkeypatch.chdir(tmp_path)
    found = bundle_files([stick, stick / "a.kbundle", bundle, Path(bundle.name)])
    assert found == [stick / "a.kbundle", stick / "b.kbundle", bundle]


def test_a_store_in_memory_merges_without_a_backup(tmp_path, bundle, make_store):
    store = make_store(None)
    report = import_bundle(store, bundle)
    assert report.added > 0 and len(list_events(store)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "demo.kbundle"]


@pytest.fixture
def two_laptops(tmp_path, make_store):
    """Laptop A and B with the demo event, their clocks (and A's wall clock) driven from T0."""
    t0 = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=10)
    a = make_store("a")
    a.clock.wall = lambda: t0
    event_id = create_demo_event(a)
    export_bundle(a, tmp_path / "first.kbundle", include_sensitive=True)
    b = make_store("b")
    b.clock.wall = lambda: t0
    import_bundle(b, tmp_path / "first.kbundle")
    yield a, b, event_id, t0


def test_the_plan_says_which_changes_made_here_it_would_overwrite(tmp_path, two_laptops):
    a, b, event_id, t0 = two_laptops
    a.clock.wall = lambda: t0 + dt.timedelta(minutes=1)
    update_event(a, event_id, village="Desa A")
    b.clock.wall = lambda: t0 + dt.timedelta(minutes=2)
    update_event(b, event_id, village="Desa B")  # later: it wins on A too
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    plan = plan_import(a, [tmp_path / "b.kbundle"])
    assert plan.report.replaced_here == 1 and plan.ahead is None
    assert plan.describe() == [
        "Bundles: 1; rows to add: 0, to update: 1.",
        "It would overwrite 1 change made on this laptop.",
    ]
    assert not plan.needs_confirmation  # one change: said, not asked
    assert list_events(a)[0].event.village == "Desa A"  # a plan changes nothing


def test_a_bundle_dated_days_ahead_is_said_and_asked_about(tmp_path, two_laptops, monkeypatch):
    a, b, event_id, t0 = two_laptops
    b.clock.wall = lambda: t0 + dt.timedelta(days=3, hours=1)  # B's battery-less clock
    update_event(b, event_id, village="Desa B")
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    monkeypatch.setattr(bundle_plan, "wall_clock", lambda: t0)
    plan = plan_import(a, [tmp_path / "b.kbundle"])
    assert plan.ahead is not None and plan.ahead.days == 3
    assert plan.describe()[-1] == (
        "A bundle is dated 3 days ahead of this laptop's clock and data: "
        "check the date on both laptops."
    )
    assert plan.needs_confirmation
    # a day or less ahead is a clock set a little fast: not worth asking
    b.clock.wall = lambda: t0 + dt.timedelta(days=3, hours=2)
    monkeypatch.setattr(bundle_plan, "wall_clock", lambda: t0 + dt.timedelta(days=3))
    assert plan_import(a, [tmp_path / "b.kbundle"]).ahead is None


def test_a_bundle_of_format_1_has_no_clock_and_is_never_ahead(make_store, bundle, monkeypatch):
    _craft(bundle, "UPDATE manifest SET value = '1' WHERE key = 'format_version'; "
                   "DELETE FROM manifest WHERE key = 'clock';")  # fmt: skip
    store = make_store("b")
    monkeypatch.setattr(bundle_plan, "wall_clock", lambda: dt.datetime(2001, 1, 1, tzinfo=dt.UTC))
    plan = plan_import(store, [bundle])
    assert plan.ahead is None and plan.report.added > 0
