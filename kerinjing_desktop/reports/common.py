"""What every printed document shares: embedded fonts, A4 and F4 paper, print options."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kerinjing_desktop.core.paths import asset_path

# F4 ("folio") is the paper Indonesian offices and print shops use beside A4.
PAPER_SIZES = {"a4": A4, "f4": (215 * mm, 330 * mm)}

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_SERIF = "DejaVuSerif"
FONT_SERIF_BOLD = "DejaVuSerif-Bold"


@dataclass(frozen=True)
class PrintOptions:
    paper: str = "a4"  # "a4" or "f4"
    lang: str = "id"
    blank_rows: int = 0  # empty rows for walk-ins (attendance sheet, test papers)
    show_names: bool = True  # reports: names, or participant codes only

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu TTFs (embedded in every PDF; they cover Latin, Greek,
    Cyrillic and many signs; scripts they lack print as boxes, never crash)."""
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_SERIF, FONT_SERIF_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
