"""The privacy filter's rules one by one, on programme data built in the test (no store).

core/office/publish.py decides what of a programme leaves the office; a rule broken there may
publish a count of 1 to 4 people that points at someone, or a name that did not consent. Each
test states one rule with exact values, so a changed limit, a lost row or a wrong total fails.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from kerinjing_desktop.core.office.publish import (
    AGE_BANDS,
    MIN_COUNT,
    NAME_MARK,
    PHONE_MARK,
    AreaTotals,
    Filters,
    PublicFollowUp,
    PublicText,
    Published,
    QuestionFigures,
    ReachCount,
    age_band,
    hardest,
    kept,
    publish,
    scrub,
    small,
    suppress,
    withheld_list,
)
from kerinjing_desktop.core.store.programme import (
    EventReach,
    FollowUpRow,
    PairSums,
    ProgrammeData,
    ProgrammeEvent,
    TextRow,
)


@dataclass(frozen=True)
class Attendee:
    """One registration as the test writes it; `_data` counts it as the store's reach_totals
    would (one person in the row of its event, gender, age band, group and attendance)."""

    event_id: str
    gender: str
    birth_year: int | None
    group: str
    attended: bool


def _event(
    event_id: str, date: str, kabupaten: str, facilitators: str = "Bu Ani"
) -> ProgrammeEvent:
    return ProgrammeEvent(event_id, date, f"Hari {event_id}", f"Desa {event_id}", "Kec",
                          kabupaten, facilitators)  # fmt: skip


def _people(event_id: str, count: int, attended: int, **kinds) -> list[Attendee]:
    """`count` registrations, the first `attended` of them present; gender P, born 1996, PKK."""
    gender = kinds.get("gender", "P")
    birth = kinds.get("birth_year", 1996)
    group = kinds.get("group", "PKK")
    return [Attendee(event_id, gender, birth, group, i < attended) for i in range(count)]


def _data(events, attendees=(), **parts) -> ProgrammeData:
    """The programme as the store reads it: each event's attendees counted (EventReach, as
    reach_totals sums them), its pairs summed (PairSums)."""
    dates = {event.id: event.date for event in events}
    reach: dict[str, EventReach] = {}
    for a in attendees:
        found = reach.setdefault(a.event_id, EventReach())
        reach[a.event_id] = dataclasses.replace(
            found, registered=found.registered + 1, attended=found.attended + a.attended
        )
        if a.attended:
            for counter, category in (
                (found.gender, a.gender),
                (found.age_band, age_band(dates[a.event_id], a.birth_year)),
                (found.group, a.group),
            ):
                counter[category] = counter.get(category, 0) + 1
    return ProgrammeData(
        events=list(events),
        reach=reach,
        pairs={event_id: PairSums.of(pairs) for event_id, pairs in parts.get("pairs", {}).items()},
        max_score=parts.get("max_score", {}),
        questions=parts.get("questions", {}),
        texts=parts.get("texts", []),
        withheld_names=parts.get("withheld_names", {}),
        follow_ups=parts.get("follow_ups", []),
    )


# ------------------------------------------------------------------ counts and suppression


def test_the_markers_and_the_limit_are_what_readers_are_told():
    assert (MIN_COUNT, NAME_MARK, PHONE_MARK) == (5, "[…]", "[telp]")
    assert AGE_BANDS == ("<18", "18-24", "25-34", "35-49", "50+", "?")


@pytest.mark.parametrize(("count", "shown"), [(0, 0), (1, None), (4, None), (5, 5), (6, 6)])
def test_a_count_of_one_to_four_is_withheld(count, shown):
    assert small(count) == shown


def test_two_withheld_counts_need_no_third_and_a_lone_one_takes_the_smallest_shown():
    """Two hidden counts already hide each other; a zero is never the partner (0 is public)."""
    assert suppress({"a": 2, "b": 3, "c": 9, "d": 7}) == {"a": None, "b": None, "c": 9, "d": 7}
    assert suppress({"a": 1, "z": 0, "b": 8, "c": 5}) == {"a": None, "z": 0, "b": 8, "c": None}
    # a tie between the smallest shown counts: the first by name goes
    assert suppress({"m": 3, "y": 6, "x": 6}) == {"m": None, "y": 6, "x": None}
    # nothing else shown: the lone hidden count stays the only one
    assert suppress({"a": 3, "b": 0}) == {"a": None, "b": 0}


@pytest.mark.parametrize(
    ("born", "band"),
    [(2009, "<18"), (2008, "18-24"), (2002, "18-24"), (2001, "25-34"), (1992, "25-34"),
     (1991, "35-49"), (1977, "35-49"), (1976, "50+"), (None, "?")],
)  # fmt: skip
def test_age_bands_by_the_year_of_the_event(born, band):
    """The age is the event's year minus the birth year; each band starts at its number."""
    assert age_band("2026-03-02", born) == band


