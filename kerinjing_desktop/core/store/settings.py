"""Small key/value facts kept in the store (film position, notes for a PDF deck, …).

App preferences (language, font size) are declared in `core/settings.py`; this table holds
state that belongs to the data: it is backed up and merged with everything else.
"""

from __future__ import annotations

import json
from typing import Any

from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import value


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    found: str | None = value(store, "SELECT value FROM settings WHERE key = ?", [key])
    return default if found is None else found


def set_setting(store: Store, key: str, value: str) -> None:
    """Insert or replace one value; committed on return."""
    meta = store.row_meta()
    store.execute(
        "INSERT INTO settings (id, created_at, updated_at, device_id, key, value) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at, device_id = excluded.device_id",
        [meta["id"], meta["created_at"], meta["updated_at"], meta["device_id"], key, value],
    )


def get_json(store: Store, key: str, default: Any = None) -> Any:
    text = get_setting(store, key)
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def set_json(store: Store, key: str, value: Any) -> None:
    set_setting(store, key, json.dumps(value, ensure_ascii=False))


def delete_setting(store: Store, key: str) -> None:
    store.execute("DELETE FROM settings WHERE key = ?", [key])
