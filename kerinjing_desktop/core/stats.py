"""Pre/post test analysis for an awareness day, in pure Python (no numpy/scipy at run time).

Participants take the same paper test before and after the lectures. Only participants who
took both tests ("paired") enter the comparison; the others are counted, never imputed.
Every figure that is undefined comes back as None with a short English note saying why, so
the result always survives `json.dumps(..., allow_nan=False)`. The result is an `Analysis`
(typed, so a misspelt figure is mypy's error, not a KeyError on the day); `as_dict()` is what
`stats --json` prints, its keys in CLI.md. The tests check every figure against scipy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from itertools import groupby
from typing import Any

from kerinjing_desktop.core.distributions import (
    mcnemar_exact_p,
    student_t_two_sided_p,
    wilcoxon_exact_p,
)
from kerinjing_desktop.core.i18n import _

EXACT_WILCOXON_MAX_N = 50  # the exact null distribution is cheap up to here (and scipy agrees)
SIGNIFICANCE_LEVEL = 0.05
SMALL_GROUP = 10  # fewer paired participants than this: the summary asks for caution

Scores = Sequence[int | None]


@dataclass(frozen=True)
class QuestionSpec:
    number: int
    max_score: int


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


@dataclass(frozen=True)
class QuestionResult:
    number: int
    max: int
    pre_mean: float | None
    post_mean: float | None
    mcnemar: McNemar


@dataclass(frozen=True)
class Analysis:
    """Every figure of the pre/post comparison, in the order `stats --json` prints them."""

    n_registered: int
    n_pre: int
    n_post: int
    n_paired: int
    max_score: int
    pre_mean: float | None
    post_mean: float | None
    pre_mean_pct: float | None
    post_mean_pct: float | None
    normalized_gain: float | None
    mean_individual_gain: float | None
    wilcoxon: Wilcoxon
    rank_biserial: float | None
    t_test: PairedT
    cohen_dz: float | None
    questions: tuple[QuestionResult, ...]
    notes: tuple[str, ...]  # why each figure that is None is None, in the figures' order

    @property
    def has_scores(self) -> bool:
        """Someone took a test: there is something to report, even if nothing to compare."""
        return bool(self.n_pre or self.n_post)

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON has them (what `stats --json` prints): objects and lists."""
        plain = asdict(self)
        plain["questions"], plain["notes"] = list(plain["questions"]), list(self.notes)
        return plain


# --------------------------------------------------------------------------- analysis


def analyse(
    questions: Sequence[QuestionSpec],
    n_registered: int,
    pre: Mapping[str, Scores],
    post: Mapping[str, Scores],
) -> Analysis:
    """All figures for the activity report; see the module docstring for the conventions."""
    _validate(questions, pre, post)
    notes: list[str] = []
    max_score = sum(q.max_score for q in questions)
    paired = sorted(pre.keys() & post.keys())  # sorted: same input, same float sums
    n = len(paired)
    pre_totals = [_total(pre[code]) for code in paired]
    post_totals = [_total(post[code]) for code in paired]
    diffs = [b - a for a, b in zip(pre_totals, post_totals, strict=True)]

    # Computed in the figures' order, so that the notes come out in that order too.
    pre_mean = _mean(pre_totals, "pre_mean", notes)
    post_mean = _mean(post_totals, "post_mean", notes)
    pre_mean_pct = _percent(pre_mean, max_score, "pre_mean_pct", notes)
    post_mean_pct = _percent(post_mean, max_score, "post_mean_pct", notes)
    normalized_gain = _hake_gain(pre_totals, post_totals, max_score, notes)
    mean_individual_gain = _mean_individual_gain(pre_totals, post_totals, max_score, notes)
    wilcoxon, rank_biserial = _wilcoxon(diffs, notes)
    t_test, cohen_dz = _paired_t(diffs, notes)
    per_question = _per_question(
        questions, [pre[c] for c in paired], [post[c] for c in paired], notes
    )
    return Analysis(
        n_registered=n_registered,
        n_pre=len(pre),
        n_post=len(post),
        n_paired=n,
        max_score=max_score,
        pre_mean=pre_mean,
        post_mean=post_mean,
        pre_mean_pct=pre_mean_pct,
        post_mean_pct=post_mean_pct,
        normalized_gain=normalized_gain,
        mean_individual_gain=mean_individual_gain,
        wilcoxon=wilcoxon,
        rank_biserial=rank_biserial,
        t_test=t_test,
        cohen_dz=cohen_dz,
        questions=per_question,
        notes=tuple(notes),
    )


