"""Writes store_v1.db, store_v2.db, …: a small store at each earlier schema version, made by
that version's own migration steps (run once when a version is released; the files are kept).

    .venv/bin/python tests/data/make_samples.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from kerinjing_desktop.core.store.schema import MIGRATIONS  # noqa: E402

STAMP = "2021-09-21T08:00:00.000Z"
DEVICE = "00000000-0000-4000-8000-00000000d001"
EVENT = "00000000-0000-4000-8000-0000000e0001"
PERSON = "00000000-0000-4000-8000-0000000p0001".replace("p", "a")
REG = "00000000-0000-4000-8000-0000000r0001".replace("r", "b")


def make(version: int) -> Path:
    path = HERE / f"store_v{version}.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    # what the store's connections give schema 10's score triggers (paper_totals.py)
    conn.create_function("kerinjing_totals_live", 0, lambda: 1)
    for number, step in enumerate(MIGRATIONS[:version], start=1):
        if callable(step):  # a data step: it is given what it uses of sqlite_utils' Database
            conn.execute("BEGIN")
            step(SimpleNamespace(conn=conn))  # type: ignore[arg-type]
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
            continue
        conn.executescript(f"BEGIN;\n{step}\nPRAGMA user_version={number};\nCOMMIT;")
    meta = [STAMP, STAMP, DEVICE]
    conn.execute(
        "INSERT INTO settings VALUES ('00000000-0000-4000-8000-0000000005e7', ?, ?, ?, "
        "'device_id', ?)", meta + [DEVICE],
    )  # fmt: skip
    conn.execute(
        "INSERT INTO events (id, created_at, updated_at, device_id, title, village, date, "
        "next_seq) VALUES (?, ?, ?, ?, 'Sosialisasi TPPO', 'Kerinjing', '2021-09-21', 2)",
        [EVENT] + meta,
    )
    conn.execute(
        "INSERT INTO people (id, created_at, updated_at, device_id, full_name, gender, "
        "birth_year, group_name, consent, name_key) VALUES (?, ?, ?, ?, 'Siti Aminah', 'P', "
        "1980, 'PKK', 1, 'siti aminah')",
        [PERSON] + meta,
    )
    conn.execute(
        "INSERT INTO registrations (id, created_at, updated_at, device_id, event_id, "
        "person_id, seq, code, checked_in_at) VALUES (?, ?, ?, ?, ?, ?, 1, 'P-001', ?)",
        [REG] + meta + [EVENT, PERSON, STAMP],
    )
    for number in range(1, 6):
        conn.execute(
            "INSERT INTO questions (id, created_at, updated_at, device_id, event_id, number, "
            "max_score, text) VALUES (?, ?, ?, ?, ?, ?, 20, 'Soal')",
            [f"00000000-0000-4000-8000-00000000c00{number}"] + meta + [EVENT, number],
        )
        for test, score in (("pre", 10), ("post", 20)):
            conn.execute(
                "INSERT INTO scores (id, created_at, updated_at, device_id, registration_id, "
                "test, question_number, state, score) VALUES (?, ?, ?, ?, ?, ?, ?, 'scored', ?)",
                [f"00000000-0000-4000-8000-0000000{test[:2]}{number:03d}".replace("pr", "aa")
                 .replace("po", "bb")] + meta + [REG, test, number, score],
            )  # fmt: skip
    if version == 8:  # a certificate register, as schemas 1-8 kept it (HMAC check codes)
        _certificates(conn, meta)
    conn.execute("VACUUM")
    conn.close()
    return path


def _certificates(conn: sqlite3.Connection, meta: list[str]) -> None:
    """One genuine certificate, and one whose holder was changed after issue."""
    import hashlib
    import hmac

    secret = "0123456789abcdef0123456789abcdef"
    conn.execute(
        "INSERT INTO settings VALUES ('00000000-0000-4000-8000-0000000005e8', ?, ?, ?, "
        "'certificates.secret', ?)", meta + [secret],
    )  # fmt: skip
    for number, (issued, now_reads) in enumerate(
        [("Siti Aminah", "Siti Aminah"), ("Rohani", "Rohani Palsu")], start=1
    ):
        serial = f"00{number}/PKM-TPPO/IX/2021"
        code = (
            hmac.new(secret.encode(), f"{serial}\n{issued}\n{EVENT}".encode(), hashlib.sha256)
            .hexdigest()[:8]
            .upper()
        )
        conn.execute(
            "INSERT INTO certificates (id, created_at, updated_at, device_id, event_id, "
            "registration_id, serial, holder_name, role, issued_at, check_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'peserta', ?, ?)",
            [f"00000000-0000-4000-8000-0000000ce00{number}"] + meta
            + [EVENT, REG if number == 1 else None, serial, now_reads, STAMP, code],
        )  # fmt: skip


if __name__ == "__main__":
    # Only the versions named (python make_samples.py 9), or every earlier one.
    wanted = [int(arg) for arg in sys.argv[1:]] or range(1, len(MIGRATIONS))
    for version in wanted:
        print(make(version))
