"""A programme of three laptops: each runs an event in the same month and prints its
certificates, then bundles go round the ring twice. Every certificate verifies on every laptop
with the right name (and a wrong check code is called a forgery there too); nothing issued is
deleted or renumbered; a merge never deletes or reassigns an issued certificate."""

from __future__ import annotations

from kerinjing_desktop.core.bundle import export_bundle, import_bundle
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.certificates import Verdict, verify
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import (
    import_participants,
    list_participants,
    set_attendance,
)
from kerinjing_desktop.core.store.sync import collect
from kerinjing_desktop.reports.certificates import build
from kerinjing_desktop.reports.common import PrintOptions

NAMES = {
    "a": ["Siti Aminah", "Rohani", "Masitoh"],
    "b": ["Nyoman Sri", "Wayan Sudi"],
    "c": ["Lukas Bere", "Maria Ina", "Yohanes Tae", "Dewi Lestari"],
}


def _laptop(tmp_path, name):
    store = open_store(tmp_path / name)
    day = {"a": "2021-09-21", "b": "2021-09-23", "c": "2021-09-25"}[name]
    event = add_event(store, f"Sosialisasi TPPO {name}", f"Desa {name.upper()}", day)
    import_participants(store, event.id, [PersonInput(n, "P", 30) for n in NAMES[name]])
    codes = [p.code for p in list_participants(store, event.id)]
    set_attendance(store, event.id, codes, present=True)
    build(store, event, tmp_path / f"{name}.pdf", PrintOptions())  # prints (and issues) them
    return store, event


def _register(store):
    return sorted(
        (row["id"], row["serial"], row["holder_name"], row["check_code"])
        for row in collect(store, None, include_sensitive=True)[0]["certificates"]
    )


def test_three_laptops_exchange_in_a_ring_and_every_certificate_verifies_everywhere(tmp_path):
    laptops = {name: _laptop(tmp_path, name) for name in "abc"}
    stores = {name: store for name, (store, _event) in laptops.items()}
    issued = {row for store in stores.values() for row in _register(store)}
    assert len(issued) == 9
    # The same month on three laptops: every serial still differs, and each keeps its
    # Indonesian form (running number, activity, Roman month, year) plus the laptop code.
    serials = [serial for _id, serial, _name, _code in issued]
    assert len(set(serials)) == 9
    assert {s.rsplit("/", 1)[0] for s in serials} >= {"001/PKM-TPPO/IX/2021"}
    assert len({s.rsplit("/", 1)[1] for s in serials}) == 3

    ring = [("a", "b"), ("b", "c"), ("c", "a")]
    for round_number in range(2):
        for giver, taker in ring:
            path = tmp_path / f"{giver}-{round_number}.kbundle"
            export_bundle(stores[giver], path, include_sensitive=True)
            import_bundle(stores[taker], path)

    for name, store in stores.items():
        assert set(_register(store)) == issued, name  # nothing deleted, renumbered or renamed
        for _id, serial, holder, code in issued:
            found = verify(store, f"{serial}|{code}")
            assert found is not None and found.verdict is Verdict.GENUINE, (name, serial)
            assert found.certificate.holder_name == holder
            wrong = "00000000" if code != "00000000" else "11111111"
            assert verify(store, f"{serial}|{wrong}").verdict is Verdict.WRONG_CODE
    for store in stores.values():
        store.close()


def test_a_merge_never_deletes_or_reassigns_an_issued_certificate(tmp_path):
    (a, event_a), (b, _event_b) = _laptop(tmp_path, "a"), _laptop(tmp_path, "b")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a.kbundle")
    issued = set(_register(a))
    # Laptop A loses its event and so its certificates (tombstones for all of them); the
    # bundle carries the deletions, but laptop B keeps the event and every certificate.
    with a.transaction():
        a.conn.execute("DELETE FROM events WHERE id = ?", [event_a.id])
    export_bundle(a, tmp_path / "a2.kbundle", include_sensitive=True)
    report = import_bundle(b, tmp_path / "a2.kbundle")
    assert issued <= set(_register(b))
    kept = [c for c in report.conflicts if "certificates" in c or "sertifikat" in c]
    assert len(kept) == 4  # the event, and each of its 3 certificates
    assert "certificates" not in report.deleted_rows and "events" not in report.deleted_rows
    a.close()
    b.close()


