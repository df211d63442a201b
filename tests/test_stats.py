"""Pre/post analysis (core/stats.py): every figure checked against scipy and by hand, and
every undefined figure explained in a note."""

from __future__ import annotations

import dataclasses
import json
import math
import statistics
import warnings

import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from stats_support import check_every_null_has_a_note, check_wilcoxon, close, one_question

from kerinjing_desktop.core.stats import QuestionSpec, analyse

KEYS = {
    "n_registered", "n_pre", "n_post", "n_paired", "max_score", "pre_mean", "post_mean",
    "pre_mean_pct", "post_mean_pct", "normalized_gain", "mean_individual_gain", "wilcoxon",
    "rank_biserial", "t_test", "cohen_dz", "questions", "notes",
}  # fmt: skip


# --------------------------------------------------------------------------- scipy oracle


@st.composite
def events(draw):
    """Questions, registrations and pre/post sheets in one of a few deliberately awkward shapes."""
    maxima = draw(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    questions = [QuestionSpec(i + 1, m) for i, m in enumerate(maxima)]
    shape = draw(st.sampled_from(["random", "no_change", "pre_full", "same_gain", "unpaired"]))
    score = [st.integers(-1, m).map(lambda v: None if v < 0 else v) for m in maxima]

    def sheet() -> list[int | None]:
        return list(draw(st.tuples(*score)))

    pre, post = {}, {}
    for i in range(draw(st.integers(0, 25))):
        code = f"P-{i:03d}"
        in_pre, in_post = draw(st.integers(0, 9)) > 0, draw(st.integers(0, 9)) > 0
        if shape == "unpaired":
            in_pre, in_post = i % 2 == 0, i % 2 == 1
        if in_pre:
            if shape == "pre_full":
                pre[code] = list(maxima)
            elif shape == "same_gain":  # everyone gains the same: zero variance
                pre[code] = [0] * len(maxima)
            else:
                pre[code] = sheet()
        if in_post:
            if shape == "no_change" and in_pre:
                post[code] = list(pre[code])
            elif shape == "same_gain":
                post[code] = list(maxima)
            else:
                post[code] = sheet()
    return questions, draw(st.integers(0, 40)), pre, post


def check_against_scipy(questions, pre, post, result) -> None:
    """Recompute every figure independently (scipy where it has the test) and compare, in the
    form `stats --json` prints."""
    result = result.as_dict()
    assert set(result) == KEYS
    json.dumps(result, allow_nan=False)  # no NaN/inf anywhere
    max_score = sum(q.max_score for q in questions)
    paired = sorted(set(pre) & set(post))
    n = len(paired)
    before = [sum(s or 0 for s in pre[c]) for c in paired]
    after = [sum(s or 0 for s in post[c]) for c in paired]
    d = [b - a for a, b in zip(before, after, strict=True)]
    assert (result["n_pre"], result["n_post"], result["n_paired"]) == (len(pre), len(post), n)
    assert result["max_score"] == max_score

    if n:
        pre_pct = 100 * statistics.fmean(before) / max_score
        post_pct = 100 * statistics.fmean(after) / max_score
        assert close(result["pre_mean"], statistics.fmean(before))
        assert close(result["post_mean"], statistics.fmean(after))
        assert close(result["pre_mean_pct"], pre_pct)
        assert close(result["post_mean_pct"], post_pct)
        hake = None if pre_pct == 100 else (post_pct - pre_pct) / (100 - pre_pct)
        assert close(result["normalized_gain"], hake)
        gains = [(b - a) / (max_score - a) for a, b in zip(before, after, strict=True)
                 if a != max_score]  # fmt: skip
        expected = statistics.fmean(gains) if gains else None
        assert close(result["mean_individual_gain"], expected)
    else:
        for key in ("pre_mean", "post_mean", "pre_mean_pct", "post_mean_pct", "normalized_gain"):
            assert result[key] is None

    check_wilcoxon(d, result)

    t_test = result["t_test"]
    if n >= 2 and len(set(d)) > 1:
        ref = scipy.stats.ttest_rel(after, before)
        assert close(t_test["t"], ref.statistic)
        assert close(t_test["p_value"], ref.pvalue, abs_=1e-15)
        assert t_test["df"] == ref.df == n - 1
        assert close(result["cohen_dz"], statistics.mean(d) / statistics.stdev(d))
    else:
        assert t_test["t"] is t_test["p_value"] is result["cohen_dz"] is None
        if n >= 1:  # scipy gives nan (n = 1, or 0/0) or inf (constant non-zero gain)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                assert not math.isfinite(scipy.stats.ttest_rel(after, before).statistic)

    for i, (q, row) in enumerate(zip(questions, result["questions"], strict=True)):
        x = [pre[c][i] or 0 for c in paired]
        y = [post[c][i] or 0 for c in paired]
        b = sum(u == q.max_score > v for u, v in zip(x, y, strict=True))
        c = sum(v == q.max_score > u for u, v in zip(x, y, strict=True))
        assert (row["number"], row["max"], row["mcnemar"]["b"], row["mcnemar"]["c"]) == (
            q.number, q.max_score, b, c,
        )  # fmt: skip
        assert close(row["pre_mean"], statistics.fmean(x) if n else None)
        assert close(row["post_mean"], statistics.fmean(y) if n else None)
        p = scipy.stats.binomtest(b, b + c, 0.5).pvalue if b + c else None
        assert close(row["mcnemar"]["p_value"], p)

    check_every_null_has_a_note(result)


@settings(max_examples=200, deadline=None)
@given(events())
def test_every_figure_matches_scipy(event):
    """Random events (ties, no change, one person, full pre marks, unpaired) agree with scipy."""
    questions, n_registered, pre, post = event
    check_against_scipy(questions, pre, post, analyse(questions, n_registered, pre, post))


# --------------------------------------------------------------------------- by hand


def test_hand_worked_example():
    """Differences 1, 2, 3, 4, -5 out of 10: every figure worked out on paper."""
    result = one_question([2, 2, 2, 2, 7, 4], [3, 4, 5, 6, 2], max_score=10).as_dict()
    assert (result["n_pre"], result["n_post"], result["n_paired"]) == (6, 5, 5)
    assert (result["pre_mean"], result["post_mean"]) == (3.0, 4.0)
    assert (result["pre_mean_pct"], result["post_mean_pct"]) == (30.0, 40.0)
    assert close(result["normalized_gain"], 1 / 7)  # 10 / (100 - 30)
    assert close(result["mean_individual_gain"], -1 / 12)  # mean of 1/8, 2/8, 3/8, 4/8, -5/3
    # W+ = 10, W- = 5; 10 of the 32 sign patterns have W+ <= 5, so p = 20/32.
    assert result["wilcoxon"] == {"statistic": 5.0, "p_value": 0.625, "method": "exact",
                                  "n_nonzero": 5}  # fmt: skip
    assert close(result["rank_biserial"], 1 / 3)
    # mean 1, SD sqrt(12.5): t = sqrt(2/5); for 4 df, p = 1 - (3u - u^3)/2, u = t/sqrt(4 + t^2).
    u = 1 / math.sqrt(11)
    assert close(result["t_test"]["t"], math.sqrt(0.4))
    assert result["t_test"]["df"] == 4
    assert close(result["t_test"]["p_value"], 1 - (3 * u - u**3) / 2)
    assert close(result["cohen_dz"], math.sqrt(0.08))
    assert result["questions"][0]["mcnemar"] == {"b": 0, "c": 0, "p_value": None}
    assert result["notes"] == ["question 1 mcnemar: nobody changed between right and wrong"]


def test_hand_worked_mcnemar_and_exact_tail():
    """1 right→wrong, 7 wrong→right: p = 2·9/256; gains 1..10 all positive: p = 2/1024."""
    mcnemar = one_question([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], [1, 0, 1, 1, 1, 1, 1, 1, 1, 0], 1)
    mcnemar = mcnemar.as_dict()
    row = mcnemar["questions"][0]
    assert (row["pre_mean"], row["post_mean"]) == (0.2, 0.8)
    assert row["mcnemar"] == {"b": 1, "c": 7, "p_value": 18 / 256}
    gains = one_question([0] * 10, list(range(1, 11)), max_score=10).as_dict()
    assert gains["wilcoxon"]["p_value"] == 2 / 1024
    assert close(gains["normalized_gain"], 0.55)


def test_empty_and_unpaired_events_give_nulls_with_notes():
    """Nobody paired: every paired figure is null, explained, and the result is valid JSON."""
    for pre, post in [({}, {}), ({"P-001": [3]}, {"P-002": [4]})]:
        result = analyse([QuestionSpec(1, 5)], 12, pre, post).as_dict()
        assert result["n_paired"] == 0
        assert result["wilcoxon"]["p_value"] is result["t_test"]["t"] is None
        assert "wilcoxon: no paired participants" in result["notes"]
        assert "mean_individual_gain: no paired participants" in result["notes"]
        check_every_null_has_a_note(result)
        json.dumps(result, allow_nan=False)


def test_pre_at_full_marks():
    """Everyone full on the pre-test: Hake's gain and the individual gain are null with notes."""
    result = one_question([3, 3, 3], [3, 2, 1], max_score=3).as_dict()
    assert result["normalized_gain"] is result["mean_individual_gain"] is None
    assert "normalized_gain: pre-test mean already 100%" in result["notes"]
    assert result["questions"][0]["mcnemar"] == {"b": 2, "c": 0, "p_value": 0.5}


def test_malformed_scores_are_rejected():
    """A score list of the wrong length or a score above the maximum is a loud error."""
    with pytest.raises(ValueError, match="2 scores for 1 questions"):
        analyse([QuestionSpec(1, 5)], 1, {"P-001": [1, 2]}, {})
    with pytest.raises(ValueError, match="outside 0..5"):
        analyse([QuestionSpec(1, 5)], 1, {}, {"P-001": [6]})


def test_the_nobody_changed_note_names_only_the_questions_where_nobody_changed():
    """Question 1 moves two people to full marks, question 2 moves no one."""
    questions = [QuestionSpec(1, 1), QuestionSpec(2, 1)]
    pre = {"P-001": [0, 1], "P-002": [0, 0], "P-003": [1, 1]}
    post = {"P-001": [1, 1], "P-002": [1, 0], "P-003": [1, 1]}
    result = analyse(questions, 3, pre, post).as_dict()
    changed = [note for note in result["notes"] if "nobody changed" in note]
    assert changed == ["question 2 mcnemar: nobody changed between right and wrong"]
    assert [row["mcnemar"]["b"] for row in result["questions"]] == [0, 0]
    assert [row["mcnemar"]["c"] for row in result["questions"]] == [2, 0]
    assert result["questions"][0]["mcnemar"]["p_value"] == 0.5  # 2 · (1/4), both one way


def test_a_test_without_points_says_why_each_gain_is_missing():
    result = one_question([0, 0], [0, 0], max_score=0).as_dict()
    assert result["normalized_gain"] is None and result["mean_individual_gain"] is None
    assert "normalized_gain: the test has no points (maximum score 0)" in result["notes"]
    assert "mean_individual_gain: the test has no points (maximum score 0)" in result["notes"]


def test_full_marks_before_leave_the_individual_gain_undefined_with_the_reason():
    result = one_question([5, 5], [5, 4], max_score=5).as_dict()
    assert result["mean_individual_gain"] is None
    assert "mean_individual_gain: every paired pre-test had full marks" in result["notes"]


def test_question_specs_are_values():
    with pytest.raises(dataclasses.FrozenInstanceError):
        QuestionSpec(1, 5).max_score = 6  # type: ignore[misc]


def test_the_analysis_and_its_rows_are_values():
    """A page or a report reads the analysis; none can change it for the next reader."""
    result = one_question([1, 2], [2, 2], max_score=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.n_paired = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.questions[0].pre_mean = 0.0  # type: ignore[misc]


def test_someone_who_took_one_test_is_something_to_report():
    """has_scores: a pre-test alone or a post-test alone is enough; no paper at all is not."""
    assert analyse([QuestionSpec(1, 5)], 3, {"P-001": [2]}, {}).has_scores is True
    assert analyse([QuestionSpec(1, 5)], 3, {}, {"P-001": [2]}).has_scores is True
    assert analyse([QuestionSpec(1, 5)], 3, {}, {}).has_scores is False
