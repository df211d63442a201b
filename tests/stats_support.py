"""What the statistics tests share: float comparison with None, a one-question event, and the
scipy checks of the signed-rank test and of the notes (tests/test_stats.py,
tests/test_paired_tests.py)."""

from __future__ import annotations

import pytest
import scipy.stats

from kerinjing_desktop.core.stats import Analysis, QuestionSpec, analyse


def close(actual, expected, rel: float = 1e-9, abs_: float = 1e-12) -> bool:
    """Equal to within float noise, where None (undefined) only matches None."""
    if expected is None or actual is None:
        return actual is expected
    return actual == pytest.approx(expected, rel=rel, abs=abs_)


def one_question(pre_scores: list[int], post_scores: list[int], max_score: int = 100) -> Analysis:
    """A one-question test whose totals are exactly the given scores (codes P-000, ...)."""
    pre = {f"P-{i:03d}": [s] for i, s in enumerate(pre_scores)}
    post = {f"P-{i:03d}": [s] for i, s in enumerate(post_scores)}
    return analyse([QuestionSpec(1, max_score)], len(pre), pre, post)


def check_wilcoxon(d: list[int], result: dict) -> None:
    w = result["wilcoxon"]
    nonzero = [x for x in d if x != 0]
    assert w["n_nonzero"] == len(nonzero)
    if not nonzero:
        assert w["statistic"] is w["p_value"] is w["method"] is result["rank_biserial"] is None
        return
    # Zeros are dropped before scipy sees them: same as zero_method="wilcox", and scipy < 1.13
    # would otherwise switch an "exact" request with zeros to the normal approximation.
    exact = len(nonzero) <= 50 and len({abs(x) for x in nonzero}) == len(nonzero)
    assert w["method"] == ("exact" if exact else "approx")
    ref = scipy.stats.wilcoxon(
        nonzero, zero_method="wilcox", method="exact" if exact else "approx", correction=False
    )
    assert close(w["statistic"], ref.statistic)
    assert close(w["p_value"], ref.pvalue, abs_=1e-15)
    w_plus = sum(
        r
        for r, x in zip(scipy.stats.rankdata([abs(x) for x in nonzero]), nonzero, strict=True)
        if x > 0
    )
    m = len(nonzero)
    assert close(result["rank_biserial"], 4 * w_plus / (m * (m + 1)) - 1)


def check_every_null_has_a_note(result: dict) -> None:
    notes = result["notes"]
    for key, value in result.items():
        if key == "questions":
            for row in value:
                if None in (row["pre_mean"], row["post_mean"], row["mcnemar"]["p_value"]):
                    prefixes = ("questions:", f"question {row['number']} ")
                    assert any(note.startswith(prefixes) for note in notes), row
        elif value is None or (isinstance(value, dict) and None in value.values()):
            assert any(note.startswith(f"{key}:") for note in notes), key
