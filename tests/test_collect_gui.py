"""Collect from the window: a folder of bundles taken in off the GUI thread, a step of the bar
and a line per bundle (what it added, or why it was refused), the pages read again after;
stopping between bundles keeps what was merged and says how to go on."""

from __future__ import annotations

import functools

import pytest

from kerinjing_desktop.core.office.sample import write_programme
from kerinjing_desktop.core.store.backup import list_backups
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.pages import collect_dialog, programme_page
from kerinjing_desktop.gui.session import Session

LAPTOPS = 3


@pytest.fixture
def office(qtbot, tmp_path, monkeypatch, make_store):
    usb = tmp_path / "usb"
    write_programme(usb, LAPTOPS, 1, 10)
    (usb / "laptop-009.kbundle").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    (usb / "laptop-010.kbundle").mkdir()  # a folder named like a bundle: not offered as one
    data_dir = tmp_path / "office"
    store = make_store(data_dir)
    window = MainWindow(Session(store, data_dir, "id"))
    qtbot.addWidget(window)
    window.show()
    window.show_step("programme")
    monkeypatch.setattr(programme_page.QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    yield window.page("programme"), store, data_dir


def _lines(dialog) -> list[str]:
    return [dialog.lines.item(row).text() for row in range(dialog.lines.count())]


def test_a_folder_is_collected_bundle_by_bundle_and_the_pages_read_it(qtbot, office):
    page, store, data_dir = office
    assert page.events.rowCount() == 0
    page.collect_folder.click()
    dialog = page.collector
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    lines = _lines(dialog)
    assert len(lines) == LAPTOPS + 1
    assert all(line.startswith(f"laptop-00{n}.kbundle: ") and " ditambah" in line
               for n, line in zip((1, 2, 3), lines, strict=False))  # fmt: skip
    assert "laptop-009.kbundle ditolak" in lines[-1] and "rusak" in lines[-1]
    assert (dialog.bar.value(), dialog.bar.maximum()) == (LAPTOPS + 1, LAPTOPS + 1)
    assert dialog.status.text() == "3 bundel digabung, 1 tidak digabung."
    assert page.events.rowCount() == LAPTOPS  # the page read the store again
    assert len(list_backups(data_dir)) == 1
    dialog.accept()
    assert not dialog.isVisible()


def test_stopping_between_bundles_keeps_what_was_merged(qtbot, office, monkeypatch):
    page, store, _data_dir = office
    real = collect_dialog.collect_bundles

    @functools.wraps(real)  # the window broadcasts what the real one changes
    def stop_after_the_first(store, names, progress, cancelled):
        def told(done, total, collected):
            page.collector._run.cancelled.set()  # as the Stop button does, mid-collection
            progress(done, total, collected)

        return real(store, names, told, cancelled)

    monkeypatch.setattr(collect_dialog, "collect_bundles", stop_after_the_first)
    page.collect_folder.click()
    dialog = page.collector
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    assert len(_lines(dialog)) == 1
    assert dialog.status.text().startswith("Dihentikan: bundel yang sudah digabung tetap")
    assert page.events.rowCount() == 1
    dialog.accept()
