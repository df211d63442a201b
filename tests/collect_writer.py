"""A collecting process for the collection crash harness: collects a folder of bundles as
the window's Collect does, two bundles per transaction, and says what it told.

Run by tests/test_crash_collect.py, which kills it with SIGKILL at random moments:
    python tests/collect_writer.py DATA_DIR FOLDER
Lines on stdout (each flushed):
    READY     the store is open; kills may come from now on
    TOLD N    progress was told of the Nth bundle
    DONE      collect_bundles returned: every bundle is in the store from now on
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.core.bundle_plan import collect_bundles  # noqa: E402
from kerinjing_desktop.core.store import collect_batch, open_store  # noqa: E402

BUNDLES = 2  # per transaction: a kill finds batches committed and a batch open


def main(data_dir: Path, folder: Path) -> None:
    collect_batch.BUNDLES = BUNDLES
    store = open_store(data_dir)
    # What collecting would load on first use, loaded now: the kills aim at the work itself.
    import kerinjing_desktop.core.store.backup  # noqa: F401
    from kerinjing_desktop.core.store.bundle_check import _columns

    _columns()
    print("READY", flush=True)
    collect_bundles(store, [folder], lambda done, _total, _c: print(f"TOLD {done}", flush=True))
    store.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
