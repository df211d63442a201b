"""Can the embedded font draw this name? Glyph coverage from the TTF's cmap, and fallbacks.

reportlab draws text left to right without shaping: scripts written right to left or with
joined/reordered letters (Arabic, Hebrew, the Indic and South-East Asian scripts) would come
out as wrong, disconnected letters even where DejaVu has glyphs. Such names, and names with
characters the font lacks, are never printed as boxes: the document says so and leaves a line
to write the name by hand.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from kerinjing_desktop.reports.common import FONT, register_fonts

# Blocks that need bidi or shaping reportlab does not do (without optional extras).
_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
    (0x0900, 0x0DFF),  # Devanagari … Sinhala
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x1A00, 0x1CFF),  # Buginese, Tai Tham, Balinese, Sundanese, Batak, Javanese* (A980)
    (0xA980, 0xA9DF),  # Javanese
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


def unprintable(text: str, font_name: str = FONT) -> list[str]:
    """The characters of `text` this font cannot draw correctly (empty: all fine)."""
    cmap = _cmap(font_name)
    bad: list[str] = []
    for char in text:
        code = ord(char)
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        complex_script = any(low <= code <= high for low, high in _COMPLEX_RANGES)
        if (code not in cmap or complex_script) and char not in bad:
            bad.append(char)
    return bad


def printable(text: str, font_name: str = FONT) -> bool:
    return not unprintable(text, font_name)


def para_text(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph (its mini-markup)."""
    return escape(text).replace("\n", "<br/>")
