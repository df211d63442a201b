"""The schema, one migration step per version (`PRAGMA user_version`).

Never edit a released step: add the next one. Every table has a UUID `id`, `created_at`,
`updated_at` and `device_id`, so stores from several laptops merge without collisions (but
the totals derived from the score cells, paper_totals.py, which no bundle carries).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite_utils costs ~50 ms to import: only when the store first needs it
    import sqlite_utils

_ROW_META = """
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL"""


# A step is SQL text (run as one transaction with the version bump) or, for data
# migrations, a function run inside `db.atomic()`.
Step = str | Callable[["sqlite_utils.Database"], None]

_V1 = f"""
        CREATE TABLE settings (
            {_ROW_META},
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE events (
            {_ROW_META},
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            village TEXT NOT NULL CHECK (length(trim(village)) > 0),
            kecamatan TEXT NOT NULL DEFAULT '',
            kabupaten TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL CHECK (date(date) IS date),
            facilitators TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            presurvey_notes TEXT NOT NULL DEFAULT '',
            next_seq INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1)
        ) STRICT;

        CREATE TABLE people (
            {_ROW_META},
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            gender TEXT NOT NULL CHECK (gender IN ('L', 'P')),
            birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1880 AND 2200),
            group_name TEXT NOT NULL DEFAULT 'Lainnya' CHECK (group_name IN
                ('PKK', 'Karang Taruna', 'Perangkat Desa', 'Tokoh Masyarakat', 'Lainnya')),
            phone TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
            name_key TEXT NOT NULL
        ) STRICT;
        CREATE INDEX people_name_key ON people(name_key);

        CREATE TABLE registrations (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 1),
            code TEXT NOT NULL CHECK (code GLOB 'P-[0-9][0-9][0-9]*'),
            role TEXT NOT NULL DEFAULT 'peserta'
                CHECK (role IN ('peserta', 'narasumber', 'panitia')),
            checked_in_at TEXT,
            UNIQUE (event_id, code),
            UNIQUE (event_id, person_id)
        ) STRICT;
        CREATE INDEX registrations_person ON registrations(person_id);

        CREATE TABLE questions (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'choice', 'truefalse')),
            max_score INTEGER NOT NULL CHECK (max_score BETWEEN 1 AND 100),
            text TEXT NOT NULL DEFAULT '',
            rubric TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '',
            answer_key TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, number)
        ) STRICT;

        CREATE TABLE scores (
            {_ROW_META},
            registration_id TEXT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            test TEXT NOT NULL CHECK (test IN ('pre', 'post')),
            question_number INTEGER NOT NULL CHECK (question_number >= 1),
            state TEXT NOT NULL CHECK (state IN ('scored', 'unanswered', 'absent')),
            score INTEGER CHECK ((state = 'scored') = (score IS NOT NULL) AND
                                 (score IS NULL OR score >= 0)),
            answer TEXT NOT NULL DEFAULT '',
            UNIQUE (registration_id, test, question_number)
        ) STRICT;

        CREATE TABLE notes (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('presurvey', 'fgd', 'finding', 'other')),
            topic TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT;

        CREATE TABLE commitments (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1))
        ) STRICT;

        CREATE TABLE certificates (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            registration_id TEXT REFERENCES registrations(id) ON DELETE SET NULL,
            serial TEXT NOT NULL UNIQUE,
            holder_name TEXT NOT NULL,
            role TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            check_code TEXT NOT NULL
        ) STRICT;

        CREATE TABLE photos (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT;
"""

# v2 (scores issue): background questions (e.g. "attended outreach before?") are recorded
# but left out of knowledge totals and the pre/post analysis.
_V2 = """
        ALTER TABLE questions ADD COLUMN scored INTEGER NOT NULL DEFAULT 1
            CHECK (scored IN (0, 1));
"""

# v3 (reliability issue): tombstones, so that a bundle carries deletions to other laptops.
# Triggers keep them without any feature module having to remember: a delete (cascades
# included) leaves one; putting the same row back (Undo, a merge) lifts it.
_V3_TABLES = (
    "events", "people", "registrations", "questions", "scores", "notes", "commitments",
    "certificates", "photos",
)  # fmt: skip
_STAMP_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _tombstone_triggers(tables: tuple[str, ...], stamp: str = _STAMP_NOW) -> str:
    """A delete (cascades included) leaves a tombstone; putting the row back lifts it."""
    return "".join(
        f"""
        CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} BEGIN
            INSERT OR REPLACE INTO deletions
                (id, created_at, updated_at, device_id, table_name, row_id, deleted_at)
            VALUES (OLD.id, {stamp}, {stamp},
                    coalesce((SELECT value FROM settings WHERE key = 'device_id'), ''),
                    '{table}', OLD.id, {stamp});
        END;
        CREATE TRIGGER {table}_revived AFTER INSERT ON {table} BEGIN
            DELETE FROM deletions WHERE table_name = '{table}' AND row_id = NEW.id;
        END;"""
        for table in tables
    )


# A tombstone's id is the deleted row's own UUID (unique across tables).
_V3 = f"""
        CREATE TABLE deletions (
            {_ROW_META},
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            UNIQUE (table_name, row_id)
        ) STRICT;
