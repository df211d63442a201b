"""Who holds the data folder, said so that a facilitator knows what to close: the window, a
named command, or an unnamed program; a refusal says to use the window or to wait, and
`holder` tells a free folder from a held one. The other program is played by a second open
of the lock file in this process (POSIX locks belong to the open file, not the process)."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from types import SimpleNamespace

import pytest

from kerinjing_desktop.core.store import dirlock
from kerinjing_desktop.core.store.dirlock import DataDirBusy, Holder

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="plays the other program with flock"),
    pytest.mark.usefixtures("english"),  # messages compared in English
]

SINCE = "2026-12-05T08:30:00Z"


def _said(program: str, pid: int = 4242) -> bytes:
    return json.dumps({"program": program, "pid": pid, "since": SINCE}).encode() + b"\n"


def _local(stamp: str) -> str:
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")


def test_each_kind_of_holder_is_named_in_words():
    at = _local(SINCE)
    assert Holder("window", 7, SINCE).describe() == (
        f"the Kerinjing Desktop window (process 7, since {at})"
    )
    assert Holder("scores set", 8, SINCE).describe() == (
        f"the command `kerinjing-desktop scores set` (process 8, since {at})"
    )
    assert Holder("", 9, SINCE).describe() == (
        f"another Kerinjing Desktop program (process 9, since {at})"
    )
    assert Holder("window", 7, "yesterday").describe().endswith("(process 7, since ?)")


def test_a_command_holding_the_folder_is_named_and_the_advice_is_to_wait(tmp_path, other_program):
    other_program(_said("bundle import"))
    with pytest.raises(DataDirBusy) as caught:
        dirlock.acquire(tmp_path, "scores set")
    message = str(caught.value)
    assert message.startswith(f"The data in {tmp_path} is in use by the command ")
    assert "`kerinjing-desktop bundle import` (process 4242" in message
    assert message.endswith("Nothing was changed. Wait until it has finished, then try again.")
    assert caught.value.holder == Holder("bundle import", 4242, SINCE)
    assert dirlock.holder(tmp_path) == Holder("bundle import", 4242, SINCE)
    assert not dirlock.holds(tmp_path)


@pytest.fixture
def pauses(monkeypatch):
    """The pauses `acquire` takes while it waits, recorded instead of slept; `then` runs at
    each pause (the other program finishing, say)."""
    taken: list[float] = []
    then: list = []

    def pause(seconds: float) -> None:
        taken.append(seconds)
        for action in then:
            action()

    monkeypatch.setattr(dirlock, "time", SimpleNamespace(monotonic=time.monotonic, sleep=pause))
    return SimpleNamespace(taken=taken, then=then)


def test_the_window_is_not_waited_for_and_the_advice_is_to_use_it(tmp_path, other_program, pauses):
    other_program(_said("window"))
    with pytest.raises(DataDirBusy) as caught:
        dirlock.acquire(tmp_path, "restore", wait=60)  # no waiting: it holds the data for hours
    assert pauses.taken == []
    assert str(caught.value).endswith("Use that window, or close it and try again.")


def test_a_command_is_waited_for_and_the_folder_taken_once_it_ends(tmp_path, other_program, pauses):
    other_program(_said("scores set"))
    pauses.then.append(other_program.end)
    with dirlock.acquire(tmp_path, "bundle import", wait=60):
        assert len(pauses.taken) == 1
        assert dirlock.read_holder(tmp_path).program == "bundle import"


def test_a_holder_that_said_nothing_readable_is_still_a_holder(tmp_path, other_program):
    other_program(b"\x00\x01 not json")
    assert dirlock.read_holder(tmp_path) is None
    assert dirlock.holder(tmp_path) == Holder("", 0, "")
    with pytest.raises(DataDirBusy) as caught:
        dirlock.acquire(tmp_path, "restore")
    assert caught.value.holder is None
    assert "in use by another Kerinjing Desktop program. Nothing was changed. Wait" in str(
        caught.value
    )


def test_a_free_folder_has_no_holder_whether_or_not_a_lock_file_is_left(tmp_path):
    assert dirlock.holder(tmp_path) is None  # never locked: no lock file at all
    assert not (tmp_path / dirlock.LOCK_NAME).exists()  # and asking wrote none
    with dirlock.acquire(tmp_path, "scores set"):
        assert dirlock.holder(tmp_path) == Holder("scores set", os.getpid(), "")
    assert (tmp_path / dirlock.LOCK_NAME).exists()  # left behind by the command that ended
    assert dirlock.holder(tmp_path) is None


def test_holds_are_counted_and_a_second_release_gives_up_nothing(tmp_path, other_program):
    first = dirlock.acquire(tmp_path, "window")
    second = dirlock.acquire(tmp_path, "restore")  # the window's own restore shares its hold
    second.release()
    second.release()  # twice: must not give up the window's hold
    assert dirlock.holds(tmp_path)
    with pytest.raises(BlockingIOError):
        other_program(b"")  # still locked against every other program
    first.release()
    assert not dirlock.holds(tmp_path)
    first.release()  # after the last: nothing left to release, no error
    other_program(_said("scores set"))  # and the folder is free for others
    dirlock.DirLock(tmp_path).release()  # a hold never taken gives up nothing
    assert dirlock.holder(tmp_path) == Holder("scores set", 4242, SINCE)
