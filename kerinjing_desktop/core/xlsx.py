"""The first worksheet of an .xlsx file as rows of text, streamed under hard limits.

An .xlsx is a zip of XML. A crafted one (a "decompression bomb": 243 KB that unzip to 2 GB of
cells) took openpyxl 47 s and 2 GB of memory before the importer could count a single row.
So this reader never holds a whole part in memory: each XML part is decompressed in chunks
and fed to expat as it arrives, no element tree is built, and counters stop the read the
moment a file is larger than any participant or scores list: bytes unzipped per part, XML
elements seen, rows and columns holding a value, cells read.

Only what a list needs is read: the workbook (which sheet comes first, the 1904 date
system), the styles (which cells are dates), the shared strings and the first worksheet.
Values come out as the text a person typed: 35.0 is "35", a date cell is "2021-09-21".
"""

from __future__ import annotations

import datetime as dt
import posixpath
import pyexpat
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree import ElementTree as ET

MAX_ROWS = 20_000  # rows holding a value; a village event has tens to hundreds of people
MAX_COLUMNS = 200  # a value beyond this column is not part of a list
MAX_CELLS = 120_000  # cells read (empty ones too): 20,000 rows of 6 columns
MAX_ELEMENTS = 500_000  # XML elements in one part, of any kind (a cell is 2 or 3)
MAX_PART_BYTES = 32 * 1024 * 1024  # unzipped bytes of one XML part
MAX_STRING_CHARS = 16 * 1024 * 1024  # all shared strings together
CHUNK = 64 * 1024
BUILTIN_DATE_FORMATS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                        36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58}  # fmt: skip
WORKSHEET_TYPE = "/worksheet"
CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d*)")


class XlsxLimit(Exception):
    """The file is larger than a list can be; `what` names the limit (rows, columns, …)."""

    def __init__(self, what: str, limit: int):
        super().__init__(f"{what} > {limit}")
        self.what = what
        self.limit = limit


class XlsxDamaged(Exception):
    """Not a readable workbook (a zip of something else, broken XML, a missing part)."""


class XlsxNoSheet(Exception):
    """A workbook without any worksheet (only chart sheets, or none at all)."""


@dataclass(frozen=True)
class _Book:
    sheet: str  # the first worksheet's path in the zip
    strings: str | None
    styles: str | None
    date1904: bool


def read_rows(archive: zipfile.ZipFile) -> list[list[str]]:
    """Rows of the first worksheet; a row with no value is an empty list. Raises XlsxLimit,
    XlsxDamaged or XlsxNoSheet (and zipfile/XML errors for the caller to call damage)."""
    book = _book(archive)
    dates = _date_styles(archive, book.styles) if book.styles else frozenset()
    strings = _shared_strings(archive, book.strings) if book.strings else []
    base = dt.datetime(1904, 1, 1) if book.date1904 else dt.datetime(1899, 12, 30)
    return _sheet_rows(archive, book.sheet, strings, dates, base, book.date1904)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _parse(
    archive: zipfile.ZipFile,
    name: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None] | None = None,
) -> None:
    """Feed one part to expat as it is unzipped, calling `start(tag, attributes)`, `end(tag)`
    and `text(data)`. No tree is built, so memory does not grow with the file; the counters
    stop it at the limits. A DOCTYPE (never in a real workbook, but the door to entity
    tricks) is refused."""
    try:
        stream = archive.open(name)
    except KeyError as error:
        raise XlsxDamaged(name) from error
    parser = pyexpat.ParserCreate()
    parser.buffer_text = True
    seen = 0

    def on_start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal seen
        seen += 1
        if seen > MAX_ELEMENTS:
            raise XlsxLimit("elements", MAX_ELEMENTS)
        start(tag.rpartition(":")[2], attributes)

    def on_doctype(*_args: object) -> None:
        raise XlsxDamaged(name)

    parser.StartElementHandler = on_start
    parser.EndElementHandler = lambda tag: end(tag.rpartition(":")[2])
    parser.StartDoctypeDeclHandler = on_doctype
    if text is not None:
        parser.CharacterDataHandler = text
    unzipped = 0
    with stream:
        while chunk := stream.read(CHUNK):
            unzipped += len(chunk)
            if unzipped > MAX_PART_BYTES:
                raise XlsxLimit("bytes", MAX_PART_BYTES)
            parser.Parse(chunk, False)
        parser.Parse(b"", True)