""" + _tombstone_triggers(_V3_TABLES)

# v4 (issue 13): a facilitator's text for a bundled slide, for one event (the bundled file is
# never written). `slide_key` is the slide's `# Title` line as bundled; empty text hides it.
_V4 = f"""
        CREATE TABLE slide_edits (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            lang TEXT NOT NULL,
            slide_key TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, lang, slide_key)
        ) STRICT;
""" + _tombstone_triggers(("slide_edits",))

# v5 (drafts issue): the institution behind the documents, set once and carried in bundles.
# One row (slot 'main'): two laptops that each set it merge by the natural key, the newer
# edit wins. The logo travels inside the row (a small PNG, base64) because bundles carry rows,
# not the media folder. Letterhead lines and signatories are text (JSON for the signatories).
_V5 = f"""
        CREATE TABLE institution (
            {_ROW_META},
            slot TEXT NOT NULL UNIQUE DEFAULT 'main' CHECK (slot = 'main'),
            name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            letterhead TEXT NOT NULL DEFAULT '',
            logo_png TEXT NOT NULL DEFAULT '',
            signatories TEXT NOT NULL DEFAULT '[]'
        ) STRICT;
""" + _tombstone_triggers(("institution",))

# The tables a bundle carries, parents before children.
SYNCED_TABLES: tuple[str, ...] = (*_V3_TABLES, "slide_edits", "institution")

# v6 (issue 13): the village's own label for a person's group beside the standard group, and
# more standard groups (Pelajar, Calon PMI, Purna PMI). A CHECK cannot be altered in SQLite:
# the table is rebuilt (SQLite's documented way; `migrate` turns foreign keys off around
# the steps, so that dropping the old table does not cascade to registrations).
_GROUPS_V6 = (
    "PKK", "Karang Taruna", "Pelajar", "Perangkat Desa", "Tokoh Masyarakat", "Calon PMI",
    "Purna PMI", "Lainnya",
)  # fmt: skip
_V6 = f"""
        CREATE TABLE people_v6 (
            {_ROW_META},
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            gender TEXT NOT NULL CHECK (gender IN ('L', 'P')),
            birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1880 AND 2200),
            group_name TEXT NOT NULL DEFAULT 'Lainnya' CHECK (group_name IN
                ({", ".join(f"'{g}'" for g in _GROUPS_V6)})),
            phone TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
            name_key TEXT NOT NULL,
            group_label TEXT NOT NULL DEFAULT ''
        ) STRICT;
        INSERT INTO people_v6 (id, created_at, updated_at, device_id, full_name, gender,
                               birth_year, group_name, phone, consent, name_key)
            SELECT id, created_at, updated_at, device_id, full_name, gender, birth_year,
                   group_name, phone, consent, name_key FROM people;
        DROP TABLE people;
        ALTER TABLE people_v6 RENAME TO people;
        CREATE INDEX people_name_key ON people(name_key);
""" + _tombstone_triggers(("people",))

# v7 (issue 12, consent): whether the people of an event agreed to be named, for every
# imported row that does not say so itself. Set once per event by the facilitator; 0 (not
# named) until then, because consent is recorded, never assumed.
_V7 = """
        ALTER TABLE events ADD COLUMN consent_default INTEGER NOT NULL DEFAULT 0
            CHECK (consent_default IN (0, 1));
