"""Opening the store, rule by rule: the stamp and id formats to the bit, the columns every row
carries, who holds the data folder and when it is given back, the words for a folder that
cannot be used, and migrations that run step by step, roll a failed step back and leave
foreign keys on."""

from __future__ import annotations

import os
import re
import sqlite3
import types

import pytest
from fd_support import open_in

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import StoreError, connection, dirlock, open_store
from kerinjing_desktop.core.store.connection import migrate, new_id, now, schema_version
from kerinjing_desktop.core.store.guard import database_class
from kerinjing_desktop.core.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.usefixtures("english")  # messages compared in English


def test_a_stamp_is_utc_to_the_millisecond():
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", now())


@pytest.mark.parametrize(
    ("random_byte", "expected"),
    [(0x00, "01234567-89ab-7000-8000-000000000000"),
     (0xFF, "01234567-89ab-7fff-bfff-ffffffffffff")],
)  # fmt: skip
def test_an_id_is_the_milliseconds_then_random_bits_with_version_and_variant(
    monkeypatch, random_byte, expected
):
    """A fixed clock and fixed random bytes give one exact id: 48 bits of milliseconds, the
    version nibble 7, the variant bits 10, the rest random."""
    milliseconds = 0x0123456789AB
    clock = types.SimpleNamespace(time_ns=lambda: milliseconds * 1_000_000 + 999_999)
    monkeypatch.setattr(connection, "time", clock)
    monkeypatch.setattr(os, "urandom", lambda n: bytes([random_byte]) * n)
    assert new_id() == expected


def test_new_rows_and_changed_rows_carry_their_stamp_and_device(store):
    """A batch's stamp is used as given for both times; without one the store's clock stamps
    it; every row gets a fresh id and this store's device."""
    given = store.row_meta("2026-12-05T08:00:00.000Z")
    assert (given["created_at"], given["updated_at"], given["device_id"]) == (
        "2026-12-05T08:00:00.000Z", "2026-12-05T08:00:00.000Z", store.device_id,
    )  # fmt: skip
    fresh = store.row_meta()
    assert fresh["created_at"] == fresh["updated_at"] > given["created_at"]
    assert fresh["id"] != given["id"] and len(fresh["id"]) == 36
    touched = store.touch()
    assert set(touched) == {"updated_at", "device_id"}
    assert touched["updated_at"] > fresh["updated_at"] and touched["device_id"] == store.device_id
    assert len(store.device_id) == 36


def test_a_transaction_holds_several_calls_and_rolls_them_back_together(store):
    with pytest.raises(KeyError), store.transaction():
        store.db["settings"].insert(store.row_meta() | {"key": "a", "value": "1"})
        raise KeyError("undo")
    assert store.execute("SELECT count(*) FROM settings WHERE key = 'a'").fetchone() == (0,)


def test_an_in_memory_store_has_no_path_and_no_folder(store):
    assert store.path is None and store.dir_lock is None
    assert store.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert schema_version(store.conn) == SCHEMA_VERSION


def test_the_device_id_is_made_once_and_kept(tmp_path):
    first = open_store(tmp_path)
    device = first.device_id
    rows = first.execute("SELECT device_id, value FROM settings WHERE key = 'device_id'")
    assert rows.fetchall() == [(device, device)]
    first.close()
    again = open_store(tmp_path)
    assert again.device_id == device and again.path == tmp_path / DB_NAME
    again.close()


def test_a_writing_program_holds_the_folder_until_it_closes(tmp_path):
    store = open_store(tmp_path, owner="scores set")
    assert dirlock.holds(tmp_path) and store.dir_lock is not None
    assert dirlock.read_holder(tmp_path).program == "scores set"
    store.close()
    assert not dirlock.holds(tmp_path) and store.dir_lock is None
    store.close()  # a second close gives up nothing more


