"""The printed test paper: one page per participant plus blank sheets, A4 and F4; long sets."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest
from pdf_tools import needs_poppler
from pdf_tools import text as pdf_text

from kerinjing_desktop.core.demo_people import DEMO_PEOPLE
from kerinjing_desktop.core.domain import Event
from kerinjing_desktop.core.scoring import Question, default_questions, example_choices
from kerinjing_desktop.reports.common import PAPER_SIZES, PrintOptions
from kerinjing_desktop.reports.test_paper import Sheet, write_papers

pdftotext = shutil.which("pdftotext")


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_pages_size_and_fonts(cli, tmp_path, paper):
    """Registered + blank pages, the right paper size, fonts embedded."""
    event = cli("demo-data").out.strip()
    out = tmp_path / "paper.pdf"
    result = cli("print", "test-paper", "--event", event, "--out", str(out), "--paper", paper,
                 "--blank-rows", "3")  # fmt: skip
    assert result.status == 0, result.err
    assert b"/FontFile2" in out.read_bytes()
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert f"Pages:           {len(DEMO_PEOPLE) + 3}" in info
        width, height = PAPER_SIZES[paper]
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert size and abs(float(size[1]) - width) < 0.01 and abs(float(size[2]) - height) < 0.01


@pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) not installed")
def test_text_has_code_and_name(cli, tmp_path):
    """Each sheet names its participant and code; default blank sheets are added."""
    event = cli("demo-data").out.strip()
    out = tmp_path / "paper.pdf"
    assert cli("print", "test-paper", "--event", event, "--out", str(out)).status == 0
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    assert "P-001" in pages[0] and "Siti Aminah" in pages[0]
    assert "PRE-TEST" in pages[0] or "TES AWAL" in pages[0]
    assert len([p for p in pages if p.strip()]) == len(DEMO_PEOPLE) + 5


EVENT = Event("e", "Sosialisasi Pencegahan TPPO di Desa Kerinjing", "Kerinjing", "2021-09-21",
              kecamatan="Tanjung Raja", kabupaten="Ogan Ilir")  # fmt: skip


def numbered(questions: list[Question]) -> list[Question]:
    return [dataclasses.replace(q, number=n) for n, q in enumerate(questions, start=1)]


def lettered(count: int) -> list[Question]:
    """Choice items with options found nowhere else on the paper, every third true/false."""
    return [
        Question(0, kind="truefalse", max_score=1, options=("Benar", "Salah"), answer_key="S",
                 text=f"Pernyataan {n}: tawaran kerja lewat sponsor tanpa visa kerja itu aman.")
        if n % 3 == 0 else
        Question(0, kind="choice", max_score=1, answer_key="B",
                 text=f"Soal {n}: siapa yang paling tepat dihubungi bila ada tawaran kerja ke "
                      "luar negeri yang mencurigakan?",
                 options=tuple(f"jawaban-{n}{letter} di desa" for letter in "ABCD"))
        for n in range(1, count + 1)
    ]  # fmt: skip


def paper_pages(tmp_path, questions: list[Question], paper: str, sheets=None, lang="id"):
    sheets = sheets or [Sheet("P-001", "Siti Aminah")]
    out = write_papers(tmp_path / "paper.pdf", EVENT, numbered(questions), sheets,
                       PrintOptions(paper=paper, lang=lang))  # fmt: skip
    return pdf_text(out).split("\f")[:-1]


@needs_poppler
@pytest.mark.parametrize(
    ("paper", "lang", "questions"),
    [
        ("a4", "id", lambda: default_questions("id") + example_choices("id")),
        ("a4", "en", lambda: default_questions("en") + example_choices("en")),
        ("f4", "id", lambda: default_questions("id") + lettered(5)),
        ("f4", "id", lambda: lettered(12)),
    ],
    ids=["a4-bundled+examples", "a4-bundled+examples-en", "f4-bundled+5", "f4-12-lettered"],
)
def test_up_to_twelve_questions_fit_one_page(tmp_path, paper, lang, questions):
    """The bundled set plus the example items on A4, 10 or 12 questions on F4: one page each."""
    pages = paper_pages(tmp_path, questions(), paper, lang=lang)
    assert len(pages) == 1 and "Halaman" not in pages[0] and "Page" not in pages[0]


@needs_poppler
def test_a_long_set_repeats_code_name_and_test_boxes_on_page_two(tmp_path):
    """Ten open questions take two A4 pages; page 2 has the code, name and PRE/POST boxes."""
    sheets = [Sheet("P-001", "Siti Aminah"), Sheet("", "")]
    pages = paper_pages(tmp_path, default_questions("id") * 2, "a4", sheets)
    assert len(pages) == 4
    named, blank = pages[1], pages[3]
    assert "P-001" in named and "Siti Aminah" in named and "Halaman 2 dari 2" in named
    for page in (named, blank):
        assert all(word in page for word in ("Kode", "Nama", "TES AWAL", "TES AKHIR"))


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_no_question_is_split_or_runs_into_the_footer(tmp_path, paper):
    """Bundled five + 16 lettered items: each item whole on one page, all above the footer."""
    questions = default_questions("id") + lettered(16)
    pages = paper_pages(tmp_path, questions, paper)
    assert len(pages) >= 2
    for page in pages:
        assert page.strip().splitlines()[-1].lstrip().startswith("Kerinjing Desktop")
    for n in range(1, 17):
        if n % 3:
            [page] = [p for p in pages if f"Soal {n}:" in p]
            assert all(f"jawaban-{n}{letter}" in page for letter in "ABCD")


@needs_poppler
def test_a_name_the_font_cannot_draw_gets_a_line_to_write_on(tmp_path):
    """A name in Arabic script is not printed as broken letters: the paper asks to write it."""
    sheets = [Sheet("P-002", "محمد")]
    [page] = paper_pages(tmp_path, default_questions("id"), "a4", sheets)
    assert "P-002" in page and "محمد" not in page and "tulis dengan tangan" in page
