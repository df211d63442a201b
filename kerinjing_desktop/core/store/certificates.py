"""The certificates register: serials in the Indonesian style, check codes, verification.

A serial looks like `001/PKM-TPPO/IX/2021`: a running number, the activity code, the event's
month in Roman numerals and its year. Re-printing gives the same registration the same serial.
The check code (8 hex digits of an HMAC over serial, name and event id, keyed with a secret
kept in this store) lets anyone holding the paper ask the facilitator's laptop whether the
certificate is genuine, without any network.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from kerinjing_desktop.core.domain import Event, Participant, clean_text
from kerinjing_desktop.core.store.connection import Store, now
from kerinjing_desktop.core.store.institution import get_institution
from kerinjing_desktop.core.store.settings import get_json, get_setting, set_json, set_setting

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_ACTIVITY_CODE = "PKM-TPPO"
_SECRET_KEY = "certificates.secret"


@dataclass
class Signatory:
    name: str = ""
    title: str = ""
    signature: str = ""  # file name in the data dir's media/ (optional)
    stamp: str = ""  # file name in media/ (optional)


@dataclass
class CertificateSettings:
    institution: str = ""
    activity_code: str = DEFAULT_ACTIVITY_CODE
    signatories: list[Signatory] = field(default_factory=list)


@dataclass(frozen=True)
class Certificate:
    id: str
    event_id: str
    registration_id: str | None
    serial: str
    holder_name: str
    role: str
    issued_at: str
    check_code: str


@dataclass(frozen=True)
class Verification:
    certificate: Certificate
    event_title: str
    event_date: str
    village: str
    genuine: bool  # the stored check code still matches serial, name and event


def _settings_key(event_id: str) -> str:
    return f"certificates:{event_id}"


def clean_activity_code(text: str) -> str:
    """Upper case letters, digits and dashes: a slash would break the serial's fields."""
    code = re.sub(r"[^A-Z0-9-]+", "-", clean_text(text).upper()).strip("-")
    return code or DEFAULT_ACTIVITY_CODE


def get_settings(store: Store, event_id: str) -> CertificateSettings:
    raw = get_json(store, _settings_key(event_id), {}) or {}
    people = [
        Signatory(**{k: str(v) for k, v in s.items() if k in Signatory.__dataclass_fields__})
        for s in raw.get("signatories", [])
        if isinstance(s, dict)
    ]
    return CertificateSettings(
        institution=str(raw.get("institution", "")),
        activity_code=clean_activity_code(str(raw.get("activity_code", DEFAULT_ACTIVITY_CODE))),
        signatories=people[:2],
    )


def printed_settings(store: Store, event_id: str) -> CertificateSettings:
    """What a certificate prints: this event's own choices, else the institution and its
    signatories as set once in Settings."""
    settings = get_settings(store, event_id)
    institution = get_institution(store)
    if not settings.institution:
        settings.institution = " ".join(x for x in (institution.unit, institution.name) if x)
    if not settings.signatories:
        settings.signatories = [Signatory(s.name, s.title) for s in institution.signatories[:2]]
    return settings


def set_settings(store: Store, event_id: str, settings: CertificateSettings) -> None:
    value = asdict(settings)
    value["institution"] = clean_text(settings.institution)
    value["activity_code"] = clean_activity_code(settings.activity_code)
    value["signatories"] = [
        {k: clean_text(v) for k, v in asdict(s).items()}
        for s in settings.signatories[:2]
        if clean_text(s.name) or clean_text(s.title)
    ]
    set_json(store, _settings_key(event_id), value)


def _secret(store: Store) -> bytes:
    secret = get_setting(store, _SECRET_KEY)
    if secret is None:
        secret = secrets.token_hex(16)
        set_setting(store, _SECRET_KEY, secret)
    return secret.encode()


def check_code(store: Store, serial: str, name: str, event_id: str) -> str:
    message = f"{serial}\n{name}\n{event_id}".encode()
    return hmac.new(_secret(store), message, hashlib.sha256).hexdigest()[:8].upper()


def serial_suffix(event: Event, activity_code: str) -> str:
    month = int(event.date[5:7])
    return f"{clean_activity_code(activity_code)}/{ROMAN_MONTHS[month - 1]}/{event.year}"


def _row(row: Sequence) -> Certificate:
    return Certificate(*row)


_COLUMNS = "id, event_id, registration_id, serial, holder_name, role, issued_at, check_code"


def certificates_for_event(store: Store, event_id: str) -> list[Certificate]:
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM certificates WHERE event_id = ? ORDER BY serial", [event_id]
    ).fetchall()
    return [_row(r) for r in rows]


def issue_certificates(
    store: Store, event: Event, holders: Sequence[Participant]
) -> list[Certificate]:
    """The register's certificate for each holder, issuing new serials where needed.

    One transaction. A holder whose name or role changed since keeps the serial; the stored
    name, role and check code follow the correction.
    """
    settings = get_settings(store, event.id)
    suffix = serial_suffix(event, settings.activity_code)
    secret_ready = _secret(store)  # create the secret outside the transaction below
    del secret_ready
    result: list[Certificate] = []
    with store.db.atomic():
        existing = {
            c.registration_id: c
            for c in certificates_for_event(store, event.id)
            if c.registration_id is not None
        }
        # the running number continues across events sharing code, month and year
        numbers = [
            int(serial.split("/", 1)[0])
            for (serial,) in store.db.execute(
                "SELECT serial FROM certificates WHERE serial LIKE ?", ["%/" + suffix]
            ).fetchall()
            if serial.split("/", 1)[0].isdigit()
        ]
        next_number = max(numbers, default=0) + 1
        for holder in holders:
            found = existing.get(holder.registration_id)
            if found is not None:
                if (found.holder_name, found.role) != (holder.name, holder.role):
                    code = check_code(store, found.serial, holder.name, event.id)
                    store.db["certificates"].update(
                        found.id,
                        {"holder_name": holder.name, "role": holder.role, "check_code": code}
                        | store.touch(),
                    )
                    found = Certificate(
                        found.id,
                        found.event_id,
                        found.registration_id,
                        found.serial,
                        holder.name,
                        holder.role,
                        found.issued_at,
                        code,
                    )
                result.append(found)
                continue
            serial = f"{next_number:03d}/{suffix}"
            next_number += 1
            row = store.row_meta() | {
                "event_id": event.id,
                "registration_id": holder.registration_id,
                "serial": serial,
                "holder_name": holder.name,
                "role": holder.role,
                "issued_at": now(),
                "check_code": check_code(store, serial, holder.name, event.id),
            }
            store.db["certificates"].insert(row)
            result.append(_row([row[c.strip()] for c in _COLUMNS.split(",")]))
    return result


def normalize_serial(text: str) -> str:
    """What people type or a QR reader gives: spaces, lower case, a trailing check code."""
    parts = clean_text(text).upper().replace(" ", "").split("|")
    return parts[0]


def verify(store: Store, serial: str) -> Verification | None:
    row = store.db.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))}, "
        "e.title, e.date, e.village FROM certificates c JOIN events e ON e.id = c.event_id "
        "WHERE c.serial = ?",
        [normalize_serial(serial)],
    ).fetchone()
    if row is None:
        return None
    certificate = _row(row[:8])
    expected = check_code(store, certificate.serial, certificate.holder_name, certificate.event_id)
    return Verification(
        certificate, row[8], row[9], row[10], hmac.compare_digest(expected, certificate.check_code)
    )
