"""What an operation changed reaches the pages that show it, and only those (OpChanges).

A page writes through the session (`run`, or `ran` after a job or a pause), the session
broadcasts the operation's declared `OpChanges` once, and each page reads the store again
only for the kinds it shows. These tests hold the three parts: the declarations, the routing
of each kind to its pages, and real edits on the pages announcing what they changed.
"""

from __future__ import annotations

import ast
import functools
import importlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import kerinjing_desktop
from kerinjing_desktop.core.changes import EVERYTHING, OpChanges, changes_of, writes
from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import Participant
from kerinjing_desktop.core.store import notes as store_notes
from kerinjing_desktop.core.store import participants as store_participants
from kerinjing_desktop.core.store.participants import get_participant, list_participants
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session

GUI = Path(kerinjing_desktop.__file__).parent / "gui"
# calls whose arguments name the store operations a page announces
ANNOUNCING = {"run", "ran", "_ran", "_after_change", "_added"}


# ------------------------------------------------------------------ the declarations


def test_operations_join_what_they_change():
    assert changes_of(store_notes.add_note) == OpChanges.NOTES
    assert changes_of(store_notes.add_note, store_participants.set_checked_in) == (
        OpChanges.NOTES | OpChanges.ATTENDANCE
    )
    assert changes_of() == OpChanges.NOTHING
    assert all(kind in EVERYTHING for kind in OpChanges)


def test_an_undeclared_operation_is_refused_and_a_wrapper_says_what_it_wraps():
    def undeclared() -> None: ...

    with pytest.raises(LookupError, match="undeclared"):
        changes_of(undeclared)

    @functools.wraps(store_notes.delete_note)
    def wrapper(*args: object) -> None: ...

    assert changes_of(wrapper) == OpChanges.NOTES
    assert writes(OpChanges.CONTACTS)(undeclared) is undeclared  # the function itself
    assert changes_of(undeclared) == OpChanges.CONTACTS


def _resolve(node: ast.expr, imported: dict[str, tuple[str, str | None]]) -> object | None:
    """The object an argument such as `store_notes.add_note` names, through the imports."""
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, imported)
        return None if owner is None else getattr(owner, node.attr, None)
    if not isinstance(node, ast.Name) or node.id not in imported:
        return None
    module, name = imported[node.id]
    if name is None:
        return importlib.import_module(module)
    try:
        return importlib.import_module(f"{module}.{name}")
    except ImportError:
        return getattr(importlib.import_module(module), name)


