"""An importing process for the bundle import crash harness: runs `bundle import FOLDER` as
the command line does and says when it has started and returned.

Run by tests/test_bundle_import_cli.py, which kills it with SIGKILL at random moments:
    python tests/import_writer.py DATA_DIR FOLDER
Lines on stdout (each flushed):
    READY     the command's modules are loaded; kills may come from now on
    IMPORTED  the command returned (its status after the word)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.cli import main  # noqa: E402


def run(data_dir: Path, folder: Path) -> None:
    # What the import would load on first use, loaded now: the kills aim at the work itself.
    import cryptography.hazmat.primitives.asymmetric.ed25519  # noqa: F401

    import kerinjing_desktop.cli.bundle_import  # noqa: F401
    import kerinjing_desktop.core.bundle_plan  # noqa: F401
    import kerinjing_desktop.core.store.backup  # noqa: F401

    print("READY", flush=True)
    status = main(["--data-dir", str(data_dir), "bundle", "import", str(folder)])
    print(f"IMPORTED {status}", flush=True)


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]))
