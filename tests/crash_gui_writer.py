"""A GUI writer for the crash harness: runs the real pre-test and post-test pages on the demo
event and types scores into the real grid with QTest.keyClick until it is killed.

Run by tests/test_crash_gui.py, which kills it with SIGKILL at random moments:
    python tests/crash_gui_writer.py DATA_DIR SEED
Lines on stdout (each flushed):
    READY <event_id>                          the window is up; kills may start
    KEY <registration_id> <test> <question> <key>   a keystroke is about to be sent
    SAVED <registration_id> <test> <question> <value>   the grid shows this cell as saved
    DONE                                      the keystroke is fully reported
    REFUSED <message>                         the grid refused the key (nothing stored)
    FAILED <registration_id> <test> <question> <text>   the store refused a save (red cell)
    MISMATCH <...>                            the grid displays something other than its state
A cell's value is `absent`, `unanswered` or `scored:<score>:<answer letter or empty>`.
SAVED comes only after the keystroke's commit, for every cell of that participant's test the
keystroke changed (a digit also turns an absent test's other cells `unanswered`).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import kerinjing_desktop.gui  # noqa: E402, F401  (installs the PySide6 6.12 refcount guard)
from kerinjing_desktop.core import i18n  # noqa: E402
from kerinjing_desktop.core.demo import create_demo_event  # noqa: E402
from kerinjing_desktop.core.scoring import ABSENT_MARK, Cell  # noqa: E402
from kerinjing_desktop.core.store import dirlock, open_store  # noqa: E402
from kerinjing_desktop.gui.recovery import WINDOW_WAIT_SECONDS  # noqa: E402

KEYS_DIGIT = "0123"  # 3 is above every demo maximum (2): a refused key now and then


def value_of(cell: Cell | None) -> str:
    """The text the harness compares: one token per cell state."""
    if cell is None:
        return "none"
    if cell.state == "scored":
        return f"scored:{cell.score}:{cell.answer or ''}"
    return cell.state


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def main(data_dir: str, seed: int) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QStackedWidget

    from kerinjing_desktop.gui.pages.scores_page import PostTestPage, PreTestPage
    from kerinjing_desktop.gui.session import Session

    rng = random.Random(seed)
    i18n.set_language("id")
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive till the kill
    try:
        # What the app does first: hold the data dir, open the store (then ask about backups).
        hold = dirlock.acquire(Path(data_dir), dirlock.WINDOW, wait=WINDOW_WAIT_SECONDS)
        store = open_store(data_dir, owner=dirlock.WINDOW)
    except Exception as error:  # the harness counts a store that does not open as corrupt
        say("OPENFAIL", repr(error).replace("\n", " "))
        return 3
    event_id = create_demo_event(store)  # does nothing when the event is already there
    session = Session(store, Path(data_dir), "id")
    session.set_event(event_id)
    stack = QStackedWidget()
    pages = {"pre": PreTestPage(session), "post": PostTestPage(session)}
    for page in pages.values():
        stack.addWidget(page)
        # The facilitator's answer to "mark absent and remove the scores?": yes or no.
        page.grid.confirm_absent = lambda _row: rng.random() < 0.7
    stack.resize(1000, 700)
    stack.show()

    messages: list[tuple[str, bool]] = []
    for page in pages.values():
        page.grid.message.connect(lambda text, error: messages.append((text, error)))

    def show(test: str):
        page = pages[test]
        stack.setCurrentWidget(page)  # showEvent: reload from the store, focus the grid
        QCoreApplication.processEvents()
        return page

    test = rng.choice(("pre", "post"))
    page = show(test)
    say("READY", event_id)
    assert hold is not None  # held until the kill, as the window holds it until it closes
    while True:
        roll = rng.random()
        if roll < 0.03:
            test = "post" if test == "pre" else "pre"
            page = show(test)
        grid, model = page.grid, page.model
        if roll < 0.10 or not grid.currentIndex().isValid():
            grid.move_to(
                rng.randrange(model.rowCount()),
                rng.randint(model.first_question_column(), model.last_question_column()),
            )
        index = grid.currentIndex()
        row, column = index.row(), index.column()
        question = model.question_at(column)
        if question is None:
            grid.move_to(row, model.first_question_column())
            continue
        reg_id = model.people[row].registration_id
        key_roll = rng.random()
        if key_roll < 0.06:
            key, name = ABSENT_MARK, "absent"
        elif key_roll < 0.14:
            key, name = rng.choice((Qt.Key.Key_Delete, Qt.Key.Key_Backspace)), "delete"
        else:
            key = rng.choice(KEYS_DIGIT)
            name = key
        before = {n: value_of(c) for n, c in model.cells.get(reg_id, {}).items()}
        messages.clear()
        say("KEY", reg_id, test, question.number, name)
        QTest.keyClick(grid, key)
        QCoreApplication.processEvents()  # repaint, as the running app would
        if (row, column) in model.failed:
            say("FAILED", reg_id, test, question.number, model.failed[(row, column)])
            continue
        if not messages or messages[-1] != ("", False):
            say("REFUSED", (messages[-1][0] if messages else "no change").replace("\n", " "))
            continue
        cells = model.cells.get(reg_id, {})
        columns = {q.number: model.question_column(i) for i, q in enumerate(model.questions)}
        for number, cell in sorted(cells.items()):
            # What the grid paints for this cell must agree with the saved state it holds.
            shown = model.data(model.index(row, columns[number]))
            expected_shown = {"absent": ABSENT_MARK, "unanswered": ""}.get(
                cell.state, str(cell.score)
            )
            if cell.state == "scored" and cell.answer:
                expected_shown = shown  # lettered items: not in the demo event
            if shown != expected_shown:
                say("MISMATCH", reg_id, test, number, value_of(cell), repr(shown))
            if value_of(cell) != before.get(number) or number == question.number:
                say("SAVED", reg_id, test, number, value_of(cell))
        say("DONE")
    return 0  # never reached: the harness kills the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
