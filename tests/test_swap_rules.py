"""What the next open does with what a restore left when it was killed: each state of the
folder built by hand (no process killed, so each test takes a moment), then `finish_pending`
run on it; what it says it did, which file ends up as the store, what is kept aside and
under which name, and when the folder is synced."""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import open_store, swap
from kerinjing_desktop.core.store.events import add_event, list_events

STAMPED = r"\d{8}-\d{6}-\d{6}"  # year month day - hours minutes seconds - microseconds


def _store(folder, title):
    store = open_store(folder)
    add_event(store, title, "Kerinjing", "2021-09-21")
    store.close()
    (folder / "kerinjing.lock").unlink(missing_ok=True)
    return folder / DB_NAME


def _titles(path):
    folder = path.parent / "read"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(path, folder / DB_NAME)
    store = open_store(folder)
    try:
        return [s.event.title for s in list_events(store)]
    finally:
        store.close()


@pytest.fixture
def folder(tmp_path):
    """A data folder holding the store ("Sekarang"), a -wal beside it, and a checked copy
    ("Dari cadangan") under the name a restore gives it before the swap."""
    data = tmp_path / "data"
    _store(data, "Sekarang")
    copy = _store(tmp_path / "copy", "Dari cadangan")
    shutil.copy(copy, data / swap.CANDIDATE)
    (data / (DB_NAME + "-wal")).write_bytes(b"")
    return data


def test_a_folder_with_nothing_left_by_a_restore_is_left_alone(tmp_path):
    data = tmp_path / "data"
    _store(data, "Sekarang")
    before = sorted(os.listdir(data))
    assert swap.pending(data) is False
    assert swap.finish_pending(data) is None
    assert sorted(os.listdir(data)) == before and swap.leftovers(data) == []


def test_a_half_written_copy_and_scratch_copies_are_dropped(tmp_path):
    data = tmp_path / "data"
    _store(data, "Sekarang")
    for suffix in ("", *swap.COMPANIONS):
        (data / (swap.PARTIAL + suffix)).write_bytes(b"half")
    (data / ".restore-1234").mkdir()
    (data / ".restore-1234" / "copy.db").write_bytes(b"scratch")
    assert swap.pending(data) is True
    assert swap.finish_pending(data) == "dropped a half-written copy"
    assert sorted(os.listdir(data)) == [DB_NAME]
    assert swap.pending(data) is False


def test_a_journal_finishes_the_swap_into_the_name_it_gives(folder):
    aside = f"{DB_NAME}.{swap.ASIDE_LABEL}-20261205-090000-000001"
    (folder / swap.JOURNAL).write_text(json.dumps({"aside": aside}))
    assert swap.pending(folder) is True
    assert swap.finish_pending(folder) == "finished an interrupted restore"
    assert _titles(folder / DB_NAME) == ["Dari cadangan"]
    assert _titles(folder / aside) == ["Sekarang"]
    assert (folder / (aside + "-wal")).exists()  # the store's companion went with it
    assert not (folder / swap.JOURNAL).exists() and not (folder / swap.CANDIDATE).exists()
    assert swap.leftovers(folder) == [folder / aside]


@pytest.mark.parametrize(
    "journal",
    [
        "not json",
        json.dumps({"other": "x"}),
        json.dumps(["aside"]),
        json.dumps({"aside": "/etc/x"}),
    ],
    ids=["unreadable", "no-aside", "not-an-object", "another-name"],
)
def test_a_journal_without_a_usable_name_still_finishes_under_a_stamped_one(folder, journal):
    (folder / swap.JOURNAL).write_text(journal)
    assert swap.finish_pending(folder) == "finished an interrupted restore"
    assert _titles(folder / DB_NAME) == ["Dari cadangan"]
    [kept] = swap.leftovers(folder)
    assert re.fullmatch(rf"{re.escape(DB_NAME)}\.before-restore-{STAMPED}", kept.name)
    assert _titles(kept) == ["Sekarang"]


def test_a_journal_after_the_copy_went_in_is_only_removed(folder):
    aside = f"{DB_NAME}.{swap.ASIDE_LABEL}-20261205-090000-000001"
    os.replace(folder / DB_NAME, folder / aside)
    os.replace(folder / swap.CANDIDATE, folder / DB_NAME)
    (folder / swap.JOURNAL).write_text(json.dumps({"aside": aside}))
    assert swap.finish_pending(folder) == "finished an interrupted restore"
    assert _titles(folder / DB_NAME) == ["Dari cadangan"]
    assert _titles(folder / aside) == ["Sekarang"] and not (folder / swap.JOURNAL).exists()


