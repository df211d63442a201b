"""Follow-up of commitments: recorded with a status, a date, a note and a photo; carried in
bundles (sensitive ones only when asked); published as the latest visit's word, filtered."""

from __future__ import annotations

import pytest
from PIL import Image

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.domain import PersonInput, ValidationError
from kerinjing_desktop.core.office.publish import NAME_MARK, PHONE_MARK, kept, publish
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.follow_ups import list_follow_ups, record_follow_up
from kerinjing_desktop.core.store.notes import replace_commitments
from kerinjing_desktop.core.store.participants import import_participants
from kerinjing_desktop.core.store.photos import list_photos
from kerinjing_desktop.core.store.programme import read_programme

PERDES = "Desa menyusun Perdes perlindungan pekerja migran"


def _village(store):
    event = add_event(store, "Sosialisasi", "Sukamaju", "2026-03-02", kabupaten="Sungai Rawa")
    import_participants(store, event.id, [PersonInput("Rahmat Halim", "L", 40, consent=False)])
    replace_commitments(store, event.id, [(PERDES, False), ("Rahasia desa", True)])
    return event


def test_a_visit_is_recorded_with_its_photo_and_bad_input_is_refused(tmp_path, make_store):
    store = make_store("data")
    event = _village(store)
    picture = tmp_path / "balai.jpg"
    Image.new("RGB", (40, 30), "green").save(picture)
    item = record_follow_up(store, event.id, PERDES, "2026-06-01", "started", "Draf ada",
                            photo=picture)  # fmt: skip
    (photo,) = list_photos(store, event.id)
    assert item.photo_id == photo.id and photo.caption == f"Tindak lanjut: {PERDES}"
    with pytest.raises(ValidationError) as refused:
        record_follow_up(store, event.id, " ", "2026-02-30", "maybe")
    assert [field for field, _ in refused.value.problems] == ["commitment", "visited_on", "status"]
    assert list_follow_ups(store) == [item]


def test_follow_ups_travel_in_bundles_sensitive_ones_only_when_asked(tmp_path, make_store):
    laptop = make_store("laptop")
    event = _village(laptop)
    record_follow_up(laptop, event.id, PERDES, "2026-06-01", "done")
    record_follow_up(laptop, event.id, PERDES, "2026-05-01", "started", "Rahasia", sensitive=True)
    export_bundle(laptop, tmp_path / "plain.kbundle")
    export_bundle(laptop, tmp_path / "all.kbundle", include_sensitive=True)
    laptop.close()
    office = make_store("office")
    import_bundle(office, tmp_path / "plain.kbundle")
    assert [(f.visited_on, f.status) for f in list_follow_ups(office)] == [("2026-06-01", "done")]
    import_bundle(office, tmp_path / "all.kbundle")
    assert len(list_follow_ups(office)) == 2


def test_the_office_sees_the_latest_word_without_names_phones_or_sensitive_rows(store):
    event = _village(store)
    record_follow_up(store, event.id, PERDES, "2026-04-01", "not_started")
    record_follow_up(store, event.id, PERDES, "2026-07-01", "done",
                     "Rahmat Halim menyimpan salinannya, telp 0813 2222 3333")  # fmt: skip
    record_follow_up(store, event.id, "Rahasia desa", "2026-07-01", "done")
    record_follow_up(store, event.id, PERDES, "2026-08-01", "done", "x", sensitive=True)
    figures = publish(read_programme(store))
    (only,) = figures.follow_ups
    assert (only.visited_on, only.status) == ("2026-07-01", "done")
    assert only.note == f"{NAME_MARK} menyimpan salinannya, telp {PHONE_MARK}"
    assert kept(figures) == {"done": 1, "started": 0, "not_started": 0}
