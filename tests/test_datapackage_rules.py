"""The data package's description (core/office/datapackage.py) checked against what the filter
publishes: every table titled and every column named after its published figure and described
in both languages, the rows numbered per event, and the PostgreSQL script's keys."""

from __future__ import annotations

from dataclasses import fields

from kerinjing_desktop.core.office.datapackage import (
    RESOURCES,
    descriptor,
    postgres_script,
    table_rows,
)
from kerinjing_desktop.core.office.publish import (
    AreaTotals,
    EventFigures,
    PublicFollowUp,
    PublicText,
    Published,
    QuestionFigures,
    ReachCount,
)


def _names(kind) -> list[str]:
    return [f.name for f in fields(kind)]


COLUMNS = {
    "events": _names(EventFigures),
    "kabupaten": _names(AreaTotals),
    "reach": _names(ReachCount),
    "reach_total": _names(ReachCount)[1:],
    "questions": _names(QuestionFigures),
    "questions_total": _names(QuestionFigures)[1:],
    "texts": ["event_id", "number", "kind", "topic", "text"],
    "follow_ups": ["event_id", "number", *_names(PublicFollowUp)[1:]],
}


def test_every_column_is_a_published_figure_described_in_both_languages():
    assert {r.name: [f.name for f in r.fields] for r in RESOURCES} == COLUMNS
    for resource in RESOURCES:
        assert resource.title_id and resource.title_en, resource.name
        for field in resource.fields:
            assert field.type in ("string", "integer", "number", "date"), field.name
            assert field.id.strip() and field.en.strip(), (resource.name, field.name)
        assert set(resource.key) <= {f.name for f in resource.fields}
        assert resource.event_key is (resource.fields[0].name == "event_id")


def test_texts_and_follow_ups_are_numbered_within_their_event():
    published = Published(
        texts=[PublicText("a", "fgd", "t", 1, "x"), PublicText("b", "fgd", "t", 1, "y"),
               PublicText("a", "commitment", "", 2, "z")],
        follow_ups=[PublicFollowUp("b", "c1", "2026-05-01", "done", ""),
                    PublicFollowUp("b", "c2", "2026-05-02", "started", "n")],
    )  # fmt: skip
    rows = table_rows(published)
    assert rows["texts"] == [
        ("a", 1, "fgd", "t", "x"), ("b", 1, "fgd", "t", "y"), ("a", 2, "commitment", "", "z"),
    ]  # fmt: skip
    assert rows["follow_ups"] == [
        ("b", 1, "c1", "2026-05-01", "done", ""), ("b", 2, "c2", "2026-05-02", "started", "n"),
    ]  # fmt: skip


def test_the_descriptor_marks_keys_links_and_empty_cells():
    package = descriptor("2026-12-05T10:00:00Z")
    assert package["created"] == "2026-12-05T10:00:00Z"
    reach = next(r for r in package["resources"] if r["name"] == "reach")
    assert reach["schema"]["primaryKey"] == ["event_id", "dimension", "category"]
    assert reach["schema"]["foreignKeys"] == [
        {"fields": "event_id", "reference": {"resource": "events", "fields": "id"}}
    ]
    assert reach["schema"]["missingValues"] == [""]
    totals = next(r for r in package["resources"] if r["name"] == "reach_total")
    assert "foreignKeys" not in totals["schema"]


def test_the_postgres_script_drops_in_reverse_creates_with_keys_and_copies():
    script = postgres_script()
    lines = script.splitlines()
    assert lines[1] == "BEGIN;" and lines[-1] == "COMMIT;" and script.endswith("COMMIT;\n")
    assert lines[2:4] == ["DROP TABLE IF EXISTS follow_ups;", "DROP TABLE IF EXISTS texts;"]
    assert (
        "CREATE TABLE kabupaten (\n  kabupaten text,\n  events integer,\n  registered integer,\n"
        "  attended integer,\n  paired integer,\n  PRIMARY KEY (kabupaten)\n);"
    ) in script
    assert (
        "  people integer,\n  PRIMARY KEY (event_id, dimension, category),\n"
        "  FOREIGN KEY (event_id) REFERENCES events (id)\n);"
    ) in script
    assert "\\copy reach FROM 'reach.csv' WITH (FORMAT csv, HEADER true)" in lines