# ------------------------------------------------------------------ names and phones


def test_withheld_names_are_trimmed_longest_first_and_two_letters_are_not_a_name():
    names = {"  Ani ", "Siti Rahayu", "Al", "Siti Rahayu Putri", " "}
    assert withheld_list(names) == ("Siti Rahayu Putri", "Siti Rahayu", "Ani")
    assert scrub("Ani dan Al hadir", {"Ani", "Al"}) == f"{NAME_MARK} dan Al hadir"


def test_a_name_is_struck_in_any_case_and_only_names_withheld():
    text = "ANI bercerita, lalu ani dan Budi pulang."
    assert scrub(text, ("Ani",)) == f"{NAME_MARK} bercerita, lalu {NAME_MARK} dan Budi pulang."
    assert scrub(text, ("Citra",)) == text


@pytest.mark.parametrize(
    "phone",
    ["08123456", "0812345678901", "0812-3456-7890", "0812.3456.7890", "+62 812 3456 7890",
     "62-812-3456-789", "+628123456789"],
)  # fmt: skip
def test_every_way_a_phone_number_is_written_is_struck(phone):
    """08 and six to eleven more digits, from 0, 62 or +62, with spaces, dots or dashes."""
    assert scrub(f"telp {phone} ya", ()) == f"telp {PHONE_MARK} ya"


@pytest.mark.parametrize("text", ["0812345", "08123456789012", "1081234567", "2026", "0712345678"])
def test_numbers_that_are_not_phones_stay(text):
    """Too short, too long, glued to another digit, a year, or not a mobile (08) number."""
    assert scrub(f"angka {text}.", ()) == f"angka {text}."


# ------------------------------------------------------------------ choosing events


def test_filters_are_inclusive_dates_an_exact_kabupaten_and_a_facilitator_in_any_case():
    data = _data([
        _event("a", "2026-03-02", "Sungai Rawa", "Bu Ani, Pak Budi"),
        _event("b", "2026-03-03", "Teluk Damar", "Pak Budi"),
        _event("c", "2026-03-04", "Sungai Rawa Hilir", "Bu Citra"),
    ])  # fmt: skip

    def ids(**chosen) -> list[str]:
        return [e.id for e in publish(data, Filters(**chosen)).events]

    assert ids() == ["a", "b", "c"]
    assert ids(date_from="2026-03-03") == ["b", "c"]
    assert ids(date_to="2026-03-03") == ["a", "b"]
    assert ids(date_from="2026-03-03", date_to="2026-03-03") == ["b"]
    assert ids(kabupaten="SUNGAI RAWA") == ["a"]
    assert ids(facilitator="BUDI") == ["a", "b"]
    assert ids(facilitator="citra", kabupaten="sungai rawa hilir") == ["c"]


# ------------------------------------------------------------------ figures of events and areas


def _two_areas() -> ProgrammeData:
    """Event a: 8 registered, 6 came, 5 pairs; b: 3 registered, 2 came; c (other area): 12, 9."""
    return _data(
        [_event("a", "2026-03-02", "Sungai Rawa"), _event("b", "2026-03-09", "Sungai Rawa"),
         _event("c", "2026-04-01", "Teluk Damar")],
        [*_people("a", 8, 6), *_people("b", 3, 2), *_people("c", 12, 9, gender="L")],
        pairs={"a": [(2, 6), (3, 7), (4, 8), (5, 9), (6, 7)], "b": [(1, 2)]},
        max_score={"a": 12, "b": 12},
    )  # fmt: skip


