"""The office's intervals for a group's mean change (core/office/intervals.py), checked at
points known in closed form: Student's t with one degree of freedom is Cauchy's distribution
(its two-sided quantile is tan(pi * c / 2)), and with two its quantile is c * sqrt(2 / (1 - c²)).
The bisection stops once its bounds are neighbouring floats, with the float its hundred steps
gave.
"""

from __future__ import annotations

import math

import pytest

from kerinjing_desktop.core.distributions import student_t_two_sided_p
from kerinjing_desktop.core.office import intervals
from kerinjing_desktop.core.office.intervals import CONFIDENCE, mean_interval, t_quantile

EXACT = 1e-12


def cauchy(confidence: float) -> float:
    return math.tan(math.pi * confidence / 2)


def two_degrees(confidence: float) -> float:
    return confidence * math.sqrt(2 / (1 - confidence**2))


def test_the_intervals_are_95_percent_intervals():
    assert CONFIDENCE == 0.95
    assert t_quantile(1) == pytest.approx(cauchy(0.95), rel=EXACT)
    assert t_quantile(1) == pytest.approx(12.706204736174707, rel=EXACT)
    assert t_quantile(2) == pytest.approx(two_degrees(0.95), rel=EXACT)


@pytest.mark.parametrize("confidence", [0.2, 0.5, 0.9, 0.99])
def test_the_quantile_for_any_confidence(confidence):
    """Quantiles below 1 (a confidence of 20 %) are found as well as large ones."""
    assert t_quantile(1, confidence) == pytest.approx(cauchy(confidence), rel=EXACT)
    assert t_quantile(2, confidence) == pytest.approx(two_degrees(confidence), rel=EXACT)


def test_a_small_group_gets_a_wider_multiplier_than_a_large_one():
    """6 pairs: 2.57; 600 pairs: 1.96 (scipy's values, to 12 digits)."""
    assert t_quantile(5) == pytest.approx(2.5705818356363146, rel=EXACT)
    assert t_quantile(599) == pytest.approx(1.9639322489452784, rel=EXACT)


def test_a_mean_interval_is_the_mean_plus_and_minus_t_times_the_standard_error():
    # mean 3, sample variance (4 + 1 + 9) / 2 = 7, standard error sqrt(7 / 3), 2 degrees
    mean, low, high = mean_interval([1.0, 2.0, 6.0])
    half = two_degrees(0.95) * math.sqrt(7 / 3)
    assert mean == 3.0
    assert low == pytest.approx(3.0 - half, rel=EXACT)
    assert high == pytest.approx(3.0 + half, rel=EXACT)


def test_two_values_already_have_an_interval():
    # mean 1, sample variance 2 (divided by n - 1 = 1), standard error 1, 1 degree
    mean, low, high = mean_interval([0.0, 2.0])
    assert mean == 1.0
    assert low == pytest.approx(1.0 - cauchy(0.95), rel=EXACT)
    assert high == pytest.approx(1.0 + cauchy(0.95), rel=EXACT)


def test_one_value_is_its_own_interval():
    assert mean_interval([-4.5]) == (-4.5, -4.5, -4.5)


def test_equal_values_have_no_width():
    assert mean_interval([2.0, 2.0, 2.0, 2.0]) == (2.0, 2.0, 2.0)


def _hundred_steps(df: int, confidence: float) -> float:
    """The bisection as it was before it stopped early: always a hundred steps."""
    alpha = 1 - confidence
    low, high = 0.0, 1000.0
    for _ in range(100):
        middle = (low + high) / 2
        if student_t_two_sided_p(middle, df) > alpha:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@pytest.mark.parametrize("df", [1, 2, 5, 7, 30, 119, 600])
@pytest.mark.parametrize("confidence", [0.95, 0.9, 0.99])
def test_stopping_at_neighbouring_floats_gives_the_float_of_a_hundred_steps(df, confidence):
    """The published intervals are rounded from this value: it must not move by a bit."""
    intervals.t_quantile.cache_clear()
    assert intervals.t_quantile(df, confidence) == _hundred_steps(df, confidence)


def test_the_bisection_stops_once_its_bounds_are_neighbouring_floats(monkeypatch):
    calls = []

    def counted(t, df):
        calls.append(t)
        return student_t_two_sided_p(t, df)

    monkeypatch.setattr(intervals, "student_t_two_sided_p", counted)
    intervals.t_quantile.cache_clear()
    assert intervals.t_quantile(5) == pytest.approx(2.5705818356363146, rel=EXACT)
    assert len(calls) < 100
    intervals.t_quantile.cache_clear()
