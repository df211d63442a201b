"""Writes the sample participant lists that tests/test_import_samples.py reads: the same three
people as each kind of file a facilitator brings (run once; the files are kept in the repo).

    .venv/bin/python tests/data/lists/make_lists.py

Every file must give exactly PEOPLE (expected.json); add a new kind of file by adding it here
or by dropping it into this folder with its entry in expected.json.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
# name, gender, age, group, phone as the app stores them
PEOPLE = [
    ["Siti Nur’aini", "P", 34, "PKK", "081234567890"],
    ["Budi Santoso", "L", None, "Karang Taruna", ""],
    ["Wayan Séri", "P", 51, "Perangkat Desa", "+6281398765432"],
]


def rows(header: list[str], numbered: bool = True) -> list[list[str]]:
    out = [header]
    for index, (name, gender, age, group, phone) in enumerate(PEOPLE, start=1):
        cells = [name, gender, "" if age is None else str(age), group, phone]
        out.append([str(index), *cells] if numbered else cells)
    return out


def text(records: list[list[str]], delimiter: str, newline: str = "\r\n") -> str:
    return newline.join(delimiter.join(r) for r in records) + newline


ID = ["No", "Nama", "L/P", "Umur", "Kelompok", "No HP"]
EN = ["Name", "Gender", "Age", "Group", "Phone number"]


def main() -> None:
    expected: dict[str, dict] = {}

    def save(name: str, data: bytes, encoding: str, delimiter: str | None, header_row=1) -> None:
        (HERE / name).write_bytes(data)
        expected[name] = {"encoding": encoding, "delimiter": delimiter, "header_row": header_row}

    save(
        "excel-indonesia-semicolon-cp1252.csv", text(rows(ID), ";").encode("cp1252"), "cp1252", ";"
    )
    save(
        "google-sheets-comma-utf8.csv",
        text(rows(EN, numbered=False), ",", "\n").encode("utf-8"),
        "utf-8",
        ",",
    )
    save(
        "excel-unicode-text-utf16.txt",
        text(rows(["No", "Nama Lengkap", "Jenis Kelamin", "Usia", "Unsur", "No WA"]), "\t").encode(
            "utf-16"
        ),
        "utf-16",
        "\t",
    )
    save(
        "excel-sep-line-pipe.csv", ("sep=|\r\n" + text(rows(ID), "|")).encode("utf-8"), "utf-8", "|"
    )
    # UTF-8 with a BOM, and one name typed on a Windows-1252 machine pasted in.
    body = text(rows(ID), ";").encode("utf-8").replace("Séri".encode(), "Séri".encode("cp1252"))
    save("bom-with-cp1252-bytes.csv", codecs.BOM_UTF8 + body, "utf-8+cp1252", ";")
    save("title-rows-above-header.csv",
         text([["DAFTAR HADIR PESERTA"], ["Desa Kerinjing, 21 September 2021"], [], *rows(ID)],
              ";").encode("utf-8"), "utf-8", ";", header_row=4)  # fmt: skip

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DAFTAR PESERTA"])
    sheet.append(["No", "Nama", "Jenis Kelamin", "Umur", "Kelompok", "No HP", "Tanggal"])
    for index, (name, gender, age, group, phone) in enumerate(PEOPLE, start=1):
        # a phone typed as a number loses its leading 0 (Excel's doing): the importer restores it
        number = int(phone) if phone.startswith("0") else phone or None
        sheet.append([index, name, gender, age, group, number, dt.date(2021, 9, 21)])
    book.save(HERE / "excel-title-and-numbers.xlsx")
    expected["excel-title-and-numbers.xlsx"] = {
        "encoding": "xlsx", "delimiter": None, "header_row": 2
    }  # fmt: skip

    (HERE / "expected.json").write_text(
        json.dumps({"people": PEOPLE, "files": expected}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
