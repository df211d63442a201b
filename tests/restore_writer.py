"""A restoring process for the restore crash harness: restores two stores in turn, as the
CLI does, and says when each restore has returned.

Run by tests/test_crash_restore.py, which kills it with SIGKILL at random moments:
    python tests/restore_writer.py DATA_DIR SOURCE_A SOURCE_B SEED
Lines on stdout (each flushed):
    READY                 started; kills may come from now on
    BEGIN <name>          a restore of source <name> ("a" or "b") is about to start
    RESTORED <name>       it returned and the store opened: the store is <name> from now on

Every fsync here takes 30 ms more, as on a slow SD card: most of a restore's time is then
spent in its swap, where the kills must land to prove it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import time  # noqa: E402

from kerinjing_desktop.core.store import dirlock, open_store, swap  # noqa: E402
from kerinjing_desktop.core.store.restore import restore_backup  # noqa: E402

SLOW_FSYNC_SECONDS = 0.03


def _slowed(function):
    def slow(*args):
        time.sleep(SLOW_FSYNC_SECONDS)
        return function(*args)

    return slow


swap._fsync_dir = _slowed(swap._fsync_dir)
swap._fsync_file = _slowed(swap._fsync_file)


def say(*parts: str) -> None:
    sys.stdout.write(" ".join(parts) + "\n")
    sys.stdout.flush()


def main(data_dir: str, source_a: str, source_b: str, seed: int) -> None:
    rng = random.Random(seed)
    sources = {"a": Path(source_a), "b": Path(source_b)}
    say("READY")
    while True:
        name = rng.choice("ab")
        say("BEGIN", name)
        with dirlock.acquire(Path(data_dir), "restore", wait=30):
            restore_backup(Path(data_dir), sources[name])
            open_store(data_dir, owner="restore").close()
        say("RESTORED", name)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
