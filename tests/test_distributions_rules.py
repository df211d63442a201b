"""The null distributions (core/distributions.py) at fixed points, fast: the signed-rank counts
written out, exact Wilcoxon and McNemar tails as fractions, and Student's t against values that
scipy gave when this test was written (test_stats.py compares with scipy live, slowly)."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.distributions import (
    mcnemar_exact_p,
    signed_rank_counts,
    student_t_two_sided_p,
    wilcoxon_exact_p,
)


def test_signed_rank_counts_are_the_subsets_of_the_ranks_by_their_sum():
    assert signed_rank_counts(0) == [1]
    assert signed_rank_counts(1) == [1, 1]
    assert signed_rank_counts(3) == [1, 1, 1, 2, 1, 1, 1]
    assert signed_rank_counts(5) == [1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 2, 2, 1, 1, 1]
    assert sum(signed_rank_counts(12)) == 2**12


@pytest.mark.parametrize(
    ("w_plus", "n", "p"),
    [(0, 5, 2 / 32), (15, 5, 2 / 32), (3, 5, 10 / 32), (7, 5, 1.0), (8, 6, 44 / 64),
     (10, 10, 86 / 1024)],
)  # fmt: skip
def test_the_exact_wilcoxon_p_is_twice_the_smaller_tail(w_plus, n, p):
    assert wilcoxon_exact_p(w_plus, n) == p


@pytest.mark.parametrize(
    ("b", "c", "p"),
    [(0, 1, 1.0), (1, 4, 0.375), (3, 3, 1.0), (2, 10, 79 / 2048), (10, 2, 79 / 2048),
     (0, 20, 2 / 2**20)],
)  # fmt: skip
def test_the_exact_mcnemar_p_is_twice_the_binomial_tail(b, c, p):
    assert mcnemar_exact_p(b, c) == p


def test_mcnemar_without_discordant_pairs_has_no_p():
    assert mcnemar_exact_p(0, 0) is None


@pytest.mark.parametrize(
    ("t", "df", "p"),
    [(0.0, 5, 1.0), (1.0, 1, 0.5000000000000001), (2.0, 3, 0.13932596855884305),
     (-2.5, 10, 0.03144684423660882), (2.776445105, 4, 0.05000000001011946),
     (10.0, 2, 0.00985245702332569), (0.3, 30, 0.7662461052843528),
     (4.0, 200, 8.913095218593442e-05), (0.001, 7, 0.9992300172449988)],
)  # fmt: skip
def test_student_t_two_sided_p_matches_scipy(t, df, p):
    assert student_t_two_sided_p(t, df) == pytest.approx(p, rel=1e-12, abs=0)
