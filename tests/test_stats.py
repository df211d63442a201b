"""Pre/post analysis: every figure checked against scipy, by hand, and in plain language."""

from __future__ import annotations

import ast
import dataclasses
import json
import math
import re
import statistics
import warnings
from pathlib import Path

import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from kerinjing_desktop.core import distributions, stats
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.stats import Method, QuestionSpec, analyse, summary_text

KEYS = {
    "n_registered", "n_pre", "n_post", "n_paired", "max_score", "pre_mean", "post_mean",
    "pre_mean_pct", "post_mean_pct", "normalized_gain", "mean_individual_gain", "wilcoxon",
    "rank_biserial", "t_test", "cohen_dz", "questions", "notes",
}  # fmt: skip


def close(actual, expected, rel: float = 1e-9, abs_: float = 1e-12) -> bool:
    """Equal to within float noise, where None (undefined) only matches None."""
    if expected is None or actual is None:
        return actual is expected
    return actual == pytest.approx(expected, rel=rel, abs=abs_)


def one_question(pre_scores: list[int], post_scores: list[int], max_score: int = 100):
    """A one-question test whose totals are exactly the given scores (codes P-000, ...)."""
    pre = {f"P-{i:03d}": [s] for i, s in enumerate(pre_scores)}
    post = {f"P-{i:03d}": [s] for i, s in enumerate(post_scores)}
    return analyse([QuestionSpec(1, max_score)], len(pre), pre, post)


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


@settings(max_examples=200, deadline=None)
@given(events())
def test_every_figure_matches_scipy(event):
    """Random events (ties, no change, one person, full pre marks, unpaired) agree with scipy."""
    questions, n_registered, pre, post = event
    check_against_scipy(questions, pre, post, analyse(questions, n_registered, pre, post))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 400), min_size=1, max_size=60, unique=True),
    st.lists(st.booleans(), min_size=60, max_size=60),
    st.integers(0, 5),
)
def test_untied_wilcoxon_matches_scipy_exact_and_approx(magnitudes, signs, zeros):
    """Untied differences use the exact distribution up to n = 50 and the normal one above."""
    d = [m if up else -m for m, up in zip(magnitudes, signs, strict=False)] + [0] * zeros
    result = one_question([500] * len(d), [500 + x for x in d], max_score=1000).as_dict()
    assert result["wilcoxon"]["method"] == ("exact" if len(magnitudes) <= 50 else "approx")
    check_wilcoxon(d, result)


@pytest.mark.parametrize("df", [1, 2, 3, 4.5, 10, 30, 101, 1000, 100_000])
def test_student_t_p_value_matches_scipy(df):
    """The incomplete-beta t distribution is accurate to ~1e-10 from tiny to huge |t|."""
    # df = 1 is Cauchy, checked by formula: scipy 1.17 rounds t.sf(1e-9, 1) to exactly 0.5.
    for t in [0.0, 1e-9, 0.01, 0.5, 1.0, 2.0, 3.5, 8.0, 40.0, 500.0]:
        expected = 1 - 2 * math.atan(t) / math.pi if df == 1 else 2 * scipy.stats.t.sf(t, df)
        assert close(distributions.student_t_two_sided_p(t, df), expected, rel=1e-10, abs_=1e-300)


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


def test_hand_worked_ties_and_zero_variance():
    """Four equal gains: tied ranks give z = 2 (p = erfc(sqrt 2)); the t-test is undefined."""
    result = one_question([1, 1, 1, 1], [2, 2, 2, 2], max_score=5).as_dict()
    # ranks 2.5 each, W+ = 10, mean 5, variance 4*5*9/24 - (64 - 4)/48 = 6.25
    assert result["wilcoxon"] == pytest.approx(
        {"statistic": 0.0, "p_value": math.erfc(math.sqrt(2)), "method": "approx", "n_nonzero": 4}
    )
    assert result["rank_biserial"] == 1.0
    assert result["t_test"] == {"t": None, "df": 3, "p_value": None}
    assert result["cohen_dz"] is None
    assert "t_test: all differences equal (zero variance)" in result["notes"]
    assert close(result["mean_individual_gain"], 0.25)  # (2 - 1) / (5 - 1)


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


# --------------------------------------------------------------------------- plain language

ENGLISH_WORDS = {"the", "participants", "took", "knowledge", "average", "tests", "only", "both",
                 "difference", "significant", "group", "caution", "registered", "few"}  # fmt: skip


def big_event() -> dict:
    """24 paired (38% → 81%, p < 0.001) and one participant who took only the pre-test."""
    return one_question([38] * 24 + [50], [81 + k for k in range(-11, 12)] + [81])


def test_summary_normal_case_in_both_languages():
    """24 paired participants: rise, significance, and the one-test participant counted."""
    result = big_event()
    en, id_ = summary_text(result, "en"), summary_text(result, "id")
    assert en == [
        "Average knowledge rose from 38% to 81% (24 participants took both tests).",
        "The difference between the two tests is statistically significant at the 5% level "
        "(Wilcoxon signed-rank test, p < 0.001).",
        "Participants who took only one test are counted but left out of the comparison: "
        "1 took only the pre-test, 0 only the post-test.",
    ]
    assert id_[0] == (
        "Rata-rata pengetahuan peserta naik dari 38% menjadi 81% (24 peserta mengikuti kedua tes)."
    )
    assert "p < 0,001" in id_[1] and "tidak signifikan" not in id_[1]
    assert "1 hanya mengikuti tes awal" in id_[2]


