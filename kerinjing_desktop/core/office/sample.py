"""Bundles of a fictional programme (core/store/sample_programme.py), one per laptop.

Used by tools/make_programme.py, the tests and `bench programme`. A laptop's store is made in a
temporary folder, filled and exported; only the bundle is kept.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kerinjing_desktop.core.bundle import export_bundle
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.sample_programme import fill_laptop


def bundle_name(laptop: int) -> str:
    return f"laptop-{laptop + 1:03d}.kbundle"


def write_programme(
    out_dir: Path, laptops: int, events_per_laptop: int = 10, people: int = 50, seed: int = 17
) -> list[Path]:
    """Write one bundle per laptop into `out_dir`; returns their paths in laptop order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for laptop in range(laptops):
        with tempfile.TemporaryDirectory(prefix="kerinjing-laptop-") as folder:
            store = open_store(Path(folder) / "data")
            try:
                fill_laptop(store, laptop, events_per_laptop, seed, people)
                path = out_dir / bundle_name(laptop)
                export_bundle(store, path)
            finally:
                store.close()
        paths.append(path)
    return paths
