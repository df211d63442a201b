"""`serve`: the office's read-only web view (Datasette, the optional `[office]` extra).

Datasette is given a separate database holding only what the privacy filter published (the
data package's tables, core/office/datapackage.py), opened immutable, with canned queries for
the programme's figures. It listens on 127.0.0.1 unless a host is given; with a host it asks
for a password and every request must carry it (datasette-auth-passwords, HTTP Basic), so
the office network sees nothing without it. The password is kept only as a salted hash in the
metadata file, beside the copy, in the data dir's `office/` folder (owner-only).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from kerinjing_desktop.core.files import write_text
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.office.datapackage import RESOURCES, table_rows
from kerinjing_desktop.core.office.publish import Published
from kerinjing_desktop.core.store.published import write_published_copy

LOCAL_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DATABASE = "programme"
USER = "office"
_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "date": "TEXT"}
CANNED = {
    "totals_per_kabupaten": (
        "Totals per kabupaten / Jumlah per kabupaten",
        "SELECT kabupaten, events, registered, attended, paired FROM kabupaten ORDER BY kabupaten",
    ),
    "calon_pmi_reached": (
        "Prospective migrant workers reached / Calon PMI yang dijangkau",
        "SELECT e.kabupaten, e.village, e.date, r.people FROM reach r JOIN events e "
        "ON e.id = r.event_id WHERE r.dimension = 'group' AND r.category = 'Calon PMI' "
        "ORDER BY e.date",
    ),
    "gains_per_village": (
        "Gains per village / Kenaikan per desa",
        "SELECT date, village, kabupaten, paired, pre_pct, post_pct, gain_points, gain_low, "
        "gain_high FROM events ORDER BY kabupaten, date",
    ),
    "hardest_questions": (
        "Questions that stay hard / Soal yang tetap sulit",
        "SELECT question, pairs, pre_pct, post_pct FROM questions_total ORDER BY post_pct",
    ),
    "commitments_kept": (
        "Commitments kept / Komitmen yang dijalankan",
        "SELECT status, count(*) AS commitments FROM follow_ups GROUP BY status",
    ),
}


class ServeError(Exception):
    """`serve` cannot start; the message says why and what to do."""


@dataclass(frozen=True)
class ServePlan:
    database: Path
    metadata: Path
    host: str
    port: int

    @property
    def address(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def argv(self) -> list[str]:
        return [sys.executable, "-m", "datasette", "serve", "-i", str(self.database),
                "--metadata", str(self.metadata), "--host", self.host, "--port",
                str(self.port), "--setting", "default_allow_sql", "off"]  # fmt: skip


def available() -> bool:
    try:
        import datasette  # noqa: F401
        import datasette_auth_passwords  # noqa: F401
    except ImportError:
        return False
    return True


def missing_message() -> str:
    return _(
        "The web view needs Datasette, an optional part: pip install 'kerinjing-desktop[office]'"
    )


def metadata(password_hash: str | None) -> dict:
    descriptions = {
        r.name: {
            "title": f"{r.title_id} / {r.title_en}",
            "columns": {f.name: f"{f.id} / {f.en}" for f in r.fields},
        }
        for r in RESOURCES
    }
    meta: dict = {
        "title": "Kerinjing Desktop — Program / Programme",
        "description": _(
            "Programme figures without participants' names; counts below 5 are empty."
        ),
        "databases": {
            DATABASE: {
                "tables": descriptions,
                "queries": {name: {"title": title, "sql": sql}
                            for name, (title, sql) in CANNED.items()},
            }
        },
    }  # fmt: skip
    if password_hash:
        meta["plugins"] = {
            "datasette-auth-passwords": {
                "http_basic_auth": True,
                f"{USER}_password_hash": password_hash,
            }
        }
    return meta


def prepare(
    published: Published, folder: Path, host: str | None, port: int, password: str | None
) -> ServePlan:
    """Write the published copy and its metadata into `folder`; the plan to run Datasette."""
    if not available():
        raise ServeError(missing_message())
    if host and not password:
        raise ServeError(
            _("Serving beyond this computer (--host) needs a password; nothing was started.")
        )
    folder.mkdir(parents=True, exist_ok=True)
    rows = table_rows(published)
    tables = {
        r.name: ([(f.name, _SQL_TYPES[f.type], f.name in r.key) for f in r.fields], rows[r.name])
        for r in RESOURCES
    }
    database = write_published_copy(folder / f"{DATABASE}.db", tables)
    password_hash = None
    if password:
        from datasette_auth_passwords.utils import hash_password

        password_hash = hash_password(password)
    meta = write_text(folder / "metadata.json", json.dumps(metadata(password_hash), indent=2))
    return ServePlan(database, meta, host or LOCAL_HOST, port)
