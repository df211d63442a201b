"""The attendance sheet ("DAFTAR HADIR") people sign at the door.

Registered participants are pre-filled (a participant who gave no consent appears by code),
then empty rows for walk-ins. The signature column alternates left and right ("1. ….." on the
left, "2. ….." on the right) as Indonesian forms do, so that neighbouring signatures never
collide. Column headers repeat on every page; the counts and the facilitator's signature
block close the sheet and are never split across pages.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kerinjing_desktop.core.domain import Event, Participant, format_date
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.groups import shown_group
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.kinds import Gender
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.institution import get_institution
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    PrintOptions,
    register_fonts,
)
from kerinjing_desktop.reports.letterhead import letterhead
from kerinjing_desktop.reports.pages import document, numbered_canvas
from kerinjing_desktop.reports.textsafe import para_text, printable

DEFAULT_BLANK_ROWS = 10
MARGIN = 15 * mm
# No, Nama, L/P, Umur, Kelompok/Instansi, No. HP, Tanda Tangan (mm; 180 mm = A4 minus margins)
_WIDTHS_MM = (9, 47, 10, 14, 31, 24, 45)
ROW_HEIGHT = 9 * mm


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11)
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10),
        "note": ParagraphStyle("note", parent=base, fontName=FONT_ITALIC, fontSize=7, leading=8.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10, alignment=TA_CENTER
        ),
    }


def place_text(event: Event, lang: str) -> str:
    """'Balai Desa, Desa Kerinjing, Kec. Tanjung Raja, Kab. Ogan Ilir'."""
    parts = [event.venue, _("Village {name}", lang).format(name=event.village)]
    if event.kecamatan:
        parts.append(_("District {name}", lang).format(name=event.kecamatan))
    if event.kabupaten:
        parts.append(_("Regency {name}", lang).format(name=event.kabupaten))
    return ", ".join(p for p in parts if p)


def masked_phone(phone: str) -> str:
    """Enough digits for the person to recognise the number, not enough to copy it off a
    sheet that passes through the whole room."""
    if len(phone) < 8:
        return "" if not phone else phone[:2] + "…"
    return phone[:4] + "…" + phone[-3:]


def display_name(participant: Participant, lang: str, st: dict) -> Paragraph:
    if not participant.consent:
        return Paragraph(para_text(participant.code), st["cell"])
    if printable(participant.name):
        return Paragraph(para_text(participant.name), st["cell"])
    note = _("name in a script this printout cannot show: write it by hand", lang)
    return Paragraph(
        f"{para_text(participant.code)}<br/><font name='{FONT_ITALIC}' size='6.5'>"
        f"{para_text(note)}</font>",
        st["cell"],
    )


def info_table(event: Event, lang: str, st: dict, width: float) -> Table:
    rows = [
        (_("Activity", lang), event.title),
        (_("Day, date", lang), format_date(event.date, lang, weekday=True)),
        (_("Place", lang), place_text(event, lang)),
    ]
    data = [
        [Paragraph(para_text(k), st["base"]), ":", Paragraph(para_text(v), st["base"])]
        for k, v in rows
    ]
    table = Table(data, colWidths=(28 * mm, 4 * mm, width - 32 * mm))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _rows(participants: list[Participant], blank: int, lang: str, st: dict) -> list[list]:
    header = [
        Paragraph(para_text(t), st["head"])
        for t in (
            pgettext("row number column", "No", lang),
            _("Name", lang),
            _("M/F", lang),
            _("Age", lang),
            _("Group / Institution", lang),
            _("Phone", lang),
            _("Signature", lang),
        )
    ]
    rows: list[list] = [header]
    for number, p in enumerate(participants, start=1):
        rows.append(
            [
                str(number),
                display_name(p, lang, st),
                p.gender,
                "" if p.age is None else str(p.age),
                Paragraph(para_text(shown_group(p.group, p.group_label, lang)), st["cell"]),
                masked_phone(p.phone) if p.consent else "",
                f"{number}. ....................",
            ]
        )
    for number in range(len(participants) + 1, len(participants) + blank + 1):
        rows.append([str(number), "", "", "", "", "", f"{number}. ...................."])
    return rows


def attendance_table(participants: list[Participant], blank: int, lang: str, st: dict):
    widths = [w * mm for w in _WIDTHS_MM]
    rows = _rows(participants, blank, lang, st)
    # a signature needs room: every body row is at least ROW_HEIGHT tall
    table = LongTable(
        rows, colWidths=widths, repeatRows=1, minRowHeights=[0] + [ROW_HEIGHT] * (len(rows) - 1)
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (3, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
        ("FONT", (6, 1), (6, -1), FONT, 7.5),
    ]
    half = widths[6] / 2
    for row in range(2, len(rows), 2):  # even numbers sign on the right half
        commands.append(("LEFTPADDING", (6, row), (6, row), half))
    table.setStyle(TableStyle(commands))
    return table


def closing_block(event: Event, participants: list[Participant], lang: str, st: dict):
    women = sum(p.gender == Gender.FEMALE for p in participants)
    men = len(participants) - women
    counts = _(
        "Registered before the day: {n} (M: {m}, F: {f}). Present: ______ "
        "(M: ____, F: ____). Walk-ins: ______.",
        lang,
    ).format(n=len(participants), m=men, f=women)
    place_date = f"{event.village}, {format_date(event.date, lang)}"
    signer = event.facilitators or "." * 40
    block = Table(
        [
            ["", Paragraph(para_text(place_date), st["base"])],
            ["", Paragraph(para_text(_("Facilitator,", lang)), st["base"])],
            ["", ""],
            ["", Paragraph(f"( {para_text(signer)} )", st["base"])],
        ],
        colWidths=(100 * mm, 80 * mm),
        rowHeights=[None, None, 18 * mm, None],
    )
    block.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), FONT, 9)])
    )
    return KeepTogether(
        [Spacer(1, 4 * mm), Paragraph(para_text(counts), st["base"]), Spacer(1, 6 * mm), block]
    )


def build(store: Store, event: Event, out: Path, options: PrintOptions) -> Path:
    """Write the list to `out` whole or not at all (core/files.py)."""
    with atomic_path(out) as temp:
        _write(store, event, temp, options)
    return out


def _write(store: Store, event: Event, path: Path, options: PrintOptions) -> None:
    register_fonts()
    lang = options.lang
    st = styles()
    participants = list_participants(store, event.id)
    blank = DEFAULT_BLANK_ROWS if options.blank_rows < 0 else options.blank_rows
    width, height = options.page_size
    title = _("ATTENDANCE LIST", lang)

    def later_pages(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillGray(0.35)
        line = f"{title} · {event.title} · {format_date(event.date, lang)}"
        canvas.drawString(MARGIN, height - 10 * mm, line[:120])
        canvas.restoreState()

    doc = document(path, (width, height), f"{title} – {event.title}", MARGIN, 14 * mm, 16 * mm)
    story = letterhead(get_institution(store), width - 2 * MARGIN) + [
        Paragraph(para_text(title), st["title"]),
        Spacer(1, 3 * mm),
        info_table(event, lang, st, width - 2 * MARGIN),
        Spacer(1, 4 * mm),
        attendance_table(participants, blank, lang, st),
        closing_block(event, participants, lang, st),
    ]
    doc.build(
        story,
        onLaterPages=later_pages,
        canvasmaker=numbered_canvas(lang, footer_left=event.title),
    )
