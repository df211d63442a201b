"""What the privacy filter keeps of a programme's read between filters, and what it makes
only when asked (core/office/publish.py).

The Programme step publishes the same data at every filter. Each event's share (its published
row, what its kabupaten adds up, its gain's interval) is the same whatever the filter: it is
made once per read and reused; each event's reach and question rows, which the step does not
show, are made when first read; the gain is computed from the pairs' changes (PairSums) with
exactly the figures the list of pairs gave. Each test fails when that work is done again, done
too early, or gives another figure.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from kerinjing_desktop.core.office import publish as publishing
from kerinjing_desktop.core.office.intervals import mean_interval
from kerinjing_desktop.core.office.publish import (
    Filters,
    PublicFollowUp,
    Published,
    QuestionFigures,
    ReachCount,
    publish,
)
from kerinjing_desktop.core.store.programme import (
    EventReach,
    FollowUpRow,
    PairSums,
    ProgrammeData,
    ProgrammeEvent,
)


def _data() -> ProgrammeData:
    """Three events in two kabupaten; a and c with pairs and two questions; a follow-up each."""
    events = [
        ProgrammeEvent(e, f"2026-03-0{i}", "t", f"Desa {e}", "Kec", kab, "Bu Ani")
        for i, (e, kab) in enumerate((("a", "X"), ("b", "X"), ("c", "Y")), start=1)
    ]
    reach = {e: EventReach(9, 7, {"P": 7}, {"25-34": 7}, {"PKK": 7}) for e in "abc"}
    pairs = {e: PairSums.of([(1, 3), (2, 2), (0, 4), (3, 4), (1, 1), (2, 5)]) for e in "ac"}
    questions = {
        (e, n): {"pre": (n, 12), "post": (n + 3, 12)} for e in "ac" for n in (1, 2)
    }  # fmt: skip
    follow_ups = [FollowUpRow(e, f"Janji {e}", "2026-05-01", "done", "") for e in "abc"]
    return ProgrammeData(events, reach, pairs, {"a": 6, "c": 6}, questions, [], {}, follow_ups)


@pytest.fixture
def calls(monkeypatch):
    """How often each of the filter's steps ran: each event's gain, a breakdown's reach rows,
    a question row, a text struck."""
    counted: dict[str, int] = {}
    for name in ("_gains", "_reach", "_question_row", "scrub"):
        real = getattr(publishing, name)

        def spy(*args, _name=name, _real=real):
            counted[_name] = counted.get(_name, 0) + 1
            return _real(*args)

        monkeypatch.setattr(publishing, name, spy)
    return counted


def test_each_events_share_is_made_at_the_first_publish_and_reused_by_every_filter(calls):
    data = _data()
    whole = publish(data)
    assert calls["_gains"] == 3 and calls["scrub"] == 6  # 3 commitments and 3 notes struck
    part = publish(data, Filters(kabupaten="X"))
    again = publish(data)
    assert calls["_gains"] == 3 and calls["scrub"] == 6
    assert part.events == whole.events[:2] and again.events == whole.events
    assert part.follow_ups == whole.follow_ups[:2] and again.follow_ups == whole.follow_ups
    publish(_data())  # read again: made again
    assert calls["_gains"] == 6 and calls["scrub"] == 12


def test_each_events_reach_and_question_rows_are_made_only_when_read(calls):
    published = publish(_data(), Filters(kabupaten="X"))
    # the selection's three breakdowns and two questions: what the Programme step shows
    assert (calls["_reach"], calls["_question_row"]) == (1, 2)
    shown = published.selection("reach"), published.selection("questions")
    assert (calls["_reach"], calls["_question_row"]) == (1, 2)
    assert [r.event_id for r in shown[0]] == [""] * 16
    assert shown[1] == [QuestionFigures("", 1, 6, 8.3, 33.3), QuestionFigures("", 2, 6, 16.7, 41.7)]
    reach = published.reach
    assert calls["_reach"] == 3  # a and b
    assert [r for r in reach if not r.event_id] == shown[0]
    assert ReachCount("b", "gender", "P", 7) in reach and len(reach) == 3 * 16
    assert published.reach is reach and calls["_reach"] == 3  # made once
    questions = published.questions
    assert questions == [QuestionFigures("a", 1, 6, 8.3, 33.3),
                         QuestionFigures("a", 2, 6, 16.7, 41.7), *shown[1]]  # fmt: skip
    assert calls["_question_row"] == 4
    assert published.selection("questions") == shown[1]


def test_a_published_result_is_equal_to_the_same_lists_given_whole():
    """Equality, repr and an unknown name behave as if every list had been made at once."""
    published = publish(_data(), Filters(kabupaten="Y"))
    given = Published(
        events=list(published.events), kabupaten=list(published.kabupaten),
        reach=list(publish(_data(), Filters(kabupaten="Y")).reach),
        questions=list(publish(_data(), Filters(kabupaten="Y")).questions),
        total=published.total,
        follow_ups=[PublicFollowUp("c", "Janji c", "2026-05-01", "done", "")],
    )  # fmt: skip
    assert published == given and repr(published) == repr(given)
    assert given.selection("questions") == published.selection("questions")
    with pytest.raises(AttributeError):
        published.unknown  # noqa: B018 (the attribute's look-up is what is tested)


@pytest.mark.parametrize("max_score", [7, 12, 30, 100])
def test_the_gain_from_the_pairs_changes_is_the_gain_of_the_list_of_pairs(max_score):
    """Random papers of every size from 5 to 400 pairs: the same five published figures as
    computed from the pairs one by one in the order they came (mean and interval over each
    pair's change in percentage points)."""
    rng = random.Random(max_score)
    for size in [5, 6, 7, 11, 40, 400, *rng.sample(range(5, 400), 30)]:
        pairs = [(rng.randint(0, max_score), rng.randint(0, max_score)) for _ in range(size)]
        mean, low, high = mean_interval([100 * (b - a) / max_score for a, b in pairs])
        expected = (
            round(100 * sum(a for a, _ in pairs) / (size * max_score), 1),
            round(100 * sum(b for _, b in pairs) / (size * max_score), 1),
            round(mean, 1), round(low, 1), round(high, 1),
        )  # fmt: skip
        assert publishing._gains(PairSums.of(pairs), max_score) == expected


def test_what_every_filter_shares_cannot_be_changed():
    """An event's row, its question rows and a follow-up's struck words are made once and
    handed to every filter of the same read: none of them may be changed by one of them."""
    published = publish(_data())
    questions = [q for q in published.questions if q.event_id]
    assert questions
    for row in (published.events[0], published.follow_ups[0], questions[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(row, dataclasses.fields(row)[1].name, "x")
