"""A follow-up visit, rule by rule: what is stored as typed, each refusal in its words, the
order visits are listed in, and which visit's word counts for a commitment."""

from __future__ import annotations

import pytest
from PIL import Image

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.follow_ups import (
    STATUS_LABELS,
    STATUSES,
    FollowUp,
    latest,
    list_follow_ups,
    record_follow_up,
)
from kerinjing_desktop.core.store.photos import list_photos

PERDES = "Desa menyusun Perdes"


pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


@pytest.fixture
def events(store):
    first = add_event(store, "Sosialisasi", "Sukamaju", "2026-03-02").id
    second = add_event(store, "Sosialisasi", "Muara", "2026-03-09").id
    return first, second


def test_a_visit_is_stored_cleaned_and_read_back_the_same(store, events):
    event_id, _second = events
    item = record_follow_up(store, event_id, "  Desa   menyusun  Perdes ", " 2026-06-01 ", "done",
                            "  Draf ada\n ", sensitive=True)  # fmt: skip
    assert item == FollowUp(item.id, event_id, PERDES, "2026-06-01", "done", "Draf ada", None,
                            True)  # fmt: skip
    assert list_follow_ups(store, event_id) == [item]
    row = store.db["follow_ups"].get(item.id)
    assert (row["sensitive"], row["device_id"]) == (1, store.device_id)
    plain = record_follow_up(store, event_id, PERDES, "2026-06-02", "started")
    assert (plain.note, plain.sensitive, plain.photo_id) == ("", False, None)
    assert store.db["follow_ups"].get(plain.id)["sensitive"] == 0


def test_each_refusal_is_said_in_words(store, events):
    event_id, _second = events
    with pytest.raises(ValidationError) as refused:
        record_follow_up(store, event_id, " ", "1 Juni 2026", "maybe", "x" * 20_001)
    assert refused.value.problems == [
        ("commitment", "say which commitment this is about"),
        ("visited_on", "the visit's date is not a date (YYYY-MM-DD)"),
        ("status", "the status is not started, started or done"),
        ("note", "the note is longer than 20000 characters"),
    ]
    for date in ("2026-6-1", "20260601", "2026-02-30"):
        with pytest.raises(ValidationError) as refused:
            record_follow_up(store, event_id, PERDES, date, "done")
        assert refused.value.problems == [
            ("visited_on", "the visit's date is not a date (YYYY-MM-DD)")
        ]
    assert list_follow_ups(store) == []
    assert record_follow_up(store, event_id, PERDES, "2026-06-01", "not_started", "x" * 20_000)


def test_a_photo_is_stored_with_a_caption_naming_the_commitment(tmp_path):
    store = open_store(tmp_path / "data")
    event_id = add_event(store, "Sosialisasi", "Sukamaju", "2026-03-02").id
    picture = tmp_path / "balai.jpg"
    Image.new("RGB", (40, 30), "green").save(picture)
    item = record_follow_up(store, event_id, PERDES, "2026-06-01", "done", photo=picture)
    (photo,) = list_photos(store, event_id)
    assert item.photo_id == photo.id and photo.caption == f"Follow-up: {PERDES}"
    assert store.db["follow_ups"].get(item.id)["photo_id"] == photo.id
    store.close()


def test_visits_are_listed_newest_first_per_event_or_all(store, events):
    """By visit date, newest first; on one date the one stored last first."""
    first, second = events
    early = record_follow_up(store, first, PERDES, "2026-04-01", "not_started")
    later = record_follow_up(store, first, PERDES, "2026-07-01", "started")
    same_day = record_follow_up(store, first, PERDES, "2026-07-01", "done")
    elsewhere = record_follow_up(store, second, PERDES, "2026-05-01", "done")
    assert list_follow_ups(store, first) == [same_day, later, early]
    assert list_follow_ups(store) == [same_day, later, elsewhere, early]
    assert list_follow_ups(store, second) == [elsewhere]


def test_the_latest_visit_counts_per_event_and_commitment(store, events):
    first, second = events
    record_follow_up(store, first, PERDES, "2026-04-01", "not_started")
    newest = record_follow_up(store, first, PERDES, "2026-07-01", "done")
    other = record_follow_up(store, first, "Ronda malam", "2026-05-01", "started")
    there = record_follow_up(store, second, PERDES, "2026-03-01", "started")
    assert latest(list_follow_ups(store)) == {
        (first, PERDES): newest,
        (first, "Ronda malam"): other,
        (second, PERDES): there,
    }


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["Not started", "Started", "Done"]), ("id", ["Belum dimulai", "Berjalan", "Selesai"])],
)
def test_each_status_has_its_words_in_both_languages(lang, words):
    i18n.set_language(lang)
    assert [i18n._(STATUS_LABELS[status]) for status in STATUSES] == words


def test_a_visit_is_a_value(store, events):
    item = record_follow_up(store, events[0], PERDES, "2026-06-01", "done")
    with pytest.raises(AttributeError):
        item.status = "started"  # type: ignore[misc]