def test_each_event_publishes_its_counts_and_its_gain_with_an_interval():
    """Pre 20 of 60 points, post 37 of 60; gains of 33.3 (four times) and 8.3 points: mean
    28.3, standard error 5, t(4) = 2.776."""
    figures = publish(_two_areas())
    a, b, c = figures.events
    assert (a.id, a.date, a.village, a.kabupaten, a.facilitators) == (
        "a", "2026-03-02", "Desa a", "Sungai Rawa", "Bu Ani",
    )  # fmt: skip
    assert (a.registered, a.attended, a.paired) == (8, 6, 5)
    assert (a.pre_pct, a.post_pct) == (33.3, 61.7)
    assert (a.gain_points, a.gain_low, a.gain_high) == (28.3, 14.5, 42.2)
    assert (b.registered, b.attended, b.paired) == (None, None, None)
    assert (b.pre_pct, b.post_pct, b.gain_points, b.gain_low, b.gain_high) == (None,) * 5
    assert (c.registered, c.attended, c.paired) == (12, 9, 0)
    assert c.pre_pct is None and c.gain_points is None


def test_four_pairs_publish_no_mean_and_a_test_without_points_no_figure():
    pairs = [(1, 2)] * 4
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "X")],
        pairs={"a": pairs, "b": [(1, 2)] * 5},
        max_score={"a": 10, "b": 0},
    )
    a, b = publish(data).events
    assert (a.paired, a.pre_pct, a.gain_points) == (None, None, None)
    assert (b.paired, b.pre_pct, b.post_pct, b.gain_points) == (5, None, None, None)


def test_areas_and_the_whole_selection_add_events_up_before_suppressing():
    """Sungai Rawa: 2 events, 8+3 registered, 6+2 came, 5+1 pairs (the 3 hidden on the
    event's own line still count in its area); the total adds Teluk Damar's 12, 9, 0."""
    figures = publish(_two_areas())
    assert figures.kabupaten == [
        AreaTotals("Sungai Rawa", 2, 11, 8, 6),
        AreaTotals("Teluk Damar", 1, 12, 9, 0),
    ]
    assert figures.total == AreaTotals("", 3, 23, 17, 6)


def test_small_area_and_total_counts_are_withheld_too():
    data = _data([_event("a", "2026-03-02", "X")], _people("a", 4, 3), pairs={"a": [(1, 1)]})
    figures = publish(data)
    assert figures.kabupaten == [AreaTotals("X", 1, None, None, None)]
    assert figures.total == AreaTotals("", 1, None, None, None)
    assert publish(_data([])).total == AreaTotals("", 0, 0, 0, 0)


def test_reach_counts_only_who_came_per_event_and_overall_with_every_category():
    """Event a: 6 of 8 came (6 P, 25-34, PKK); c: 9 of 12 (L, Calon PMI, born 1960).
    Every category is listed, a zero as 0; the lone P of b is hidden with its partner."""
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-02", "X"),
         _event("c", "2026-03-02", "X")],
        [*_people("a", 8, 6), *_people("b", 1, 1), *_people("b", 7, 7, gender="L"),
         *_people("c", 12, 9, gender="L", birth_year=1960, group="Calon PMI")],
    )  # fmt: skip
    reach = publish(data).reach

    def table(event_id: str, dimension: str) -> dict[str, int | None]:
        return {r.category: r.people for r in reach
                if r.event_id == event_id and r.dimension == dimension}  # fmt: skip

    assert table("a", "gender") == {"L": 0, "P": 6}
    assert table("a", "age_band") == {"<18": 0, "18-24": 0, "25-34": 6, "35-49": 0, "50+": 0,
                                      "?": 0}  # fmt: skip
    assert table("a", "group") == {"PKK": 6, "Karang Taruna": 0, "Pelajar": 0,
                                   "Perangkat Desa": 0, "Tokoh Masyarakat": 0, "Calon PMI": 0,
                                   "Purna PMI": 0, "Lainnya": 0}  # fmt: skip
    assert table("b", "gender") == {"L": None, "P": None}
    assert table("", "gender") == {"L": 16, "P": 7}
    assert table("", "age_band")["50+"] == 9 and table("", "age_band")["25-34"] == 14
    assert table("", "group")["Calon PMI"] == 9 and table("", "group")["PKK"] == 14
    assert ReachCount("c", "age_band", "50+", 9) in reach
    assert len(reach) == 4 * (2 + 6 + 8)  # three events and the whole selection