def test_a_changed_register_entry_is_refused_by_a_merge_and_fails_verify(tmp_path):
    (a, _event_a), (b, _event_b) = _laptop(tmp_path, "a"), _laptop(tmp_path, "b")
    export_bundle(a, tmp_path / "a.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a.kbundle")
    [(cert_id, serial, holder, code), *_rest] = _register(a)
    # Someone edits A's register by hand: another name on a serial, dated later, unsigned.
    a.conn.execute(
        "UPDATE certificates SET holder_name = 'Orang Lain', updated_at = ? WHERE id = ?",
        [a.stamp(), cert_id],
    )
    assert verify(a, f"{serial}|{code}").verdict is Verdict.CHANGED
    export_bundle(a, tmp_path / "a2.kbundle", include_sensitive=True)
    report = import_bundle(b, tmp_path / "a2.kbundle")
    found = verify(b, f"{serial}|{code}")
    assert found.verdict is Verdict.GENUINE and found.certificate.holder_name == holder
    assert any(serial in c for c in report.conflicts)
    # A serial changed by the laptop that issued it, and signed again: still refused.
    from dataclasses import asdict

    from kerinjing_desktop.core.store import signing
    from kerinjing_desktop.core.store.certificates import Certificate, _signed

    row = a.conn.execute(
        "SELECT id, event_id, registration_id, serial, holder_name, role, issued_at, "
        "check_code, signer, signature FROM certificates WHERE id = ?",
        [cert_id],
    ).fetchone()
    moved = _signed(
        signing.laptop_key(a.conn),
        Certificate(**(asdict(Certificate(*row)) | {"serial": "999/X/I/2000/AAAA"})),
    )
    a.conn.execute(
        "UPDATE certificates SET serial = ?, holder_name = ?, signature = ?, updated_at = ? "
        "WHERE id = ?",
        [moved.serial, moved.holder_name, moved.signature, a.stamp(), cert_id],
    )
    assert verify(a, f"999/X/I/2000/AAAA|{code}").genuine  # signed: A itself believes it
    export_bundle(a, tmp_path / "a3.kbundle", include_sensitive=True)
    import_bundle(b, tmp_path / "a3.kbundle")
    assert verify(b, "999/X/I/2000/AAAA") is None
    assert verify(b, f"{serial}|{code}").certificate.holder_name == holder
    a.close()
    b.close()


def test_a_copied_data_folder_cannot_make_one_serial_verify_as_someone_else(tmp_path):
    """Two laptops set up from one copied data folder share a laptop code, so they can issue
    the same serial. The merge keeps both certificates and says so; the check code on each
    paper finds its own holder; the serial alone is called ambiguous, not anyone's."""
    import shutil

    from kerinjing_desktop.core.store.certificates import Verdict as V

    first, _event = _laptop(tmp_path, "a")  # a working laptop: its key is made
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    issued = []
    stores = []
    for name, holder in (("a", "Sri Rahayu"), ("b", "Wayan Sudi")):
        store = open_store(tmp_path / name)
        event = add_event(store, f"Acara {name}", f"Desa {name}", "2021-09-28")
        import_participants(store, event.id, [PersonInput(holder, "P", 30)])
        set_attendance(store, event.id, ["P-001"], present=True)
        build(store, event, tmp_path / f"{name}.pdf", PrintOptions())
        issued.append(next(r for r in _register(store) if r[2] == holder))
        stores.append(store)
    (_id_a, serial_a, _h, code_a), (_id_b, serial_b, _h2, code_b) = issued
    assert serial_a == serial_b
    export_bundle(stores[1], tmp_path / "b.kbundle", include_sensitive=True)
    report = import_bundle(stores[0], tmp_path / "b.kbundle")
    assert any(serial_a in c for c in report.conflicts)
    a = stores[0]
    assert verify(a, f"{serial_a}|{code_a}").certificate.holder_name == "Sri Rahayu"
    assert verify(a, f"{serial_b}|{code_b}").certificate.holder_name == "Wayan Sudi"
    assert verify(a, f"{serial_b}|{code_b}").verdict is V.GENUINE
    assert verify(a, serial_a).verdict is V.AMBIGUOUS
    for store in stores:
        store.close()
