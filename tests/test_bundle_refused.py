"""A tampered, truncated or foreign bundle is refused whole (nothing merged, a clear message),
and the CLI's bundle commands work end to end with owner-only files."""

from __future__ import annotations

import os
import re
import sqlite3
import stat

import pytest

from kerinjing_desktop.core.bundle import BundleError, export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store.events import list_events


def _tamper(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rows SET data = replace(data, 'Kerinjing', 'Kerinjang')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", ["tamper", "truncate", "garbage", "empty"])
def test_bad_bundle_is_refused_whole(make_store, bundle, damage):
    if damage == "tamper":
        _tamper(bundle)
    elif damage == "truncate":
        bundle.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    elif damage == "garbage":
        bundle.write_bytes(b"PK\x03\x04 not a bundle")
    else:
        bundle.write_bytes(b"")
    store = make_store("b")
    with pytest.raises(BundleError, match="bundle"):
        import_bundle(store, bundle)
    assert list_events(store) == []


def test_cli_bundle_export_and_import(cli, tmp_path, bundle):
    assert cli("demo-data").status == 0
    out = tmp_path / "cli.kbundle"
    unknown = cli("bundle", "export", "--out", str(out), "--event", "no-such-event")
    assert unknown.status == 2 and "no-such-event" in unknown.err and not out.exists()
    exported = cli("bundle", "export", "--out", str(out))
    assert exported.status == 0, exported.err
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = cli("bundle", "import", str(out))
    assert again.status == 0, again.err
    assert re.search(r"Digabung: 0 ditambah, 0 diperbarui, 0 dihapus, [1-9]\d* tidak", again.out)
    _tamper(bundle)
    refused = cli("bundle", "import", str(bundle))
    assert refused.status == 2 and "Traceback" not in refused.err and refused.err.strip()


def test_event_bundle_carries_only_that_event(tmp_path, make_store):
    from kerinjing_desktop.core.store.events import add_event

    store = make_store("a")
    demo = create_demo_event(store)
    add_event(store, "Lain", "Desa Lain", "2022-01-01")
    export_bundle(store, tmp_path / "one.kbundle", event_id=demo)
    store.close()
    other = make_store("b")
    import_bundle(other, tmp_path / "one.kbundle")
    assert [s.event.id for s in list_events(other)] == [demo]
    assert list_events(other)[0].participants == 28


def _craft(path, change):
    """Edit a bundle's rows with `change(conn)`, then give it a valid checksum again: what an
    attacker (or a buggy tool) can do, since a checksum is not a signature."""
    from kerinjing_desktop.core.bundle import _digest
    from kerinjing_desktop.core.store.sync import read_bundle_file

    conn = sqlite3.connect(path)
    change(conn)
    conn.commit()
    conn.close()
    manifest, rows, deletions = read_bundle_file(path)
    # a NULL cannot be hashed: the bundle is refused for it before its checksum is read
    clean = all(None not in d for d in deletions)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE manifest SET value = ? WHERE key = 'sha256'",
        [_digest(manifest, rows, deletions) if clean else "0" * 64],
    )
    conn.commit()
    conn.close()


def _first_row(table):
    return f"(SELECT id FROM rows WHERE table_name = '{table}' ORDER BY id LIMIT 1)"


