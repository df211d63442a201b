"""Each laptop's Ed25519 key, and the signature every certificate carries.

Why signatures: a check code keyed with a secret that stays on one laptop can only be checked
on that laptop, so certificates printed elsewhere never verified. Now each laptop (each store)
makes an Ed25519 key pair once. The private key stays in this store's settings (never in a
bundle); the public key goes into the synced `signing_keys` table, so every bundle carries it
and any laptop holding a certificate also holds the key that checks it. A certificate's
signature covers its serial, holder, role, event, issue time and check code: change any of
them in the register and it no longer verifies, on any laptop.

The laptop code in a serial (`001/PKM-TPPO/IX/2021/K7QM`) is the first four letters of the
public key's SHA-256 in Crockford base32: readable, and it makes serials from different
laptops differ without the laptops ever talking to each other.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from dataclasses import dataclass

from kerinjing_desktop.core.store.clock import format_stamp, wall_clock
from kerinjing_desktop.core.store.rows import records, value

_PRIVATE_SETTING = "certificates.signing_key"
_LEGACY_SECRET = "certificates.secret"  # the HMAC key of schema 3's check codes
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 4
MESSAGE_VERSION = "kerinjing-certificate/1"


@dataclass(frozen=True)
class LaptopKey:
    private_hex: str
    public_hex: str

    @property
    def code(self) -> str:
        return laptop_code(self.public_hex)


def laptop_code(public_hex: str) -> str:
    digest = int.from_bytes(hashlib.sha256(bytes.fromhex(public_hex)).digest()[:4], "big")
    letters = []
    for _index in range(CODE_LENGTH):
        digest, rest = divmod(digest, 32)
        letters.append(_ALPHABET[rest])
    return "".join(letters)


def message(
    serial: str, holder: str, role: str, event_id: str, issued_at: str, check_code: str
) -> bytes:
    """What a signature covers, one field a line (no field can hold a newline)."""
    return "\n".join(
        [MESSAGE_VERSION, serial, holder, role, event_id, issued_at, check_code]
    ).encode()


def sign(key: LaptopKey, payload: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key.private_hex))
    return private.sign(payload).hex()


def signature_valid(public_hex: str, payload: bytes, signature_hex: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        public.verify(bytes.fromhex(signature_hex), payload)
    except (ValueError, InvalidSignature):
        return False
    return True


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    found: str | None = value(conn, "SELECT value FROM settings WHERE key = ?", [key])
    return found


def laptop_key(conn: sqlite3.Connection, stamp: str | None = None) -> LaptopKey:
    """This store's key pair, made (and its public half published) on first use.

    Call inside a transaction or outside one; the two rows are written together."""
    private_hex = _setting(conn, _PRIVATE_SETTING)
    if private_hex is None:
        import uuid

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )

        private = Ed25519PrivateKey.generate()
        private_hex = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
        stamp = stamp or format_stamp(wall_clock())
        device = _setting(conn, "device_id") or ""
        conn.execute("SAVEPOINT laptop_key")
        conn.execute(
            "INSERT INTO settings (id, created_at, updated_at, device_id, key, value) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), stamp, stamp, device, _PRIVATE_SETTING, private_hex],
        )
        key = _from_private(private_hex)
        conn.execute(
            "INSERT INTO signing_keys (id, created_at, updated_at, device_id, public_key, code) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (public_key) DO NOTHING",
            [str(uuid.uuid4()), stamp, stamp, device, key.public_hex, key.code],
        )
        conn.execute("RELEASE laptop_key")
        return key
    return _from_private(private_hex)


def _from_private(private_hex: str) -> LaptopKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    return LaptopKey(private_hex, public)


def known_key(conn: sqlite3.Connection, public_hex: str) -> str | None:
    """The laptop code of a public key this store holds, else None."""
    code: str | None = value(
        conn, "SELECT code FROM signing_keys WHERE public_key = ?", [public_hex]
    )
    return code


@dataclass(frozen=True)
class _Issued:
    """A certificate's signed fields, as the schema 3 → 4 step reads them."""

    id: str
    serial: str
    holder_name: str
    role: str
    event_id: str
    issued_at: str
    check_code: str


def sign_legacy_certificates(conn: sqlite3.Connection) -> int:
    """Schema 3 → 4: sign the certificates whose old check code this laptop can still prove
    (the HMAC with this store's secret), keeping the code printed on the paper. A row the
    secret does not prove (changed, or printed on another laptop) stays unsigned: `verify`
    says it cannot be confirmed, as before, until the laptop that printed it signs it."""
    secret = _setting(conn, _LEGACY_SECRET)
    rows = records(
        conn,
        _Issued,
        "SELECT id, serial, holder_name, role, event_id, issued_at, check_code FROM certificates",
    )
    if secret is None or not rows:
        return 0
    key = laptop_key(conn)
    stamp = format_stamp(wall_clock())
    signed = 0
    for row in rows:
        legacy = (
            hmac.new(
                secret.encode(),
                f"{row.serial}\n{row.holder_name}\n{row.event_id}".encode(),
                hashlib.sha256,
            )
            .hexdigest()[:8]
            .upper()
        )
        if not hmac.compare_digest(legacy, row.check_code):
            continue
        signature = sign(
            key,
            message(row.serial, row.holder_name, row.role, row.event_id, row.issued_at,
                    row.check_code),
        )  # fmt: skip
        conn.execute(
            "UPDATE certificates SET signer = ?, signature = ?, updated_at = max(updated_at, ?) "
            "WHERE id = ?",
            [key.public_hex, signature, stamp, row.id],
        )
        signed += 1
    return signed