def test_a_category_outside_the_lists_is_still_counted():
    data = _data([_event("a", "2026-03-02", "X")], _people("a", 6, 6, group="Nelayan"))
    groups = {r.category: r.people for r in publish(data).reach if r.dimension == "group"}
    assert groups["Nelayan"] == 6 and groups["PKK"] == 0


# ------------------------------------------------------------------ questions


def _questions() -> ProgrammeData:
    """Question 1 of events a (5 pairs) and b (2 pairs); question 2 of a; c not chosen."""
    return _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "X"),
         _event("c", "2026-05-01", "Y")],
        pairs={"a": [(0, 0)] * 5, "b": [(0, 0)] * 2, "c": [(0, 0)] * 9},
        questions={
            ("a", 1): {"pre": (1, 3), "post": (2, 3)},
            ("a", 2): {"pre": (4, 5), "post": (1, 5)},
            ("b", 1): {"pre": (1, 2), "post": (2, 2)},
            ("c", 1): {"pre": (0, 9), "post": (9, 9)},
        },
    )  # fmt: skip


def test_questions_per_event_and_over_the_selection():
    """A question of fewer than 5 pairs shows no percentage; over a and b, question 1 has 7."""
    rows = publish(_questions(), Filters(kabupaten="X")).questions
    assert rows == [
        QuestionFigures("a", 1, 5, 33.3, 66.7),
        QuestionFigures("a", 2, 5, 80.0, 20.0),
        QuestionFigures("b", 1, None, None, None),
        QuestionFigures("", 1, 7, 40.0, 80.0),
        QuestionFigures("", 2, 5, 80.0, 20.0),
    ]


def test_the_hardest_questions_are_the_lowest_after_the_test_over_the_selection():
    published = publish(_questions(), Filters(kabupaten="X"))
    assert [q.question for q in hardest(published)] == [2, 1]
    assert [q.question for q in hardest(published, limit=1)] == [2]
    published.questions.extend([
        QuestionFigures("", 7, 9, 10.0, 20.0), QuestionFigures("", 5, 9, 10.0, 20.0),
        QuestionFigures("", 9, 3, None, None), QuestionFigures("a", 8, 9, 1.0, 1.0),
    ])  # fmt: skip
    assert [q.question for q in hardest(published)] == [2, 5, 7]  # a tie: by number


# ------------------------------------------------------------------ notes and follow-ups


def test_texts_and_follow_ups_of_chosen_events_lose_every_withheld_name_of_the_programme():
    """Siti Rahayu did not consent at event a: named in event b's note, she is struck there
    too (it published her name before)."""
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "Y")],
        texts=[
            TextRow("a", "fgd", "Cerita Siti Rahayu", 1, "Siti Rahayu, 0812 3456 7890"),
            TextRow("b", "fgd", "Lain", 2, "Siti Rahayu di desa b"),
        ],
        withheld_names={"a": {"Siti Rahayu"}, "b": {"Budi Santoso"}},
        follow_ups=[
            FollowUpRow("a", "Siti Rahayu ke balai", "2026-04-01", "done", "telp 081234567890"),
            FollowUpRow("b", "Budi Santoso ikut", "2026-04-02", "started", "Budi Santoso"),
        ],
    )  # fmt: skip
    everything = publish(data)
    assert everything.texts == [
        PublicText("a", "fgd", f"Cerita {NAME_MARK}", 1, f"{NAME_MARK}, {PHONE_MARK}"),
        PublicText("b", "fgd", "Lain", 2, f"{NAME_MARK} di desa b"),
    ]
    assert everything.follow_ups == [
        PublicFollowUp("a", f"{NAME_MARK} ke balai", "2026-04-01", "done", f"telp {PHONE_MARK}"),
        PublicFollowUp("b", f"{NAME_MARK} ikut", "2026-04-02", "started", NAME_MARK),
    ]
    only_b = publish(data, Filters(kabupaten="Y"))
    assert [t.event_id for t in only_b.texts] == ["b"]
    assert [f.event_id for f in only_b.follow_ups] == ["b"]