def _small_part(archive: zipfile.ZipFile, name: str) -> ET.Element:
    """A part that is small in any real file (workbook, relationships), parsed whole."""
    try:
        info = archive.getinfo(name)
    except KeyError as error:
        raise XlsxDamaged(name) from error
    if info.file_size > 4 * 1024 * 1024:
        raise XlsxLimit("bytes", 4 * 1024 * 1024)
    return ET.fromstring(archive.read(name))


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id → (type, path in the zip) for the relationships of `part`."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.NameToInfo:
        return {}
    found = {}
    for node in _small_part(archive, rels).iter():
        if _local(node.tag) != "Relationship" or node.get("TargetMode") == "External":
            continue
        target = node.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[node.get("Id", "")] = (node.get("Type", ""), posixpath.normpath(path))
    return found


def _book(archive: zipfile.ZipFile) -> _Book:
    workbook = next(
        (path for kind, path in _relationships(archive, "").values()
         if kind.endswith("/officeDocument")),
        "xl/workbook.xml",
    )  # fmt: skip
    root = _small_part(archive, workbook)
    rels = _relationships(archive, workbook)
    sheet = None
    date1904 = False
    for node in root.iter():
        tag = _local(node.tag)
        if tag == "workbookPr":
            date1904 = node.get("date1904", "0").casefold() in ("1", "true")
        elif tag == "sheet" and sheet is None:
            rel_id = next((v for k, v in node.attrib.items() if _local(k) == "id"), "")
            kind, path = rels.get(rel_id, ("", ""))
            if kind.endswith(WORKSHEET_TYPE) and path in archive.NameToInfo:
                sheet = path
    if sheet is None:
        raise XlsxNoSheet()

    def part(kind: str) -> str | None:
        return next((p for k, p in rels.values() if k.endswith(kind)), None)

    return _Book(sheet, part("/sharedStrings"), part("/styles"), date1904)


def _is_date_code(code: str) -> bool:
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)  # quoted text, escapes, [colours]
    return code.casefold() != "general" and re.search(r"[dmyhs]", code, re.IGNORECASE) is not None


def _date_styles(archive: zipfile.ZipFile, name: str) -> frozenset[int]:
    """Indexes of the cell styles (`s="…"` on a cell) that show a number as a date or time."""
    custom: dict[int, str] = {}
    formats: list[int] = []
    inside = [False]  # within <cellXfs> (the <xf> of <cellStyleXfs> are not cell styles)

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "cellXfs":
            inside[0] = True
        elif tag == "numFmt":
            custom[_int(attributes.get("numFmtId"))] = attributes.get("formatCode", "")
        elif tag == "xf" and inside[0]:
            formats.append(_int(attributes.get("numFmtId")))

    def end(tag: str) -> None:
        if tag == "cellXfs":
            inside[0] = False

    _parse(archive, name, start, end)
    return frozenset(
        index
        for index, number in enumerate(formats)
        if number in BUILTIN_DATE_FORMATS or (number in custom and _is_date_code(custom[number]))
    )


