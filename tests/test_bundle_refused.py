"""A tampered, truncated or foreign bundle is refused whole (nothing merged, a clear message),
and the CLI's bundle commands work end to end with owner-only files."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from kerinjing_desktop.core.bundle import BundleError, export_bundle, import_bundle
from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import list_events


@pytest.fixture
def bundle(tmp_path):
    store = open_store(tmp_path / "a")
    create_demo_event(store)
    path = tmp_path / "demo.kbundle"
    export_bundle(store, path)
    store.close()
    return path


def _tamper(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rows SET data = replace(data, 'Kerinjing', 'Kerinjang')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", ["tamper", "truncate", "garbage", "empty"])
def test_bad_bundle_is_refused_whole(tmp_path, bundle, damage):
    if damage == "tamper":
        _tamper(bundle)
    elif damage == "truncate":
        bundle.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    elif damage == "garbage":
        bundle.write_bytes(b"PK\x03\x04 not a bundle")
    else:
        bundle.write_bytes(b"")
    store = open_store(tmp_path / "b")
    with pytest.raises(BundleError, match="bundle"):
        import_bundle(store, bundle)
    assert list_events(store) == []
    store.close()


def test_cli_bundle_export_and_import(cli, tmp_path, bundle):
    assert cli("demo-data").status == 0
    out = tmp_path / "cli.kbundle"
    exported = cli("bundle", "export", "--out", str(out), "--event", "0000")
    assert exported.status in (0, 2)  # the demo id may not start with 0000
    exported = cli("bundle", "export", "--out", str(out))
    assert exported.status == 0, exported.err
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = cli("bundle", "import", str(out))
    assert again.status == 0 and "0" in again.out
    _tamper(bundle)
    refused = cli("bundle", "import", str(bundle))
    assert refused.status == 2 and "Traceback" not in refused.err and refused.err.strip()


def test_event_bundle_carries_only_that_event(tmp_path):
    from kerinjing_desktop.core.store.events import add_event

    store = open_store(tmp_path / "a")
    demo = create_demo_event(store)
    add_event(store, "Lain", "Desa Lain", "2022-01-01")
    export_bundle(store, tmp_path / "one.kbundle", event_id=demo)
    store.close()
    other = open_store(tmp_path / "b")
    import_bundle(other, tmp_path / "one.kbundle")
    assert [s.event.id for s in list_events(other)] == [demo]
    assert list_events(other)[0].participants == 28
    other.close()
