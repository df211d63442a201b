"""Facts kept in the store's settings table (core/store/settings.py): one row per key, a
value replaced in place, JSON with Indonesian text kept as written, a damaged JSON value
read as the default, a deleted key gone."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.settings import (
    delete_setting,
    get_json,
    get_setting,
    set_json,
    set_setting,
)


@pytest.fixture
def store():
    opened = open_store(None)
    yield opened
    opened.close()


def rows(store, key):
    return store.execute(
        "SELECT id, created_at, updated_at, device_id, value FROM settings WHERE key = ?", [key]
    ).fetchall()


def test_an_unknown_key_reads_as_the_default(store):
    assert get_setting(store, "film.position") is None
    assert get_setting(store, "film.position", "0") == "0"
    assert get_json(store, "deck.notes") is None
    assert get_json(store, "deck.notes", {"a": 1}) == {"a": 1}


def test_a_value_is_stored_as_one_row_stamped_by_this_laptop(store):
    set_setting(store, "film.position", "12.5")
    assert get_setting(store, "film.position") == "12.5"
    assert get_setting(store, "film.position", "0") == "12.5"
    [(row_id, created, updated, device, value)] = rows(store, "film.position")
    assert value == "12.5" and device == store.device_id and created == updated and row_id


def test_setting_a_key_again_replaces_its_value_in_its_row(store):
    set_setting(store, "film.position", "1")
    [(row_id, created, _updated, _device, _value)] = rows(store, "film.position")
    set_setting(store, "film.position", "2")
    [(again_id, again_created, updated, device, value)] = rows(store, "film.position")
    assert (again_id, again_created, value, device) == (row_id, created, "2", store.device_id)
    assert updated > created
    set_setting(store, "other", "3")
    assert get_setting(store, "film.position") == "2" and get_setting(store, "other") == "3"


def test_json_keeps_indonesian_text_as_written(store):
    value = {"catatan": "Bicara pelan — jangan sebut nama", "halaman": [1, 2]}
    set_json(store, "deck.notes", value)
    assert get_json(store, "deck.notes") == value
    assert get_setting(store, "deck.notes") == (
        '{"catatan": "Bicara pelan — jangan sebut nama", "halaman": [1, 2]}'
    )


def test_a_stored_value_that_is_not_json_reads_as_the_default(store):
    set_setting(store, "deck.notes", '{"half": ')
    assert get_json(store, "deck.notes", []) == []
    set_setting(store, "deck.notes", "null")
    assert get_json(store, "deck.notes", []) is None  # JSON's null is a value


def test_a_deleted_key_is_gone_and_the_others_stay(store):
    set_setting(store, "a", "1")
    set_setting(store, "b", "2")
    delete_setting(store, "a")
    assert get_setting(store, "a") is None and rows(store, "a") == []
    assert get_setting(store, "b") == "2"
