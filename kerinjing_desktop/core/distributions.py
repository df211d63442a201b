"""The three null distributions the pre/post analysis needs, in exact integers where they can
be (no scipy at run time): the Wilcoxon signed-rank statistic, McNemar's binomial and Student's
t. Apart from the tests (`paired_tests.py`) so that other figures (the programme office's
intervals) use the same ones; tests/test_distributions.py checks each against scipy.
"""

from __future__ import annotations

import math


def signed_rank_counts(n: int) -> list[int]:
    """counts[s] = how many subsets of the ranks 1..n sum to s, i.e. 2**n * P(W+ = s) under H0."""
    counts = [1] + [0] * (n * (n + 1) // 2)
    top = 0
    for rank in range(1, n + 1):
        top += rank
        for s in range(top, rank - 1, -1):  # downwards: each rank is used at most once
            counts[s] += counts[s - rank]
    return counts


def wilcoxon_exact_p(w_plus: int, n: int) -> float:
    counts = signed_rank_counts(n)
    total = 1 << n  # 2**n, typed int
    tail = min(sum(counts[: w_plus + 1]), sum(counts[w_plus:]))
    return min(2 * tail, total) / total  # exact integers until this one division


def mcnemar_exact_p(b: int, c: int) -> float | None:
    """min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2), in exact integers. The binomial
    coefficients come one from the other (C(n, i+1) = C(n, i)(n-i)/(i+1), exact), not each
    from scratch with math.comb: that was quadratic, 0.36 s for one question at n = 5,000."""
    n = b + c
    if n == 0:
        return None
    term = tail = 1
    for i in range(min(b, c)):
        term = term * (n - i) // (i + 1)
        tail += term
    total = 1 << n  # 2**n, typed int
    return min(2 * tail, total) / total


def student_t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= |t|) = I_x(df/2, 1/2) with x = df / (df + t²)."""
    t2 = t * t
    return _regularized_beta(df / 2, 0.5, df / (df + t2), t2 / (df + t2))


def _regularized_beta(a: float, b: float, x: float, y: float) -> float:
    """I_x(a, b); y = 1 - x is passed in so that x close to 1 keeps full precision."""
    if x <= 0:
        return 0.0
    if y <= 0:
        return 1.0
    if x > (a + 1) / (a + b + 2):  # the continued fraction converges fast only below this
        return 1.0 - _regularized_beta(b, a, y, x)
    log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    front = math.exp(a * math.log(x) + b * math.log(y) - log_beta)
    return front * _beta_continued_fraction(a, b, x) / a


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction for I_x(a, b) by the modified Lentz method (Numerical Recipes 6.4)."""
    tiny, eps = 1e-300, 1e-16

    def guard(v: float) -> float:
        return v if abs(v) > tiny else tiny

    c = 1.0
    d = 1.0 / guard(1.0 - (a + b) * x / (a + 1))
    h = d
    for m in range(1, 10_000):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 / guard(1.0 + even * d)
        c = guard(1.0 + even / c)
        h *= d * c
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1.0 / guard(1.0 + odd * d)
        c = guard(1.0 + odd / c)
        h *= d * c
        if abs(d * c - 1.0) < eps:
            break
    return h
