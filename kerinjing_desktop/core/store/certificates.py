"""The certificates register: serials in the Indonesian style, check codes, verification.

A serial looks like `001/PKM-TPPO/IX/2021/K7QM`: a running number, the activity code, the
event's month in Roman numerals, its year, and the code of the laptop that issued it (see
signing.py). The laptop code is what keeps two laptops of a programme from ever issuing the
same serial without talking to each other; each laptop numbers its own certificates.
Re-printing gives the same registration the same serial.

The check code (8 random hex digits printed on the paper and in its QR code) and the register
entry are signed with the issuing laptop's Ed25519 key; the public key travels in bundles, so
any laptop holding the register can tell a genuine paper (serial and code match a signed
entry), a forged one (the code on the paper is not the register's) and a register entry
changed after it was signed. No network is needed.
"""

from __future__ import annotations

import enum
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from kerinjing_desktop.core.domain import Event, Participant, clean_text
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import signing
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.institution import get_institution
from kerinjing_desktop.core.store.rows import column_values, records
from kerinjing_desktop.core.store.settings import get_json, set_json

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_ACTIVITY_CODE = "PKM-TPPO"


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
    role: str  # a Role's word; the register keeps what any laptop or version wrote
    issued_at: str
    check_code: str
    signer: str = ""  # the issuing laptop's public key (hex)
    signature: str = ""

    def payload(self) -> bytes:
        return signing.message(
            self.serial, self.holder_name, self.role, self.event_id, self.issued_at,
            self.check_code,
        )  # fmt: skip


class Verdict(enum.Enum):
    GENUINE = "genuine"  # signed entry, and the code from the paper matches (or none given)
    WRONG_CODE = "wrong_code"  # the paper's check code is not this certificate's: a forgery
    CHANGED = "changed"  # the register entry does not match its signature
    UNCONFIRMED = "unconfirmed"  # not signed, or signed by a laptop this register lacks
    AMBIGUOUS = "ambiguous"  # several certificates carry this number: the full serial is needed


@dataclass(frozen=True)
class Verification:
    certificate: Certificate
    event_title: str
    event_date: str
    village: str
    verdict: Verdict
    code_given: bool = False
    laptop: str = ""  # the code of the laptop that signed it

    @property
    def genuine(self) -> bool:
        return self.verdict is Verdict.GENUINE


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
        signatories=_signing(people),
    )


def _signing(people: list[Signatory]) -> list[Signatory]:
    """The two who sign: the first two with a name or a title. Blank ones are left out
    before counting two, so a third filled in after a blank one still signs."""
    return [s for s in people if clean_text(s.name) or clean_text(s.title)][:2]


def printed_settings(store: Store, event_id: str) -> CertificateSettings:
    """What a certificate prints: this event's own choices, else the institution and its
    signatories as set once in Settings."""
    settings = get_settings(store, event_id)
    institution = get_institution(store)
    if not settings.institution:
        settings.institution = " ".join(x for x in (institution.unit, institution.name) if x)
    if not settings.signatories:
        settings.signatories = _signing(
            [Signatory(s.name, s.title) for s in institution.signatories]
        )
    return settings


def set_settings(store: Store, event_id: str, settings: CertificateSettings) -> None:
    value = asdict(settings)
    value["institution"] = clean_text(settings.institution)
    value["activity_code"] = clean_activity_code(settings.activity_code)
    value["signatories"] = [
        {k: clean_text(v) for k, v in asdict(s).items()} for s in _signing(settings.signatories)
    ]
    set_json(store, _settings_key(event_id), value)


def serial_suffix(event: Event, activity_code: str) -> str:
    month = int(event.date[5:7])
    return f"{clean_activity_code(activity_code)}/{ROMAN_MONTHS[month - 1]}/{event.year}"


_COLUMNS = (
    "id, event_id, registration_id, serial, holder_name, role, issued_at, check_code, "
    "signer, signature"
)
_NAMES = [c.strip() for c in _COLUMNS.split(",")]


def certificates_for_event(store: Store, event_id: str) -> list[Certificate]:
    return records(
        store,
        Certificate,
        f"SELECT {_COLUMNS} FROM certificates WHERE event_id = ? ORDER BY serial",
        [event_id],
    )


def new_check_code() -> str:
    """Eight random hex digits: nothing about the holder can be read from them."""
    return secrets.token_hex(4).upper()


