"""What every page shares: the store, the data dir, the language and the current event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from kerinjing_desktop.core.changes import changes_of
from kerinjing_desktop.core.domain import Event
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.events import get_event

P = ParamSpec("P")
R = TypeVar("R")


class Session(QObject):
    """Pages listen to `event_changed` and `changed` instead of talking to each other.

    A page writes through `run` (or says with `ran` what it ran in a job or saved as typed),
    and the session broadcasts once what the operation declares it changes (`OpChanges`,
    `core/changes.py`): the pages that show that data read it again, the others do nothing.
    """

    event_changed = Signal(object)  # Event | None
    # the OpChanges of an operation that ran, and who ran it (the page, or None): a page
    # that already shows its own edit can tell that it needs no reload
    changed = Signal(object, object)
    status = Signal(str)  # a short message for the status bar

    def __init__(self, store: Store, data_dir: Path | None, lang: str):
        super().__init__()
        self.store = store
        self.data_dir = data_dir
        self.lang = lang
        self._event: Event | None = None

    @property
    def event(self) -> Event | None:
        return self._event

    def set_event(self, event_id: str | None) -> None:
        self._event = get_event(self.store, event_id) if event_id else None
        self.event_changed.emit(self._event)

    def refresh_event(self) -> None:
        """Re-read the current event after an edit (other pages show its title)."""
        if self._event is not None:
            self._event = get_event(self.store, self._event.id)
            self.event_changed.emit(self._event)

    def run(
        self, initiator: object, operation: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """Run a store operation and broadcast what it changed (nothing when it raises)."""
        result = operation(*args, **kwargs)
        self.ran(initiator, operation)
        return result

    def ran(self, initiator: object, *operations: Callable[..., object]) -> None:
        """Broadcast, once, what these operations changed: they ran already (in a background
        job, or as the user typed, announced after a pause)."""
        self.changed.emit(changes_of(*operations), initiator)
