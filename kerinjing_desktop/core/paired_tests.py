"""The significance tests of the pre/post comparison, on the paired differences (post − pre):
Wilcoxon's signed-rank test with its rank-biserial r, the paired t-test with Cohen's d_z, and
the value McNemar's test gives per question.

Apart from `stats.py`, which gathers the figures: here is what is exact and what is
approximated (the signed-rank test is exact up to 50 untied differences, then normal with
the tie correction), and each test says in a note why a figure is undefined. The null
distributions themselves are in `distributions.py`. tests/test_paired_tests.py checks each
test against scipy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby

from kerinjing_desktop.core.distributions import student_t_two_sided_p, wilcoxon_exact_p

EXACT_WILCOXON_MAX_N = 50  # the exact null distribution is cheap up to here (and scipy agrees)
SIGNIFICANCE_LEVEL = 0.05


class Method(StrEnum):
    """How the Wilcoxon p-value was found."""

    EXACT = "exact"  # the exact null distribution (few participants, no tied differences)
    APPROX = "approx"  # the normal approximation with the tie correction


@dataclass(frozen=True)
class Wilcoxon:
    """The signed-rank test of the paired totals (zero differences dropped)."""

    statistic: float | None = None  # W, the smaller of the two rank sums
    p_value: float | None = None
    method: Method | None = None
    n_nonzero: int = 0


@dataclass(frozen=True)
class PairedT:
    t: float | None
    df: int | None
    p_value: float | None


@dataclass(frozen=True)
class McNemar:
    """Right (full marks) before and after on one question: b went wrong, c went right."""

    b: int
    c: int
    p_value: float | None


def wilcoxon(diffs: list[int], notes: list[str]) -> tuple[Wilcoxon, float | None]:
    """Signed-rank test with zeros dropped (scipy's zero_method="wilcox"), and rank-biserial r."""
    nonzero = [d for d in diffs if d != 0]
    n = len(nonzero)
    if n == 0:
        reason = "no paired participants" if not diffs else "no non-zero differences"
        notes.append(f"wilcoxon: {reason}")
        notes.append(f"rank_biserial: {reason}")
        return Wilcoxon(n_nonzero=0), None
    ranks, tie_sizes = average_ranks([abs(d) for d in nonzero])
    w_plus = sum(r for r, d in zip(ranks, nonzero, strict=True) if d > 0)
    w_minus = n * (n + 1) / 2 - w_plus
    statistic = float(min(w_plus, w_minus))
    rank_biserial = (w_plus - w_minus) / (w_plus + w_minus)

    if n <= EXACT_WILCOXON_MAX_N and all(t == 1 for t in tie_sizes):
        p_value = wilcoxon_exact_p(int(w_plus), n)
        return Wilcoxon(statistic, p_value, Method.EXACT, n), rank_biserial
    # Normal approximation with tie correction, no continuity correction.
    variance = n * (n + 1) * (2 * n + 1) / 24 - sum(t**3 - t for t in tie_sizes) / 48
    if variance <= 0:  # cannot happen with n >= 1, but never divide by zero
        notes.append("wilcoxon: zero variance in the normal approximation")
        return Wilcoxon(statistic, None, Method.APPROX, n), rank_biserial
    z = (w_plus - n * (n + 1) / 4) / math.sqrt(variance)
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return Wilcoxon(statistic, p_value, Method.APPROX, n), rank_biserial


def average_ranks(values: Sequence[int]) -> tuple[list[float], list[int]]:
    """1-based ranks with ties sharing their average rank, plus the size of each tie group."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    tie_sizes = []
    start = 0
    for _value, group in groupby(order, key=values.__getitem__):
        members = list(group)
        rank = start + (len(members) + 1) / 2
        for i in members:
            ranks[i] = rank
        tie_sizes.append(len(members))
        start += len(members)
    return ranks, tie_sizes


def paired_t(diffs: list[int], notes: list[str]) -> tuple[PairedT, float | None]:
    """The paired t-test of the differences, and Cohen's d_z (their mean over their SD)."""
    n = len(diffs)
    if n < 2:
        notes.append("t_test: fewer than 2 paired participants")
        notes.append("cohen_dz: fewer than 2 paired participants")
        return PairedT(None, None, None), None
    s = sum(diffs)
    spread = n * sum(d * d for d in diffs) - s * s  # = n(n-1) * variance, exact in integers
    if spread == 0:
        notes.append("t_test: all differences equal (zero variance)")
        notes.append("cohen_dz: all differences equal (zero variance)")
        return PairedT(None, n - 1, None), None
    mean = s / n
    sd = math.sqrt(spread / (n * (n - 1)))  # sample SD (n - 1)
    t = mean / (sd / math.sqrt(n))
    return PairedT(t, n - 1, student_t_two_sided_p(t, n - 1)), mean / sd
