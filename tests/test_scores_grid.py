"""The score grid: one keystroke per answer, refused keys change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.scores import participant_cells
from kerinjing_desktop.gui.score_grid import ScoreGrid, ScoreModel


@pytest.fixture
def grid(qtbot, store):
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    people = [
        add_participant(store, event_id, validate_person(name, "P"), checked_in=True)
        for name in ("Siti", "Rohani")
    ]
    model = ScoreModel(store, "id")
    model.reload(event_id, "pre")
    view = ScoreGrid(model)
    qtbot.addWidget(view)
    view.show()
    view.start()
    return view, people


def test_five_keystrokes_store_a_whole_paper(grid, qtbot, store):
    """Typing five digits stores the five answers of one paper and lands on the next row."""
    view, people = grid
    for key in "21021":
        qtbot.keyClick(view, key)
    cells = participant_cells(store, people[0].registration_id, "pre")
    assert [cells[n].score for n in range(1, 6)] == [2, 1, 0, 2, 1]
    assert view.keystrokes == 5
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)


@pytest.mark.parametrize("key", ["9", "x", "3"])
def test_bad_key_changes_nothing_and_does_not_move(grid, qtbot, store, key):
    """Out of range or not a score: nothing stored, the cursor stays, a message is shown."""
    view, people = grid
    messages = []
    view.message.connect(lambda text, error: messages.append((text, error)))
    before = view.currentIndex()
    qtbot.keyClick(view, key)
    assert participant_cells(store, people[0].registration_id, "pre") == {}
    assert view.currentIndex() == before
    assert messages and messages[-1][1] is True


def test_dash_marks_the_whole_test_absent_and_delete_clears(grid, qtbot, store):
    """`-` makes every question absent and moves to the next participant; Delete clears."""
    view, people = grid
    qtbot.keyClick(view, "-")
    cells = participant_cells(store, people[0].registration_id, "pre")
    assert {c.state for c in cells.values()} == {"absent"} and len(cells) == 5
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, "2")
    view.move_to(1, 2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert participant_cells(store, people[1].registration_id, "pre")[1].state == "unanswered"
