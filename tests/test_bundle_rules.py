"""A bundle's rules, each pinned: what its manifest says, every refusal in its own words, the
weight limit to the byte, which files count as bundles, what a plan says before a merge and
when it asks, a backup before any merge, and a failed merge that changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from kerinjing_desktop.core import bundle as bundles
from kerinjing_desktop.core import bundle_plan, i18n
from kerinjing_desktop.core.bundle import (
    MAX_BYTES,
    BundleError,
    export_bundle,
    import_bundle,
    read_bundle,
)
from kerinjing_desktop.core.bundle_plan import ASK_ABOVE, Plan, bundle_files, carry_out, plan_import
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.backup import BackupError, list_backups
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.participants import list_participants, remove_participant
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION
from kerinjing_desktop.core.store.sync import MergeReport, read_bundle_file

TODAY = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def _refusal(path) -> str:
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    prefix = f"The bundle {path} was refused, nothing was merged: "
    assert str(refused.value).startswith(prefix)
    return str(refused.value)[len(prefix) :]


def _rewrite_manifest(path, **values):
    """Change manifest values and sign the result with a valid checksum, as a crafted file
    would: only the rules after the checksum can refuse it."""
    manifest, rows, deletions = read_bundle_file(path)
    manifest.update(values)
    conn = sqlite3.connect(path)
    for key, value in values.items():
        conn.execute("UPDATE manifest SET value = ? WHERE key = ?", [value, key])
    conn.execute(
        "UPDATE manifest SET value = ? WHERE key = 'sha256'",
        [bundles._digest(manifest, rows, deletions)],
    )
    conn.commit()
    conn.close()


@pytest.fixture
def laptop_a(tmp_path):
    store = open_store(tmp_path / "a")
    store.clock.wall = lambda: TODAY
    yield store
    store.close()


def test_the_checksum_covers_the_manifest_rows_and_deletions_in_one_fixed_form():
    """The SHA-256 is taken over one line per manifest entry (but its own), row and deletion,
    each sorted, fields split by tabs: a bundle from any version checks the same."""
    manifest = {"sha256": "ignored", "rows": "1", "format": "kerinjing-bundle"}
    rows = [("people", "p2", '{"id": "p2"}'), ("events", "e1", '{"id": "e1"}')]
    deletions = [
        ["scores", "s9", "2026-12-05T09:00:00.000Z", "laptop-b"],
        ["people", "p1", "2026-12-05T08:00:00.000Z", "laptop-a"],
    ]
    canonical = (
        "m\tformat\tkerinjing-bundle\n"
        "m\trows\t1\n"
        'r\tevents\te1\t{"id": "e1"}\n'
        'r\tpeople\tp2\t{"id": "p2"}\n'
        "d\tpeople\tp1\t2026-12-05T08:00:00.000Z\tlaptop-a\n"
        "d\tscores\ts9\t2026-12-05T09:00:00.000Z\tlaptop-b\n"
    )
    assert (
        bundles._digest(manifest, rows, deletions) == hashlib.sha256(canonical.encode()).hexdigest()
    )


def test_a_deletion_changed_or_added_on_the_way_fails_the_checksum(tmp_path, laptop_a):
    event_id = create_demo_event(laptop_a)
    remove_participant(laptop_a, list_participants(laptop_a, event_id)[0].registration_id)
    good = tmp_path / "good.kbundle"
    export_bundle(laptop_a, good)
    for name, change in (
        ("later", "UPDATE deletions SET deleted_at = '2026-12-05T09:30:00.000Z'"),
        ("added", "INSERT INTO deletions SELECT table_name, 'x' || row_id, deleted_at, "
                  "device_id FROM deletions"),
    ):  # fmt: skip
        edited = tmp_path / f"{name}.kbundle"
        edited.write_bytes(good.read_bytes())
        conn = sqlite3.connect(edited)
        conn.execute(change)
        conn.commit()
        conn.close()
        assert _refusal(edited) == "its checksum does not match (changed or damaged on the way)"


def test_the_manifest_says_what_the_bundle_carries(tmp_path, laptop_a):
    event_id = create_demo_event(laptop_a)
    add_event(laptop_a, "Lain", "Desa Lain", "2022-01-01")
    whole = export_bundle(laptop_a, tmp_path / "all.kbundle")
    manifest, rows, deletions = read_bundle(tmp_path / "all.kbundle")
    assert (manifest["format"], manifest["format_version"]) == ("kerinjing-bundle", "2")
    assert manifest["schema_version"] == str(SCHEMA_VERSION)
    assert (manifest["event_id"], manifest["include_sensitive"]) == ("", "0")
    assert manifest["rows"] == str(len(rows)) == str(whole.rows)
    assert (whole.deletions, whole.checksum) == (len(deletions), manifest["sha256"])

    one = export_bundle(laptop_a, tmp_path / "one.kbundle", event_id, include_sensitive=True)
    manifest, rows, _deletions = read_bundle(tmp_path / "one.kbundle")
    assert (manifest["event_id"], manifest["include_sensitive"]) == (event_id, "1")
    assert one.rows == len(rows)
    assert [row["id"] for table, row in rows if table == "events"] == [event_id]


def test_each_refusal_says_why_in_its_own_words(tmp_path, laptop_a):
    create_demo_event(laptop_a)
    good = tmp_path / "good.kbundle"
    export_bundle(laptop_a, good)

    assert _refusal(tmp_path / "none.kbundle") == "the file does not exist"
    (tmp_path / "folder.kbundle").mkdir()
    assert _refusal(tmp_path / "folder.kbundle") == "it is a folder, not a bundle file"
    text = tmp_path / "text.kbundle"
    text.write_text("catatan, bukan bundel\n" * 20)
    assert _refusal(text) == "it is not a Kerinjing bundle"
    truncated = tmp_path / "truncated.kbundle"
    truncated.write_bytes(good.read_bytes()[:3000])
    assert _refusal(truncated).startswith("it is damaged or truncated (")

    edited = tmp_path / "edited.kbundle"
    edited.write_bytes(good.read_bytes())
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE rows SET data = replace(data, 'Kerinjing', 'Kerinjang')")
    conn.commit()
    conn.close()
    assert _refusal(edited) == "its checksum does not match (changed or damaged on the way)"
    relabelled = tmp_path / "relabelled.kbundle"  # the manifest is covered by the checksum too
    relabelled.write_bytes(good.read_bytes())
    conn = sqlite3.connect(relabelled)
    conn.execute("UPDATE manifest SET value = '1' WHERE key = 'include_sensitive'")
    conn.commit()
    conn.close()
    assert _refusal(relabelled) == "its checksum does not match (changed or damaged on the way)"

    for name, values in {
        "other-format": {"format": "other-app"},
        "newer-schema": {"schema_version": str(SCHEMA_VERSION + 1)},
        "newer-format": {"format_version": "3"},
    }.items():
        crafted = tmp_path / f"{name}.kbundle"
        crafted.write_bytes(good.read_bytes())
        _rewrite_manifest(crafted, **values)
        expected = (
            "it is not a Kerinjing bundle"
            if name == "other-format"
            else "it was made by a newer Kerinjing Desktop"
        )
        assert _refusal(crafted) == expected, name


def test_a_bundle_of_format_1_is_still_read(tmp_path, laptop_a):
    create_demo_event(laptop_a)
    old = tmp_path / "old.kbundle"
    export_bundle(laptop_a, old)
    _rewrite_manifest(old, format_version="1")
    assert read_bundle(old)[0]["format_version"] == "1"


def test_the_weight_limit_is_128_mb_to_the_byte(tmp_path):
    """One byte over is refused unopened, with both sizes in MB; at the limit the file is
    opened (and then refused for what it is: here, not a bundle)."""
    assert MAX_BYTES == 128 * 1024 * 1024
    heavy = tmp_path / "heavy.kbundle"
    with open(heavy, "wb") as handle:
        handle.write(b"SQLite format 3\x00")
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space is used
    assert _refusal(heavy) == "it is 128 MB, more than a bundle may weigh (128 MB)"
    with open(heavy, "r+b") as handle:
        handle.truncate(MAX_BYTES)
    assert "weigh" not in _refusal(heavy)


def test_a_bundle_that_cannot_be_written_says_so_and_names_it(tmp_path, laptop_a):
    out = tmp_path / "no-such-folder" / "a.kbundle"
    with pytest.raises(BundleError) as failed:
        export_bundle(laptop_a, out)
    prefix = f"The bundle {out} was not written: "
    assert str(failed.value).startswith(prefix) and len(str(failed.value)) > len(prefix)


def test_folders_give_their_kbundle_files_and_each_file_counts_once(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    for name in ("b.kbundle", "a.kbundle", "catatan.txt", "a.kbundle.partial"):
        (folder / name).write_bytes(b"x")
    (folder / "lama.kbundle").mkdir()  # a folder named like a bundle: not a bundle
    (folder / "lama.kbundle" / "d.kbundle").write_bytes(b"x")
    single = tmp_path / "c.kbundle"
    single.write_bytes(b"x")
    found = bundle_files(
        [single, folder, folder / "a.kbundle", tmp_path / ".." / tmp_path.name / "c.kbundle"]
    )
    assert found == [single, folder / "a.kbundle", folder / "b.kbundle"]
    # named itself, such a folder is searched like any other
    assert bundle_files([folder / "lama.kbundle"]) == [folder / "lama.kbundle" / "d.kbundle"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BundleError) as nothing:
        bundle_files([empty])
    assert str(nothing.value) == f"No bundle (*.kbundle) found in {empty}."


def _report(**counts) -> MergeReport:
    return MergeReport(**counts)


def test_a_plan_says_what_the_merge_would_do_in_words():
    plan = Plan(
        ["a", "b"],
        _report(
            added=5,
            updated=2,
            deleted=7,
            deleted_rows={"scores": 3, "people": 1, "questions": 2, "certificates": 1},
            replaced_here=4,
        ),
    )
    assert plan.describe() == [
        "Bundles: 2; rows to add: 5, to update: 2.",
        "It would DELETE 7 rows here (certificates 1, people 1, questions 2, scores 3), "
        "and what belongs to them.",
        "It would overwrite 4 changes made on this laptop.",
    ]
    plan = Plan(["a"], _report(added=1), ahead=dt.timedelta(days=40, hours=3))
    assert plan.describe() == [
        "Bundles: 1; rows to add: 1, to update: 0.",
        "A bundle is dated 40 days ahead of this laptop's clock and data: check the date on "
        "both laptops.",
    ]
    tables = ["certificates", "commitments", "events", "notes", "people", "photos"]
    tables += ["questions", "registrations", "scores", "signing_keys"]
    every = _report(deleted=55, deleted_rows={t: n for n, t in enumerate(tables, 1)})
    assert Plan(["a"], every).describe()[1] == (
        "It would DELETE 55 rows here (certificates 1, commitments 2, events 3, notes 4, "
        "people 5, photos 6, questions 7, participants 8, scores 9, laptop keys 10), and what "
        "belongs to them."
    )
    i18n.set_language("id")
    words = Plan(["a"], _report(deleted=2, deleted_rows={"registrations": 2})).describe()[1]
    assert "peserta 2" in words and "participants" not in words


def test_a_merge_asks_first_above_ten_losses_or_when_a_bundle_is_dated_ahead():
    assert ASK_ABOVE == 10
    asks = {
        (deleted, replaced): Plan(
            [], _report(deleted=deleted, replaced_here=replaced)
        ).needs_confirmation
        for deleted, replaced in ((0, 0), (10, 0), (11, 0), (0, 11), (6, 5), (5, 5))
    }
    assert asks == {
        (0, 0): False,
        (10, 0): False,
        (11, 0): True,
        (0, 11): True,
        (6, 5): True,
        (5, 5): False,
    }
    assert Plan([], _report(), ahead=dt.timedelta(days=2)).needs_confirmation is True


def _two_laptops_with_removals(tmp_path):
    """Laptop B holds the demo event; A and C each got it from B and each removed another
    participant. B's plan for both bundles at once."""
    b = open_store(tmp_path / "b")
    event_id = create_demo_event(b)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    for name, index in (("a", 0), ("c", 1)):
        other = open_store(tmp_path / name)
        import_bundle(other, tmp_path / "b.kbundle")
        person = list_participants(other, event_id)[index]
        remove_participant(other, person.registration_id)
        export_bundle(other, tmp_path / f"{name}.kbundle", include_sensitive=True)
        other.close()
    return b, event_id