def test_kept_counts_each_commitment_by_its_latest_status():
    follow_ups = [PublicFollowUp("a", "c", "2026-04-01", status, "")
                  for status in ("done", "done", "started", "not_started", "done")]  # fmt: skip
    published = publish(_data([]))
    assert kept(published) == {"done": 0, "started": 0, "not_started": 0}
    published.follow_ups.extend(follow_ups)
    assert kept(published) == {"done": 3, "started": 1, "not_started": 1}


def test_a_name_withheld_in_one_village_is_struck_where_a_word_starts_in_another():
    """Another village's withheld name is found at the start of a word, with a suffix
    ("Budinya") or in any case; inside a longer word it is left ("Tanisa" for "Ani"); the
    event's own names are still struck anywhere, as before."""
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "Y")],
        texts=[
            TextRow("b", "fgd", "", 1, "rumah BUDI SANTOSO dan Budi Santosonya, Tanisa"),
            TextRow("a", "fgd", "", 2, "Tanisa"),
        ],
        withheld_names={"a": {"Budi Santoso", "Ani"}, "b": set()},
    )
    texts = {t.event_id: t.text for t in publish(data).texts}
    assert texts["b"] == f"rumah {NAME_MARK} dan {NAME_MARK}nya, Tanisa"
    assert texts["a"] == f"T{NAME_MARK}sa"


def test_names_sharing_their_first_letters_are_each_found_by_their_length():
    """Another village's names filed under the same first letters are told apart by length:
    a short name before a suffix, the longest written whole, one ending the text, and two
    withheld names written alike but for case (both go into the pattern; any case struck)."""
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "Y")],
        texts=[TextRow("b", "fgd", "", 1,
                       "Sitinya datang; Siti Rahayu Putri dan Pak Sri pulang, lalu SITI AMINAH")],
        withheld_names={"a": {"Siti", "Siti Rahayu Putri", "siti aminah", "Siti Aminah", "Sri"},
                        "b": set()},
    )  # fmt: skip
    (text,) = publish(data).texts
    assert text.text == (
        f"{NAME_MARK}nya datang; {NAME_MARK} dan Pak {NAME_MARK} pulang, lalu {NAME_MARK}"
    )


def test_the_same_words_are_struck_by_each_events_own_names():
    """The same sentence in two villages: struck anywhere by the village's own names ("Ani"
    inside "Tanisa"), by another village's only where a word starts."""
    data = _data(
        [_event("a", "2026-03-02", "X"), _event("b", "2026-03-03", "Y")],
        texts=[TextRow("a", "fgd", "", 1, "Tanisa"), TextRow("b", "fgd", "", 1, "Tanisa")],
        follow_ups=[FollowUpRow("a", "Tanisa", "2026-04-01", "done", ""),
                    FollowUpRow("b", "Tanisa", "2026-04-01", "done", "")],
        withheld_names={"a": {"Ani"}, "b": set()},
    )  # fmt: skip
    published = publish(data)
    assert [t.text for t in published.texts] == [f"T{NAME_MARK}sa", "Tanisa"]
    assert [f.commitment for f in published.follow_ups] == [f"T{NAME_MARK}sa", "Tanisa"]


def test_an_event_with_pairs_but_no_maximum_publishes_no_figure():
    """Five pairs counted, but no scored question to take a percentage of: no figure."""
    data = _data([_event("a", "2026-03-02", "X")], pairs={"a": [(1, 2)] * 5}, max_score={})
    (a,) = publish(data).events
    assert (a.paired, a.pre_pct, a.post_pct, a.gain_points, a.gain_low, a.gain_high) == (
        5, None, None, None, None, None,
    )  # fmt: skip


def test_nothing_read_yet_totals_nothing_and_figures_are_values():
    """What the Programme step shows before its first read: no event, nobody; an event's
    published figures cannot be changed once made."""
    assert Published().total == AreaTotals("", 0, 0, 0, 0)
    (figures,) = publish(_data([_event("a", "2026-03-02", "X")])).events
    with pytest.raises(dataclasses.FrozenInstanceError):
        figures.registered = 1  # type: ignore[misc]