def _signed(key: signing.LaptopKey, certificate: Certificate) -> Certificate:
    unsigned = Certificate(**(asdict(certificate) | {"signer": key.public_hex, "signature": ""}))
    return Certificate(**(asdict(unsigned) | {"signature": signing.sign(key, unsigned.payload())}))


def _next_number(store: Store, suffix: str, key: signing.LaptopKey) -> int:
    """This laptop's next running number for `suffix` (activity code, month, year): it goes
    on across events of the same code and month, including serials this laptop issued
    before serials carried a laptop code."""
    numbers = [
        int(serial.split("/", 1)[0])
        for serial in column_values(
            store,
            "SELECT serial FROM certificates WHERE serial LIKE ? OR (serial LIKE ? AND signer = ?)",
            [f"%/{suffix}/{key.code}", f"%/{suffix}", key.public_hex],
        )
        if serial.split("/", 1)[0].isascii() and serial.split("/", 1)[0].isdigit()
    ]
    return max(numbers, default=0) + 1


def issue_certificates(
    store: Store, event: Event, holders: Sequence[Participant]
) -> list[Certificate]:
    """The register's certificate for each holder, issuing new serials where needed.

    One transaction. A holder whose name or role changed since keeps the serial; the stored
    name, role and a new check code follow the correction, signed by this laptop.
    """
    settings = get_settings(store, event.id)
    suffix = serial_suffix(event, settings.activity_code)
    result: list[Certificate] = []
    with store.db.atomic():
        key = signing.laptop_key(store.conn, store.stamp())
        existing = {
            c.registration_id: c
            for c in certificates_for_event(store, event.id)
            if c.registration_id is not None
        }
        next_number = _next_number(store, suffix, key)
        for holder in holders:
            found = existing.get(holder.registration_id)
            if found is not None:
                if (found.holder_name, found.role) != (holder.name, holder.role):
                    corrected = asdict(found) | {
                        "holder_name": holder.name,
                        "role": str(holder.role),
                        "check_code": new_check_code(),
                    }
                    found = _signed(key, Certificate(**corrected))
                    store.db.table("certificates").update(
                        found.id,
                        {
                            name: getattr(found, name)
                            for name in ("holder_name", "role", "check_code", "signer", "signature")
                        }
                        | store.touch(),
                    )
                result.append(found)
                continue
            meta = store.row_meta()
            certificate = _signed(
                key,
                Certificate(
                    id=meta["id"],
                    event_id=event.id,
                    registration_id=holder.registration_id,
                    serial=f"{next_number:03d}/{suffix}/{key.code}",
                    holder_name=holder.name,
                    role=str(holder.role),
                    issued_at=meta["created_at"],
                    check_code=new_check_code(),
                ),
            )
            next_number += 1
            store.db.table("certificates").insert(meta | asdict(certificate))
            result.append(certificate)
    return result


def resign_renamed(
    store: Store, registration_id: str, holder_name: str, stamp: str | None = None
) -> None:
    """Inside a transaction: the holder's name was changed in the register (a person's data
    deleted): the entry is signed again by this laptop so it still verifies, now as that.
    `stamp`: the change's time when a merge makes it (else now)."""
    stamp = stamp or store.stamp()
    key = signing.laptop_key(store.conn, stamp)
    held = records(
        store,
        Certificate,
        f"SELECT {_COLUMNS} FROM certificates WHERE registration_id = ?",
        [registration_id],
    )
    for found in held:
        cert = _signed(key, Certificate(**(asdict(found) | {"holder_name": holder_name})))
        store.db.table("certificates").update(
            cert.id,
            {"holder_name": holder_name, "signer": cert.signer, "signature": cert.signature}
            | {"updated_at": stamp, "device_id": store.device_id},
        )


_SERIAL_ONLY = re.compile(r"^\d+/[^/|]+/[IVX]+/\d{4}$")


def parse_serial(text: str) -> tuple[str, str | None]:
    """What people type or a QR reader gives: spaces, lower case, `SERIAL|CODE`."""
    parts = clean_text(text).upper().replace(" ", "").split("|")
    code = parts[1] if len(parts) > 1 and parts[1] else None
    return parts[0], code


def normalize_serial(text: str) -> str:
    return parse_serial(text)[0]


