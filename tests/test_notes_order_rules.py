"""Where a note or a commitment lands and what a list shows: numbered per event and per kind,
in that order, the sensitive ones left out on request, one deletion taking one row, and the
text kept as typed apart from trailing blanks and NULs."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import (
    MAX_NOTE_LENGTH,
    Commitment,
    Note,
    add_commitment,
    add_note,
    delete_commitment,
    delete_note,
    list_commitments,
    list_notes,
    order_commitments,
    replace_commitments,
    update_commitment,
    update_note,
)


@pytest.fixture
def two_events(store):
    first = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21").id
    second = add_event(store, "Sosialisasi lain", "Muara", "2021-10-01").id
    return first, second


def test_notes_are_numbered_per_event_and_kind_and_listed_in_that_order(store, two_events):
    """Positions start at 1 for each kind of each event; the list goes by kind, then
    position; a kind asked for lists that kind only; another event's notes never show."""
    event_id, other = two_events
    fgd_1 = add_note(store, event_id, "fgd", "diskusi satu", topic="jalur")
    finding = add_note(store, event_id, "finding", "temuan")
    fgd_2 = add_note(store, event_id, "fgd", "diskusi dua", sensitive=True)
    elsewhere = add_note(store, other, "fgd", "desa lain")
    assert (fgd_1.position, finding.position, fgd_2.position, elsewhere.position) == (1, 1, 2, 1)
    assert list_notes(store, event_id) == [fgd_1, fgd_2, finding]
    assert list_notes(store, event_id, kind="fgd") == [fgd_1, fgd_2]
    assert list_notes(store, event_id, include_sensitive=False) == [fgd_1, finding]
    assert list_notes(store, event_id, include_sensitive=False, kind="fgd") == [fgd_1]
    assert list_notes(store, other) == [elsewhere]


def test_a_note_keeps_its_lines_and_loses_trailing_blanks_and_nuls(store, two_events):
    """Line breaks stay; blanks at line ends, NULs and blank lines around go; the topic's
    spaces are collapsed; the note returned is the note stored."""
    event_id, _other = two_events
    note = add_note(store, event_id, "presurvey", "\n  satu  \nd\x00ua\t\n\n", "  jalur   kerja ",
                    sensitive=True)  # fmt: skip
    assert note == Note(note.id, event_id, "presurvey", "jalur kerja", "satu\ndua", True, 1)
    assert list_notes(store, event_id) == [note]


def test_an_edit_without_a_kind_keeps_the_kind(store, two_events):
    """An edit that names no kind is checked as a note of some kind and keeps its own."""
    event_id, _other = two_events
    note = add_note(store, event_id, "finding", "temuan")
    update_note(store, note.id, "temuan  \nbaru\x00")
    assert list_notes(store, event_id) == [Note(note.id, event_id, "finding", "", "temuan\nbaru",
                                                False, 1)]  # fmt: skip
    stored = store.db["notes"].get(note.id)
    assert stored["device_id"] == store.device_id


def test_deleting_a_note_takes_that_note_only(store, two_events):
    event_id, _other = two_events
    kept = add_note(store, event_id, "other", "tetap")
    gone = add_note(store, event_id, "other", "hapus")
    delete_note(store, gone.id)
    assert list_notes(store, event_id) == [kept]


def test_commitments_are_numbered_per_event_and_reordered_as_given(store, two_events):
    """A new line goes to the end of its event's list; Up/Down renumbers from 1 in the order
    given; a deletion takes one line; the other event's list is untouched."""
    event_id, other = two_events
    first = add_commitment(store, event_id, "Ronda malam  ")
    second = add_commitment(store, event_id, "Cek agen", sensitive=True)
    third = add_commitment(store, event_id, "Lapor desa")
    elsewhere = add_commitment(store, other, "Posko")
    assert (first.position, second.position, third.position, elsewhere.position) == (1, 2, 3, 1)
    assert first == Commitment(first.id, event_id, 1, "Ronda malam", False)
    assert second.sensitive is True
    order_commitments(store, [third.id, first.id, second.id])
    listed = list_commitments(store, event_id)
    assert [(c.text, c.position) for c in listed] == [
        ("Lapor desa", 1), ("Ronda malam", 2), ("Cek agen", 3),
    ]  # fmt: skip
    assert [c.text for c in list_commitments(store, event_id, include_sensitive=False)] == [
        "Lapor desa", "Ronda malam",
    ]  # fmt: skip
    delete_commitment(store, first.id)
    assert [c.text for c in list_commitments(store, event_id)] == ["Lapor desa", "Cek agen"]
    assert list_commitments(store, other) == [elsewhere]


def test_a_whole_list_is_saved_in_order_for_its_event_only(store, two_events):
    """Replacing one event's list numbers the kept lines 1, 2, … with their marks, drops the
    blank ones, and leaves the other event's list as it was."""
    event_id, other = two_events
    elsewhere = add_commitment(store, other, "Posko")
    add_commitment(store, event_id, "lama")
    saved = replace_commitments(store, event_id, [("B  ", True), ("\x00", False), ("A", False)])
    assert [(c.text, c.position, c.sensitive) for c in saved] == [("B", 1, True), ("A", 2, False)]
    assert list_commitments(store, other) == [elsewhere]
    with pytest.raises(ValidationError):
        replace_commitments(store, event_id, [("x" * 20_001, False)])
    assert replace_commitments(store, event_id, [("x" * 20_000, False)])[0].position == 1


def test_a_note_and_a_commitment_are_values(store, two_events):
    event_id, _other = two_events
    note = add_note(store, event_id, "fgd", "isi")
    commitment = add_commitment(store, event_id, "Ronda")
    with pytest.raises(AttributeError):
        note.body = "lain"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        commitment.text = "lain"  # type: ignore[misc]


def test_a_commitment_may_be_as_long_as_a_note_and_no_longer(store, two_events):
    event_id, _other = two_events
    line = add_commitment(store, event_id, "y" * MAX_NOTE_LENGTH)
    update_commitment(store, line.id, text="z" * MAX_NOTE_LENGTH)
    assert list_commitments(store, event_id)[0].text == "z" * MAX_NOTE_LENGTH
    with pytest.raises(ValidationError):
        update_commitment(store, line.id, text="z" * (MAX_NOTE_LENGTH + 1))