def test_a_plan_for_many_bundles_adds_up_what_each_would_do(tmp_path):
    b, event_id = _two_laptops_with_removals(tmp_path)
    before = len(list_participants(b, event_id))
    one = [plan_import(b, [tmp_path / f"{name}.kbundle"]).report for name in "ac"]
    both = plan_import(b, [tmp_path / "a.kbundle", tmp_path / "c.kbundle"])
    assert len(both.bundles) == 2 and both.ahead is None
    for field in ("added", "updated", "deleted", "replaced_here"):
        assert getattr(both.report, field) == sum(getattr(r, field) for r in one), field
    assert both.report.deleted_rows == {
        table: one[0].deleted_rows.get(table, 0) + one[1].deleted_rows.get(table, 0)
        for table in {*one[0].deleted_rows, *one[1].deleted_rows}
    }
    assert both.report.deleted_rows.get("registrations") == 2
    assert len(list_participants(b, event_id)) == before  # a plan changes nothing
    report = carry_out(b, both)
    assert report.deleted == both.report.deleted
    assert len(list_participants(b, event_id)) == before - 2
    b.close()


def test_conflicts_of_every_bundle_are_reported(tmp_path):
    """Laptop B changed the village and a role; A later changed the village, C later the
    role. Each bundle overwrites one change made on B: both are listed when merged at once."""
    from kerinjing_desktop.core.store.events import update_event
    from kerinjing_desktop.core.store.participants import set_role

    b = open_store(tmp_path / "b")
    b.clock.wall = lambda: TODAY
    event_id = create_demo_event(b)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    person = list_participants(b, event_id)[0]
    start = b.clock.latest() + dt.timedelta(minutes=1)
    b.clock.wall = lambda: start
    update_event(b, event_id, village="Desa B")
    set_role(b, person.registration_id, "panitia")
    for name, minutes in (("a", 2), ("c", 3)):
        other = open_store(tmp_path / name)
        other.clock.wall = lambda minutes=minutes: start + dt.timedelta(minutes=minutes)
        import_bundle(other, tmp_path / "b.kbundle")
        if name == "a":
            update_event(other, event_id, village="Desa A")
        else:
            set_role(other, person.registration_id, "narasumber")
        export_bundle(other, tmp_path / f"{name}.kbundle", include_sensitive=True)
        other.close()
    names = [tmp_path / "a.kbundle", tmp_path / "c.kbundle"]
    single = [plan_import(b, [path]).report.conflicts for path in names]
    assert all(single), single
    both = plan_import(b, names).report.conflicts
    assert {*single[0], *single[1]} <= set(both)
    b.close()