def _judge(store: Store, certificate: Certificate, code: str | None) -> tuple[Verdict, str]:
    laptop = signing.known_key(store.conn, certificate.signer) if certificate.signer else None
    if not certificate.signature or laptop is None:
        verdict = Verdict.UNCONFIRMED
    elif not signing.signature_valid(
        certificate.signer, certificate.payload(), certificate.signature
    ):
        verdict = Verdict.CHANGED
    else:
        verdict = Verdict.GENUINE
    if code is not None and not hmac.compare_digest(code, certificate.check_code.upper()):
        verdict = Verdict.WRONG_CODE  # whatever the register holds, this paper is not it
    return verdict, laptop or ""


@dataclass(frozen=True)
class _Registered(Certificate):
    """A register entry with its event's title, date and village, as `verify` reads it."""

    event_title: str = ""
    event_date: str = ""
    event_village: str = ""


def verify(store: Store, text: str) -> Verification | None:
    """Look a certificate up by `SERIAL` or `SERIAL|CODE` (the QR code); None if unknown.

    A serial typed without its laptop code is found when only one laptop issued it."""
    serial, code = parse_serial(text)
    select = (
        f"SELECT {', '.join(f'c.{name} AS {name}' for name in _NAMES)}, e.title AS event_title, "
        "e.date AS event_date, e.village AS event_village "
        "FROM certificates c JOIN events e ON e.id = c.event_id "
    )
    rows = records(store, _Registered, select + "WHERE c.serial = ? ORDER BY c.id", [serial])
    if not rows and _SERIAL_ONLY.match(serial):
        rows = records(
            store, _Registered, select + "WHERE c.serial LIKE ? ORDER BY c.id", [serial + "/%"]
        )
    if not rows:
        return None
    if len(rows) > 1 and code is not None:
        matching = [r for r in rows if hmac.compare_digest(code, str(r.check_code).upper())]
        rows = matching or rows[:1]
    found = rows[0]
    certificate = Certificate(**{name: getattr(found, name) for name in _NAMES})
    verdict, laptop = _judge(store, certificate, code)
    if len(rows) > 1:
        verdict = Verdict.AMBIGUOUS
    return Verification(
        certificate, str(found.event_title), str(found.event_date), str(found.event_village),
        verdict, code is not None, laptop,
    )  # fmt: skip


def explain(found: Verification) -> str:
    """The verdict in words a village secretary understands (the CLI and the window)."""
    serial = found.certificate.serial
    return {
        Verdict.GENUINE: _(
            "Genuine: the check code on the paper matches the register, signed by laptop {laptop}."
        )
        if found.code_given
        else _(
            "The register holds this certificate (signed by laptop {laptop}). To check a "
            "paper, also type the check code printed on it: {serial}|CODE."
        ),
        Verdict.WRONG_CODE: _(
            "NOT GENUINE: the check code on this paper is not the one issued with serial "
            "{serial}. The paper may be forged or copied wrongly; do not accept it."
        ),
        Verdict.CHANGED: _(
            "NOT GENUINE: the register entry for {serial} was changed after it was signed."
        ),
        Verdict.UNCONFIRMED: _(
            "Cannot confirm: this certificate was not signed by a laptop this register knows. "
            "Import a bundle from the laptop that printed it, then check again."
        ),
        Verdict.AMBIGUOUS: _(
            "Several certificates carry this number: type the full serial with the laptop "
            "code, or add the check code: SERIAL|CODE."
        ),
    }[found.verdict].format(laptop=found.laptop, serial=serial)


def signing_gaps(store: Store, event_id: str) -> str:
    """What a certificate of this event would print empty (no institution, no signatory),
    and where to set it, as one sentence; "" when both are set. Certificates made without
    them waste a whole batch of paper and are worth less to the people who take them home."""
    settings = printed_settings(store, event_id)
    institution = bool(settings.institution.strip())
    signatory = any(s.name.strip() for s in settings.signatories)
    if institution and signatory:
        return ""
    if not institution and not signatory:
        missing = _("no institution and no signatory")
    else:
        missing = _("no signatory") if institution else _("no institution")
    return _(
        "The certificates have {missing}: those lines would print empty. Set them under "
        "Certificate settings on the Certificates & report page (this event), or in Settings "
        "(every event)."
    ).format(missing=missing)
