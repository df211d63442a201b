"""The app's colours, as "#rrggbb" strings, in one place: the window's widgets
(`gui/theme.py` turns them into style sheets), its charts, and the printed reports.

Plain strings, no Qt: the reports (reportlab, Pillow) and the window read the same values,
so that the pre-test bars are the same orange on the screen, in the PDF and in Word.
"""

from __future__ import annotations

# Pre-test against post-test, everywhere: a warm orange before, a teal after. They differ in
# lightness too, so they stay apart in greyscale and for most colour-blind readers.
PRE_TEST = "#f0a35e"
POST_TEST = "#2e7d9a"
# Men against women in the attendance charts
MEN = "#4073b3"
WOMEN = "#d9804d"
CHART_GRID = "#dddddd"
CHART_AXIS = "#555555"

# What a status line means (gui/theme.py's Tone): green, amber, red, dark enough on white
OK = "#1b6e20"
WARN = "#8a5300"
BAD = "#b00020"
# The discussion question, on the laptop as on the projector: white on dark blue
QUESTION_PANEL = "#12263f"
