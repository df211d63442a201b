"""A small collected programme for the office tests (generated, fictional)."""

from __future__ import annotations

from pathlib import Path

from kerinjing_desktop.core.bundle_plan import collect_bundles
from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store import open_store

LAPTOPS, EVENTS, PEOPLE = 5, 2, 20


def collected(folder: Path):
    """(bundles, data dir of an office store that collected them all)."""
    bundles = write_programme(folder / "usb", LAPTOPS, EVENTS, PEOPLE)
    data_dir = folder / "office"
    store = open_store(data_dir)
    try:
        assert all(c.report is not None for c in collect_bundles(store, bundles))
    finally:
        store.close()
    return bundles, data_dir


def people(data_dir: Path) -> list[dict]:
    """Every person the office holds, with their name and phone (what must never leave)."""
    from kerinjing_desktop.core.store.sync import collect

    store = open_store(data_dir)
    try:
        tables, _ = collect(store, None, include_sensitive=True)
    finally:
        store.close()
    return tables["people"]


def programme_step(qtbot, folder: Path, make_store):
    """The window on the Programme step of an office that collected the small programme."""
    from kerinjing_desktop.gui.main_window import MainWindow
    from kerinjing_desktop.gui.session import Session

    _bundles, data_dir = collected(folder)
    window = MainWindow(Session(make_store(data_dir), data_dir, "id"))
    qtbot.addWidget(window)
    window.show()
    window.show_step("programme")
    return window.page("programme")
