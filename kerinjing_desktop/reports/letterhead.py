"""The institution's letterhead (kop surat) at the top of a printed PDF: the logo on the left,
the typed lines centred beside it, a double rule below, as Indonesian official papers have."""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Image, Spacer, Table, TableStyle

from kerinjing_desktop.core.store.institution import Institution
from kerinjing_desktop.reports.common import FONT, FONT_BOLD
from kerinjing_desktop.reports.textsafe import para_text

LOGO_SIDE = 20 * mm


def letterhead(institution: Institution, width: float) -> list:
    """Flowables for the letterhead, or nothing when no institution was set in Settings."""
    from reportlab.platypus import Paragraph

    lines = institution.letterhead_lines()
    if not lines and not institution.logo_png:
        return []
    first = ParagraphStyle("kop1", fontName=FONT_BOLD, fontSize=12, leading=15,
                           alignment=TA_CENTER)  # fmt: skip
    rest = ParagraphStyle("kop", parent=first, fontName=FONT, fontSize=9, leading=11.5)
    text = [Paragraph(para_text(line), first if i == 0 else rest) for i, line in enumerate(lines)]
    logo: object = ""
    if institution.logo_png:
        try:
            logo = Image(io.BytesIO(institution.logo_png), width=LOGO_SIDE, height=LOGO_SIDE,
                         kind="proportional")  # fmt: skip
        except OSError:  # a damaged logo costs the logo, not the page
            logo = ""
    table = Table([[logo, text]], colWidths=(LOGO_SIDE + 4 * mm, width - 2 * LOGO_SIDE - 8 * mm))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [
        table,
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=1.6, color="black", spaceAfter=0.6 * mm),
        HRFlowable(width="100%", thickness=0.5, color="black", spaceAfter=3 * mm),
    ]
