"""The data package's description (core/office/datapackage.py) checked against what the filter
publishes: every table titled and every column named after its published figure and described
in both languages, the rows numbered per event, and the PostgreSQL script's keys."""

from __future__ import annotations

import json
from dataclasses import fields

from kerinjing_desktop import __version__
from kerinjing_desktop.core.office.datapackage import (
    RESOURCES,
    descriptor,
    postgres_script,
    table_rows,
    write_datapackage,
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


def _published() -> Published:
    """One event with a suppressed count and an uncomputed figure, a totals row of reach
    and of a question beside the event's own, a text and a follow-up."""
    return Published(
        events=[EventFigures("e1", "2026-03-10", "Kerinjing", "Tanjung Agung", "Muara Enim",
                             "Bu Ani, Pak Budi", 12, None, 8, 40.0, 72.5, 32.5, None, None)],
        kabupaten=[AreaTotals("Muara Enim", 1, 12, None, 8)],
        reach=[ReachCount("e1", "gender", "P", 9), ReachCount("", "gender", "P", 9),
               ReachCount("e1", "group", "PKK", None)],
        questions=[QuestionFigures("e1", 1, 8, 50.0, 87.5), QuestionFigures("", 1, 8, 50.0, 87.5)],
        texts=[PublicText("e1", "finding", "Calo", 3, 'Kata "calo", dua baris\nlagi')],
        follow_ups=[PublicFollowUp("e1", "Posko desa", "2026-06-01", "done", "")],
    )  # fmt: skip


def test_the_rows_of_each_table_split_the_events_rows_from_the_totals():
    """A reach or question row of no event is the selection's total: it goes to its own
    table without the empty event column."""
    rows = table_rows(_published())
    assert rows["events"] == [
        ("e1", "2026-03-10", "Kerinjing", "Tanjung Agung", "Muara Enim", "Bu Ani, Pak Budi", 12,
         None, 8, 40.0, 72.5, 32.5, None, None)
    ]  # fmt: skip
    assert rows["kabupaten"] == [("Muara Enim", 1, 12, None, 8)]
    assert rows["reach"] == [("e1", "gender", "P", 9), ("e1", "group", "PKK", None)]
    assert rows["reach_total"] == [("gender", "P", 9)]
    assert rows["questions"] == [("e1", 1, 8, 50.0, 87.5)]
    assert rows["questions_total"] == [(1, 8, 50.0, 87.5)]
    assert rows["texts"] == [("e1", 1, "finding", "Calo", 'Kata "calo", dua baris\nlagi')]
    assert rows["follow_ups"] == [("e1", 1, "Posko desa", "2026-06-01", "done", "")]


def test_the_folder_holds_every_csv_the_descriptor_and_the_script(tmp_path):
    """Each CSV: its header, then its rows, an empty cell for a suppressed or uncomputed
    figure, quotes only where a cell needs them, lines ending in a bare newline; the
    descriptor as indented UTF-8 JSON; the files listed in the order written."""
    folder = tmp_path / "new" / "package"
    written = write_datapackage(_published(), folder, "2026-12-05T10:00:00Z")
    names = [r.name for r in RESOURCES]
    assert written == [folder / f"{name}.csv" for name in names] + [
        folder / "datapackage.json", folder / "load_postgres.sql",
    ]  # fmt: skip
    read = {path.name: path.read_bytes().decode("utf-8") for path in written}
    assert read["events.csv"] == (
        "id,date,village,kecamatan,kabupaten,facilitators,registered,attended,paired,pre_pct,"
        "post_pct,gain_points,gain_low,gain_high\n"
        'e1,2026-03-10,Kerinjing,Tanjung Agung,Muara Enim,"Bu Ani, Pak Budi",12,,8,40.0,72.5,'
        "32.5,,\n"
    )
    assert read["reach_total.csv"] == "dimension,category,people\ngender,P,9\n"
    assert read["texts.csv"] == (
        'event_id,number,kind,topic,text\ne1,1,finding,Calo,"Kata ""calo"", dua baris\nlagi"\n'
    )
    assert read["follow_ups.csv"] == (
        "event_id,number,commitment,visited_on,status,note\ne1,1,Posko desa,2026-06-01,done,\n"
    )
    assert read["datapackage.json"] == (
        json.dumps(descriptor("2026-12-05T10:00:00Z"), ensure_ascii=False, indent=2) + "\n"
    )
    assert read["datapackage.json"].startswith('{\n  "profile": "tabular-data-package",\n')
    assert read["load_postgres.sql"] == postgres_script()
    write_datapackage(Published(), folder, "2026-12-06T10:00:00Z")  # the folder exists now
    assert (folder / "texts.csv").read_text(encoding="utf-8") == (
        "event_id,number,kind,topic,text\n"
    )


def test_the_descriptor_describes_the_package_and_each_table_in_both_languages():
    package = descriptor("2026-12-05T10:00:00Z")
    assert {key: value for key, value in package.items() if key != "resources"} == {
        "profile": "tabular-data-package",
        "name": "kerinjing-programme",
        "title": "Program sosialisasi TPPO / Anti-trafficking awareness programme",
        "description": (
            "Angka program tanpa nama peserta; kosong = kurang dari 5 orang (disembunyikan) "
            "atau tidak dihitung. / Programme figures without participants' names; empty = "
            "fewer than 5 people (suppressed) or not computed."
        ),
        "created": "2026-12-05T10:00:00Z",
        "version": __version__,
    }
    events = package["resources"][0]
    assert {key: value for key, value in events.items() if key != "schema"} == {
        "name": "events", "path": "events.csv", "profile": "tabular-data-resource",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "title": "Kegiatan / Events",
    }  # fmt: skip
    assert events["schema"]["fields"][1] == {
        "name": "date",
        "type": "date",
        "title": "date of the event",
        "description": "tanggal kegiatan / date of the event",
        "descriptions": {"id": "tanggal kegiatan", "en": "date of the event"},
    }
    assert events["schema"]["primaryKey"] == ["id"] and "foreignKeys" not in events["schema"]
    for resource, described in zip(RESOURCES, package["resources"], strict=True):
        assert described["title"] == f"{resource.title_id} / {resource.title_en}"
        assert [f["type"] for f in described["schema"]["fields"]] == [
            f.type for f in resource.fields
        ]
        assert described["schema"]["missingValues"] == [""]
        assert ("foreignKeys" in described["schema"]) is resource.event_key


def test_each_field_has_its_type_and_its_words_in_both_languages():
    """The types a loader casts to, and the words a reader of the portal sees."""
    described = {
        (resource.name, f.name): (f.type, f.id, f.en)
        for resource in RESOURCES
        for f in resource.fields
    }
    assert described[("events", "gain_low")] == (
        "number", "batas bawah selang kepercayaan 95% (t)",
        "lower end of the 95% interval (Student's t)",
    )  # fmt: skip
    assert described[("reach", "people")] == ("integer", "peserta hadir", "people who attended")
    assert described[("follow_ups", "visited_on")][0] == "date"
    assert described[("texts", "text")] == (
        "string", "isi (tanpa nama yang tidak setuju dan nomor telepon)",
        "text (names of people who did not consent and phone numbers removed)",
    )  # fmt: skip
    counts = {"registered", "attended", "paired", "events", "people", "pairs", "question", "number"}
    for (_table, name), (kind, _id, _en) in described.items():
        if name in ("date", "visited_on"):
            assert kind == "date", name
        elif name.endswith("_pct") or name.startswith("gain_"):
            assert kind == "number", name  # a percentage or percentage points, with decimals
        elif name in counts:
            assert kind == "integer", name
        else:
            assert kind == "string", name  # ids, places, names of categories, words