class _Text:
    """Collects the text of <t> (or <v>) elements, leaving out phonetic runs (<rPh>)."""

    def __init__(self, tags: tuple[str, ...]):
        self.tags = tags
        self.parts: list[str] = []
        self.inside = 0
        self.phonetic = 0

    def start(self, tag: str) -> None:
        if tag in self.tags:
            self.inside += 1
        elif tag == "rPh":
            self.phonetic += 1

    def end(self, tag: str) -> None:
        if tag in self.tags:
            self.inside -= 1
        elif tag == "rPh":
            self.phonetic -= 1

    def data(self, text: str) -> None:
        if self.inside and not self.phonetic:
            self.parts.append(text)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def _shared_strings(archive: zipfile.ZipFile, name: str) -> list[str]:
    strings: list[str] = []
    collected = _Text(("t",))
    chars = 0

    def start(tag: str, _attributes: dict[str, str]) -> None:
        collected.start(tag)

    def end(tag: str) -> None:
        nonlocal chars
        collected.end(tag)
        if tag == "si":
            text = collected.take()
            chars += len(text)
            if chars > MAX_STRING_CHARS:
                raise XlsxLimit("characters", MAX_STRING_CHARS)
            if len(strings) >= MAX_CELLS:
                raise XlsxLimit("cells", MAX_CELLS)
            strings.append(text)

    _parse(archive, name, start, end, collected.data)
    return strings


def _int(text: str | None, default: int = 0) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


def _column(ref: str | None, previous: int) -> int:
    match = CELL_REF.fullmatch(ref or "")
    if not match:
        return previous + 1
    number = 0
    for letter in match.group(1).upper():
        number = number * 26 + ord(letter) - 64
    return number


def _number_text(text: str) -> str:
    try:
        return str(int(text))
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # Excel stores every number as a float: 35.0 is age 35
    return str(value)


def _date_text(text: str, base: dt.datetime, date1904: bool) -> str:
    try:
        serial = float(text)
        # Excel counts 1900-02-29, a day that never was: days before it are one off
        moment = base + dt.timedelta(days=serial + (1 if 1 <= serial < 60 and not date1904 else 0))
    except (ValueError, OverflowError):
        return _number_text(text)
    moment = moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))
    if 0 <= serial < 1:  # a time of day alone
        return moment.time().isoformat()
    if moment.time() == dt.time():
        return moment.date().isoformat()
    return moment.isoformat(" ")


def _cell_value(kind: str, raw: str, style: int, context) -> str:
    strings, dates, base, date1904 = context
    if kind == "s":
        index = _int(raw, -1)
        return strings[index] if 0 <= index < len(strings) else ""
    if kind == "b":
        return "True" if raw.strip() in ("1", "true") else "False"
    if kind in ("str", "inlineStr", "e", "d"):
        return raw
    if not raw:
        return ""
    if style in dates:
        return _date_text(raw, base, date1904)
    return _number_text(raw)


def _sheet_rows(
    archive: zipfile.ZipFile,
    name: str,
    strings: list[str],
    dates: frozenset[int],
    base: dt.datetime,
    date1904: bool,
) -> list[list[str]]:
    context = (strings, dates, base, date1904)
    rows: list[list[str]] = []
    row: dict[int, str] = {}
    collected = _Text(("v", "t"))
    state = {"row": 0, "column": 0, "cells": 0, "kind": "n", "style": 0}

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "c":
            state["cells"] += 1
            if state["cells"] > MAX_CELLS:
                raise XlsxLimit("cells", MAX_CELLS)
            state["column"] = _column(attributes.get("r"), state["column"])
            state["kind"] = attributes.get("t", "n")
            state["style"] = _int(attributes.get("s"))
            collected.take()
        elif tag == "row":
            following = state["row"] + 1
            state["row"] = max(_int(attributes.get("r"), following), following)
            state["column"] = 0
            row.clear()
        else:
            collected.start(tag)

    def end(tag: str) -> None:
        if tag == "c":
            value = _cell_value(state["kind"], collected.take(), state["style"], context)
            if value:
                if state["column"] > MAX_COLUMNS:
                    raise XlsxLimit("columns", MAX_COLUMNS)
                row[state["column"]] = value
        elif tag == "row":
            if row:
                _add_row(rows, state["row"], row)
        else:
            collected.end(tag)

    _parse(archive, name, start, end, collected.data)
    return rows


def _add_row(rows: list[list[str]], number: int, row: dict[int, str]) -> None:
    if number > MAX_ROWS:
        raise XlsxLimit("rows", MAX_ROWS)
    rows.extend([] for _ in range(number - 1 - len(rows)))
    record = [""] * max(row)
    for position, value in row.items():
        record[position - 1] = value
    rows.append(record)
