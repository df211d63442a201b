"""The Programme step makes the Laporan Program for the filters chosen on it and the data
package of the whole programme, by the commands' functions, off the GUI thread; a failure is
said in words, nothing half written."""

from __future__ import annotations

import errno
import json
import sqlite3

import pytest
from office_support import programme_step
from pdf_tools import info, needs_poppler, text

from kerinjing_desktop.core.office import datapackage, outputs
from kerinjing_desktop.gui.pages import programme_outputs
from kerinjing_desktop.reports import programme as report

WAIT_MS = 120_000  # a bound, never an expectation: the report takes about a second here


@pytest.fixture
def page(qtbot, tmp_path, make_store, monkeypatch):
    page = programme_step(qtbot, tmp_path, make_store)
    page.told = []  # (what the officer was told, success)
    monkeypatch.setattr(
        programme_outputs, "tell_saved", lambda _p, words, _path: page.told.append((words, True))
    )
    monkeypatch.setattr(
        programme_outputs.QMessageBox, "warning",
        staticmethod(lambda _p, _title, words: page.told.append((words, False))),
    )  # fmt: skip
    yield page


def _wait_told(qtbot, page) -> tuple[str, bool]:
    qtbot.waitUntil(lambda: bool(page.told), timeout=WAIT_MS)
    return page.told[0]


def _choose(page, combo, index: int) -> str:
    combo.setCurrentIndex(index)
    page.apply_filters()
    return combo.currentData()


@needs_poppler
def test_the_report_button_makes_the_pdf_for_the_chosen_kabupaten(
    page, qtbot, tmp_path, monkeypatch
):
    out = tmp_path / "laporan.pdf"
    monkeypatch.setattr(
        programme_outputs.QFileDialog, "getSaveFileName",
        staticmethod(lambda *_args: (str(out), "PDF (*.pdf)")),
    )  # fmt: skip
    made = []
    real_build = report.build
    monkeypatch.setattr(report, "build", lambda figures, filters, *rest: (
        made.append((filters, {e.id for e in figures.events})),
        real_build(figures, filters, *rest))[1])  # fmt: skip
    kabupaten = _choose(page, page.kabupaten, 1)
    others = [page.kabupaten.itemData(i) for i in range(2, page.kabupaten.count())]
    theirs = {e.id for e in page.data.events if e.kabupaten == kabupaten}
    elsewhere = {e.facilitators for e in page.data.events if e.id not in theirs}
    _choose(page, page.facilitator, page.facilitator.findData(sorted(elsewhere)[0]))
    assert page.facilitator.currentIndex() > 0
    assert "hanya menyaring layar ini" in page.outputs.covers.text()  # not in the report
    page.outputs.paper.setCurrentIndex(1)  # F4
    page.outputs.report.click()
    words, succeeded = _wait_told(qtbot, page)
    assert succeeded and words == f"Tersimpan: {out}"
    (filters, reported), = made  # fmt: skip
    assert (filters.kabupaten, filters.facilitator, reported) == (kabupaten, None, theirs)
    printed = text(out)
    assert f"Kabupaten: {kabupaten}" in printed and "LAPORAN PROGRAM" in printed
    assert others and not any(name in printed for name in others)
    _pages, width, height = info(out)
    assert (round(width), round(height)) == (609, 935)  # F4, 215 × 330 mm


def test_a_report_that_cannot_be_written_is_said_in_words(page, qtbot, tmp_path):
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("x")
    page.outputs.save_report(in_the_way / "laporan.pdf")
    words, succeeded = _wait_told(qtbot, page)
    assert not succeeded
    assert words == "Tidak ada yang ditulis: ada berkas di tempat yang seharusnya folder"
    assert page.outputs.message.text() == words
    assert in_the_way.read_text() == "x"


def test_a_date_that_is_not_one_is_refused_before_anything_is_made(page, qtbot, tmp_path):
    page.date_to.setText("2026-02-30")
    assert page.outputs.message.isHidden()  # no outcome yet: no empty line either
    page.outputs.save_report(tmp_path / "laporan.pdf")
    assert not page.outputs.message.isHidden()
    assert page.told == [
        ("Sampai: 2026-02-30 bukan tanggal (TTTT-BB-HH); tidak ada yang dibuat.", False)
    ]
    assert not (tmp_path / "laporan.pdf").exists()


