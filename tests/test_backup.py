"""Backups are verified copies made through SQLite's backup API, kept by the rolling rule,
listed and restored by the CLI, and a bad file is refused by restore."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest

from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.backup import (
    BackupError,
    backup_dir,
    list_backups,
    make_backup,
    maybe_backup,
    prune,
    verify_file,
)
from kerinjing_desktop.core.store.events import add_event, list_events
from kerinjing_desktop.core.store.restore import restore_backup


def _store_with_event(data_dir, title="Sosialisasi TPPO"):
    store = open_store(data_dir)
    add_event(store, title, "Kerinjing", "2021-09-21")
    return store


def test_backup_is_a_verified_private_copy(tmp_path):
    store = _store_with_event(tmp_path)
    info = make_backup(store, tmp_path)
    store.close()
    assert verify_file(info.path) is None
    assert list_backups(tmp_path)[0].path == info.path
    if os.name == "posix":
        assert stat.S_IMODE(backup_dir(tmp_path).stat().st_mode) == 0o700
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert not list(backup_dir(tmp_path).glob("*.partial"))


def test_prune_keeps_last_ten_and_one_a_day_for_thirty_days(tmp_path):
    folder = backup_dir(tmp_path)
    folder.mkdir(parents=True)
    today = dt.date(2024, 5, 31)
    for day in range(40):  # three backups a day for 40 days
        for hour in (8, 12, 16):
            when = dt.datetime(2024, 5, 31, hour) - dt.timedelta(days=day)
            name = f"kerinjing-{when.strftime('%Y%m%d-%H%M%S-%f')}.db"
            (folder / name).write_bytes(b"x")
    prune(tmp_path, today=today)
    kept = list_backups(tmp_path)
    days = {info.taken_at.date() for info in kept}
    assert len(days) == 30 and min(days) == dt.date(2024, 5, 2)
    # the newest 10 (3 + 3 + 3 + 1 from four days) plus the newest of days 5 to 30
    assert len(kept) == 10 + 26
    assert all(info.taken_at.hour == 16 for info in kept[10:])


def test_maybe_backup_waits_for_edits_and_the_interval(tmp_path, make_store):
    store = _store_with_event(tmp_path)
    assert maybe_backup(store, tmp_path, interval=0) is None  # first call starts the clock
    assert maybe_backup(store, tmp_path, interval=0) is None  # no edits since
    add_event(store, "Kedua", "Kerinjing", "2021-10-01")
    assert maybe_backup(store, tmp_path, interval=3600) is None  # too soon
    made = maybe_backup(store, tmp_path, interval=0)
    store.close()
    # the backup made is listed, whole, and holds the edit that called for it
    assert made is not None and [b.path for b in list_backups(tmp_path)] == [made.path]
    assert verify_file(made.path) is None
    copy = make_store("copy")
    copy.close()
    restore_backup(tmp_path / "copy", made.path)
    copy = make_store("copy")
    assert sorted(e.event.title for e in list_events(copy)) == ["Kedua", "Sosialisasi TPPO"]


def test_cli_backup_list_and_restore(cli, make_store):
    store = _store_with_event(cli.data_dir)
    store.close()
    made = cli("backup")
    assert made.status == 0, made.err
    listed = cli("backup", "list", "--json")
    assert listed.status == 0 and made.out.strip() in listed.out
    store = make_store(cli.data_dir)
    add_event(store, "Later", "Kerinjing", "2022-01-01")
    store.close()
    restored = cli("restore", made.out.strip())
    assert restored.status == 0, restored.err
    store = make_store(cli.data_dir)
    assert [s.event.title for s in list_events(store)] == ["Sosialisasi TPPO"]
    store.close()
    kept = list(cli.data_dir.glob("kerinjing.db.before-restore-*"))
    assert len([p for p in kept if not p.name.endswith(("-wal", "-shm"))]) == 1


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x07" * 600]
)
def test_restore_refuses_a_bad_file_and_keeps_the_store(cli, tmp_path, content, make_store):
    store = _store_with_event(cli.data_dir)
    store.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    result = cli("restore", str(bad))
    assert result.status == 2 and "Traceback" not in result.err and result.err.strip()
    with pytest.raises(BackupError):
        restore_backup(cli.data_dir, bad)
    store = make_store(cli.data_dir)
    assert len(list_events(store)) == 1


def test_backup_list_when_empty(cli):
    cli.data_dir.mkdir()  # a new, empty data folder (one that does not exist is refused)
    result = cli("backup", "list")
    assert result.status == 0 and result.out.strip()