def test_a_backup_is_made_before_any_merge(tmp_path, laptop_a):
    create_demo_event(laptop_a)
    export_bundle(laptop_a, tmp_path / "a.kbundle")
    store = open_store(tmp_path / "b")
    assert list_backups(tmp_path / "b") == []
    import_bundle(store, tmp_path / "a.kbundle")
    [made] = list_backups(tmp_path / "b")
    conn = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)  # taken before
    conn.close()
    store.close()
    memory = open_store(None)  # nowhere to keep a backup: the merge goes on
    import_bundle(memory, tmp_path / "a.kbundle")
    assert len(list_events(memory)) == 1
    memory.close()


def test_no_merge_without_its_backup(tmp_path, laptop_a, monkeypatch):
    from kerinjing_desktop.core.store import backup

    create_demo_event(laptop_a)
    export_bundle(laptop_a, tmp_path / "a.kbundle")
    store = open_store(tmp_path / "b")

    def full_disk(*_args):
        raise BackupError("No backup was made. The disk is full.")

    monkeypatch.setattr(backup, "make_backup", full_disk)
    with pytest.raises(BundleError) as refused:
        import_bundle(store, tmp_path / "a.kbundle")
    assert str(refused.value) == (
        "Nothing was merged: the backup before merging failed. No backup was made. "
        "The disk is full."
    )
    assert list_events(store) == []
    store.close()


