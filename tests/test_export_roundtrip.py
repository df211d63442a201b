"""What the app exports, the app imports back unchanged: `export` → `participants import` and
`export` → `scores import` (the absent mark `-` and phones like +62… used to come out as `'-`
and `'+62…`, which the importers refused)."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core import tabular
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store.consent import set_consent
from kerinjing_desktop.core.store.events import get_event
from kerinjing_desktop.core.store.participants import add_participant, list_participants
from kerinjing_desktop.core.store.scores import enter, sheet_for


def _people(store, event_id):
    return [
        (p.name, p.gender, p.age, p.group, p.phone, p.consent)
        for p in list_participants(store, event_id)
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_participants_round_trip(cli, tmp_path, fmt, make_store):
    event = cli("demo-data").out.strip()
    store = make_store(cli.data_dir)
    try:
        add_participant(store, event, PersonInput("Wayan Séri", "P", 51, "PKK", "+6281398765432"))
        add_participant(store, event, PersonInput("Budi", "L", None, "Lainnya", "", consent=True))
        set_consent(store, event, ["P-002"], agreed=False)
        day = get_event(store, event).date
        before = _people(store, event)
    finally:
        store.close()
    out = tmp_path / ("csv" if fmt == "csv" else "export.xlsx")
    assert cli("export", "--event", event, "--format", fmt, "--out", str(out),
               "--include-sensitive").status == 0  # fmt: skip
    copy = cli("events", "add", "--title", "Salinan", "--village", "Kerinjing", "--date", day)
    source = out / "peserta.csv" if fmt == "csv" else out  # the language's file name
    if fmt == "csv":  # written as it is: a phone is no formula
        text = source.read_text(encoding="utf-8-sig")
        assert ";+6281398765432;" in text and "'" not in text
    else:
        cells = {c for row in tabular.read_file(out, tabular.first_row_score(bool)).records
                 for c in row}  # fmt: skip
        assert "+6281398765432" in cells and "-" not in cells
    result = cli("participants", "import", "--event", copy.out.strip(), str(source))
    assert result.status == 0, result.err
    store = make_store(cli.data_dir)
    try:
        assert _people(store, copy.out.strip()) == before
    finally:
        store.close()
    assert any(person[4] == "+6281398765432" for person in before)
    assert any(not person[5] for person in before) and any(person[5] for person in before)


def test_scores_round_trip(cli, tmp_path, make_store):
    """Export the scores, change some in the app, import the export: the papers are back."""
    event = cli("demo-data").out.strip()
    store = make_store(cli.data_dir)
    try:
        codes = {p.code: p.registration_id for p in list_participants(store, event)}
        enter(store, event, codes["P-003"], "post", 1, "-", "id")  # absent from the post-test
        before = {test: sheet_for(store, event, test) for test in ("pre", "post")}
    finally:
        store.close()
    assert any(c.state == "absent" for cells in before["post"].values() for c in cells.values())
    assert cli("export", "--event", event, "--format", "csv", "--out", str(tmp_path)).status == 0
    assert "'" not in (tmp_path / "nilai.csv").read_text(encoding="utf-8-sig")
    store = make_store(cli.data_dir)
    try:
        enter(store, event, codes["P-003"], "post", 2, "1", "id")  # the paper turned up after all
        enter(store, event, codes["P-001"], "pre", 1, "", "id")
        assert {t: sheet_for(store, event, t) for t in ("pre", "post")} != before
    finally:
        store.close()
    result = cli("scores", "import", "--event", event, str(tmp_path / "nilai.csv"))
    assert result.status == 0, result.err
    store = make_store(cli.data_dir)
    try:
        assert {test: sheet_for(store, event, test) for test in ("pre", "post")} == before
    finally:
        store.close()
