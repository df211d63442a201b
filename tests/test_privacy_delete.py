"""Deleting a person removes their name, phone and birth year from the store file itself, the
deletion travels in bundles, and their anonymous scores still count in the analysis."""

from __future__ import annotations

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.privacy import ANONYMOUS, delete_person
from kerinjing_desktop.core.store.scores import analyse_event


def test_delete_person_everywhere_but_scores_count(tmp_path, make_store):
    store = make_store("a")
    event_id = create_demo_event(store)
    export_bundle(store, tmp_path / "before.kbundle", include_sensitive=True)
    other = make_store("b")
    import_bundle(other, tmp_path / "before.kbundle")
    before = analyse_event(store, event_id, "id")
    victim = list_participants(store, event_id)[0]
    name = victim.name
    assert delete_person(store, victim.person_id) == 1
    after = analyse_event(store, event_id, "id")
    assert after == before
    participants = list_participants(store, event_id)
    assert len(participants) == 28 and participants[0].name == ANONYMOUS
    assert participants[0].code == victim.code and not participants[0].consent
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "a").glob("kerinjing.db*"))
    assert name.encode() not in raw
    store = make_store("a")
    export_bundle(store, tmp_path / "after.kbundle", include_sensitive=True)
    store.close()
    import_bundle(other, tmp_path / "after.kbundle")
    assert name not in [p.name for p in list_participants(other, event_id)]
    assert analyse_event(other, event_id, "id") == before
