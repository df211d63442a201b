"""The day's numbers as both drafts show them: tables, charts and the sentences a journal
expects ("W = 0, p < 0,001, r = 1,00, a large effect").

Figures are printed with two decimals (the decimal comma in Indonesian); the tests read them
back and compare them with `stats --json` rounded the same way.
"""

from __future__ import annotations

from kerinjing_desktop.core.i18n import _, ngettext, pgettext
from kerinjing_desktop.core.paired_tests import SIGNIFICANCE_LEVEL, Method
from kerinjing_desktop.core.stats import Analysis
from kerinjing_desktop.reports import charts
from kerinjing_desktop.reports.charts import pre_post_chart
from kerinjing_desktop.reports.data import ReportData
from kerinjing_desktop.reports.docx.charts import png


def num(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "id" else text


def p_text(p: float, lang: str) -> str:
    """'p < 0,001' or 'p = 0,034' (three decimals, as journals print p)."""
    text = "p < 0.001" if p < 0.001 else f"p = {p:.3f}"
    return text.replace(".", ",") if lang == "id" else text


def group_table(data: ReportData) -> tuple[list[str], list[list[object]]]:
    lang = data.lang
    header = [_("Group", lang), _("Registered", lang), _("Present", lang),
              pgettext("male or female, one letter", "M", lang),
              pgettext("male or female, one letter", "F", lang)]  # fmt: skip
    rows: list[list[object]] = [
        [g.shown or g.name or g.group, g.registered, g.present, g.men, g.women] for g in data.groups
    ]
    rows.append([_("Total", lang), data.registered, data.present, data.men, data.women])
    return header, rows


def question_table(data: ReportData) -> tuple[list[str], list[list[object]]]:
    lang = data.lang
    header = [_("Question", lang), _("Max", lang), _("Pre-test mean", lang),
              _("Post-test mean", lang), _("p (McNemar)", lang)]  # fmt: skip
    rows: list[list[object]] = []
    for q in data.questions:
        label = f"{q.number}. {q.text}" if q.text else str(q.number)
        p = "–" if q.mcnemar_p is None else p_text(q.mcnemar_p, lang).removeprefix("p ")
        p = p.removeprefix("= ")
        rows.append([label, q.max_score, num(q.pre_mean, lang), num(q.post_mean, lang), p])
    return header, rows


def key_figures(s: Analysis, lang: str) -> tuple[list[str], list[list[object]]]:
    """The paired analysis in one table: the same figures as `stats`."""
    header = [
        pgettext("statistic column", "Figure", lang),
        _("Pre-test", lang),
        _("Post-test", lang),
    ]
    rows: list[list[object]] = [
        [_("Participants who took the test", lang), s.n_pre, s.n_post],
        [_("Took both tests (paired)", lang), s.n_paired, s.n_paired],
        [_("Mean score (of {max})", lang).format(max=s.max_score),
         num(s.pre_mean, lang), num(s.post_mean, lang)],
        [_("Mean score (%)", lang), num(s.pre_mean_pct, lang), num(s.post_mean_pct, lang)],
    ]  # fmt: skip
    return header, rows


def _size_word(value: float | None, cuts: tuple[float, float, float], lang: str) -> str:
    if value is None:
        return ""
    small, medium, large = cuts
    size = abs(value)
    if size >= large:
        return _("large", lang)
    if size >= medium:
        return _("medium", lang)
    if size >= small:
        return _("small", lang)
    return _("negligible", lang)


def journal_sentences(data: ReportData) -> list[str]:
    """The paired test and the effect sizes, written as a results section reports them."""
    s, lang = data.stats, data.lang
    if not s or s.n_paired < 2 or s.pre_mean is None:
        return [_("Too few participants took both tests for a paired comparison (n = {n}).",
                  lang).format(n=s.n_paired if s else 0)]  # fmt: skip
    sentences = [
        _("The {n} participants who took both tests scored on average {pre} before the "
          "session and {post} after it, out of {max} ({pre_pct}% and {post_pct}%).", lang).format(
            n=s.n_paired, pre=num(s.pre_mean, lang), post=num(s.post_mean, lang),
            max=s.max_score, pre_pct=num(s.pre_mean_pct, lang, 1),
            post_pct=num(s.post_mean_pct, lang, 1),
        )
    ]  # fmt: skip
    w = s.wilcoxon
    if w.p_value is None:
        sentences.append(_("No participant's total changed, so the Wilcoxon signed-rank test "
                           "could not be computed.", lang))  # fmt: skip
    else:
        significant = w.p_value < SIGNIFICANCE_LEVEL
        template = (
            ngettext("A Wilcoxon signed-rank test showed that the change was statistically "
                     "significant (W = {w}, {p}, {k} non-zero difference; {method}), with a "
                     "rank-biserial correlation of r = {r}, a {size} effect.",
                     "A Wilcoxon signed-rank test showed that the change was statistically "
                     "significant (W = {w}, {p}, {k} non-zero differences; {method}), with a "
                     "rank-biserial correlation of r = {r}, a {size} effect.",
                     w.n_nonzero, lang)
            if significant else
            ngettext("A Wilcoxon signed-rank test found no statistically significant change "
                     "(W = {w}, {p}, {k} non-zero difference; {method}); the rank-biserial "
                     "correlation was r = {r}, a {size} effect.",
                     "A Wilcoxon signed-rank test found no statistically significant change "
                     "(W = {w}, {p}, {k} non-zero differences; {method}); the rank-biserial "
                     "correlation was r = {r}, a {size} effect.",
                     w.n_nonzero, lang)
        )  # fmt: skip
        method = _("exact distribution", lang) if w.method is Method.EXACT else _(
            "normal approximation", lang)  # fmt: skip
        sentences.append(template.format(
            w=num(w.statistic, lang, 1), p=p_text(w.p_value, lang), k=w.n_nonzero,
            method=method, r=num(s.rank_biserial, lang),
            size=_size_word(s.rank_biserial, (0.1, 0.3, 0.5), lang),
        ))  # fmt: skip
    t = s.t_test
    if t.t is not None and t.p_value is not None:
        sentences.append(_("A paired t-test agreed: t({df}) = {t}, {p}, Cohen's d_z = {d} "
                           "({size} effect).", lang).format(
            df=t.df, t=num(t.t, lang), p=p_text(t.p_value, lang),
            d=num(s.cohen_dz, lang), size=_size_word(s.cohen_dz, (0.2, 0.5, 0.8), lang),
        ))  # fmt: skip
    if s.normalized_gain is not None:
        g = s.normalized_gain
        level = _("high", lang) if g >= 0.7 else _("medium", lang) if g >= 0.3 else _("low", lang)
        sentences.append(_("The normalised gain (Hake) was g = {g}, in the {level} range.",
                           lang).format(g=num(g, lang), level=level))  # fmt: skip
    left_out = s.n_pre + s.n_post - 2 * s.n_paired
    if left_out:
        sentences.append(ngettext(
            "{k} paper of a participant who took only one of the tests was left out of the "
            "comparison.",
            "{k} papers of participants who took only one of the tests were left out of the "
            "comparison.", left_out, lang).format(k=left_out))  # fmt: skip
    return sentences


def results_chart(data: ReportData) -> bytes:
    return png(pre_post_chart(data.questions, data.lang))


def attendance_chart(data: ReportData) -> bytes:
    return png(charts.attendance_chart(data.groups, data.lang))