def test_a_reading_program_gives_back_the_moment_it_took_to_create(tmp_path):
    """Creating the store takes the folder for that moment only; a reader holds nothing."""
    made = open_store(tmp_path / "new")
    assert not dirlock.holds(tmp_path / "new") and made.dir_lock is None
    made.close()
    reader = open_store(tmp_path / "new")
    assert not dirlock.holds(tmp_path / "new")
    reader.close()


def test_a_store_that_fails_to_open_gives_the_folder_back(tmp_path):
    store = open_store(tmp_path)
    store.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(StoreError) as refused:
        open_store(tmp_path, owner="window")
    assert str(refused.value) == (
        f"This data file was made by a newer Kerinjing Desktop (schema {SCHEMA_VERSION + 1}; "
        f"this version knows {SCHEMA_VERSION}). Update the app."
    )
    assert not dirlock.holds(tmp_path)


def test_a_folder_that_is_a_file_is_said_in_words(tmp_path):
    blocked = tmp_path / "data"
    blocked.write_text("not a folder")
    with pytest.raises(StoreError) as refused:
        open_store(blocked / "inner")
    assert str(refused.value).startswith(f"Cannot open the data folder {blocked / 'inner'}: ")
    with pytest.raises(StoreError) as owned:
        open_store(blocked / "inner", owner="window")
    assert str(owned.value).startswith(f"Cannot open the data folder {blocked / 'inner'}: ")


def test_an_interrupted_restore_is_finished_before_opening(tmp_path):
    """A restore cut off between its renames (the old store gone, its complete copy beside):
    the next open, even a reader's, puts the copy in place before opening."""
    source = open_store(tmp_path / "source")
    source.db["settings"].insert(source.row_meta() | {"key": "from", "value": "backup"})
    source.close()
    (tmp_path / "live").mkdir()
    os.replace(tmp_path / "source" / DB_NAME, tmp_path / "live" / f"{DB_NAME}.restoring")
    opened = open_store(tmp_path / "live")
    assert opened.execute("SELECT value FROM settings WHERE key = 'from'").fetchone() == ("backup",)
    assert not (tmp_path / "live" / f"{DB_NAME}.restoring").exists()
    opened.close()


def test_a_quick_check_failure_is_damage(monkeypatch, tmp_path):
    """quick_check's findings carry no error code: they count as damage (moved aside)."""
    from kerinjing_desktop.core.store.recovery import StoreDamaged

    open_store(tmp_path).close()
    monkeypatch.setattr(connection, "PRAGMAS", ("PRAGMA foreign_keys=ON",))
    real_connect = sqlite3.connect

    class Checked(connection.GuardedConnection):
        def execute(self, sql, parameters=(), /):
            if sql == "PRAGMA quick_check":
                return real_connect(":memory:").execute("SELECT 'page 3: btree broken'")
            return super().execute(sql, parameters)

    monkeypatch.setattr(
        connection.sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "factory": Checked})
    )
    with pytest.raises(StoreDamaged) as caught:
        open_store(tmp_path)
    assert str(caught.value).startswith("The data file is damaged (page 3: btree broken).\n")


def test_an_open_that_fails_but_is_no_damage_is_explained(monkeypatch, tmp_path):
    """A locked file is not damage: the facilitator reads what to do, nothing is moved."""
    open_store(tmp_path).close()

    def busy(_conn):
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorname = "SQLITE_BUSY"
        raise error

    monkeypatch.setattr(connection, "schema_version", busy)
    with pytest.raises(StoreError) as refused:
        open_store(tmp_path)
    assert str(refused.value).startswith("Another program kept the data busy for too long")
    assert (tmp_path / DB_NAME).exists()


def _plain_db():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    return database_class()(conn, recursive_triggers=False, execute_plugins=False)


