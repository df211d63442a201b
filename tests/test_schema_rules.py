"""The schema's rules, as a store built from the steps has them: the standard groups a person
may be in, a tombstone for every deletion of a synced row (lifted when the row comes back,
stamped by the store's clock), the tables a bundle carries (parents first), the indexes the
lookups rely on, and certificates of an older store signed by the step that brought signing."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from kerinjing_desktop.core.domain import GROUPS, PersonInput
from kerinjing_desktop.core.store import open_store, paper_totals, reach_totals
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.paper_totals import DERIVED_TABLES
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.schema import CLOCK_FUNCTION, SYNCED_TABLES

DATA = Path(__file__).with_name("data")


def _person_row(store, group: str) -> dict:
    return store.row_meta() | {
        "full_name": "Siti", "gender": "P", "group_name": group, "name_key": "siti",
    }  # fmt: skip


@pytest.mark.parametrize("group", GROUPS)
def test_every_standard_group_is_accepted_by_the_people_table(store, group):
    store.db["people"].insert(_person_row(store, group))
    assert store.execute("SELECT group_name FROM people").fetchall() == [(group,)]


def test_a_group_outside_the_standard_ones_is_refused_by_the_table(store):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed: group_name"):
        store.db["people"].insert(_person_row(store, "Pemuda"))


def test_the_groups_the_table_accepts_are_the_apps_groups(store):
    sql = store.execute("SELECT sql FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    listed = re.search(r"group_name IN\s*\(([^)]*)\)", sql).group(1)
    assert [g.strip().strip("'") for g in listed.split(",")] == list(GROUPS)


def test_the_synced_tables_are_every_table_but_the_local_ones_parents_first(store):
    """A bundle carries every table except this laptop's settings, the tombstones (they
    travel as deletions) and the totals derived from the rows (each store keeps its own);
    each table comes after the tables it refers to."""
    tables = {row[0] for row in store.execute("SELECT name FROM sqlite_master WHERE type = "
                                              "'table'")}  # fmt: skip
    assert sorted(SYNCED_TABLES) == sorted(tables - {"settings", "deletions", *DERIVED_TABLES})
    assert len(set(SYNCED_TABLES)) == len(SYNCED_TABLES)
    for position, table in enumerate(SYNCED_TABLES):
        parents = {row[2] for row in store.execute(f"PRAGMA foreign_key_list({table})")}
        assert parents <= set(SYNCED_TABLES[:position]), table


def test_every_synced_table_keeps_tombstones_by_the_stores_clock(store):
    """Each synced table has its two triggers, and they stamp with the store's clock; the
    only other triggers are those that keep the derived totals."""
    triggers = dict(store.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    totals = set(re.findall(r"CREATE TRIGGER (\w+)", paper_totals.TRIGGERS + reach_totals.TRIGGERS))
    assert len(totals) == 19
    assert set(triggers) == {f"{t}_{kind}" for t in SYNCED_TABLES
                             for kind in ("tombstone", "revived")} | totals  # fmt: skip
    for table in SYNCED_TABLES:
        tombstone = triggers[f"{table}_tombstone"]
        assert f"AFTER DELETE ON {table} " in tombstone
        assert tombstone.count(f"{CLOCK_FUNCTION}()") == 3 and "strftime" not in tombstone
        assert f"table_name = '{table}' AND row_id = NEW.id" in triggers[f"{table}_revived"]


def test_a_deletion_leaves_a_tombstone_per_row_and_putting_it_back_lifts_it(store):
    """Deleting an event leaves a tombstone for it and for its registration (a cascade),
    signed with this laptop's device id and stamped by the clock after the rows."""
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    person = add_participant(store, event.id, PersonInput("Siti", "P"))
    before = store.execute("SELECT max(updated_at) FROM registrations").fetchone()[0]
    row = store.db["events"].get(event.id)
    store.execute("DELETE FROM events WHERE id = ?", [event.id])
    stones = store.execute(
        "SELECT table_name, row_id, device_id, deleted_at, created_at, updated_at "
        "FROM deletions ORDER BY table_name"
    ).fetchall()
    assert [s[:3] for s in stones] == [
        ("events", event.id, store.device_id),
        ("registrations", person.registration_id, store.device_id),
    ]
    assert all(min(s[3:]) > before for s in stones)
    store.db["events"].insert(row)
    assert store.execute("SELECT table_name FROM deletions").fetchall() == [("registrations",)]


def test_the_lookups_have_their_indexes(store):
    indexes = {
        row[0]: row[1]
        for row in store.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert indexes == {
        "certificates_event": "certificates",
        "certificates_serial": "certificates",
        "follow_ups_event": "follow_ups",
        "people_name_key": "people",
        "registrations_person": "registrations",
        "paper_totals_event": "paper_totals",
        "people_withheld": "people",
    }


def test_certificates_of_a_version_8_store_are_signed_by_the_migration(tmp_path):
    """The sample's genuine certificate is signed by this laptop's new key; its forged one
    (a check code the old secret does not prove) stays unsigned."""
    shutil.copyfile(DATA / "store_v8.db", tmp_path / "kerinjing.db")
    store = open_store(tmp_path)
    rows = store.execute(
        "SELECT holder_name, signer, length(signature) FROM certificates ORDER BY serial"
    ).fetchall()
    keys = store.execute("SELECT public_key FROM signing_keys").fetchall()
    store.close()
    assert len(keys) == 1
    assert rows == [("Siti Aminah", keys[0][0], 128), ("Rohani Palsu", "", 0)]


@pytest.mark.parametrize("start", ["new", "store_v1.db"])
def test_the_later_steps_columns_hold_what_they_are_for(tmp_path, start):
    """Step 2's mark of a background question and step 7's consent default of an event, in a
    new store and in a first-version store brought up to date: a question counts unless
    marked, an event's people are not named until the facilitator says so."""
    from kerinjing_desktop.core.scoring import Question
    from kerinjing_desktop.core.store.consent import consent_default, set_consent_default
    from kerinjing_desktop.core.store.questions import save_questions, stored_questions

    if start != "new":
        shutil.copyfile(DATA / start, tmp_path / "kerinjing.db")
    store = open_store(tmp_path)
    event_id = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21").id
    store.execute(
        "INSERT INTO questions (id, created_at, updated_at, device_id, event_id, number, kind, "
        "max_score, text, rubric, options, answer_key) VALUES (?, ?, ?, ?, ?, 1, 'open', 2, "
        "'Apa?', '', '', '')",
        [*store.row_meta().values(), event_id],
    )
    assert [q.scored for q in stored_questions(store, event_id)] == [True]
    save_questions(store, event_id, [Question(1, text="Apa?", scored=False)], "id")
    assert [q.scored for q in stored_questions(store, event_id)] == [False]
    assert consent_default(store, event_id) is False
    set_consent_default(store, event_id, True)
    assert consent_default(store, event_id) is True
    store.close()
