"""The null distributions (core/distributions.py): Student's t against scipy, the signed-rank
counts and McNemar's exact tail in exact integers."""

from __future__ import annotations

import math

import pytest
import scipy.stats
from stats_support import close

from kerinjing_desktop.core import distributions


@pytest.mark.parametrize("df", [1, 2, 3, 4.5, 10, 30, 101, 1000, 100_000])
def test_student_t_p_value_matches_scipy(df):
    """The incomplete-beta t distribution is accurate to ~1e-10 from tiny to huge |t|."""
    # df = 1 is Cauchy, checked by formula: scipy 1.17 rounds t.sf(1e-9, 1) to exactly 0.5.
    for t in [0.0, 1e-9, 0.01, 0.5, 1.0, 2.0, 3.5, 8.0, 40.0, 500.0]:
        expected = 1 - 2 * math.atan(t) / math.pi if df == 1 else 2 * scipy.stats.t.sf(t, df)
        assert close(distributions.student_t_two_sided_p(t, df), expected, rel=1e-10, abs_=1e-300)


def test_signed_rank_counts_are_the_subset_sums_of_the_ranks():
    """Subsets of {1, 2, 3} sum to 0..6 once each, except 3 = {3} = {1, 2}."""
    assert distributions.signed_rank_counts(3) == [1, 1, 1, 2, 1, 1, 1]
    assert sum(distributions.signed_rank_counts(10)) == 2**10


def test_exact_mcnemar_tail_is_the_binomial_sum_at_large_n():
    """The running-term tail equals the sum of binomial coefficients it replaced (exact
    integers both ways), in the large groups where the old sum was quadratic."""
    for b, c in [(600, 500), (37, 1200), (999, 1000), (0, 800), (1, 1)]:
        n = b + c
        tail = sum(math.comb(n, i) for i in range(min(b, c) + 1))
        assert distributions.mcnemar_exact_p(b, c) == min(2 * tail, 2**n) / 2**n
