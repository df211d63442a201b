"""`scores import`, `scores set` and `stats`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kerinjing_desktop.cli.common import (
    CliError,
    add_event_option,
    add_import_action,
    add_json_flag,
    event_from,
    import_all_or_nothing,
    print_json,
    store_from,
)
from kerinjing_desktop.core.domain import normalize_code
from kerinjing_desktop.core.i18n import _, language, ngettext, pgettext
from kerinjing_desktop.core.importer import ImportFileError
from kerinjing_desktop.core.kinds import CellState, TestKind
from kerinjing_desktop.core.score_import import read_scores_file
from kerinjing_desktop.core.scoring import EntryError
from kerinjing_desktop.core.stats import Analysis
from kerinjing_desktop.core.stats_text import summary_text
from kerinjing_desktop.core.store.participants import list_participants, participant_by_code
from kerinjing_desktop.core.store.questions import list_questions
from kerinjing_desktop.core.store.scores import analyse_event, enter, import_scores


def register(subparsers: argparse._SubParsersAction) -> None:
    scores = subparsers.add_parser("scores", help=_("enter or import test scores"))
    actions = scores.add_subparsers(dest="scores_action", metavar="ACTION")
    actions.required = True
    add_import_action(actions, _("import a CSV or XLSX file of test scores"), import_command)
    one = actions.add_parser("set", help=_("enter one score"))
    add_event_option(one)
    one.add_argument("code", metavar="CODE")
    # The words, not the members: argparse shows a refused choice's repr.
    one.add_argument("test", choices=[kind.value for kind in TestKind])
    one.add_argument("question", metavar="Q", type=int)
    one.add_argument(
        "score", metavar="SCORE", help=_('a score, a letter, - (absent) or "" (not answered)')
    )
    one.set_defaults(handler=set_command)

    stats = subparsers.add_parser("stats", help=_("pre-test / post-test analysis"))
    add_event_option(stats)
    add_json_flag(stats)
    stats.set_defaults(handler=stats_command)


def import_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    lang = language()
    questions = list_questions(store, event.id, lang)
    codes = {p.code: p.registration_id for p in list_participants(store, event.id)}
    try:
        result = read_scores_file(Path(args.file), questions, codes, lang)
    except ImportFileError as error:
        raise CliError(str(error), status=2) from error

    def write() -> str:
        count = import_scores(store, event.id, result.rows, lang)
        return ngettext("Imported {n} test paper.", "Imported {n} test papers.", count).format(
            n=count
        )

    return import_all_or_nothing(
        [problem.describe() for problem in result.problems],
        result.bad_rows,
        args.skip_invalid,
        write,
    )


def set_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    lang = language()
    code = normalize_code(args.code)
    if code is None:
        raise CliError(_("“{text}” is not a participant code (like P-001).").format(text=args.code))
    participant = participant_by_code(store, event.id, code)
    if participant is None:
        raise CliError(_("No participant {code} in this event.").format(code=code))
    numbers = [q.number for q in list_questions(store, event.id, lang)]
    if args.question not in numbers:
        raise CliError(
            _("This event has no question {n} (questions 1 to {last}).").format(
                n=args.question, last=max(numbers)
            )
        )
    try:
        cells = enter(
            store, event.id, participant.registration_id, TestKind(args.test), args.question,
            args.score,
            lang,
        )  # fmt: skip
    except EntryError as error:
        raise CliError(str(error), status=2) from error
    cell = cells[args.question]
    shown = {CellState.ABSENT: _("absent"), CellState.UNANSWERED: _("not answered")}.get(
        cell.state, f"{cell.answer} → {cell.score}" if cell.answer else str(cell.score)
    )
    print(
        _("Saved: {code} {test} question {n}: {value}").format(
            code=code, test=args.test, n=args.question, value=shown
        )
    )
    return 0


def stats_command(args: argparse.Namespace) -> int:
    store = store_from(args)
    event = event_from(store, args.event)
    lang = language()
    result = analyse_event(store, event.id, lang)
    if args.json:
        print_json(result.as_dict())
        return 0
    for line in stats_table(result, lang):
        print(line)
    print()
    for sentence in summary_text(result, lang):
        print(sentence)
    return 0


def _num(value: float | None, digits: int = 2, lang: str = "id") -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "id" else text


def stats_table(result: Analysis, lang: str) -> list[str]:
    """The key figures and the per-question means as plain text lines."""
    w = result.wilcoxon
    t = result.t_test
    pre, post = pgettext("scores column", "pre", lang), pgettext("scores column", "post", lang)
    lines = [
        _("Participants: {registered} registered, {pre} pre-test, {post} post-test, "
          "{paired} both", lang).format(registered=result.n_registered, pre=result.n_pre,
                                        post=result.n_post, paired=result.n_paired),
        _("Maximum score: {max}", lang).format(max=result.max_score),
        f"{_('Mean (paired)', lang):24} {pre:>10} {post:>10}",
        f"{pgettext('scores column', 'score', lang):24} {_num(result.pre_mean, 2, lang):>10} "
        f"{_num(result.post_mean, 2, lang):>10}",
        f"{'%':24} {_num(result.pre_mean_pct, 1, lang):>10} "
        f"{_num(result.post_mean_pct, 1, lang):>10}",
        f"{_('Normalized gain (Hake)', lang):34} {_num(result.normalized_gain, 2, lang):>10}",
        f"{_('Mean individual gain', lang):34} {_num(result.mean_individual_gain, 2, lang):>10}",
        f"{_('Wilcoxon p', lang) + ' (' + str(w.method or '—') + ')':34} "
        f"{_num(w.p_value, 4, lang):>10}",
        f"{_('Rank-biserial r', lang):34} {_num(result.rank_biserial, 2, lang):>10}",
        f"{_('Paired t-test p', lang):34} {_num(t.p_value, 4, lang):>10}",
        f"{_('Effect size (Cohen dz)', lang):34} {_num(result.cohen_dz, 2, lang):>10}",
        "",
        f"{_('Question', lang):10} {pgettext('scores column', 'max', lang):>4} {pre:>8} {post:>8} "
        f"{_('McNemar p', lang):>10}",
    ]  # fmt: skip
    for q in result.questions:
        lines.append(
            f"{q.number:<10} {q.max:>4} {_num(q.pre_mean, 2, lang):>8} "
            f"{_num(q.post_mean, 2, lang):>8} {_num(q.mcnemar.p_value, 3, lang):>10}"
        )
    return lines