def test_a_merge_failing_in_sqlite_changes_nothing_and_names_every_bundle(tmp_path, monkeypatch):
    b, event_id = _two_laptops_with_removals(tmp_path)
    real_merge = bundles.merge
    calls = []

    def fails_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real_merge(*args, **kwargs)

    names = [tmp_path / "a.kbundle", tmp_path / "c.kbundle"]
    before = len(list_participants(b, event_id))
    plan = plan_import(b, names)
    monkeypatch.setattr(bundles, "merge", fails_on_the_second)
    with pytest.raises(BundleError) as failed:
        carry_out(b, plan)
    monkeypatch.undo()
    message = str(failed.value)
    prefix = f"The bundle {names[0]}, {names[1]} was not merged, nothing changed: "
    assert message.startswith(prefix) and len(message) > len(prefix)
    assert len(list_participants(b, event_id)) == before  # the first bundle's merge rolled back
    b.close()


def test_a_bundle_dated_ahead_of_this_laptop_is_named_in_the_plan(tmp_path, monkeypatch):
    """Laptop A's clock runs 40 days ahead of B's clock and data: B is told, and asked.
    Less than a day ahead is ordinary drift: nothing is said."""
    monkeypatch.setattr(bundle_plan, "wall_clock", lambda: TODAY)
    b = open_store(tmp_path / "b")
    b.clock.wall = lambda: TODAY
    here = max(TODAY, b.clock.latest())
    for name, lead in (("a", dt.timedelta(days=40, hours=1)), ("c", dt.timedelta(hours=20))):
        other = open_store(tmp_path / name)
        other.clock.wall = lambda lead=lead: here + lead
        add_event(other, f"Acara {name}", "Desa", "2026-12-01")
        export_bundle(other, tmp_path / f"{name}.kbundle")
        other.close()
    plan = plan_import(b, [tmp_path / "a.kbundle"])
    assert plan.ahead is not None and plan.ahead.days == 40
    assert plan.needs_confirmation and "40 days ahead" in plan.describe()[-1]
    assert plan_import(b, [tmp_path / "c.kbundle"]).ahead is None
    both = plan_import(b, [tmp_path / "c.kbundle", tmp_path / "a.kbundle"])
    assert both.ahead is not None and both.ahead.days == 40  # the newest bundle counts
    b.close()


