"""A scored test paper proves its writer was there: someone the desk missed is checked in."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.changes import OpChanges
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.scoring import Cell, Entry
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant, get_participant
from kerinjing_desktop.core.store.scores import ScoreRow, enter, import_scores, set_absent
from kerinjing_desktop.gui.pages.scores_page import PreTestPage
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def missed(store):
    """An event with one person the registration desk did not check in."""
    event_id = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    person = add_participant(store, event_id, validate_person("Masitoh", "P"), checked_in=False)
    return event_id, person.registration_id


def attended(store, registration_id) -> bool:
    return get_participant(store, registration_id).attended


def test_a_typed_score_checks_in(store, missed):
    """Entering a score for a person not checked in checks them in."""
    event_id, reg = missed
    enter(store, event_id, reg, "pre", 1, "2", "id")
    assert attended(store, reg)


def test_clearing_a_cell_or_marking_absent_checks_nobody_in(store, missed):
    """A cell cleared back to unanswered (a slip undone) or a test marked absent: still absent."""
    event_id, reg = missed
    enter(store, event_id, reg, "pre", 1, "", "id")
    set_absent(store, event_id, reg, "post", "id")
    assert not attended(store, reg)


def test_an_imported_paper_with_scores_checks_in(store, missed):
    """Scores imported from a file check their writer in, in the same transaction."""
    event_id, reg = missed
    import_scores(store, event_id, [ScoreRow(reg, "pre", {1: Entry(Cell("scored", 1))})], "id")
    assert attended(store, reg)


def test_the_grid_says_so_and_the_participants_follow(qtbot, store, missed):
    """Typing the score on the Pre-test page shows who was checked in, updates the counts and
    tells the other pages (one change: scores and attendance), without reloading the grid
    under the cursor."""
    event_id, reg = missed
    session = Session(store, None, "id")
    session.set_event(event_id)
    page = PreTestPage(session)
    qtbot.addWidget(page)
    page.show()
    page.grid.start()
    changes, resets = [], []
    session.changed.connect(lambda kinds, initiator: changes.append((kinds, initiator)))
    page.model.modelReset.connect(lambda: resets.append(True))
    page.grid.setCurrentIndex(page.model.index(0, page.model.first_question_column()))
    qtbot.keyClick(page.grid, "2")
    assert attended(store, reg) and resets == []
    assert changes == [(OpChanges.SCORES | OpChanges.ATTENDANCE, page)]
    assert "Masitoh ditandai hadir" in page.message.text()
    assert "hadir: 1 dari 1" in page.counts.text()
    assert page.grid.currentIndex().column() == page.model.first_question_column() + 1