def test_migrations_run_each_missing_step_and_count_the_version(monkeypatch):
    """SQL steps and function steps run in order, each with its version; from a middle
    version only the missing steps run; foreign keys are back on after."""
    ran: list[int] = []

    def data_step(db) -> None:
        ran.append(db.execute("SELECT count(*) FROM a").fetchone()[0])
        db.execute("INSERT INTO a VALUES (2)")

    steps = ["CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);", data_step,
             "INSERT INTO a VALUES (3);"]  # fmt: skip
    monkeypatch.setattr(connection, "MIGRATIONS", steps)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", 3)
    db = _plain_db()
    assert migrate(db) == 3
    assert ran == [1] and [x for (x,) in db.execute("SELECT x FROM a")] == [1, 2, 3]
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    db.execute("PRAGMA user_version=2")
    assert migrate(db) == 3
    assert [x for (x,) in db.execute("SELECT x FROM a")] == [1, 2, 3, 3]


@pytest.mark.parametrize("kind", ["sql", "function"])
def test_a_step_that_breaks_a_foreign_key_is_rolled_back(monkeypatch, kind):
    """Foreign keys are off during a step (a table may be rebuilt), so each step is checked
    before it commits: a broken reference undoes the step and names the row."""
    setup = (
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "CREATE TABLE child (p INTEGER REFERENCES parent(id));"
    )
    broken = "INSERT INTO child VALUES (5);"

    def broken_function(db) -> None:
        db.execute(broken)

    monkeypatch.setattr(connection, "MIGRATIONS", [setup, broken if kind == "sql" else
                                                   broken_function])  # fmt: skip
    monkeypatch.setattr(connection, "SCHEMA_VERSION", 2)
    db = _plain_db()
    with pytest.raises(sqlite3.IntegrityError, match=r"^foreign key broken by a migration step"):
        migrate(db)
    assert schema_version(db) == 1
    assert db.execute("SELECT count(*) FROM child").fetchone() == (0,)
    assert not db.conn.in_transaction
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_failing_sql_step_leaves_the_version_and_no_transaction(monkeypatch):
    monkeypatch.setattr(connection, "MIGRATIONS", ["CREATE TABLE a (x);", "INSERT INTO nowhere;"])
    monkeypatch.setattr(connection, "SCHEMA_VERSION", 2)
    db = _plain_db()
    with pytest.raises(sqlite3.OperationalError):
        migrate(db)
    assert schema_version(db) == 1 and not db.conn.in_transaction


def _starting_with(monkeypatch, *statements: str) -> None:
    """Every connection the store opens first runs `statements`: a SQLite built with other
    defaults (secure_delete is on in Debian's build, off in others)."""
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        for statement in statements:
            conn.execute(statement)
        return conn

    monkeypatch.setattr(connection.sqlite3, "connect", connect)


def test_the_stores_settings_hold_whatever_sqlites_defaults(monkeypatch, tmp_path):
    """A deleted name must not linger in free pages (secure_delete), a commit is on the disk
    when it returns (synchronous FULL), a busy store is waited for: set by the store."""
    _starting_with(
        monkeypatch, "PRAGMA secure_delete=OFF", "PRAGMA busy_timeout=0", "PRAGMA synchronous=OFF"
    )
    store = open_store(tmp_path)
    assert store.execute("PRAGMA secure_delete").fetchone() == (1,)
    assert store.execute("PRAGMA synchronous").fetchone() == (2,)
    assert store.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    store.close()


def test_after_a_damaged_file_an_open_never_starts_empty_unasked(tmp_path):
    from kerinjing_desktop.core.store.recovery import StoreDamaged

    (tmp_path / DB_NAME).write_bytes(b"garbage" * 20)
    with pytest.raises(StoreDamaged):
        open_store(tmp_path)
    with pytest.raises(StoreDamaged):
        open_store(tmp_path)
    assert not (tmp_path / DB_NAME).exists()
    open_store(tmp_path, allow_fresh=True).close()
    assert (tmp_path / DB_NAME).exists()