def test_after_a_merge_this_laptops_clock_is_past_everything_it_took(tmp_path, laptop_a):
    """Laptop B's clock is 40 days behind A's: after taking A's bundle, an edit typed on B is
    still stamped after A's rows, so it wins everywhere as the later change."""
    from kerinjing_desktop.core.store.events import update_event
    from kerinjing_desktop.core.store.sync import collect

    laptop_a.clock.wall = lambda: TODAY + dt.timedelta(days=40)
    event = add_event(laptop_a, "Acara", "Desa A", "2026-12-01")
    export_bundle(laptop_a, tmp_path / "a.kbundle")
    b = open_store(tmp_path / "b")
    b.clock.wall = lambda: TODAY
    add_event(b, "Acara di B", "Desa B", "2026-12-01")  # B is in use: its clock has ticked
    import_bundle(b, tmp_path / "a.kbundle")
    update_event(b, event.id, village="Desa B")
    [theirs] = collect(laptop_a, event.id, False)[0]["events"]
    [ours] = collect(b, event.id, False)[0]["events"]
    assert ours["village"] == "Desa B" and ours["updated_at"] > theirs["updated_at"]
    b.close()


def test_an_office_holds_back_a_bundle_only_above_the_limit_or_dated_ahead(tmp_path, monkeypatch):
    """Collecting: a bundle deleting exactly ASK_ABOVE rows here is merged, one more is held
    back in words; a bundle dated days ahead is held back unless `yes`; a merge failing in
    SQLite is named and the next bundle still merges."""
    from kerinjing_desktop.core.bundle_plan import collect_bundles

    b, _event_id = _two_laptops_with_removals(tmp_path)
    a_bundle = tmp_path / "a.kbundle"
    deletes = plan_import(b, [a_bundle]).report.deleted
    monkeypatch.setattr(bundle_plan, "ASK_ABOVE", deletes - 1)
    [held] = collect_bundles(b, [a_bundle])
    assert held.report is None and held.refused.startswith(
        f"The bundle {a_bundle} was held back, nothing of it was merged: it would delete "
        f"{deletes} rows here and overwrite 0 changes made here"
    )
    monkeypatch.setattr(bundle_plan, "ASK_ABOVE", deletes)
    [merged] = collect_bundles(b, [a_bundle])
    assert merged.refused == "" and merged.report.deleted == deletes

    ahead = open_store(tmp_path / "ahead")
    ahead.clock.wall = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    add_event(ahead, "Nanti", "Desa", "2021-09-21")
    export_bundle(ahead, tmp_path / "ahead.kbundle")
    ahead.close()
    [waiting] = collect_bundles(b, [tmp_path / "ahead.kbundle"])
    assert waiting.held is True and waiting.refused == (
        f"The bundle {tmp_path / 'ahead.kbundle'} was held back, nothing of it was merged: "
        "it is dated more than a day ahead of this computer's clock and data"
    )
    [taken] = collect_bundles(b, [tmp_path / "ahead.kbundle"], yes=True)
    assert taken.refused == "" and taken.report.added == 1

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(bundle_plan, "merge", full)
    [failed] = collect_bundles(b, [tmp_path / "c.kbundle"])
    assert failed.report is None and failed.refused.startswith(
        f"The bundle {tmp_path / 'c.kbundle'} was not merged, nothing changed: "
    )
    b.close()


