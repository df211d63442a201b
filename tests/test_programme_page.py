"""The Programme step: every collected event on one table, filters, reach with Calon PMI,
gains with intervals, and a follow-up visit recorded from the form (refused in words when
its date is wrong)."""

from __future__ import annotations

import pytest
from office_support import EVENTS, LAPTOPS, programme_step
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from test_office_serve import _free_port, _get, _wait_up

from kerinjing_desktop.core.office import serve
from kerinjing_desktop.core.store.follow_ups import list_follow_ups


@pytest.fixture
def page(qtbot, tmp_path, make_store):
    return programme_step(qtbot, tmp_path, make_store)


def _column(table, column: int) -> list[str]:
    return [table.text(row, column) for row in range(table.rowCount())]


def test_every_event_is_listed_and_the_filters_narrow_them(page):
    assert page.events.rowCount() == LAPTOPS * EVENTS
    assert page.totals.text().startswith(f"{LAPTOPS * EVENTS} kegiatan · ")
    kabupaten = page.kabupaten.itemText(1)
    page.kabupaten.setCurrentIndex(1)
    page.apply_filters()
    shown = _column(page.events, 3)
    assert shown and set(shown) == {kabupaten} and len(shown) < LAPTOPS * EVENTS
    page.kabupaten.setCurrentIndex(0)
    page.date_from.setText("2026-07-01")
    page.apply_filters()
    years_months = [d[6:] + d[3:5] for d in _column(page.events, 0)]
    assert years_months and all(ym >= "202607" for ym in years_months)


def test_reach_shows_calon_pmi_and_gains_have_intervals(page):
    groups = dict(zip(_column(page.reach_tables["group"], 0),
                      _column(page.reach_tables["group"], 1), strict=True))  # fmt: skip
    assert int(groups["Calon PMI"]) >= 5
    assert _column(page.reach_tables["gender"], 0) == ["Laki-laki", "Perempuan"]
    intervals = _column(page.gains, 6)
    assert all(" – " in text for text in intervals)
    low, high = intervals[0].split(" – ")
    assert float(low.replace(",", ".")) < float(high.replace(",", "."))


def test_a_follow_up_visit_is_recorded_from_the_form(page):
    pane = page.follow_up
    page.inner.setCurrentRow(4)
    before = pane.table.rowCount()
    pane.visited_on.setText("2026-02-30")
    pane.save.click()
    assert "bukan tanggal" in pane.message.text()
    pane.visited_on.setText("2026-12-01")
    pane.status.setCurrentIndex(2)
    pane.note.setText("Perdes sudah disahkan")
    commitment = pane.commitment.currentText()
    pane.save.click()
    assert pane.message.text() == "Tercatat."
    latest = list_follow_ups(page.session.store)[0]
    assert (latest.commitment, latest.status, latest.note) == (
        commitment, "done", "Perdes sudah disahkan",
    )  # fmt: skip
    assert pane.table.rowCount() in (before, before + 1)  # a new commitment, or a newer word
    assert "Selesai" in _column(pane.table, 3)


@pytest.mark.skipif(not serve.available(), reason="Datasette is not installed")
def test_the_web_view_button_starts_and_stops_the_local_server(page, qtbot):
    control = page.web_view
    control.port = _free_port()
    control.button.click()
    assert (
        control.address.text()
        == f"Buka http://127.0.0.1:{control.port}/ di peramban pada komputer ini."
    )
    _wait_up(f"{control.url}programme/kabupaten.json")
    status, rows = _get(f"{control.url}programme/kabupaten.json?_shape=array")
    assert status == 200 and len(rows) >= 4
    process = control.process
    control.button.click()
    assert (
        control.process is None
        and control.button.text().replace("&", "") == "Jalankan tampilan web"
    )
    assert process.state() == process.ProcessState.NotRunning


def test_a_shown_table_takes_its_new_rows_at_once(qtbot):
    """A table of items replaced item by item re-measured a column over every row for each
    one (filtering the 200-laptop programme with its 4,575 follow-ups shown once took over
    five minutes), and made an item per cell at every filter: the rows are handed over at
    once, one reset of the table, and it shows the new rows."""
    from kerinjing_desktop.gui.pages.programme_tables import fill_table, make_table

    table = make_table(["Village", "Commitment"])
    qtbot.addWidget(table)
    fill_table(table, [["Desa A", "satu"], ["Desa B", "dua"], ["Desa C", "tiga"]])
    table.show()
    happened: list[str] = []
    model = table.model()
    model.modelReset.connect(lambda: happened.append("reset"))
    for signal in (model.rowsRemoved, model.rowsInserted, model.dataChanged):
        signal.connect(lambda *_: happened.append("piece by piece"))
    fill_table(table, [["Desa D", "empat"], ["Desa E", "lima"], ["Desa F", "enam"], ["G", "7"]])
    assert happened == ["reset"]
    assert [_column(table, c) for c in (0, 1)] == [
        ["Desa D", "Desa E", "Desa F", "G"],
        ["empat", "lima", "enam", "7"],
    ]
    assert table.model().headerData(1, Qt.Orientation.Horizontal) == "Commitment"


def test_each_column_is_as_wide_as_its_widest_text_wherever_it_is(qtbot):
    """Qt fitted a column to at most 1,000 rows, asking each cell at every filter; a column
    is now as wide as Qt finds when it measures every row and the title, the widest text in
    the last of 1,500 rows included; a short title's column fits its text, a long title's
    its title; the last column takes the rest."""
    from kerinjing_desktop.gui.pages.programme_tables import fill_table, make_table

    table = make_table(["Village", "A long title for short numbers", "Status"])
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    rows = [["Desa A", "1", "done"]] * 1499 + [["Desa Sumbermakmur Lama Sekali", "22", "x"]]
    fill_table(table, rows)
    header = table.horizontalHeader()
    probe = QTableView()  # Qt's own measure of the same rows, over every row
    qtbot.addWidget(probe)
    probe.setModel(table.model())
    probe.horizontalHeader().setResizeContentsPrecision(-1)
    for column in (0, 1):
        wanted = max(header.sectionSizeHint(column), probe.sizeHintForColumn(column))
        assert header.sectionSize(column) == wanted
    assert header.sectionSize(0) > table.fontMetrics().horizontalAdvance(rows[-1][0])
    assert header.sectionSize(1) == header.sectionSizeHint(1)
    fill_table(table, rows[:3])  # narrower rows: narrower column
    assert header.sectionSize(0) < table.fontMetrics().horizontalAdvance(rows[-1][0])
    assert header.length() == table.viewport().width()  # the last column takes the rest