def test_the_data_package_button_writes_the_whole_programme(page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "paket"
    monkeypatch.setattr(
        programme_outputs.QFileDialog, "getExistingDirectory",
        staticmethod(lambda *_args: str(folder)),
    )  # fmt: skip
    _choose(page, page.kabupaten, 1)  # the package is the whole programme, as the command's
    page.outputs.package.click()
    words, succeeded = _wait_told(qtbot, page)
    files = sorted(p.name for p in folder.iterdir())
    assert succeeded and words == f"Paket data ada di {folder}: {len(files)} berkas."
    assert {"datapackage.json", "events.csv", "load_postgres.sql"} <= set(files)
    assert len(files) == len(json.loads((folder / "datapackage.json").read_text())["resources"]) + 2
    events = (folder / "events.csv").read_text().splitlines()[1:]
    assert len(events) == len(page.data.events)


def test_a_full_disk_while_writing_the_package_is_said_in_words(page, qtbot, tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(datapackage, "write_text", full)
    page.outputs.write_package(tmp_path / "paket")
    words, succeeded = _wait_told(qtbot, page)
    assert not succeeded
    assert words == (
        "Tidak ada yang ditulis: disk penuh (kosongkan sebagian ruang atau pakai flashdisk)"
    )


def test_a_folder_that_is_a_file_is_refused_for_the_package(page, tmp_path):
    in_the_way = tmp_path / "paket"
    in_the_way.write_text("x")
    page.outputs.write_package(in_the_way)
    assert page.told == [(f"{in_the_way} adalah berkas: berikan folder untuk paket data.", False)]


def test_a_damaged_store_met_while_reading_is_said_in_words(page, qtbot, tmp_path, monkeypatch):
    def damaged(*_args, **_kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    forgotten = []
    monkeypatch.setattr(outputs, "read_programme", damaged)
    monkeypatch.setattr(outputs, "forget", forgotten.append)
    page.outputs.save_report(tmp_path / "laporan.pdf")
    words, succeeded = _wait_told(qtbot, page)
    assert not succeeded and words.startswith("Berkas data rusak (database disk image")
    assert "cadangan terbaru" in words
    assert forgotten == [page.session.data_dir / "kerinjing.db"]
    assert not (tmp_path / "laporan.pdf").exists()


@needs_poppler
def test_print_makes_the_report_off_the_gui_thread_and_sends_its_pages(
    page, qtbot, tmp_path, monkeypatch
):
    """Print… makes the report for the chosen kabupaten, asks for a printer as the day's
    documents do, draws each page on a worker thread and says how many went out."""
    import threading

    from PySide6.QtPrintSupport import QPrinter

    from kerinjing_desktop.gui import printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    made, threads = [], []

    def ask(_parent, path, landscape=False, grey=False):
        made.append(path)
        assert f"Kabupaten: {kabupaten}" in text(path)
        return printing.PrintJob(printer, path, 0, printing.open_pdf(path).pageCount() - 1)

    paint_file = printing.paint_file

    def paint(job, report):
        threads.append(threading.current_thread() is threading.main_thread())
        return paint_file(job, report)

    monkeypatch.setattr(printing, "ask_printer", ask)
    monkeypatch.setattr(printing, "paint_file", paint)
    monkeypatch.setattr(printing, "PRINT_DPI", 30)  # the pages, not the resolution, matter
    kabupaten = _choose(page, page.kabupaten, 1)
    page.outputs.print_report.click()
    qtbot.waitUntil(lambda: "dikirim ke printer" in page.outputs.message.text(), timeout=WAIT_MS)
    pages = printing.open_pdf(tmp_path / "printed.pdf").pageCount()
    assert page.outputs.message.text() == f"{pages} halaman dikirim ke printer."
    assert page.told == [] and threads == [False] and pages >= 2
    assert not made[0].parent.exists()  # the made PDF goes once printed
