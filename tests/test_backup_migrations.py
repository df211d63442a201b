"""Every committed sample store of an earlier schema version opens and migrates to the current
one with its data intact (and a backup of it restores the same way)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kerinjing_desktop.core.store.connection import schema_version
from kerinjing_desktop.core.store.events import list_events
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.programme import PairSums, read_programme
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION
from kerinjing_desktop.core.store.scores import sheet_for

DATA = Path(__file__).with_name("data")
SAMPLES = sorted(DATA.glob("store_v*.db"))


def test_there_is_a_sample_for_every_earlier_version():
    versions = sorted(int(path.stem.removeprefix("store_v")) for path in SAMPLES)
    assert versions == list(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_sample_migrates_with_data_intact(tmp_path, make_store, sample):
    shutil.copyfile(sample, tmp_path / "kerinjing.db")
    store = make_store(tmp_path)
    assert schema_version(store.db) == SCHEMA_VERSION
    [summary] = list_events(store)
    assert (summary.participants, summary.attended) == (1, 1)
    [person] = list_participants(store, summary.event.id)
    assert (person.code, person.name, person.consent) == ("P-001", "Siti Aminah", True)
    post = sheet_for(store, summary.event.id, "post")[person.registration_id]
    assert [post[n].score for n in range(1, 6)] == [20] * 5
    # the totals of schema 10 are filled from the cells the sample held
    data = read_programme(store)
    assert data.pairs == {summary.event.id: PairSums.of([(50, 100)])}
    assert data.questions[(summary.event.id, 3)] == {"pre": (10, 20), "post": (20, 20)}
    assert store.device_id == "00000000-0000-4000-8000-00000000d001"