CRAFTED = {
    "bad JSON": "UPDATE rows SET data = '{\"id\": ' WHERE id = " + _first_row("people"),
    "missing created_at": "UPDATE rows SET data = json_remove(data, '$.created_at') WHERE id = "
    + _first_row("people"),
    "integer updated_at": "UPDATE rows SET data = json_set(data, '$.updated_at', 20210921) "
    "WHERE id = " + _first_row("scores"),
    "NULL in a deletion": "CREATE TABLE d AS SELECT * FROM deletions; DROP TABLE deletions; "
    "ALTER TABLE d RENAME TO deletions; INSERT INTO deletions SELECT 'people', id, NULL, 'x' "
    "FROM rows WHERE table_name = 'people' LIMIT 1",
    "deletion dated 9999": "INSERT INTO deletions SELECT 'people', id, "
    "'9999-12-31T00:00:00.000Z', 'x' FROM rows WHERE table_name = 'people'",
    "row dated after the bundle": "UPDATE rows SET data = json_set(data, '$.updated_at', "
    "'2199-01-01T00:00:00.000Z') WHERE id = " + _first_row("events"),
    "unknown table": "INSERT INTO rows VALUES ('settings', 'x', '{}')",
    "wrong id": "UPDATE rows SET data = json_set(data, '$.id', 'other') WHERE id = "
    + _first_row("people"),
    "NULL where required": "UPDATE rows SET data = json_set(data, '$.full_name', json('null')) "
    "WHERE id = " + _first_row("people"),
    "a value the store refuses": "UPDATE rows SET data = json_set(data, '$.gender', 'X') "
    "WHERE id = " + _first_row("people"),
}


@pytest.mark.parametrize("damage", list(CRAFTED))
def test_a_crafted_row_with_a_valid_checksum_refuses_the_bundle_whole(make_store, bundle, damage):
    """Each of these gave a traceback or merged part of the bundle; now: refused, in words."""
    from kerinjing_desktop.core import i18n

    i18n.set_language("en")
    _craft(bundle, lambda conn: conn.executescript(CRAFTED[damage]))
    store = make_store("b")
    with pytest.raises(BundleError, match="nothing (was merged|changed)"):
        import_bundle(store, bundle)
    assert list_events(store) == []


def test_a_bundle_too_heavy_is_not_even_opened(make_store, bundle, monkeypatch):
    from kerinjing_desktop.core import bundle as bundle_module

    monkeypatch.setattr(bundle_module, "MAX_BYTES", bundle.stat().st_size - 1)
    store = make_store("b")
    with pytest.raises(BundleError, match="MB"):
        import_bundle(store, bundle)
    monkeypatch.setattr(bundle_module, "MAX_BYTES", bundle.stat().st_size)
    import_bundle(store, bundle)
    assert len(list_events(store)) == 1


def test_a_bundle_of_the_previous_format_still_imports(tmp_path, make_store):
    """Format 1 (before signatures and the bundle clock): its rows merge; its certificates
    arrive unsigned, so `verify` says it cannot confirm them rather than calling them genuine."""
    from kerinjing_desktop.core.demo import DEMO_EVENT_ID
    from kerinjing_desktop.core.store.certificates import Verdict, certificates_for_event, verify
    from kerinjing_desktop.core.store.events import get_event
    from kerinjing_desktop.reports.certificates import build
    from kerinjing_desktop.reports.common import PrintOptions

    store = make_store("a")
    create_demo_event(store)
    build(store, get_event(store, DEMO_EVENT_ID), tmp_path / "c.pdf", PrintOptions())
    first = certificates_for_event(store, DEMO_EVENT_ID)[0]
    path = tmp_path / "old.kbundle"
    export_bundle(store, path)
    store.close()

    def downgrade(conn):
        conn.execute("UPDATE manifest SET value = '1' WHERE key = 'format_version'")
        conn.execute("DELETE FROM manifest WHERE key = 'clock'")
        conn.execute("DELETE FROM rows WHERE table_name = 'signing_keys'")
        conn.execute(
            "UPDATE rows SET data = json_remove(data, '$.signer', '$.signature') "
            "WHERE table_name = 'certificates'"
        )

    _craft(path, downgrade)
    other = make_store("b")
    report = import_bundle(other, path)
    assert report.added > 300 and len(list_events(other)) == 1
    found = verify(other, f"{first.serial}|{first.check_code}")
    assert found.certificate.holder_name == first.holder_name
    assert found.verdict is Verdict.UNCONFIRMED
