"""Every colour of the app, as "#rrggbb" strings, in one place: the window (`gui/theme.py`
turns them into style sheets), its charts, the bundled deck and the presenter, the printed
documents.

Plain strings, no Qt: every layer reads the same values, so that the pre-test bars are the
same orange on the screen, in the PDF and in Word, and a change of look (or a colour-blind
check) reads one file. Few colours, each with a meaning; dark enough on white to be read.
"""

from __future__ import annotations

# --- what a text means (gui/theme.py's Tone) ------------------------------------------
OK = "#1b5e20"  # green: done, right, saved
WARN = "#8a5300"  # amber: worth a look, waiting
BAD = "#b00020"  # red: refused, failed, over time
MUTED = "#555555"  # grey: footnotes, hints, what does not count
DISABLED_HIGH_CONTRAST = "#595959"

# --- surfaces ---------------------------------------------------------------------------
ACCENT = "#1f4e79"  # the chosen step: dark blue, white text
QUESTION_PANEL = "#12263f"  # the discussion question, on the laptop as on the projector
NOTICE_FILL = "#fff4d6"  # a notice to read first (the safety note on the Notes page)
NOTICE_BORDER = "#e0b84a"
PRESENT_FILL = "#e3f4e1"  # a participant who is checked in
ABSENT_FILL = "#eeeeee"  # a score cell of someone absent
FAILED_FILL = "#fde0dc"  # a score cell that was refused
TABLE_HEADER = "#e5e7eb"  # the header row of printed tables

# --- charts, on screen and on paper -----------------------------------------------------
# Pre-test against post-test, everywhere: a warm orange before, a teal after. They differ in
# lightness too, so they stay apart in greyscale and for most colour-blind readers.
PRE_TEST = "#f0a35e"
POST_TEST = "#2e7d9a"
MEN = "#4073b3"  # men against women in the attendance charts
WOMEN = "#d9804d"
CHART_GRID = "#dddddd"
CHART_AXIS = MUTED

# --- the bundled deck (slides/theme.py) and its handout ---------------------------------
# High contrast for a bright village hall: dark ink on white, a deep navy title bar.
NAVY = "#0b2545"
INK = "#111827"
BLUE = "#1d4e89"
GREY = "#374151"
PALE = "#d6e4f5"
AMBER = "#e09f1f"
KEY_FILL = "#fff3c4"
KEY_BAR = "#c2410c"
YELLOW = "#ffd166"
WHITE = "#ffffff"
BLACK = "#000000"  # blank screen, and the bars around a PDF page (they vanish on a projector)
HANDOUT_RULE = "#d1d5db"  # lines and frames of the handout and the cards
HANDOUT_FRAME = "#9ca3af"
HANDOUT_QUIET = "#6b7280"  # "no notes" in the handout
CONSOLE_BACK = "#1f2937"  # behind the slide views of the presenter's console
CONSOLE_WAITING = "#e5e7eb"  # "drawing…" on a slide not drawn yet