def test_summary_small_group_uses_decimal_comma_and_caution():
    """6 paired, all better: p = 2/64 is written 0,031 in Indonesian, with a caution."""
    result = one_question([10] * 6, [20, 30, 40, 50, 60, 70])
    en, id_ = summary_text(result, "en"), summary_text(result, "id")
    assert len(en) == len(id_) == 3
    assert "p = 0.031)" in en[1] and "not" not in en[1]
    assert "p = 0,031)" in id_[1]
    assert "read this result with caution" in en[2]
    assert "hati-hati" in id_[2]


@pytest.mark.parametrize(
    ("pre", "post", "en_start", "id_start"),
    [
        ([60, 70, 80], [40, 50, 70], "Average knowledge fell from 70% to 53%", "turun dari 70%"),
        ([50, 50, 60], [50, 50, 60], "Average knowledge stayed the same, at 53%", "tetap sama"),
        ([50, 51, 60], [51, 51, 60], "Average knowledge stayed the same, at 54%", "tetap sama"),
    ],
)
def test_summary_fell_and_stayed_the_same(pre, post, en_start, id_start):
    """Falls and (rounded) no-change get their own sentences, never 'rose from 54% to 54%'."""
    result = one_question(pre, post)
    assert summary_text(result, "en")[0].startswith(en_start)
    assert id_start in summary_text(result, "id")[0]


@pytest.mark.parametrize("pre, post", [({}, {}), ({"P-001": [1]}, {"P-001": [2], "P-002": [1]})])
def test_summary_too_few_pairs(pre, post):
    """No data or a single pair: say there are too few paired tests, and give the counts."""
    result = analyse([QuestionSpec(1, 5)], 30, pre, post)
    en, id_ = summary_text(result, "en"), summary_text(result, "id")
    n = result.n_paired
    assert en[0] == f"Too few participants took both tests to compare the results (n = {n})."
    assert en[1].startswith("Number of participants: 30 registered")
    assert id_[0].startswith("Terlalu sedikit peserta") and id_[1].startswith("Jumlah peserta: 30")


def test_indonesian_has_no_untranslated_sentence():
    """Every _() source in stats.py has an Indonesian translation with the same placeholders."""
    source = Path(stats.__file__).read_text(encoding="utf-8")
    templates = [
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
    ]
    assert len(templates) == 11
    for template in templates:
        translation = _(template, "id")
        assert translation and translation != template, template
        assert set(re.findall(r"{\w+}", translation)) == set(re.findall(r"{\w+}", template))
    events = [big_event(), one_question([10] * 6, [20, 30, 40, 50, 60, 70]),
              one_question([5, 5], [5, 5]), analyse([QuestionSpec(1, 5)], 0, {}, {})]  # fmt: skip
    for result in events:
        for sentence in summary_text(result, "id"):
            assert not ENGLISH_WORDS & set(re.findall(r"[a-z]+", sentence.lower())), sentence


def test_the_small_group_caution_stops_at_ten_pairs():
    """Nine paired participants get the caution; ten (the SMALL_GROUP line) do not."""
    nine = summary_text(one_question([10] * 9, [20 + k for k in range(9)]), "en")
    ten = summary_text(one_question([10] * 10, [20 + k for k in range(10)]), "en")
    assert any("read this result with caution" in sentence for sentence in nine)
    assert not any("caution" in sentence for sentence in ten)


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


def test_signed_rank_counts_are_the_subset_sums_of_the_ranks():
    """Subsets of {1, 2, 3} sum to 0..6 once each, except 3 = {3} = {1, 2}."""
    assert distributions.signed_rank_counts(3) == [1, 1, 1, 2, 1, 1, 1]
    assert sum(distributions.signed_rank_counts(10)) == 2**10


def test_wilcoxon_is_exact_up_to_fifty_untied_differences_then_approximate():
    fifty = one_question([0] * 50, list(range(1, 51)), max_score=100)
    fifty_one = one_question([0] * 51, list(range(1, 52)), max_score=100)
    assert fifty.wilcoxon.method is Method.EXACT
    assert fifty_one.wilcoxon.method is Method.APPROX


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


def test_exact_mcnemar_tail_is_the_binomial_sum_at_large_n():
    """The running-term tail equals the sum of binomial coefficients it replaced (exact
    integers both ways), in the large groups where the old sum was quadratic."""
    for b, c in [(600, 500), (37, 1200), (999, 1000), (0, 800), (1, 1)]:
        n = b + c
        tail = sum(math.comb(n, i) for i in range(min(b, c) + 1))
        assert distributions.mcnemar_exact_p(b, c) == min(2 * tail, 2**n) / 2**n