def _validate(questions: Sequence[QuestionSpec], *sheets: Mapping[str, Scores]) -> None:
    """Malformed entry is a bug upstream; fail loudly rather than report wrong numbers."""
    for sheet in sheets:
        for code, scores in sheet.items():
            if len(scores) != len(questions):
                raise ValueError(f"{code}: {len(scores)} scores for {len(questions)} questions")
            for q, score in zip(questions, scores, strict=True):
                if score is not None and not 0 <= score <= q.max_score:
                    raise ValueError(
                        f"{code}: score {score} for question {q.number} outside 0..{q.max_score}"
                    )


def _total(scores: Scores) -> int:
    return sum(s or 0 for s in scores)  # unanswered counts as 0


def _mean(values: Sequence[int], key: str, notes: list[str]) -> float | None:
    if not values:
        notes.append(f"{key}: no paired participants")
        return None
    return sum(values) / len(values)  # integer sum, one rounding


def _percent(mean: float | None, max_score: int, key: str, notes: list[str]) -> float | None:
    if mean is None:
        notes.append(f"{key}: no paired participants")
        return None
    if max_score <= 0:
        notes.append(f"{key}: the test has no points (maximum score 0)")
        return None
    return 100 * mean / max_score


def _hake_gain(pre: list[int], post: list[int], max_score: int, notes: list[str]) -> float | None:
    """Hake's gain of the class means; from integer sums so "pre already 100%" is exact."""
    if not pre:
        notes.append("normalized_gain: no paired participants")
        return None
    if max_score <= 0:
        notes.append("normalized_gain: the test has no points (maximum score 0)")
        return None
    room = len(pre) * max_score - sum(pre)  # = n * max * (100 - pre%) / 100
    if room == 0:
        notes.append("normalized_gain: pre-test mean already 100%")
        return None
    return (sum(post) - sum(pre)) / room


def _mean_individual_gain(
    pre: list[int], post: list[int], max_score: int, notes: list[str]
) -> float | None:
    gains = [(b - a) / (max_score - a) for a, b in zip(pre, post, strict=True) if a < max_score]
    if not gains:
        if not pre:
            reason = "no paired participants"
        elif max_score <= 0:
            reason = "the test has no points (maximum score 0)"
        else:
            reason = "every paired pre-test had full marks"
        notes.append(f"mean_individual_gain: {reason}")
        return None
    return math.fsum(gains) / len(gains)


# --------------------------------------------------------------------------- Wilcoxon


def _wilcoxon(diffs: list[int], notes: list[str]) -> tuple[Wilcoxon, float | None]:
    """Signed-rank test with zeros dropped (scipy's zero_method="wilcox"), and rank-biserial r."""
    nonzero = [d for d in diffs if d != 0]
    n = len(nonzero)
    if n == 0:
        reason = "no paired participants" if not diffs else "no non-zero differences"
        notes.append(f"wilcoxon: {reason}")
        notes.append(f"rank_biserial: {reason}")
        return Wilcoxon(n_nonzero=0), None
    ranks, tie_sizes = _average_ranks([abs(d) for d in nonzero])
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


def _average_ranks(values: Sequence[int]) -> tuple[list[float], list[int]]:
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


# --------------------------------------------------------------------------- paired t-test


def _paired_t(diffs: list[int], notes: list[str]) -> tuple[PairedT, float | None]:
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


# --------------------------------------------------------------------------- per question


def _per_question(
    questions: Sequence[QuestionSpec], pre: list[Scores], post: list[Scores], notes: list[str]
) -> tuple[QuestionResult, ...]:
    """Means and McNemar's test per question; "right" means full marks on that question."""
    n = len(pre)
    if n == 0:
        notes.append("questions: no paired participants (means and McNemar p are null)")
    rows = []
    for i, q in enumerate(questions):
        before = [s[i] or 0 for s in pre]
        after = [s[i] or 0 for s in post]
        b = sum(x == q.max_score and y != q.max_score for x, y in zip(before, after, strict=True))
        c = sum(x != q.max_score and y == q.max_score for x, y in zip(before, after, strict=True))
        if n and b + c == 0:
            notes.append(f"question {q.number} mcnemar: nobody changed between right and wrong")
        rows.append(
            QuestionResult(
                number=q.number,
                max=q.max_score,
                pre_mean=sum(before) / n if n else None,
                post_mean=sum(after) / n if n else None,
                mcnemar=McNemar(b, c, mcnemar_exact_p(b, c)),
            )
        )
    return tuple(rows)


# --------------------------------------------------------------------------- plain language


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
