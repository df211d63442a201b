"""How many people each event registered, counted by gender, age band, group and whether
they attended, kept up to date by triggers in the transaction of every write.

Why: the programme view's reach and registered/attended counts read every registration with
its person (100,000 at 200 laptops, a second on a loaded office computer); read from here
they are a few rows per event. Why triggers: see paper_totals.py (registrations, people and
events are written by many modules, merges and cascades).

The names the office's outputs must strike from notes (people who did not consent) are read
through a partial index of those people only (`people_withheld`), not the whole table.

A registration counts once in the row of its event, its person's gender, age band (the
event's year minus the birth year, AGE_LIMITS of core/domain.py) and group, and whether it
was checked in. A row may fall to 0 people; readers skip those.

Cascades: SQLite deletes a parent before its children, so a registration deleted with its
person or event no longer sees them. The person's and event's own BEFORE DELETE triggers take
their registrations away first; a registration's own trigger then finds nothing to count.
"""

from __future__ import annotations

import sqlite3

from kerinjing_desktop.core.domain import AGE_LIMITS, OLDEST_BAND, UNKNOWN_AGE

TABLE = """
    CREATE TABLE reach_totals (
        event_id TEXT NOT NULL,
        gender TEXT NOT NULL,
        age_band TEXT NOT NULL,
        group_name TEXT NOT NULL,
        attended INTEGER NOT NULL,
        people INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, gender, age_band, group_name, attended)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX people_withheld ON people(id, full_name) WHERE consent = 0
"""


def band_sql(date: str, birth_year: str) -> str:
    """core/domain.age_band as SQL, from the same limits."""
    age = f"CAST(substr({date}, 1, 4) AS INTEGER) - {birth_year}"
    steps = " ".join(f"WHEN {age} < {int(limit)} THEN '{band}'" for limit, band in AGE_LIMITS)
    return f"(CASE WHEN {birth_year} IS NULL THEN '{UNKNOWN_AGE}' {steps} ELSE '{OLDEST_BAND}' END)"


_UPSERT = (
    "INSERT INTO reach_totals (event_id, gender, age_band, group_name, attended, people) "
    "{select} ON CONFLICT DO UPDATE SET people = people + excluded.people;"
)


def _registrations(sign: str, where: str) -> str:
    """Every registration matching `where` (as r, with its person p), counted with `sign`."""
    return _UPSERT.format(
        select=f"SELECT r.event_id, p.gender, {band_sql('e.date', 'p.birth_year')}, "
        f"p.group_name, r.checked_in_at IS NOT NULL, {sign} * count(*) "
        "FROM registrations r JOIN people p ON p.id = r.person_id "
        f"JOIN events e ON e.id = r.event_id WHERE {where} GROUP BY 1, 2, 3, 4, 5"
    )


def _one(sign: str, row: str) -> str:
    """One registration (NEW or OLD), counted with `sign` if its person and event exist."""
    return _UPSERT.format(
        select=f"SELECT {row}.event_id, p.gender, {band_sql('e.date', 'p.birth_year')}, "
        f"p.group_name, {row}.checked_in_at IS NOT NULL, {sign} "
        f"FROM people p JOIN events e ON e.id = {row}.event_id WHERE p.id = {row}.person_id"
    )


def _person(sign: str, row: str) -> str:
    """A person's registrations, counted with `sign` and the person's values in `row`."""
    return _UPSERT.format(
        select=f"SELECT r.event_id, {row}.gender, {band_sql('e.date', f'{row}.birth_year')}, "
        f"{row}.group_name, r.checked_in_at IS NOT NULL, {sign} * count(*) "
        "FROM registrations r JOIN events e ON e.id = r.event_id "
        f"WHERE r.person_id = {row}.id GROUP BY 1, 2, 3, 4, 5"
    )


TRIGGERS = f"""
    CREATE TRIGGER registrations_reach_insert AFTER INSERT ON registrations
    BEGIN {_one("1", "NEW")} END;

    CREATE TRIGGER registrations_reach_delete AFTER DELETE ON registrations
    BEGIN {_one("-1", "OLD")} END;

    CREATE TRIGGER registrations_reach_update AFTER UPDATE ON registrations
    WHEN OLD.event_id IS NOT NEW.event_id OR OLD.person_id IS NOT NEW.person_id
        OR (OLD.checked_in_at IS NULL) != (NEW.checked_in_at IS NULL)
    BEGIN {_one("-1", "OLD")} {_one("1", "NEW")} END;

    CREATE TRIGGER people_reach_insert AFTER INSERT ON people
    BEGIN {_person("1", "NEW")} END;

    CREATE TRIGGER people_reach_delete BEFORE DELETE ON people
    BEGIN {_person("-1", "OLD")} END;

    CREATE TRIGGER people_reach_update AFTER UPDATE ON people
    WHEN OLD.gender IS NOT NEW.gender OR OLD.birth_year IS NOT NEW.birth_year
        OR OLD.group_name IS NOT NEW.group_name
    BEGIN {_person("-1", "OLD")} {_person("1", "NEW")} END;

    CREATE TRIGGER events_reach_insert AFTER INSERT ON events
    BEGIN {_registrations("1", "r.event_id = NEW.id")} END;

    CREATE TRIGGER events_reach_delete BEFORE DELETE ON events
    BEGIN DELETE FROM reach_totals WHERE event_id = OLD.id; END;

    CREATE TRIGGER events_reach_update AFTER UPDATE ON events
    WHEN substr(OLD.date, 1, 4) IS NOT substr(NEW.date, 1, 4)
    BEGIN
        DELETE FROM reach_totals WHERE event_id = OLD.id;
        {_registrations("1", "r.event_id = NEW.id")}
    END;
"""


def create(conn: sqlite3.Connection) -> None:
    """The table and its triggers, filled from the registrations already stored."""
    from kerinjing_desktop.core.store.paper_totals import statements

    for statement in statements(f"{TABLE};{TRIGGERS}"):
        conn.execute(statement)
    rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM reach_totals")
    conn.execute(_registrations("1", "1"))