def test_a_copy_without_a_journal_is_kept_aside_unused_while_a_store_is_there(folder):
    assert swap.finish_pending(folder) == "kept an unused restore copy aside"
    assert _titles(folder / DB_NAME) == ["Sekarang"]
    [unused] = swap.leftovers(folder)
    assert re.fullmatch(rf"{re.escape(DB_NAME)}\.unused-restore-{STAMPED}", unused.name)
    assert _titles(unused) == ["Dari cadangan"]


def test_a_checked_copy_with_no_store_beside_it_becomes_the_store(folder):
    os.remove(folder / DB_NAME)
    os.remove(folder / (DB_NAME + "-wal"))
    assert swap.finish_pending(folder) == "finished an interrupted restore"
    assert _titles(folder / DB_NAME) == ["Dari cadangan"] and swap.leftovers(folder) == []


def test_a_damaged_copy_with_no_store_beside_it_is_kept_aside(folder):
    os.remove(folder / DB_NAME)
    (folder / swap.CANDIDATE).write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert swap.finish_pending(folder) == "kept an unused restore copy aside"
    assert not (folder / DB_NAME).exists()
    [unused] = swap.leftovers(folder)
    assert unused.name.startswith(f"{DB_NAME}.unused-restore-")


def test_the_folder_is_synced_after_each_rename_of_the_swap(folder, monkeypatch):
    """The old store aside, synced; the copy in, synced; the journal gone, synced: after a
    power cut the folder holds one of these three states, never a mix."""
    aside = f"{DB_NAME}.{swap.ASIDE_LABEL}-20261205-090000-000001"
    (folder / swap.JOURNAL).write_text(json.dumps({"aside": aside}))
    seen = []
    monkeypatch.setattr(swap, "fsync_dir", lambda path: seen.append(sorted(os.listdir(path))))
    swap.finish_pending(folder)
    journal, candidate = swap.JOURNAL, swap.CANDIDATE
    assert seen == [
        sorted([aside, aside + "-wal", candidate, journal]),
        sorted([aside, aside + "-wal", DB_NAME, journal]),
        sorted([aside, aside + "-wal", DB_NAME]),
    ]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names a descriptor by /proc")
def test_a_file_is_synced_through_its_own_descriptor(tmp_path, monkeypatch):
    path = tmp_path / "copy"
    path.write_bytes(b"data")
    synced = []
    monkeypatch.setattr(
        swap.os, "fsync", lambda fd: synced.append(os.readlink(f"/proc/self/fd/{fd}"))
    )
    swap._fsync_file(path)
    assert synced == [str(path)]


def test_scratch_copies_that_cannot_be_removed_never_stop_the_store_from_opening(tmp_path):
    """Clearing a killed restore's scratch copies is best effort: a file where a scratch
    folder was expected is left, and nothing is reported as done."""
    data = tmp_path / "data"
    _store(data, "Sekarang")
    (data / ".restore-notes").write_text("not a folder")
    assert swap.finish_pending(data) is None
    assert (data / ".restore-notes").exists()


def test_the_folder_is_synced_after_a_copy_is_put_in_or_aside(folder, monkeypatch):
    """Without a journal: the unused copy renamed aside, then the folder synced; a checked copy
    with no store beside it renamed in, then synced."""
    seen = []
    monkeypatch.setattr(swap, "fsync_dir", lambda path: seen.append(sorted(os.listdir(path))))
    swap.finish_pending(folder)
    [unused] = swap.leftovers(folder)
    assert seen == [sorted([DB_NAME, DB_NAME + "-wal", unused.name])]
    seen.clear()
    os.replace(unused, folder / swap.CANDIDATE)
    os.remove(folder / DB_NAME)
    os.remove(folder / (DB_NAME + "-wal"))
    swap.finish_pending(folder)
    assert seen == [[DB_NAME]]


def test_leftovers_name_the_journal_the_copy_and_a_half_written_copy(folder):
    """What `doctor` names while a restore's files wait for the next open, by name."""
    (folder / swap.JOURNAL).write_text("{}")
    (folder / swap.PARTIAL).write_bytes(b"half")
    assert swap.leftovers(folder) == sorted(
        [folder / swap.JOURNAL, folder / swap.CANDIDATE, folder / swap.PARTIAL],
        key=lambda path: path.name,
    )
