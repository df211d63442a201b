"""`export --datapackage DIR`: the programme, privacy-filtered, as CSV and a Frictionless package.

A data portal (CKAN), a warehouse or a national PostgreSQL loads the folder without knowing the
app: `datapackage.json` names each CSV with its fields' types, the keys that join them and a
description of every field in Indonesian and English. Beside it, `load_postgres.sql` creates the
tables and copies the CSVs in with psql (`psql -v ON_ERROR_STOP=1 -d DB -f load_postgres.sql`,
run from inside the folder). An empty cell is a suppressed count (fewer than 5 people) or a
figure that could not be computed; the package says so in `missingValues` and descriptions.

Everything comes from core/office/publish.py: nothing written here bypasses the filter.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import astuple, dataclass
from pathlib import Path

from kerinjing_desktop import __version__
from kerinjing_desktop.core.files import write_text
from kerinjing_desktop.core.office.publish import MIN_COUNT, Published

SUPPRESSED_ID = f"kosong = kurang dari {MIN_COUNT} orang (disembunyikan) atau tidak dihitung"
SUPPRESSED_EN = f"empty = fewer than {MIN_COUNT} people (suppressed) or not computed"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Frictionless: string, integer, number, date
    id: str
    en: str


@dataclass(frozen=True)
class Resource:
    name: str
    title_id: str
    title_en: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    event_key: bool = False  # event_id refers to events.id


_EVENT = Field("event_id", "string", "kode kegiatan (events.id)", "event id (events.id)")
_COUNT_NOTE = f" ({SUPPRESSED_ID} / {SUPPRESSED_EN})"
RESOURCES = (
    Resource("events", "Kegiatan", "Events", (
        Field("id", "string", "kode kegiatan (UUID)", "event id (UUID)"),
        Field("date", "date", "tanggal kegiatan", "date of the event"),
        Field("village", "string", "desa", "village"),
        Field("kecamatan", "string", "kecamatan", "sub-district (kecamatan)"),
        Field("kabupaten", "string", "kabupaten/kota", "district (kabupaten)"),
        Field("facilitators", "string", "fasilitator", "facilitators"),
        Field("registered", "integer", "peserta terdaftar", "people registered"),
        Field("attended", "integer", "peserta hadir", "people who attended"),
        Field("paired", "integer", "peserta dengan tes awal dan akhir",
              "people with both pre- and post-test"),
        Field("pre_pct", "number", "rata-rata tes awal (% dari skor maksimum)",
              "mean pre-test score (% of the maximum)"),
        Field("post_pct", "number", "rata-rata tes akhir (% dari skor maksimum)",
              "mean post-test score (% of the maximum)"),
        Field("gain_points", "number", "rata-rata kenaikan (poin persen)",
              "mean gain (percentage points)"),
        Field("gain_low", "number", "batas bawah selang kepercayaan 95% (t)",
              "lower end of the 95% interval (Student's t)"),
        Field("gain_high", "number", "batas atas selang kepercayaan 95% (t)",
              "upper end of the 95% interval (Student's t)"),
    ), ("id",)),
    Resource("kabupaten", "Jumlah per kabupaten", "Totals per kabupaten", (
        Field("kabupaten", "string", "kabupaten/kota", "district (kabupaten)"),
        Field("events", "integer", "jumlah kegiatan", "number of events"),
        Field("registered", "integer", "peserta terdaftar", "people registered"),
        Field("attended", "integer", "peserta hadir", "people who attended"),
        Field("paired", "integer", "peserta dengan tes awal dan akhir",
              "people with both pre- and post-test"),
    ), ("kabupaten",)),
    Resource("reach", "Jangkauan per kegiatan", "Reach per event", (
        _EVENT,
        Field("dimension", "string", "gender, age_band (kelompok umur) atau group (kelompok)",
              "gender, age_band or group"),
        Field("category", "string", "kategori (L/P, kelompok umur, kelompok baku)",
              "category (L/P, age band, standard group)"),
        Field("people", "integer", "peserta hadir", "people who attended"),
    ), ("event_id", "dimension", "category"), True),
    Resource("reach_total", "Jangkauan seluruh program", "Reach of the whole programme", (
        Field("dimension", "string", "gender, age_band atau group", "gender, age_band or group"),
        Field("category", "string", "kategori", "category"),
        Field("people", "integer", "peserta hadir", "people who attended"),
    ), ("dimension", "category")),
    Resource("questions", "Soal per kegiatan", "Questions per event", (
        _EVENT,
        Field("question", "integer", "nomor soal", "question number"),
        Field("pairs", "integer", "peserta dengan tes awal dan akhir",
              "people with both tests"),
        Field("pre_pct", "number", "skor tes awal (%)", "pre-test score (%)"),
        Field("post_pct", "number", "skor tes akhir (%)", "post-test score (%)"),
    ), ("event_id", "question"), True),
    Resource("questions_total", "Soal seluruh program", "Questions, whole programme", (
        Field("question", "integer", "nomor soal", "question number"),
        Field("pairs", "integer", "peserta dengan tes awal dan akhir",
              "people with both tests"),
        Field("pre_pct", "number", "skor tes awal (%)", "pre-test score (%)"),
        Field("post_pct", "number", "skor tes akhir (%)", "post-test score (%)"),
    ), ("question",)),
    Resource("texts", "Catatan dan komitmen", "Notes and commitments", (
        _EVENT,
        Field("number", "integer", "nomor urut dalam kegiatan", "running number in the event"),
        Field("kind", "string", "jenis: commitment, fgd, finding, presurvey, other",
              "kind: commitment, fgd, finding, presurvey, other"),
        Field("topic", "string", "topik", "topic"),
        Field("text", "string", "isi (tanpa nama yang tidak setuju dan nomor telepon)",
              "text (names of people who did not consent and phone numbers removed)"),
    ), ("event_id", "number"), True),
    Resource("follow_ups", "Tindak lanjut komitmen", "Follow-up of commitments", (
        _EVENT,
        Field("number", "integer", "nomor urut dalam kegiatan", "running number in the event"),
        Field("commitment", "string", "komitmen desa", "the village's commitment"),
        Field("visited_on", "date", "tanggal kunjungan tindak lanjut",
              "date of the follow-up visit"),
        Field("status", "string", "status terakhir: not_started (belum), started (berjalan), "
              "done (selesai)", "latest status: not_started, started, done"),
        Field("note", "string", "catatan kunjungan (tanpa nama dan nomor telepon)",
              "the visit's note (names and phone numbers removed)"),
    ), ("event_id", "number"), True),
)  # fmt: skip
_PG_TYPES = {"string": "text", "integer": "integer", "number": "numeric", "date": "date"}


def table_rows(published: Published) -> dict[str, list[tuple]]:
    numbers: dict[str, int] = {}
    texts = []
    for text in published.texts:
        numbers[text.event_id] = numbers.get(text.event_id, 0) + 1
        texts.append((text.event_id, numbers[text.event_id], text.kind, text.topic, text.text))
    follow_ups: list[tuple] = []
    counted: dict[str, int] = {}
    for item in published.follow_ups:
        counted[item.event_id] = counted.get(item.event_id, 0) + 1
        follow_ups.append((item.event_id, counted[item.event_id], *astuple(item)[1:]))
    return {
        "events": [astuple(e) for e in published.events],
        "kabupaten": [astuple(a) for a in published.kabupaten],
        "reach": [astuple(r) for r in published.reach if r.event_id],
        "reach_total": [astuple(r)[1:] for r in published.reach if not r.event_id],
        "questions": [astuple(q) for q in published.questions if q.event_id],
        "questions_total": [astuple(q)[1:] for q in published.questions if not q.event_id],
        "texts": texts,
        "follow_ups": follow_ups,
    }


def _csv(rows: list[tuple], resource: Resource) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f.name for f in resource.fields])
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def descriptor(created: str) -> dict:
    resources = []
    for resource in RESOURCES:
        schema: dict = {
            "fields": [
                {
                    "name": f.name,
                    "type": f.type,
                    "title": f.en,
                    "description": f"{f.id} / {f.en}",
                    "descriptions": {"id": f.id, "en": f.en},
                }
                for f in resource.fields
            ],  # fmt: skip
            "primaryKey": list(resource.key),
            "missingValues": [""],
        }
        if resource.event_key:
            schema["foreignKeys"] = [
                {"fields": "event_id", "reference": {"resource": "events", "fields": "id"}}
            ]
        resources.append({
            "name": resource.name, "path": f"{resource.name}.csv",
            "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "title": f"{resource.title_id} / {resource.title_en}", "schema": schema,
        })  # fmt: skip
    return {
        "profile": "tabular-data-package",
        "name": "kerinjing-programme",
        "title": "Program sosialisasi TPPO / Anti-trafficking awareness programme",
        "description": (
            "Angka program tanpa nama peserta; " + SUPPRESSED_ID + ". / Programme figures "
            "without participants' names; " + SUPPRESSED_EN + "."
        ),
        "created": created,
        "version": __version__,
        "resources": resources,
    }


def postgres_script() -> str:
    """psql script that creates the tables (keys included) and copies the CSVs in."""
    lines = ["-- psql -v ON_ERROR_STOP=1 -d DB -f load_postgres.sql (from this folder)", "BEGIN;"]
    for resource in reversed(RESOURCES):
        lines.append(f"DROP TABLE IF EXISTS {resource.name};")
    for resource in RESOURCES:
        columns = [f"  {f.name} {_PG_TYPES[f.type]}" for f in resource.fields]
        columns.append(f"  PRIMARY KEY ({', '.join(resource.key)})")
        if resource.event_key:
            columns.append("  FOREIGN KEY (event_id) REFERENCES events (id)")
        lines.append(f"CREATE TABLE {resource.name} (\n" + ",\n".join(columns) + "\n);")
        lines.append(
            f"\\copy {resource.name} FROM '{resource.name}.csv' WITH (FORMAT csv, HEADER true)"
        )
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def write_datapackage(published: Published, folder: Path, created: str) -> list[Path]:
    """Write the CSVs, datapackage.json and load_postgres.sql into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = table_rows(published)
    written = [
        write_text(folder / f"{resource.name}.csv", _csv(rows[resource.name], resource))
        for resource in RESOURCES
    ]
    package = json.dumps(descriptor(created), ensure_ascii=False, indent=2)
    written.append(write_text(folder / "datapackage.json", package + "\n"))
    written.append(write_text(folder / "load_postgres.sql", postgres_script()))
    return written
