"""The pre/post analysis in plain words: two to four sentences for the activity report and
the results page, in Indonesian or English.

Apart from `stats.py` (the figures): the words decide nothing the figures did not, and a
sentence reads the rounded percentages people will compare, never "rose from 38% to 38%".
tests/test_stats_text.py checks the sentences in both languages.
"""

from __future__ import annotations

import math

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paired_tests import SIGNIFICANCE_LEVEL
from kerinjing_desktop.core.stats import Analysis

SMALL_GROUP = 10  # fewer paired participants than this: the summary asks for caution


def summary_text(result: Analysis, lang: str) -> list[str]:
    """Two to four sentences for the activity report, in Indonesian ("id") or English ("en")."""
    n = result.n_paired
    if n < 2:
        return [
            _(
                "Too few participants took both tests to compare the results (n = {n}).", lang
            ).format(n=n),
            _counts_sentence(result, lang),
        ]
    if result.pre_mean_pct is None or result.post_mean_pct is None:
        return [
            _("The test has no points to score, so the results cannot be compared.", lang),
            _counts_sentence(result, lang),
        ]

    change = _change_sentence(result.pre_mean_pct, result.post_mean_pct, n, lang)
    sentences = [change, _significance_sentence(result, lang)]
    if n < SMALL_GROUP:
        sentences.append(
            _(
                "The group is small (fewer than 10 participants took both tests), "
                "so read this result with caution.",
                lang,
            )
        )
    pre_only, post_only = result.n_pre - n, result.n_post - n
    if pre_only or post_only:
        sentences.append(
            _(
                "Participants who took only one test are counted but left out of the comparison: "
                "{pre_only} took only the pre-test, {post_only} only the post-test.",
                lang,
            ).format(pre_only=pre_only, post_only=post_only)
        )
    return sentences


def _change_sentence(pre_pct: float, post_pct: float, n: int, lang: str) -> str:
    # Compare the rounded figures so that we never write "rose from 38% to 38%".
    pre, post = _whole_percent(pre_pct), _whole_percent(post_pct)
    if post > pre:
        template = _(
            "Average knowledge rose from {pre}% to {post}% ({n} participants took both tests).",
            lang,
        )
    elif post < pre:
        template = _(
            "Average knowledge fell from {pre}% to {post}% ({n} participants took both tests).",
            lang,
        )
    else:
        template = _(
            "Average knowledge stayed the same, at {pre}% ({n} participants took both tests).",
            lang,
        )
    return template.format(pre=pre, post=post, n=n)


def _significance_sentence(result: Analysis, lang: str) -> str:
    p = result.wilcoxon.p_value
    if p is None:
        return _(
            "Every participant had the same score on both tests, "
            "so no significance test was possible.",
            lang,
        )
    if p < SIGNIFICANCE_LEVEL:
        template = _(
            "The difference between the two tests is statistically significant "
            "at the 5% level (Wilcoxon signed-rank test, p {p}).",
            lang,
        )
    else:
        template = _(
            "The difference between the two tests is not statistically significant "
            "at the 5% level (Wilcoxon signed-rank test, p {p}).",
            lang,
        )
    return template.format(p=_format_p(p, lang))


def _counts_sentence(result: Analysis, lang: str) -> str:
    return _(
        "Number of participants: {registered} registered, {pre} took the pre-test, "
        "{post} took the post-test.",
        lang,
    ).format(registered=result.n_registered, pre=result.n_pre, post=result.n_post)


def _whole_percent(pct: float) -> int:
    return math.floor(pct + 0.5)  # half up, as people round by hand (round() is half-even)


def _format_p(p: float, lang: str) -> str:
    """'= 0.034' or '< 0.001' (decimal comma in Indonesian); the decision uses the exact p."""
    text = "< 0.001" if p < 0.001 else f"= {p:.3f}" if p < 0.1 else f"= {p:.2f}"
    return text.replace(".", ",") if lang == "id" else text
