"""Any Unicode, 10,000-character names and control characters reaching the importer, the
store or a bundle give a clear message or a safe result, never a traceback; exported cells
never start a spreadsheet formula."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerinjing_desktop.core.domain import ValidationError, validate_event, validate_person
from kerinjing_desktop.core.importer import ImportFileError, read_people_bytes
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant, list_participants

ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=50),
    st.just("A" * 10_000),
    st.just("=cmd|' /C calc'!A0"),
)
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.csv", "a.xlsx", "a.txt", "a"]))
def test_importer_never_raises_anything_but_a_clear_error(data, name):
    try:
        result = read_people_bytes(data, name)
    except ImportFileError as error:
        assert str(error).strip()
        return
    # read: every row either imports or is listed with a sentence a facilitator can act on
    assert all(problem.message.strip() for problem in result.problems)
    assert all(imported.person.name.strip() for imported in result.rows)


@FAST
@given(rows=st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT), max_size=5))
def test_importer_with_any_text_cells(rows):
    text = "Nama;L/P;Umur\n" + "\n".join(";".join(row) for row in rows)
    for encoding in ("utf-8", "utf-16"):
        try:
            read_people_bytes(text.encode(encoding, "surrogatepass"), "list.csv")
        except ImportFileError as error:
            assert str(error).strip()


@FAST
@given(name=ANY_TEXT, title=ANY_TEXT)
def test_any_text_reaches_the_store_safely_or_is_refused(name, title):
    store = open_store(None)
    try:
        try:
            event = add_event(store, title, "Kerinjing", "2021-09-21")
        except ValidationError as error:
            assert str(error).strip()
            event = add_event(store, "Acara", "Kerinjing", "2021-09-21")
        try:
            person = validate_person(name, "P")
        except ValidationError as error:
            assert str(error).strip()
            return
        saved = add_participant(store, event.id, person)
        assert list_participants(store, event.id)[0].name == saved.name == person.name
    finally:
        store.close()


@FAST
@given(value=ANY_TEXT)
def test_exported_cells_never_start_a_formula(value):
    from kerinjing_desktop.core.export import neutralise

    cell = neutralise(value)
    if not (isinstance(cell, str) and cell):
        return
    # The absent mark "-" and plain signed numbers (+62…, -5) are no formula and stay as they
    # are, so an export reads back in (issue 12 item 15); anything else that a spreadsheet
    # would run is quoted.
    plain = re.fullmatch(r"[+-]\d+(?:[.,]\d+)?|-", cell)
    if cell[0] in "=@\t\r\n" or (cell[0] in "+-" and not plain):
        assert cell.startswith("'"), cell


def test_event_validation_of_huge_text_is_a_message():
    try:
        validate_event("x" * 10_000, "y" * 10_000, "2021-13-40")
    except ValidationError as error:
        assert str(error).strip()
