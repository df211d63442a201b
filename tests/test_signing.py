"""Each laptop's signing key and the signature format, pinned by a fixed test vector: papers
signed by this version must verify on every later one, so the signed message, the laptop
code and where the key is kept may never change by accident."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

from kerinjing_desktop.core.store import open_store, signing
from kerinjing_desktop.core.store.certificates import Verdict, certificates_for_event, verify

PRIVATE = bytes(range(32)).hex()
PUBLIC = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
FIELDS = ("001/PKM-TPPO/IX/2021/ABCD", "Siti Aminah", "peserta", "e1", "2021-09-21T01:00:00.000Z")
SIGNATURE = (
    "82575c6a7ae0f4230b87e7a83a07f724d82366f5d5c7d7cc66273109036ff1f0"
    "406174f011848eb1a919519cde27b504a05db1b5b47f8af95904d860e482960a"
)


def test_the_signature_format_is_fixed():
    """A known key signs a known certificate to a known signature; any other field, key or
    a damaged signature does not verify."""
    key = signing._from_private(PRIVATE)
    assert key.public_hex == PUBLIC and key.code == "7NPE"
    payload = signing.message(*FIELDS, "0A1B2C3D")
    assert payload == (
        b"kerinjing-certificate/1\n001/PKM-TPPO/IX/2021/ABCD\nSiti Aminah\npeserta\ne1\n"
        b"2021-09-21T01:00:00.000Z\n0A1B2C3D"
    )
    assert signing.sign(key, payload) == SIGNATURE
    assert signing.signature_valid(PUBLIC, payload, SIGNATURE) is True
    other = signing.message(*FIELDS, "0A1B2C3E")
    assert signing.signature_valid(PUBLIC, other, SIGNATURE) is False
    stranger = signing._from_private(bytes(range(1, 33)).hex()).public_hex
    assert signing.signature_valid(stranger, payload, SIGNATURE) is False
    assert signing.signature_valid(PUBLIC, payload, "not hex") is False
    assert signing.signature_valid("12", payload, SIGNATURE) is False


def test_laptop_codes_are_four_readable_letters():
    """Crockford's letters: no I, L, O or U to misread; four of them from the key's hash."""
    codes = set()
    for number in range(300):
        private = hashlib.sha256(f"laptop {number}".encode()).hexdigest()
        codes.add(signing._from_private(private).code)
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}", code) for code in codes), codes
    assert len(codes) >= 295  # 32^4 codes: collisions among 300 laptops are rare
    assert set("".join(codes)) == set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_the_key_is_made_once_kept_where_the_next_version_looks_and_published(tmp_path):
    """The first use makes the key, even outside a transaction; it survives closing the
    store; the private half stays in this store's settings under its fixed name, the public
    half goes to `signing_keys` with this laptop's device and the stamp given."""
    store = open_store(tmp_path)
    stamp = "2026-12-05T09:00:00.000Z"
    key = signing.laptop_key(store.conn, stamp)
    assert signing.laptop_key(store.conn) == key
    device = store.device_id
    store.close()
    store = open_store(tmp_path)
    assert signing.laptop_key(store.conn, "2027-01-01T00:00:00.000Z") == key
    store.close()
    conn = sqlite3.connect(tmp_path / "kerinjing.db")
    assert conn.execute(
        "SELECT value FROM settings WHERE key = 'certificates.signing_key'"
    ).fetchall() == [(key.private_hex,)]
    assert conn.execute(
        "SELECT public_key, code, device_id, created_at, updated_at FROM signing_keys"
    ).fetchall() == [(key.public_hex, key.code, device, stamp, stamp)]
    conn.close()
    store = open_store(tmp_path)
    assert signing.known_key(store.conn, key.public_hex) == key.code
    store.close()


def test_a_schema_8_register_without_its_secret_keeps_its_certificates_unconfirmed(tmp_path):
    """The HMAC secret of schema 3's check codes is gone (a hand-copied file): nothing can
    prove those papers, so they stay in the register, unsigned, and are called unconfirmed."""
    shutil.copyfile(Path(__file__).with_name("data") / "store_v8.db", tmp_path / "kerinjing.db")
    conn = sqlite3.connect(tmp_path / "kerinjing.db")
    conn.execute("DELETE FROM settings WHERE key = 'certificates.secret'")
    conn.commit()
    conn.close()
    store = open_store(tmp_path)
    [event_id] = {row[0] for row in store.conn.execute("SELECT event_id FROM certificates")}
    register = certificates_for_event(store, event_id)
    assert len(register) == 2 and all(c.signature == "" for c in register)
    for certificate in register:
        found = verify(store, f"{certificate.serial}|{certificate.check_code}")
        assert found.verdict is Verdict.UNCONFIRMED
    store.close()
