"""Certificates: A4 landscape, one page per person who attended (and every speaker and
organiser), with a register serial, a QR code and a check code.

Drawn straight on the canvas (no platypus): each page has the same fixed layout, and 200
pages must take well under two seconds.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kerinjing_desktop.core.domain import Event, Participant, format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.kinds import Role
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.certificates import (
    Certificate,
    CertificateSettings,
    Signatory,
    issue_certificates,
    printed_settings,
)
from kerinjing_desktop.core.store.institution import get_institution
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.photos import media_file
from kerinjing_desktop.reports.attendance import place_text
from kerinjing_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    FONT_SERIF,
    FONT_SERIF_BOLD,
    PAPER_SIZES,
    PrintOptions,
    register_fonts,
)
from kerinjing_desktop.reports.qr import draw_qr
from kerinjing_desktop.reports.textsafe import printable

ROLE_TITLES = {
    Role.PARTICIPANT: N_("PARTICIPANT"),
    Role.SPEAKER: N_("SPEAKER"),
    Role.ORGANISER: N_("ORGANISER"),
}
NAME_FONT = FONT_SERIF_BOLD
NAME_MAX_SIZE, NAME_MIN_SIZE = 34, 8


@dataclass(frozen=True)
class FittedName:
    lines: list[str]
    size: float


def certificate_holders(participants: list[Participant]) -> list[Participant]:
    """Who gets one: everyone checked in, and speakers and organisers in any case."""
    return [p for p in participants if p.attended or p.role in (Role.SPEAKER, Role.ORGANISER)]


def fit_name(name: str, width: float, font: str = NAME_FONT) -> FittedName:
    """The largest size at which the name fits on one line, else two, three or four lines;
    a name too long even for that is cut with an ellipsis (names are capped at 200 characters
    on entry, so only a forged row gets there)."""
    for max_lines in (1, 2, 3, 4):
        size = float(NAME_MAX_SIZE if max_lines == 1 else NAME_MAX_SIZE * 0.7)
        floor = {1: 18, 2: 12, 3: 10}.get(max_lines, NAME_MIN_SIZE)
        while size >= floor:
            lines = simpleSplit(name, font, size, width)
            if len(lines) <= max_lines and all(stringWidth(x, font, size) <= width for x in lines):
                return FittedName(lines, size)
            size -= 1
    lines = simpleSplit(name, font, NAME_MIN_SIZE, width)[:4]
    last = lines[-1]
    while last and stringWidth(last + "…", font, NAME_MIN_SIZE) > width:
        last = last[:-1]
    return FittedName(lines[:-1] + [last + "…"], NAME_MIN_SIZE)


def _centre(canvas: Canvas, text: str, font: str, size: float, y: float, width: float) -> None:
    canvas.setFont(font, size)
    canvas.drawCentredString(width / 2, y, text)


def _wrapped_centre(canvas, text, font, size, y, page_width, box_width) -> float:
    """Centred lines; returns the y below the last one."""
    for line in simpleSplit(text, font, size, box_width):
        _centre(canvas, line, font, size, y, page_width)
        y -= size * 1.35
    return y


def _image(canvas: Canvas, store: Store, file_name: str, x: float, y: float, w: float, h: float):
    path = media_file(store, file_name)
    if path is None:
        return
    with contextlib.suppress(OSError, ValueError):  # a damaged image must not cost the page
        canvas.drawImage(
            ImageReader(str(path)), x, y, w, h, mask="auto", preserveAspectRatio=True, anchor="c"
        )


def _signatory(canvas, store, person: Signatory, centre_x: float, top: float, lang: str) -> None:
    canvas.setFont(FONT, 10.5)
    for index, line in enumerate(simpleSplit(person.title or "", FONT, 10.5, 80 * mm)[:2]):
        canvas.drawCentredString(centre_x, top - index * 13, line)
    box_bottom = top - 26 - 20 * mm
    if person.stamp:
        _image(canvas, store, person.stamp, centre_x - 38 * mm, box_bottom, 28 * mm, 28 * mm)
    if person.signature:
        _image(
            canvas,
            store,
            person.signature,
            centre_x - 25 * mm,
            box_bottom + 2 * mm,
            50 * mm,
            18 * mm,
        )
    name = person.name or "." * 30
    size = 11.0
    while size > 7 and stringWidth(name, FONT_BOLD, size) > 85 * mm:
        size -= 0.5
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(centre_x, box_bottom - 6, name)
    line_w = min(stringWidth(name, FONT_BOLD, size), 85 * mm) / 2 + 4
    canvas.setLineWidth(0.6)
    canvas.line(centre_x - line_w, box_bottom - 8, centre_x + line_w, box_bottom - 8)


def draw_certificate(
    canvas: Canvas,
    store: Store,
    event: Event,
    holder: Participant,
    certificate: Certificate,
    settings: CertificateSettings,
    lang: str,
    size: tuple[float, float],
    logo: ImageReader | None = None,
) -> None:
    width, height = size
    # frame: a heavy outer and a thin inner line, inside the printer's unprintable margin
    canvas.setStrokeColorRGB(0.55, 0.1, 0.1)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setFillColorRGB(0, 0, 0)
    if logo is not None:  # the institution's logo (Settings), top left inside the frame
        side = 24 * mm
        canvas.drawImage(logo, 20 * mm, height - 20 * mm - side, side, side, mask="auto",
                         preserveAspectRatio=True, anchor="c")  # fmt: skip
    text_width = width - 70 * mm
    y = height - 30 * mm
    if settings.institution:
        y = (
            _wrapped_centre(
                canvas, settings.institution.upper(), FONT_BOLD, 12, y, width, text_width
            )
            - 2 * mm
        )
    canvas.setFillColorRGB(0.55, 0.1, 0.1)
    _centre(canvas, _("CERTIFICATE", lang), FONT_SERIF_BOLD, 38, y - 30, width)
    canvas.setFillColorRGB(0, 0, 0)
    y -= 48
    _centre(canvas, _("No. {serial}", lang).format(serial=certificate.serial), FONT, 11, y, width)
    y -= 30
    _centre(canvas, _("is awarded to", lang), FONT_ITALIC, 12, y, width)
    y -= 14
    name_box = width - 70 * mm
    note = ""
    if holder.consent and printable(holder.name, NAME_FONT):
        fitted = fit_name(holder.name, name_box)
        y -= fitted.size
        for line in fitted.lines:
            _centre(canvas, line, NAME_FONT, fitted.size, y, width)
            y -= fitted.size * 1.15
        y += fitted.size * 1.15
    elif not holder.consent:
        # no consent to be named on paper: the person writes their own name, if they wish
        y -= 30
        note = _(
            "Participant {code}: the name is not printed (no consent recorded); write it on "
            "this line by hand.",
            lang,
        ).format(code=holder.code)
    else:
        # a script the embedded font cannot draw right: a line to write the name by hand
        y -= 30
        note = _(
            "Name of participant {code}: its script cannot be printed here; write it on this "
            "line by hand.",
            lang,
        ).format(code=holder.code)
    canvas.setLineWidth(0.7)
    canvas.line(35 * mm, y - 6, width - 35 * mm, y - 6)
    if note:  # under the line, where the name will be written
        _centre(canvas, note, FONT_ITALIC, 8, y - 17, width)
        y -= 12
    y -= 26
    role = _(ROLE_TITLES.get(holder.role, ROLE_TITLES[Role.PARTICIPANT]), lang)
    _centre(canvas, _("as {role}", lang).format(role=role), FONT_BOLD, 14, y, width)
    y -= 22
    sentence = _("in the activity “{title}” held on {date} at {place}.", lang).format(
        title=event.title,
        date=format_date(event.date, lang, weekday=True),
        place=place_text(event, lang),
    )
    _wrapped_centre(canvas, sentence, FONT_SERIF, 12, y, width, text_width)

    # signatories: one on the right, or two (left and right); date line above the right one
    top = 62 * mm
    people = settings.signatories or [Signatory()]
    centres = [width - 75 * mm] if len(people) == 1 else [75 * mm + 20 * mm, width - 75 * mm]
    canvas.setFont(FONT, 10.5)
    canvas.drawCentredString(
        centres[-1], top + 14, f"{event.village}, {format_date(event.date, lang)}"
    )
    for person, centre_x in zip(people, centres, strict=False):
        _signatory(canvas, store, person, centre_x, top, lang)

    # QR and check code, bottom left inside the frame
    payload = f"{certificate.serial}|{certificate.check_code}"
    qr_side = 22 * mm
    qr_x = 18 * mm if len(people) == 1 else width / 2 - qr_side / 2
    draw_qr(canvas, payload, qr_x, 18 * mm, qr_side)
    canvas.setFont(FONT, 7)
    canvas.drawCentredString(
        qr_x + qr_side / 2,
        16 * mm,
        _("Check code {code}", lang).format(code=certificate.check_code),
    )


def _logo(png: bytes) -> ImageReader | None:
    """Read once for every page (reportlab then embeds it once); a damaged one is left out."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getSize()
    except (OSError, ValueError):
        return None
    return reader


def build(store: Store, event: Event, out: Path, options: PrintOptions) -> Path:
    register_fonts()
    lang = options.lang
    holders = certificate_holders(list_participants(store, event.id))
    certificates = issue_certificates(store, event, holders)
    settings = printed_settings(store, event.id)
    size = landscape(PAPER_SIZES[options.paper])
    with atomic_path(out) as temp:
        canvas = Canvas(str(temp), pagesize=size, pageCompression=1, initialFontName=FONT)
        canvas.setTitle(_("Certificates", lang) + f" – {event.title}")
        canvas.setAuthor("Kerinjing Desktop")
        if not holders:  # still a valid document that says why it is empty
            canvas.setFont(FONT, 14)
            canvas.drawCentredString(
                size[0] / 2,
                size[1] / 2,
                _("No certificates: nobody has been checked in at this event yet.", lang),
            )
            canvas.showPage()
        logo = _logo(get_institution(store).logo_png)
        for holder, certificate in zip(holders, certificates, strict=True):
            draw_certificate(canvas, store, event, holder, certificate, settings, lang, size, logo)
            canvas.showPage()
        canvas.save()
    return out
