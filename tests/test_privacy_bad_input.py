"""Any Unicode, 10,000-character names and control characters reaching the importer, the
store or a bundle give a clear message or a safe result, never a traceback; exported cells
never start a spreadsheet formula."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, example, given, settings
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


# Every message a list that cannot be read may get (English), a field standing for any text.
FILE_MESSAGES = [
    "“{name}” is empty",
    "“{name}” is an old Excel file (.xls). Open it in Excel, choose File › Save As, save it as "
    "Excel Workbook (.xlsx) or CSV, and import that file.",
    "“{name}” is protected with a password. Open it in Excel, remove the password (File › Info "
    "› Protect Workbook), save it, and import it again.",
    "“{name}” could not be read as CSV (near row {row}). Save it again from Excel or Google "
    "Sheets.",
    "“{name}” is not a CSV or Excel (.xlsx) file. Save the list from Excel or Google Sheets as "
    ".xlsx or CSV.",
    "“{name}” has more than {limit} rows: that is not a list this app can import.",
    "“{name}” has values beyond column {limit}: that is not a list this app can import.",
    "“{name}” has no worksheet",
    "“{name}” could not be opened as an Excel (.xlsx) file; it may be damaged. Open it in Excel "
    "or Google Sheets and save it again as .xlsx or CSV.",
    "No name column found. The columns in the first row are: {columns}. The first row must "
    "hold the column names, e.g. Nama, L/P, Umur, Kelompok, No HP, separated by commas, "
    "semicolons or tabs.",
    "“{name}” has column names but no participant rows",
]
KNOWN = re.compile(
    "|".join(
        re.sub(r"\\\{\w+\\\}", ".*", re.escape(message)).join("()") for message in FILE_MESSAGES
    )
)


@FAST
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.csv", "a.xlsx", "a.txt", "a"]))
@example(data=b"\x01\x0b\x1b[2J", name="a.csv")  # a line break and a terminal's escape
@example(data=b'"x\r\ny";z\n', name="a.txt")  # a line break inside a quoted cell
def test_any_bytes_imported_are_refused_in_one_known_line_naming_nobody(cli, data, name):
    """Bytes that are not a list, given to `participants import`: exit 2, one printable line
    on stderr with one of the importer's known messages, no traceback, nothing imported, and
    no name of the people already held."""
    event = cli("demo-data").out.strip()
    path = cli.data_dir.parent / name
    path.write_bytes(data)
    before = cli("participants", "list", "--event", event, "--json").out
    held = [person["name"] for person in json.loads(before)]
    result = cli("--lang", "en", "participants", "import", "--event", event, str(path))
    assert (result.status, result.out) == (2, "")
    [line] = result.err.splitlines()
    assert line.startswith("kerinjing-desktop: ") and "Traceback" not in result.err
    assert line.isprintable(), line  # no control character reaches the terminal
    assert KNOWN.fullmatch(line.removeprefix("kerinjing-desktop: ")), line
    assert not [person for person in held if person in result.err]
    assert cli("participants", "list", "--event", event, "--json").out == before


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
