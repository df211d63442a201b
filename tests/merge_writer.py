"""A merging process for the merge crash harness: imports one bundle as the CLI does (a
verified backup, then the merge in one transaction) and says when it has returned.

Run by tests/test_crash_merge.py, which kills it with SIGKILL at random moments:
    python tests/merge_writer.py DATA_DIR BUNDLE
Lines on stdout (each flushed):
    READY     the store is open; kills may come from now on
    MERGED    import_bundle returned: the store holds the merged data from now on
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.core.bundle import import_bundle  # noqa: E402
from kerinjing_desktop.core.store import open_store  # noqa: E402


def main(data_dir: Path, bundle: Path) -> None:
    store = open_store(data_dir)
    # What the import would load on first use, loaded now: the kills aim at the work itself.
    import cryptography.hazmat.primitives.asymmetric.ed25519  # noqa: F401

    import kerinjing_desktop.core.store.backup  # noqa: F401
    from kerinjing_desktop.core.store.bundle_check import _columns

    _columns()
    assert store.db is not None
    print("READY", flush=True)
    import_bundle(store, bundle)
    print("MERGED", flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
