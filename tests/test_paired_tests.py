"""The significance tests (core/paired_tests.py): the signed-rank test exact up to 50 untied
differences and normal above, checked against scipy; ties, zero variance and the smallest
t-test worked by hand."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stats_support import check_wilcoxon, close, one_question

from kerinjing_desktop.core.paired_tests import (
    McNemar,
    Method,
    PairedT,
    Wilcoxon,
    average_ranks,
    paired_t,
    wilcoxon,
)


def test_two_pairs_are_enough_for_a_t_test():
    """Differences 1 and 3: mean 2, SD √2, so t = 2 with 1 df (Cauchy: p = 1 − 2·atan(2)/π)
    and d_z = √2; one pair is too few, and says so."""
    notes: list[str] = []
    t_test, cohen_dz = paired_t([1, 3], notes)
    assert close(t_test.t, 2.0) and t_test.df == 1
    assert close(t_test.p_value, 1 - 2 * math.atan(2) / math.pi, rel=1e-10)
    assert close(cohen_dz, math.sqrt(2)) and notes == []
    assert paired_t([4], notes) == (PairedT(None, None, None), None)
    assert notes == ["t_test: fewer than 2 paired participants",
                     "cohen_dz: fewer than 2 paired participants"]  # fmt: skip


def test_no_difference_leaves_the_signed_rank_test_undefined_with_the_reason():
    """No pairs, or pairs that all scored the same twice: no W, no p, no r, and the reason."""
    for diffs, reason in (([], "no paired participants"), ([0, 0], "no non-zero differences")):
        notes: list[str] = []
        assert wilcoxon(diffs, notes) == (Wilcoxon(n_nonzero=0), None)
        assert notes == [f"wilcoxon: {reason}", f"rank_biserial: {reason}"]


def test_tied_values_share_their_average_rank():
    """3, 1, 3, 2: ranks 3.5, 1, 3.5, 2, and the tie groups (1, 2 and 3s) of sizes 1, 1, 2."""
    assert average_ranks([3, 1, 3, 2]) == ([3.5, 1.0, 3.5, 2.0], [1, 1, 2])


@pytest.mark.parametrize(
    "value",
    [Wilcoxon(), PairedT(None, None, None), McNemar(0, 0, None)],
    ids=lambda v: type(v).__name__,
)
def test_the_test_results_are_values(value):
    """A result handed to a page or a report cannot be changed on the way."""
    field = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, field, 1)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 400), min_size=1, max_size=60, unique=True),
    st.lists(st.booleans(), min_size=60, max_size=60),
    st.integers(0, 5),
)
def test_untied_wilcoxon_matches_scipy_exact_and_approx(magnitudes, signs, zeros):
    """Untied differences use the exact distribution up to n = 50 and the normal one above."""
    d = [m if up else -m for m, up in zip(magnitudes, signs, strict=False)] + [0] * zeros
    result = one_question([500] * len(d), [500 + x for x in d], max_score=1000).as_dict()
    assert result["wilcoxon"]["method"] == ("exact" if len(magnitudes) <= 50 else "approx")
    check_wilcoxon(d, result)


def test_hand_worked_ties_and_zero_variance():
    """Four equal gains: tied ranks give z = 2 (p = erfc(sqrt 2)); the t-test is undefined."""
    result = one_question([1, 1, 1, 1], [2, 2, 2, 2], max_score=5).as_dict()
    # ranks 2.5 each, W+ = 10, mean 5, variance 4*5*9/24 - (64 - 4)/48 = 6.25
    assert result["wilcoxon"] == pytest.approx(
        {"statistic": 0.0, "p_value": math.erfc(math.sqrt(2)), "method": "approx", "n_nonzero": 4}
    )
    assert result["rank_biserial"] == 1.0
    assert result["t_test"] == {"t": None, "df": 3, "p_value": None}
    assert result["cohen_dz"] is None
    assert "t_test: all differences equal (zero variance)" in result["notes"]
    assert close(result["mean_individual_gain"], 0.25)  # (2 - 1) / (5 - 1)


def test_wilcoxon_is_exact_up_to_fifty_untied_differences_then_approximate():
    fifty = one_question([0] * 50, list(range(1, 51)), max_score=100)
    fifty_one = one_question([0] * 51, list(range(1, 52)), max_score=100)
    assert fifty.wilcoxon.method is Method.EXACT
    assert fifty_one.wilcoxon.method is Method.APPROX
