"""The analysis in plain words (core/stats_text.py), in Indonesian and English."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
from stats_support import one_question

from kerinjing_desktop.core import stats_text
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.stats import Analysis, QuestionSpec, analyse
from kerinjing_desktop.core.stats_text import summary_text

ENGLISH_WORDS = {"the", "participants", "took", "knowledge", "average", "tests", "only", "both",
                 "difference", "significant", "group", "caution", "registered", "few"}  # fmt: skip


def big_event() -> Analysis:
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
    """Every _() source in stats_text.py is translated, with the same placeholders."""
    source = Path(stats_text.__file__).read_text(encoding="utf-8")
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


def test_two_pairs_are_compared_one_is_too_few():
    """Two participants who took both tests get the comparison; one gets "too few"."""
    two = summary_text(one_question([10, 20], [30, 60]), "en")
    assert two[0] == "Average knowledge rose from 15% to 45% (2 participants took both tests)."
    one = summary_text(one_question([10], [30]), "en")
    assert one[0] == "Too few participants took both tests to compare the results (n = 1)."


@pytest.mark.parametrize(
    ("p", "significant", "written"),
    [
        (0.0009, True, "< 0.001"),
        (0.001, True, "= 0.001"),
        (0.0012, True, "= 0.001"),
        (0.0499, True, "= 0.050"),
        (0.05, False, "= 0.050"),
        (0.099, False, "= 0.099"),
        (0.1, False, "= 0.10"),
        (0.15, False, "= 0.15"),
    ],
)
def test_p_is_written_to_its_precision_and_judged_below_five_percent(p, significant, written):
    """Three decimals below 0.1 and two from there, "< 0.001" below 0.001; p = 0.05 exactly
    is not significant (significant means below the level), though 0.0499 reads "0.050"."""
    result = big_event()
    result = dataclasses.replace(result, wilcoxon=dataclasses.replace(result.wilcoxon, p_value=p))
    english, indonesian = summary_text(result, "en")[1], summary_text(result, "id")[1]
    verdict = "is statistically significant" if significant else "is not statistically significant"
    assert english.startswith(f"The difference between the two tests {verdict} at the 5% level")
    assert english.endswith(f"(Wilcoxon signed-rank test, p {written}).")
    assert ("tidak signifikan" not in indonesian) is significant
    assert indonesian.endswith(f"p {written.replace('.', ',')}).")
