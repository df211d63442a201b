"""Writes the sample scores files that tests/test_score_samples.py reads: the same three papers
as each kind of file a facilitator brings back from a spreadsheet (run once; the files are
kept in the repo).

    .venv/bin/python tests/data/scores/make_scores.py

Every file must give exactly the papers in expected.json; add a new kind of file by adding it
here or by dropping it into this folder with its entry in expected.json.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
# Each paper as typed: code (as people write it), test word, then q1 (open, 0-2), q2 (open),
# q3 (a choice letter), q4 (true/false: B/S in Indonesian); "-" = absent from that test.
PAPERS = [
    ["p1", "awal", "2", "", "b", "S"],
    ["P-002", "Pre", "-", "", "", ""],
    ["1", "akhir", "1", "2", "a", "B"],
]
NAMES = ["Wayan Séri", "Siti Nur’aini", "Wayan Séri"]  # a column the reader leaves alone


def text(records: list[list[str]], delimiter: str, newline: str = "\r\n") -> str:
    return newline.join(delimiter.join(r) for r in records) + newline


def with_names(header: list[str]) -> list[list[str]]:
    return [header] + [[p[0], name, *p[1:]] for p, name in zip(PAPERS, NAMES, strict=True)]


ID = ["Kode", "Nama", "Tes", "Soal 1", "Soal 2", "Soal 3", "Soal 4"]
EN = ["code", "name", "test", "q1", "q2", "q3", "q4"]


def main() -> None:
    files: dict[str, dict] = {}

    def save(name: str, data: bytes, encoding: str, delimiter: str | None) -> None:
        (HERE / name).write_bytes(data)
        files[name] = {"encoding": encoding, "delimiter": delimiter}

    save(
        "excel-indonesia-semicolon-cp1252.csv",
        text(with_names(ID), ";").encode("cp1252"),
        "cp1252",
        ";",
    )
    save(
        "google-sheets-comma-utf8.csv",
        text(with_names(EN), ",", "\n").encode("utf-8"),
        "utf-8",
        ",",
    )
    save(
        "excel-unicode-text-utf16.txt",
        text(with_names(["Kode Peserta", "Nama", "Jenis Tes", "No 1", "No 2", "No 3", "No 4"]),
             "\t").encode("utf-16"),
        "utf-16",
        "\t",
    )  # fmt: skip
    save(
        "excel-sep-line-pipe.csv",
        ("sep=|\r\n" + text(with_names(ID), "|")).encode("utf-8"),
        "utf-8",
        "|",
    )
    save(
        "bom-utf8-semicolon.csv",
        codecs.BOM_UTF8 + text(with_names(ID), ";").encode("utf-8"),
        "utf-8-sig",
        ";",
    )

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(EN)
    for paper, name in zip(PAPERS, NAMES, strict=True):
        # codes and scores typed as numbers: Excel keeps them as numbers
        cells: list[object] = [int(c) if c.isdigit() else c for c in paper]
        sheet.append([cells[0], name, *cells[1:]])
    book.save(HERE / "excel-numbers.xlsx")
    files["excel-numbers.xlsx"] = {"encoding": "xlsx", "delimiter": None}

    papers = [
        ["reg-1", "pre", {"1": ["scored", 2, ""], "2": ["unanswered", None, ""],
                          "3": ["scored", 1, "B"], "4": ["scored", 1, "S"]}, False],
        # "-" in the first question: the paper says absent (the store marks the whole test)
        ["reg-2", "pre", {"1": ["absent", None, ""], "2": ["unanswered", None, ""],
                          "3": ["unanswered", None, ""], "4": ["unanswered", None, ""]}, True],
        ["reg-1", "post", {"1": ["scored", 1, ""], "2": ["scored", 2, ""],
                           "3": ["scored", 0, "A"], "4": ["scored", 0, "B"]}, False],
    ]  # fmt: skip
    (HERE / "expected.json").write_text(
        json.dumps({"papers": papers, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