def _announced_operations() -> list[tuple[str, object]]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported: dict[str, tuple[str, str | None]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    imported[alias.asname or alias.name] = (alias.name, None)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ANNOUNCING:
                continue
            for argument in node.args:
                choices = (
                    [argument.body, argument.orelse]
                    if isinstance(argument, ast.IfExp)
                    else [argument]
                )
                for choice in choices:
                    target = _resolve(choice, imported)
                    module = getattr(target, "__module__", "") or ""
                    if callable(target) and module.startswith("kerinjing_desktop.core"):
                        found.append((f"{path.name}:{node.lineno}", target))
    return found


def test_every_operation_a_page_announces_declares_what_it_changes():
    """A store function announced without `@writes` would raise in the window, after the
    write: every one the pages name is declared."""
    operations = _announced_operations()
    assert len({op for _where, op in operations}) >= 25  # the scan finds the pages' writes
    undeclared = []
    for where, operation in operations:
        try:
            changes_of(operation)  # type: ignore[arg-type]
        except LookupError:
            undeclared.append(where)
    assert undeclared == []


def test_no_page_broadcasts_by_hand():
    """Only the session emits `changed`, with what an operation declared; the bare-string
    `data_changed` is gone."""
    assert not hasattr(Session, "data_changed")
    by_hand = [
        f"{path.relative_to(GUI)}:{number}"
        for path in sorted(GUI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "data_changed" in line or ("changed.emit(" in line and path.name != "session.py")
    ]
    assert by_hand == []


# ------------------------------------------------------------------ each kind to its pages

PAGES = ("participants", "pretest", "posttest", "results", "slides", "programme")
SHOWN_BY = {  # which pages read the store again for each kind (the window: its event box)
    OpChanges.EVENT: {"window", "participants", "pretest", "posttest", "slides"},
    OpChanges.PARTICIPANTS: {"window", "participants", "pretest", "posttest"},
    OpChanges.ATTENDANCE: {"participants"},
    OpChanges.QUESTIONS: {"pretest", "posttest"},
    OpChanges.NOTES: {"slides"},
}


@pytest.fixture
def window(qtbot, demo_store):
    session = Session(demo_store, None, "id")
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    session.set_event(DEMO_EVENT_ID)
    for key in PAGES:
        shown.page(key)
    shown.show_step("results")  # the page that reloads on anything, while it is shown
    shown.show()
    return shown


def _watch(window, monkeypatch) -> dict[str, list[bool]]:
    """Record, per page, that it read the store again (or marked itself to, when shown)."""
    calls: dict[str, list[bool]] = {name: [] for name in ("window", *PAGES)}
    monkeypatch.setattr(window, "_reload_events", lambda: calls["window"].append(True))
    for key in ("participants", "pretest", "posttest", "results", "programme"):
        page = window.page(key)
        monkeypatch.setattr(page, "reload", functools.partial(calls[key].append, True))
    window.page("programme")._is_stale = False
    window.page("slides")._stale = False
    window.page("participants")._stale = False
    return calls


def _reached(window, calls) -> set[str]:
    marked = {
        "slides": window.page("slides")._stale,
        "programme": window.page("programme")._is_stale,
        "participants": window.page("participants")._stale,
    }
    return {name for name, made in calls.items() if made or marked.get(name)}


@pytest.mark.parametrize("kind", list(OpChanges)[1:], ids=lambda kind: kind.name)
def test_a_change_reaches_the_pages_that_show_it_and_no_other(window, monkeypatch, kind):
    """The Results page (shown) and the Programme page (every event's figures) follow any
    change; the others only the kinds they show. A page not concerned is not reloaded."""
    calls = _watch(window, monkeypatch)
    window.session.changed.emit(kind, None)
    assert _reached(window, calls) == SHOWN_BY.get(kind, set()) | {"results", "programme"}


# ------------------------------------------------------------------ real edits on the pages


def _heard(session: Session) -> list[tuple[OpChanges, object]]:
    heard: list[tuple[OpChanges, object]] = []
    session.changed.connect(lambda kinds, initiator: heard.append((kinds, initiator)))
    return heard


def _absent(store) -> Participant:
    """Someone of the demo day the desk has not checked in (Masitoh)."""
    return next(p for p in list_participants(store, DEMO_EVENT_ID) if p.name == "Masitoh")


def test_a_check_in_on_the_desk_is_announced_once_as_attendance(qtbot, window, monkeypatch):
    window.show_step("participants")
    page = window.page("participants")
    heard = _heard(window.session)
    calls = _watch(window, monkeypatch)
    absent = _absent(window.session.store)
    page.search.setText(absent.code)
    qtbot.keyClick(page.search, Qt.Key.Key_Space)
    assert get_participant(window.session.store, absent.registration_id).attended
    assert heard == [(OpChanges.ATTENDANCE, page)]
    # its own table shows the check-in already; the programme's figures are stale
    assert _reached(window, calls) == {"programme"}


def test_a_score_that_checks_in_reaches_the_participants_when_shown(qtbot, window):
    """A paper scored for someone the desk missed: the hidden participants page shows them
    present when it is shown."""
    store = window.session.store
    missed = _absent(store)
    window.show_step("pretest")
    pretest = window.page("pretest")
    heard = _heard(window.session)
    row = pretest.model.row_of_code(missed.code)
    pretest.grid.setCurrentIndex(pretest.model.index(row, pretest.model.first_question_column()))
    qtbot.keyClick(pretest.grid, "1")
    assert heard == [(OpChanges.SCORES | OpChanges.ATTENDANCE, pretest)]
    participants = window.page("participants")

    def shown_present() -> bool:
        return participants.model.participant(participants.model.row_of_code(missed.code)).attended

    assert not shown_present()  # not read again while hidden
    window.show_step("participants")
    assert shown_present()


def test_a_note_typed_is_announced_as_notes_and_the_slides_follow(qtbot, window, monkeypatch):
    window.show_step("fgd")
    notes = window.page("fgd")
    heard = _heard(window.session)
    calls = _watch(window, monkeypatch)
    notes.new_note()
    qtbot.keyClicks(notes.editor, "Ab")
    assert heard and {kinds for kinds, _page in heard} == {OpChanges.NOTES}
    assert {initiator for _kinds, initiator in heard} == {notes}
    assert _reached(window, calls) == {"slides", "programme"}


def test_an_event_edit_is_announced_after_the_pause_to_the_pages_that_show_it(
    qtbot, window, monkeypatch
):
    window.show_step("event")
    event_page = window.page("event")
    heard = _heard(window.session)
    calls = _watch(window, monkeypatch)
    qtbot.keyClicks(event_page.inputs["title"], " 2")
    assert heard == []  # saved at once, told to the others after a pause
    window.show_step("participants")  # leaving the page tells them at once
    assert heard == [(OpChanges.EVENT, event_page)]
    assert {"window", "participants", "pretest", "posttest", "slides"} <= _reached(window, calls)
