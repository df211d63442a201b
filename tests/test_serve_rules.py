"""`serve` prepared without starting a server (core/office/serve.py): the copy it writes, its
keys and types, every canned query by its title and its answer on a published programme, the
metadata with and without a password, the command that runs Datasette, and each refusal."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from datasette_auth_passwords.utils import verify_password

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.office import serve
from kerinjing_desktop.core.office.publish import age_band, publish
from kerinjing_desktop.core.office.serve import ServeError, ServePlan, metadata, prepare
from kerinjing_desktop.core.store.programme import (
    EventReach,
    FollowUpRow,
    PairSums,
    ProgrammeData,
    ProgrammeEvent,
)


def _published():
    """Two events in two kabupaten; six Calon PMI came to the first; two follow-ups."""
    events = [
        ProgrammeEvent("a", "2026-03-02", "A", "Sukamaju", "Kec", "Sungai Rawa", "Bu Ani"),
        ProgrammeEvent("b", "2026-04-01", "B", "Mekarsari", "Kec", "Teluk Damar", "Pak Budi"),
    ]
    reach = {
        "a": EventReach(6, 6, {"P": 6}, {age_band("2026-03-02", 1996): 6}, {"Calon PMI": 6}),
        "b": EventReach(7, 7, {"L": 7}, {age_band("2026-04-01", 1980): 7}, {"PKK": 7}),
    }
    data = ProgrammeData(
        events=events, reach=reach,
        pairs={"a": PairSums.of([(1, 2)] * 5)}, max_score={"a": 4},
        questions={("a", 1): {"pre": (2, 5), "post": (4, 5)},
                   ("a", 2): {"pre": (3, 5), "post": (1, 5)}},
        texts=[],
        follow_ups=[FollowUpRow("a", "x", "2026-05-01", "done", ""),
                    FollowUpRow("b", "y", "2026-05-02", "done", "")],
    )  # fmt: skip
    return publish(data)


TITLES = {
    "totals_per_kabupaten": "Totals per kabupaten / Jumlah per kabupaten",
    "calon_pmi_reached": "Prospective migrant workers reached / Calon PMI yang dijangkau",
    "gains_per_village": "Gains per village / Kenaikan per desa",
    "hardest_questions": "Questions that stay hard / Soal yang tetap sulit",
    "commitments_kept": "Commitments kept / Komitmen yang dijalankan",
}


@pytest.fixture
def plan(tmp_path):
    return prepare(_published(), tmp_path / "office" / "web", None, 8123, None)


def test_each_canned_query_answers_from_the_published_copy(plan):
    queries = json.loads(plan.metadata.read_text(encoding="utf-8"))["databases"]["programme"][
        "queries"
    ]
    assert {name: q["title"] for name, q in queries.items()} == TITLES
    db = sqlite3.connect(plan.database)
    answers = {name: db.execute(q["sql"]).fetchall() for name, q in queries.items()}
    assert answers["totals_per_kabupaten"] == [
        ("Sungai Rawa", 1, 6, 6, 5), ("Teluk Damar", 1, 7, 7, 0),
    ]  # fmt: skip
    assert answers["calon_pmi_reached"] == [
        ("Sungai Rawa", "Sukamaju", "2026-03-02", 6), ("Teluk Damar", "Mekarsari", "2026-04-01", 0),
    ]  # fmt: skip
    assert answers["gains_per_village"] == [
        ("2026-03-02", "Sukamaju", "Sungai Rawa", 5, 25.0, 50.0, 25.0, 25.0, 25.0),
        ("2026-04-01", "Mekarsari", "Teluk Damar", 0, None, None, None, None, None),
    ]  # fmt: skip
    assert answers["hardest_questions"] == [(2, 5, 60.0, 20.0), (1, 5, 40.0, 80.0)]
    assert answers["commitments_kept"] == [("done", 2)]


def test_the_copy_keeps_each_tables_key_and_types(plan):
    db = sqlite3.connect(plan.database)
    columns = db.execute("PRAGMA table_info(reach)").fetchall()
    assert [(c[1], c[2], c[5]) for c in columns] == [
        ("event_id", "TEXT", 1), ("dimension", "TEXT", 2), ("category", "TEXT", 3),
        ("people", "INTEGER", 0),
    ]  # fmt: skip
    events = {c[1]: (c[2], c[5]) for c in db.execute("PRAGMA table_info(events)")}
    assert (events["id"], events["date"], events["pre_pct"]) == (
        ("TEXT", 1), ("TEXT", 0), ("REAL", 0),
    )  # fmt: skip


def test_the_local_plan_runs_datasette_on_this_computer_without_sql(plan, tmp_path):
    folder = tmp_path / "office" / "web"
    assert (plan.database, plan.metadata) == (folder / "programme.db", folder / "metadata.json")
    assert (plan.host, plan.port, plan.address) == ("127.0.0.1", 8123, "http://127.0.0.1:8123/")
    assert plan.argv() == [
        sys.executable, "-m", "datasette", "serve", "-i", str(folder / "programme.db"),
        "--metadata", str(folder / "metadata.json"), "--host", "127.0.0.1", "--port", "8123",
        "--setting", "default_allow_sql", "off",
    ]  # fmt: skip
    assert plan.metadata.read_text(encoding="utf-8").startswith('{\n  "title": ')
    again = prepare(_published(), folder, None, 8123, None)  # the folder is there: fine
    assert again == plan and serve.DEFAULT_PORT == 8001


def test_the_metadata_describes_every_table_in_both_languages():
    i18n.set_language("en")
    meta = metadata(None)
    assert meta["title"] == "Kerinjing Desktop — Program / Programme"
    assert meta["description"] == (
        "Programme figures without participants' names; counts below 5 are empty."
    )
    assert "plugins" not in meta
    tables = meta["databases"]["programme"]["tables"]
    assert tables["kabupaten"]["title"] == "Jumlah per kabupaten / Totals per kabupaten"
    assert tables["kabupaten"]["columns"]["events"] == "jumlah kegiatan / number of events"


def test_with_a_host_a_password_is_asked_and_kept_only_as_its_hash(tmp_path):
    i18n.set_language("en")
    with pytest.raises(ServeError) as raised:
        prepare(_published(), tmp_path, "0.0.0.0", 8001, None)
    assert str(raised.value) == (
        "Serving beyond this computer (--host) needs a password; nothing was started."
    )
    assert list(tmp_path.iterdir()) == []
    plan = prepare(_published(), tmp_path, "0.0.0.0", 8001, "rahasia desa")
    assert plan == ServePlan(tmp_path / "programme.db", tmp_path / "metadata.json", "0.0.0.0",
                             8001)  # fmt: skip
    text = plan.metadata.read_text(encoding="utf-8")
    assert "rahasia desa" not in text
    auth = json.loads(text)["plugins"]["datasette-auth-passwords"]
    assert auth["http_basic_auth"] is True and set(auth) == {
        "http_basic_auth",
        "office_password_hash",
    }
    assert verify_password("rahasia desa", auth["office_password_hash"])


def test_without_datasette_serve_says_how_to_get_it(tmp_path, monkeypatch):
    i18n.set_language("en")
    assert serve.available() is True
    monkeypatch.setitem(sys.modules, "datasette_auth_passwords", None)  # not installed
    assert serve.available() is False
    with pytest.raises(ServeError) as raised:
        prepare(_published(), tmp_path, None, 8001, None)
    assert str(raised.value) == (
        "The web view needs Datasette, an optional part: pip install 'kerinjing-desktop[office]'"
    )
