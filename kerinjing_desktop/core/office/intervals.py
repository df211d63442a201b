"""Intervals that stay honest for a village of eight pairs as for a district of eight hundred.

The mean change of a group gets Student's t interval (not the normal one, which is too narrow
for small groups): with 6 pairs the 95% multiplier is 2.57, with 600 it is 1.96. The t quantile
is found by bisection on the t distribution the statistics module already computes, so no
statistics library is needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from kerinjing_desktop.core.distributions import student_t_two_sided_p

CONFIDENCE = 0.95


@cache  # a programme has thousands of groups but few distinct sizes
def t_quantile(df: int, confidence: float = CONFIDENCE) -> float:
    """The two-sided critical value: P(|T| > t) = 1 - confidence for T with `df` degrees."""
    alpha = 1 - confidence
    low, high = 0.0, 1000.0
    for _ in range(100):
        middle = (low + high) / 2
        if student_t_two_sided_p(middle, df) > alpha:
            if middle == low:
                break  # the bounds are neighbouring floats: no later step changes them
            low = middle
        else:
            if middle == high:
                break
            high = middle
    return (low + high) / 2


def mean_interval(values: Sequence[float]) -> tuple[float, float, float]:
    """(mean, low, high); with fewer than 2 values the interval is the mean itself."""
    n = len(values)
    mean = math.fsum(values) / n
    if n < 2:
        return mean, mean, mean
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = t_quantile(n - 1) * math.sqrt(variance / n)
    return mean, mean - half, mean + half