def test_no_bundle_in_several_folders_names_them_all_and_an_unreadable_folder_says_so(
    tmp_path, monkeypatch
):
    first, second = tmp_path / "satu", tmp_path / "dua"
    first.mkdir()
    second.mkdir()
    with pytest.raises(BundleError) as nothing:
        bundle_files([first, second])
    assert str(nothing.value) == f"No bundle (*.kbundle) found in {first}, {second}."

    def refused(_self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(first), "iterdir", refused)
    with pytest.raises(BundleError) as unreadable:
        bundle_files([first])
    assert str(unreadable.value).startswith(f"Cannot read the folder {first}: ")


@pytest.mark.parametrize(
    ("lang", "counts", "words"),
    [
        ("en", (1, 1), "Wrote b.kbundle: 1 row, 1 deletion."),
        ("en", (3, 0), "Wrote b.kbundle: 3 rows, 0 deletions."),
        ("en", (0, 2), "Wrote b.kbundle: 0 rows, 2 deletions."),
        ("id", (1, 1), "b.kbundle ditulis: 1 baris, 1 penghapusan."),
        ("id", (3, 0), "b.kbundle ditulis: 3 baris, 0 penghapusan."),
    ],
)
def test_an_export_is_described_in_counted_words(lang, counts, words):
    """What the CLI and the Backups page say after an export: one row, two rows."""
    i18n.set_language(lang)
    summary = bundles.ExportSummary(*counts, checksum="ab" * 32)
    assert summary.describe("b.kbundle") == words
    with pytest.raises(dataclasses.FrozenInstanceError):  # a summary is a value
        summary.rows = 4  # type: ignore[misc]