@pytest.mark.skipif(os.name != "posix", reason="plays the window with flock")
def test_a_reader_opens_beside_the_window_without_waiting(tmp_path):
    """The window holds the folder; a reading command opens the existing store beside it
    (it would refuse at once if it tried to take the folder)."""
    import fcntl

    open_store(tmp_path).close()
    fd = os.open(tmp_path / dirlock.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, b'{"program": "window", "pid": 7, "since": "x"}\n')
        reader = open_store(tmp_path)
        assert schema_version(reader.conn) == SCHEMA_VERSION
        reader.close()
    finally:
        os.close(fd)


@pytest.mark.parametrize("on_disk", [True, False], ids=["on disk", "in memory"])
def test_a_store_serves_other_threads(tmp_path, on_disk):
    """The window's jobs use the GUI thread's connection (the tests' and the demo's store in
    memory too)."""
    import threading

    store = open_store(tmp_path if on_disk else None)
    seen: list = []
    worker = threading.Thread(target=lambda: seen.append(store.execute("SELECT 1").fetchone()))
    worker.start()
    worker.join(30)
    store.close()
    assert seen == [(1,)]


def test_a_store_keeps_its_paper_totals_from_the_moment_it_opens(store):
    """The office's figures read the totals the store keeps as cells are written: a store
    just opened keeps them (only a batched merge pauses them, and says so itself)."""
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID, create_demo_event

    create_demo_event(store)
    kept = store.execute(
        "SELECT SUM(points) FROM paper_totals WHERE event_id = ?", [DEMO_EVENT_ID]
    ).fetchone()[0]
    counted = store.execute(
        "SELECT SUM(s.score) FROM scores s JOIN registrations r ON r.id = s.registration_id "
        "JOIN questions q ON q.event_id = r.event_id AND q.number = s.question_number "
        "AND q.scored = 1 WHERE r.event_id = ?",
        [DEMO_EVENT_ID],
    ).fetchone()[0]
    assert counted > 0 and kept == counted


def test_a_reader_leaves_a_restore_alone_while_the_window_holds_the_folder(tmp_path):
    """A restore's copy beside the store while the window holds the folder is the window's
    restore under way: a reading command refuses in words and finishes nothing itself."""
    import fcntl

    open_store(tmp_path).close()
    source = open_store(tmp_path / "source")
    source.close()
    candidate = tmp_path / f"{DB_NAME}.restoring"
    os.replace(tmp_path / "source" / DB_NAME, candidate)
    fd = os.open(tmp_path / dirlock.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, b'{"program": "window", "pid": 7, "since": "x"}\n')
        with pytest.raises(dirlock.DataDirBusy):
            open_store(tmp_path)
        assert candidate.exists()
    finally:
        os.close(fd)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc")
def test_an_open_that_fails_leaves_no_file_open(tmp_path):
    """A refused store (newer schema) and a damaged one (moved aside): the connection is
    closed before the error is raised, even while the error is still held."""
    from kerinjing_desktop.core.store.recovery import StoreDamaged

    store = open_store(tmp_path / "newer")
    store.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(StoreError) as newer:
        open_store(tmp_path / "newer")
    assert open_in(tmp_path) == [] and "newer Kerinjing Desktop" in str(newer.value)
    db = tmp_path / "damaged" / DB_NAME
    open_store(db.parent).close()
    data = db.read_bytes()
    db.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    with pytest.raises(StoreDamaged) as damaged:
        open_store(db.parent)
    assert open_in(tmp_path) == [] and damaged.value.moved_to is not None


def test_no_sqlite_utils_plugin_reaches_the_store(tmp_path):
    """A sqlite-utils plugin installed beside the app never gets the store's connection."""
    from sqlite_utils.hookspecs import hookimpl
    from sqlite_utils.plugins import pm

    reached: list = []

    class Plugin:
        @hookimpl
        def prepare_connection(self, conn):
            reached.append(conn)

    plugin = Plugin()
    pm.register(plugin, name="kerinjing-test-plugin")
    try:
        store = open_store(tmp_path)  # a new store: its migration makes the wrapper
        assert store.db.conn is store.conn
        store.close()
    finally:
        pm.unregister(plugin)
    assert reached == []
