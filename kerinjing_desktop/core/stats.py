"""Pre/post test analysis for an awareness day, in pure Python (no numpy/scipy at run time).

Participants take the same paper test before and after the lectures. Only participants who
took both tests ("paired") enter the comparison; the others are counted, never imputed.
Every figure that is undefined comes back as None with a short English note saying why, so
the result always survives `json.dumps(..., allow_nan=False)`. The result is an `Analysis`
(typed, so a misspelt figure is mypy's error, not a KeyError on the day); `as_dict()` is what
`stats --json` prints, its keys in CLI.md.

This module gathers the figures: the means, the gains and each question's. The significance
tests are in `paired_tests.py` (their null distributions in `distributions.py`) and the
sentences that say the result in words in `stats_text.py`. tests/test_stats.py checks every
figure against scipy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from kerinjing_desktop.core.distributions import mcnemar_exact_p
from kerinjing_desktop.core.paired_tests import McNemar, PairedT, Wilcoxon, paired_t, wilcoxon

Scores = Sequence[int | None]


@dataclass(frozen=True)
class QuestionSpec:
    number: int
    max_score: int


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
    wilcoxon_test, rank_biserial = wilcoxon(diffs, notes)
    t_test, cohen_dz = paired_t(diffs, notes)
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
        wilcoxon=wilcoxon_test,
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