def test_a_bundle_one_day_ahead_is_said_in_the_singular():
    plan = Plan(["a"], _report(added=1), ahead=dt.timedelta(days=1, hours=5))
    assert plan.describe()[-1] == (
        "A bundle is dated 1 day ahead of this laptop's clock and data: check the date on both "
        "laptops."
    )


def test_a_bundle_exactly_one_day_ahead_is_ordinary_drift(store, monkeypatch):
    """Ahead means more than BEHIND_AFTER (one day) past this laptop's clock and data: one
    day exactly is not, one millisecond more is."""
    from kerinjing_desktop.core.bundle import Bundle
    from kerinjing_desktop.core.store.clock import format_stamp

    monkeypatch.setattr(bundle_plan, "wall_clock", lambda: TODAY + dt.timedelta(days=30))
    assert store.clock.latest() < TODAY + dt.timedelta(days=30)

    def dated(lead):
        stamp = format_stamp(TODAY + dt.timedelta(days=30) + lead)
        return [Bundle(Path("x.kbundle"), {"clock": stamp}, [], [])]

    assert bundle_plan._ahead(store, dated(dt.timedelta(days=1))) is None
    just = dt.timedelta(days=1, milliseconds=1)
    assert bundle_plan._ahead(store, dated(just)) == just
    assert bundle_plan._ahead(store, dated(dt.timedelta(days=1)) + dated(just)) == just


def test_an_office_holds_back_a_bundle_whose_deletions_and_overwrites_together_pass_the_limit(
    tmp_path, monkeypatch
):
    """The limit counts rows deleted here plus changes made here and overwritten: a bundle
    deleting exactly ASK_ABOVE rows and overwriting one change is held back; the collection
    says which held it and a merged bundle is not held."""
    from kerinjing_desktop.core.bundle_plan import collect_bundles
    from kerinjing_desktop.core.store.events import update_event

    b = open_store(tmp_path / "b")
    event_id = create_demo_event(b)
    export_bundle(b, tmp_path / "b.kbundle", include_sensitive=True)
    a = open_store(tmp_path / "a")
    import_bundle(a, tmp_path / "b.kbundle")
    update_event(b, event_id, village="Desa B")  # changed here first ...
    remove_participant(a, list_participants(a, event_id)[0].registration_id)
    update_event(a, event_id, village="Desa A")  # ... then on A, later
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    a.close()
    report = plan_import(b, [tmp_path / "a.kbundle"]).report
    assert report.deleted >= 1 and report.replaced_here == 1
    monkeypatch.setattr(bundle_plan, "ASK_ABOVE", report.deleted)
    [held] = collect_bundles(b, [tmp_path / "a.kbundle"])
    assert (held.report, held.held) == (None, True)
    assert held.refused == (
        f"The bundle {tmp_path / 'a.kbundle'} was held back, nothing of it was merged: it "
        f"would delete {report.deleted} rows here and overwrite 1 changes made here; import "
        "it on its own to see what and decide"
    )
    monkeypatch.setattr(bundle_plan, "ASK_ABOVE", report.deleted + 1)
    [merged] = collect_bundles(b, [tmp_path / "a.kbundle"])
    assert (merged.refused, merged.held, merged.report.deleted) == ("", False, report.deleted)
    b.close()