"""

# v8 (issue 17): a follow-up visit's word on a village's commitment, months after the day:
# status, the visit's date, a note and a photo (a photos row of the event; its file stays in
# media/). A commitment is named by its text, because the commitments list is rewritten
# whole when edited (new row ids); several visits each leave a row, the latest one counts.
_V8 = f"""
        CREATE TABLE follow_ups (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            commitment TEXT NOT NULL CHECK (length(trim(commitment)) > 0),
            visited_on TEXT NOT NULL CHECK (date(visited_on) IS visited_on),
            status TEXT NOT NULL CHECK (status IN ('not_started', 'started', 'done')),
            note TEXT NOT NULL DEFAULT '',
            photo_id TEXT,
            sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1))
        ) STRICT;
        CREATE INDEX follow_ups_event ON follow_ups(event_id);
""" + _tombstone_triggers(("follow_ups",))
SYNCED_TABLES = (*SYNCED_TABLES, "follow_ups")

# v9 (many laptops, issue 12): certificates from any laptop verify on every laptop, and no
# merge can delete or take over one.
# - `signing_keys`: each laptop's Ed25519 public key, carried in bundles (synced);
# - certificates carry `signer` (a public key) and `signature`; the serial is no longer
#   UNIQUE: two laptops' serials cannot meet (each holds its laptop code), but if they ever
#   did, both certificates are kept and the check code on the paper tells them apart;
# - tombstones are stamped by the store's hybrid logical clock (`kerinjing_clock()`, a
#   function each connection registers, see connection.py), not the wall clock.
CLOCK_FUNCTION = "kerinjing_clock"
_V9_CERTIFICATES = f"""
        CREATE TABLE certificates_v9 (
            {_ROW_META},
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            registration_id TEXT REFERENCES registrations(id) ON DELETE SET NULL,
            serial TEXT NOT NULL,
            holder_name TEXT NOT NULL,
            role TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            check_code TEXT NOT NULL,
            signer TEXT NOT NULL DEFAULT '',
            signature TEXT NOT NULL DEFAULT ''
        ) STRICT"""
_V9_KEYS = f"""
        CREATE TABLE signing_keys (
            {_ROW_META},
            public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),
            code TEXT NOT NULL
        ) STRICT"""
# The tables a bundle carries, parents before children (and from v9 on).
SYNCED_TABLES = (*SYNCED_TABLES, "signing_keys")


def _v9(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute(_V9_KEYS)
    conn.execute(_V9_CERTIFICATES)
    conn.execute(
        "INSERT INTO certificates_v9 (id, created_at, updated_at, device_id, event_id, "
        "registration_id, serial, holder_name, role, issued_at, check_code) SELECT id, "
        "created_at, updated_at, device_id, event_id, registration_id, serial, holder_name, "
        "role, issued_at, check_code FROM certificates"
    )
    conn.execute("DROP TABLE certificates")  # drops its triggers first: no tombstones
    conn.execute("ALTER TABLE certificates_v9 RENAME TO certificates")
    conn.execute("CREATE INDEX certificates_serial ON certificates(serial)")
    conn.execute("CREATE INDEX certificates_event ON certificates(event_id)")
    for table in SYNCED_TABLES:
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_tombstone")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_revived")
        for statement in _tombstone_triggers((table,), f"{CLOCK_FUNCTION}()").split("END;"):
            if statement.strip():
                conn.execute(statement + "END;")
    from kerinjing_desktop.core.store.signing import sign_legacy_certificates

    sign_legacy_certificates(conn)


def _v10(db: sqlite_utils.Database) -> None:
    """v10 (issue 17): each paper's total and each question's points over pairs, kept by
    triggers (core/store/paper_totals.py), filled here from the cells already stored."""
    from kerinjing_desktop.core.store.paper_totals import create

    create(db.conn)


def _v11(db: sqlite_utils.Database) -> None:
    """v11 (issue 17): each event's registrations counted by gender, age band, group and
    attendance, kept by triggers (core/store/reach_totals.py), filled here."""
    from kerinjing_desktop.core.store.reach_totals import create

    create(db.conn)


MIGRATIONS: list[Step] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _v9, _v10, _v11]
SCHEMA_VERSION = len(MIGRATIONS)
