"""What every page shares: the store, the data dir, the language and the current event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kerinjing_desktop.core.domain import Event
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.events import get_event


class Session(QObject):
    """Pages listen to `event_changed` and `data_changed` instead of talking to each other."""

    event_changed = Signal(object)  # Event | None
    data_changed = Signal(str)  # which kind of data: "event", "participants", "scores", …
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
