"""The institution behind the day's papers (a university's LPPM, an NGO, a Dinas), set once.

Name, unit, address, the letterhead (kop surat) lines, a logo and the people who sign. It is
one row of the `institution` table, so it is backed up and carried in bundles like the data:
a second laptop of the same team prints the same letterhead. The logo is kept inside the row
as a small PNG (base64) for the same reason; bundles carry rows, not the media folder.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError, clean_text
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import first, value

LOGO_MAX_SIDE = 600  # sharp at 5 cm on paper, small enough to travel in every bundle
MAX_SIGNATORIES = 3
MAX_LETTERHEAD_LINES = 6
MAX_FIELD = 300


@dataclass(frozen=True)
class Signer:
    """One signature block: 'Ketua LPPM' over the name, with an NIP/NIDN line if given."""

    name: str = ""
    title: str = ""
    id_number: str = ""  # NIP, NIDN or staff number, printed under the name


@dataclass(frozen=True)
class Institution:
    name: str = ""
    unit: str = ""
    address: str = ""
    letterhead: tuple[str, ...] = ()
    logo_png: bytes = b""
    signatories: tuple[Signer, ...] = field(default_factory=tuple)

    @property
    def is_set(self) -> bool:
        return bool(self.name or self.unit or self.letterhead)

    def letterhead_lines(self) -> list[str]:
        """The kop surat as printed: the typed lines, else name, unit and address."""
        if self.letterhead:
            return list(self.letterhead)
        return [line for line in (self.name, self.unit, self.address) if line]


def _signers(text: str) -> tuple[Signer, ...]:
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(raw, list):
        return ()
    people = []
    for item in raw[:MAX_SIGNATORIES]:
        if isinstance(item, dict):
            people.append(
                Signer(
                    **{k: clean_text(item.get(k, ""))[:MAX_FIELD] for k in Signer.__annotations__}
                )
            )
    return tuple(people)


def _logo(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True) if text else b""
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return b""  # a damaged value costs the logo, never the document


def get_institution(store: Store) -> Institution:
    found = first(
        store,
        Institution,
        "SELECT name, unit, address, letterhead, logo_png, signatories FROM institution "
        "WHERE slot = 'main'",
        letterhead=_letterhead,
        logo_png=_logo,
        signatories=_signers,
    )
    return Institution() if found is None else found


def _letterhead(text: str) -> tuple[str, ...]:
    lines = tuple(x for x in (clean_text(s) for s in text.splitlines()) if x)
    return lines[:MAX_LETTERHEAD_LINES]


@writes(OpChanges.INSTITUTION)
def set_institution(store: Store, institution: Institution) -> Institution:
    """Store the cleaned values (empty signatories dropped); committed on return."""
    lines = [clean_text(x)[:MAX_FIELD] for x in institution.letterhead]
    people = [
        {k: clean_text(getattr(s, k))[:MAX_FIELD] for k in Signer.__annotations__}
        for s in institution.signatories
        if clean_text(s.name) or clean_text(s.title)
    ][:MAX_SIGNATORIES]
    values = {
        "name": clean_text(institution.name)[:MAX_FIELD],
        "unit": clean_text(institution.unit)[:MAX_FIELD],
        "address": clean_text(institution.address)[:MAX_FIELD],
        "letterhead": "\n".join([x for x in lines if x][:MAX_LETTERHEAD_LINES]),
        "logo_png": base64.b64encode(institution.logo_png).decode("ascii"),
        "signatories": json.dumps(people, ensure_ascii=False),
    }
    with store.transaction():
        found = value(store, "SELECT id FROM institution WHERE slot = 'main'")
        if found is None:
            store.db.table("institution").insert(store.row_meta() | {"slot": "main"} | values)
        else:
            store.db.table("institution").update(found, values | store.touch())
    return get_institution(store)


def logo_from_file(source: Path) -> bytes:
    """A JPEG or PNG made into a small PNG (transparency kept, EXIF dropped)."""
    try:
        with Image.open(source) as image:
            if image.format not in ("JPEG", "PNG"):
                raise ValidationError(
                    [("logo", _("{name} is not a JPEG or PNG picture.").format(name=source.name))]
                )
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
            if picture.mode not in ("RGB", "RGBA"):
                picture = picture.convert("RGBA")
            buffer = io.BytesIO()
            picture.save(buffer, "PNG", optimize=True)
            return buffer.getvalue()
    except (UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise ValidationError(
            [("logo", _("{name} is not a JPEG or PNG picture.").format(name=source.name))]
        ) from error
    except OSError as error:
        raise ValidationError(
            [
                (
                    "logo",
                    _("Cannot read {name}: {reason}").format(
                        name=source.name, reason=os_reason(error)
                    ),
                )
            ]
        ) from error
