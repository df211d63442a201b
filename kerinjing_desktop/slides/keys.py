"""What a key does during a show: the keys of PowerPoint and of USB clickers, decided without
any window (the presenter applies the decision; tests/test_slides_keys.py reads the table).

→ ↓ PgDn Space Enter N next · ← ↑ PgUp Backspace P previous · Home End · number + Enter
jumps · B or . black · W or , white · F5 audience window · Tab overview · Ctrl/Alt with + or -
the notes' size · Esc cancels a typed number, else closes the overview, else leaves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt

K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter,
             K.Key_N}  # fmt: skip
PREVIOUS_KEYS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P}
DIGITS = {getattr(K, f"Key_{n}"): str(n) for n in range(10)}
# keys the overview grid moves its own selection with (Enter there jumps to the slide)
GRID_KEYS = {K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End,
             K.Key_PageUp, K.Key_PageDown, K.Key_Return, K.Key_Enter, K.Key_Space}  # fmt: skip
MAX_DIGITS = 4


class Act(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    GO = "go"  # to `Decision.target` (Home, End)
    JUMP = "jump"  # to the slide whose number was typed: the slide shows, not a blank screen
    BLACK = "black"
    WHITE = "white"
    AUDIENCE = "audience"
    OVERVIEW = "overview"  # open or close it
    LEAVE = "leave"
    BIGGER_NOTES = "bigger-notes"
    SMALLER_NOTES = "smaller-notes"
    STATUS = "status"  # only the status line changes (a digit typed, a number dropped)
    NOT_OURS = "not-ours"  # the widget with the focus gets the key


@dataclass(frozen=True)
class Decision:
    act: Act
    digits: str  # the slide number typed so far, after this key
    target: int | None = None  # the slide index for Act.GO


def decide(
    key: int, ctrl_or_alt: bool, digits: str, count: int, overview: bool, in_grid: bool
) -> Decision:
    """The key's act in a show of `count` slides; `digits` typed before it, `overview`
    shown or not, `in_grid`: the key went to the overview grid (shown, then)."""
    if ctrl_or_alt:
        if key in (K.Key_Plus, K.Key_Equal):
            return Decision(Act.BIGGER_NOTES, digits)
        if key == K.Key_Minus:
            return Decision(Act.SMALLER_NOTES, digits)
        return Decision(Act.NOT_OURS, digits)
    if key in DIGITS:
        return Decision(Act.STATUS, (digits + DIGITS[key])[-MAX_DIGITS:])
    if key in (K.Key_Return, K.Key_Enter) and digits:
        number = int(digits)
        if 1 <= number <= count:
            return Decision(Act.JUMP, "", number - 1)
        return Decision(Act.STATUS, "")
    if key == K.Key_Escape:
        if digits:
            return Decision(Act.STATUS, "")
        return Decision(Act.OVERVIEW if overview else Act.LEAVE, "")
    if key in (K.Key_Tab, K.Key_Backtab):
        return Decision(Act.OVERVIEW, "")
    if in_grid and key in GRID_KEYS:
        return Decision(Act.NOT_OURS, "")
    act = _PLAIN.get(key)
    if act is None:
        return Decision(Act.NOT_OURS, "")  # the status line drops the typed number
    if act is Act.GO:
        return Decision(act, "", 0 if key == K.Key_Home else count - 1)
    return Decision(act, "")


_PLAIN: dict[int, Act] = {
    **dict.fromkeys(NEXT_KEYS, Act.NEXT),
    **dict.fromkeys(PREVIOUS_KEYS, Act.PREVIOUS),
    K.Key_Home: Act.GO,
    K.Key_End: Act.GO,
    K.Key_B: Act.BLACK,
    K.Key_Period: Act.BLACK,
    K.Key_W: Act.WHITE,
    K.Key_Comma: Act.WHITE,
    K.Key_F5: Act.AUDIENCE,
}
