"""The show's keys, decided without a window (slides/keys.py): the clicker's keys, a typed
slide number, Esc in its three meanings, and the overview grid keeping its own keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kerinjing_desktop.slides.keys import Act, Decision, decide

K = Qt.Key
COUNT = 12  # slides in the show


def key(k, digits: str = "", overview: bool = False, in_grid: bool = False, ctrl: bool = False):
    return decide(k, ctrl, digits, COUNT, overview, in_grid)


@pytest.mark.parametrize(
    ("k", "act"),
    [(K.Key_PageDown, Act.NEXT), (K.Key_Space, Act.NEXT), (K.Key_N, Act.NEXT),
     (K.Key_PageUp, Act.PREVIOUS), (K.Key_Backspace, Act.PREVIOUS), (K.Key_B, Act.BLACK),
     (K.Key_Period, Act.BLACK), (K.Key_W, Act.WHITE), (K.Key_Comma, Act.WHITE),
     (K.Key_F5, Act.AUDIENCE), (K.Key_Tab, Act.OVERVIEW), (K.Key_Escape, Act.LEAVE),
     (K.Key_X, Act.NOT_OURS)],
)  # fmt: skip
def test_the_clickers_and_powerpoints_keys(k, act):
    assert key(k) == Decision(act, "")


def test_home_and_end_go_to_the_first_and_the_last_slide():
    assert key(K.Key_Home) == Decision(Act.GO, "", 0)
    assert key(K.Key_End) == Decision(Act.GO, "", COUNT - 1)


def test_a_typed_number_then_enter_jumps_there_and_a_wrong_one_is_dropped():
    assert key(K.Key_1) == Decision(Act.STATUS, "1")
    assert key(K.Key_2, "1") == Decision(Act.STATUS, "12")
    assert key(K.Key_Return, "12") == Decision(Act.JUMP, "", 11)
    assert key(K.Key_Enter, "13") == Decision(Act.STATUS, "")  # no slide 13
    assert key(K.Key_Return, "0") == Decision(Act.STATUS, "")
    assert key(K.Key_9, "1234") == Decision(Act.STATUS, "2349")  # the last four digits


def test_escape_drops_a_typed_number_then_closes_the_overview_then_leaves():
    assert key(K.Key_Escape, "4", overview=True) == Decision(Act.STATUS, "")
    assert key(K.Key_Escape, overview=True) == Decision(Act.OVERVIEW, "")
    assert key(K.Key_Escape) == Decision(Act.LEAVE, "")


def test_the_overview_grid_keeps_its_arrow_keys_the_show_keeps_the_rest():
    assert key(K.Key_Right, overview=True, in_grid=True).act is Act.NOT_OURS
    assert key(K.Key_Right, overview=True, in_grid=False).act is Act.NEXT
    assert key(K.Key_B, overview=True, in_grid=True).act is Act.BLACK


def test_any_other_key_drops_a_typed_number():
    assert key(K.Key_X, "7") == Decision(Act.NOT_OURS, "")
    assert key(K.Key_Right, "7") == Decision(Act.NEXT, "")


def test_ctrl_plus_and_minus_size_the_notes_and_keep_a_typed_number():
    assert key(K.Key_Plus, "3", ctrl=True) == Decision(Act.BIGGER_NOTES, "3")
    assert key(K.Key_Equal, ctrl=True).act is Act.BIGGER_NOTES
    assert key(K.Key_Minus, ctrl=True).act is Act.SMALLER_NOTES
    assert key(K.Key_B, ctrl=True).act is Act.NOT_OURS
