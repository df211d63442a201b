"""The Word drafts (`print summary|article --out FILE.docx`), opened again with python-docx:
headings, tables and figures against `stats --json` and the store; nobody leaks; both
languages, A4 and F4, any script; the user's template; LibreOffice opens both."""

from __future__ import annotations

import json
import stat

import docx
import pytest
from docx.shared import Cm, Pt
from docx_tools import comma, everything, headings, needs_soffice, open_docx, rows, to_pdf
from pdf_tools import needs_poppler, text

from kerinjing_desktop.core.demo import DEMO_EVENT_ID
from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import participants as ps
from kerinjing_desktop.core.store.events import add_event, get_event
from kerinjing_desktop.core.store.notes import add_note, replace_commitments
from kerinjing_desktop.reports.common import PrintOptions
from kerinjing_desktop.reports.docx import article, summary
from kerinjing_desktop.reports.docx.base import OWN_STYLES
from kerinjing_desktop.reports.docx.references import deck_references, works

SECRET_NAME = "Zulaikha Rahasia"
SECRET_PHONE = "081299887766"
OPEN_PHONE = "081211223344"
SENSITIVE = "KORBAN-DISEBUT-NAMA"


def _table(document, first_header: str):
    found = [t for t in document.tables if t.rows and t.rows[0].cells[0].text == first_header]
    assert found, f"no table headed {first_header!r}"
    return found[0]


def test_summary_tables_match_stats_json(cli, tmp_path):
    """Key figures and per-question means are `stats --json` to the two decimals shown; the
    group table's totals are the store's; the charts are pictures; real headings."""
    event_id = cli("demo-data").out.strip()
    stats = json.loads(cli("stats", "--event", event_id, "--json").out)
    out = tmp_path / "laporan.docx"
    assert cli("print", "summary", "--event", event_id, "--out", str(out)).status == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = open_docx(out)
    found = headings(document)
    for title in (
        "LEMBAR PENGESAHAN",
        "Ringkasan",
        "3. Kehadiran",
        "4. " + _("Pre-test and post-test", "id"),
        "Lampiran A. Daftar hadir",
        "Lampiran B. Dokumentasi foto",
    ):
        assert title in found
    figures = rows(_table(document, "Angka"))
    assert figures[3][1:] == [comma(stats["pre_mean"]), comma(stats["post_mean"])]
    assert figures[4][1:] == [comma(stats["pre_mean_pct"]), comma(stats["post_mean_pct"])]
    assert figures[2][1:] == [str(stats["n_paired"])] * 2
    questions = rows(_table(document, "Soal"))[1:]
    assert len(questions) == len(stats["questions"])
    for row, q in zip(questions, stats["questions"], strict=True):
        assert row[0].startswith(f"{q['number']}. ")
        assert row[1:4] == [str(q["max"]), comma(q["pre_mean"]), comma(q["post_mean"])]
        p = q["mcnemar"]["p_value"]
        assert row[4] == ("< 0,001" if p < 0.001 else comma(p, 3))
    people = json.loads(cli("participants", "list", "--event", event_id, "--json").out)
    total = rows(_table(document, "Kelompok"))[-1]
    assert total[1:3] == [str(len(people)), str(sum(p["attended"] for p in people))]
    appendix = rows(_table(document, "No"))[1:]
    assert [r[1] for r in appendix] == [p["code"] for p in people]
    assert len(document.inline_shapes) >= 2  # the attendance and the results chart
    assert "PAGE" in "".join(document.sections[0].footer._element.itertext())


def test_article_structure_results_and_references(demo_store, tmp_path):
    """The seed's sections in order, the paired test in a journal's words with the same
    figures, prompts marked, and the deck's laws in the reference list."""
    from kerinjing_desktop.core.store.scores import analyse_event

    stats = analyse_event(demo_store, DEMO_EVENT_ID, "id")
    event = get_event(demo_store, DEMO_EVENT_ID)
    document = open_docx(article.build(demo_store, event, tmp_path / "a.docx", PrintOptions()))
    order = [h for h in headings(document) if h.isupper()]
    assert order == ["ABSTRAK", "ABSTRACT", "PENDAHULUAN", "METODE", "HASIL DAN PEMBAHASAN",
                     "KESIMPULAN", "DAFTAR PUSTAKA"]  # fmt: skip
    body = "\n".join(p.text for p in document.paragraphs)
    w = stats.wilcoxon
    assert f"W = {comma(w.statistic, 1)}, p < 0,001, {w.n_nonzero} selisih" in body
    assert f"r = {comma(stats.rank_biserial)} (efek besar)" in body
    assert f"t({stats.t_test.df}) = {comma(stats.t_test.t)}" in body
    assert f"g = {comma(stats.normalized_gain)}" in body
    prompts = [p for p in document.paragraphs if p.style.name == "Prompt"]
    assert len(prompts) >= 8 and all(p.text.startswith("[") for p in prompts[:3])
    assert sum(p.text.startswith("[Ditulis penulis: ") for p in prompts) >= 8
    references = [p.text for p in document.paragraphs if p.style.name == "Bibliography"]
    assert any("Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan" in r for r in references)
    assert any("Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan" in r for r in references)
    assert references == sorted(references, key=lambda r: r.lstrip("[").lower())
    means = rows(_table(document, "Soal"))[1]
    assert means[2:4] == [comma(stats.questions[0].pre_mean),
                          comma(stats.questions[0].post_mean)]  # fmt: skip


def test_references_follow_the_deck():
    """Every law the deck cites is listed once; a source we cannot complete asks for it."""
    from kerinjing_desktop.core.deck import parse_deck
    from kerinjing_desktop.core.paths import asset_path

    deck = parse_deck(asset_path("deck", "tppo_id.md").read_text(encoding="utf-8"))
    cited = {s.source for s in deck.slides if s.source}
    listed = deck_references("id")
    for number, year in (("21", "2007"), ("18", "2017")):
        if any(f"UU No. {number} Tahun {year}" in line for line in cited):
            assert sum(f"Nomor {number} Tahun {year}" in r.title for r in listed) == 1
    assert works(["UU No. 21 Tahun 2007, Pasal 1; Buku Baru (2025), hal. 3", "Buku Baru"]) == [
        "UU No. 21 Tahun 2007",
        "Buku Baru",
    ]
    from kerinjing_desktop.reports.docx.references import reference

    assert reference("Buku Baru", "id").to_complete  # the authors are asked to complete it


@pytest.fixture
def private_event(store):
    """A consenting person with a phone, one without consent, a sensitive note and pledge."""
    event = add_event(store, "Sosialisasi", "Kerinjing", "2021-09-21")
    open_person = validate_person("Siti Terbuka", "P", "30", "PKK", OPEN_PHONE)
    secret = validate_person(SECRET_NAME, "P", "31", "PKK", SECRET_PHONE, consent=False)
    ps.add_participant(store, event.id, open_person, True)
    ps.add_participant(store, event.id, secret, True)
    add_note(store, event.id, "fgd", f"{SENSITIVE} bercerita", topic="x", sensitive=True)
    add_note(store, event.id, "finding", "Temuan umum yang boleh dibaca")
    replace_commitments(store, event.id, [("Komitmen terbuka", False), (SENSITIVE, True)])
    return event


@pytest.mark.parametrize("module", [summary, article])
def test_nobody_leaks(store, private_event, tmp_path, module):
    """Names on, yet the person without consent, every phone and the sensitive note and
    commitment are nowhere in the file; the article leaves them out even when asked."""
    out = module.build(store, private_event, tmp_path / "d.docx", PrintOptions(show_names=True))
    found = everything(out)
    for secret in ("Zulaikha", "Rahasia", SECRET_PHONE, OPEN_PHONE, SENSITIVE):
        assert secret not in found
    assert "Temuan umum yang boleh dibaca" in found and "Komitmen terbuka" in found
    assert ("Siti Terbuka" in found) is (module is summary)  # the article names nobody
    asked = module.build(store, private_event, tmp_path / "e.docx", PrintOptions(show_names=True),
                         include_sensitive=True)  # fmt: skip
    assert (SENSITIVE in everything(asked)) is (module is summary)
    assert SECRET_NAME not in everything(asked)


UNICODE_NAMES = ("Nguyễn Thị Ánh", "محمد عبد الله", "王小明", "Ṣàngó 👩‍🌾", "Ольга")


@pytest.mark.parametrize(
    "lang,paper,size", [("id", "a4", (21.0, 29.7)), ("en", "f4", (21.5, 33.0))]
)
def test_languages_papers_and_any_script(store, tmp_path, lang, paper, size):
    event = add_event(store, "Sosialisasi TPPO", "Kerinjing", "2021-09-21")
    for name in UNICODE_NAMES:
        ps.add_participant(store, event.id, validate_person(name, "P", "30"), True)
    add_note(store, event.id, "finding", "bel\x07 dan tab\x0b di catatan")
    options = PrintOptions(paper=paper, lang=lang, show_names=True)
    report = open_docx(summary.build(store, event, tmp_path / "r.docx", options))
    draft = open_docx(article.build(store, event, tmp_path / "a.docx", options))
    for document in (report, draft):
        section = document.sections[0]
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == size
    names = [r[1] for r in rows(_table(report, "No"))[1:]]
    assert names == [p.name for p in ps.list_participants(store, event.id)]
    assert "محمد عبد الله" in names and "王小明" in names and "Nguyễn Thị Ánh" in names
    approval = "APPROVAL PAGE" if lang == "en" else "LEMBAR PENGESAHAN"
    assert approval in headings(report)
    # no scores yet: the method still names the test's questions, the results show no table
    points = "points)" if lang == "en" else ")"
    listed = [p for p in draft.paragraphs if p.style.name == "Numbered Item" and "0–2" in p.text]
    assert len(listed) >= 4 and all(p.text.endswith(points) for p in listed)
    assert not [t for t in draft.tables if t.rows[0].cells[0].text in ("Question", "Soal")]
    abstracts = ["ABSTRACT", "ABSTRAK"] if lang == "en" else ["ABSTRAK", "ABSTRACT"]
    assert [h for h in headings(draft) if h.startswith("ABSTR")] == abstracts


def test_every_paragraph_has_a_named_style_a_template_can_restyle(demo_store, tmp_path):
    """The user's template: its Heading 1, margins and letterhead are kept, its old text goes,
    and the styles it lacks are added (so a later template can restyle them too)."""
    template = docx.Document()
    template.styles["Heading 1"].font.size = Pt(20)
    template.styles["Heading 1"].font.name = "Liberation Sans"
    section = template.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    section.header.paragraphs[0].text = "KOP SURAT DARI TEMPLAT"
    template.add_paragraph("Teks lama di templat")
    path = tmp_path / "templat.docx"
    template.save(str(path))
    event = get_event(demo_store, DEMO_EVENT_ID)
    for module in (summary, article):
        out = module.build(demo_store, event, tmp_path / f"{module.__name__}.docx",
                           PrintOptions(), template=path)  # fmt: skip
        document = open_docx(out)
        assert document.styles["Heading 1"].font.size == Pt(20)
        assert round(document.sections[0].left_margin.cm, 2) == 2.0
        assert "KOP SURAT DARI TEMPLAT" in document.sections[0].header.paragraphs[0].text
        assert "Teks lama di templat" not in everything(out)
        named = {name for name, *_rest in OWN_STYLES} | {"Normal"}
        cells = [p for t in document.tables for c in t._cells for p in c.paragraphs]
        assert {p.style.name for p in document.paragraphs + cells} <= named
        assert {"Prompt", "Caption", "Table Text"} <= {s.name for s in document.styles}


def test_cli_formats_and_refusals(cli, tmp_path):
    event_id = cli("demo-data").out.strip()
    assert (
        cli("print", "article", "--event", event_id, "--out", str(tmp_path / "a.pdf")).status == 2
    )
    bad = tmp_path / "bad.docx"
    bad.write_text("not a word file")
    result = cli("print", "article", "--event", event_id, "--out", str(tmp_path / "a.docx"),
                 "--template", str(bad))  # fmt: skip
    assert result.status == 2 and "bad.docx" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "a.docx").exists()
    result = cli("--lang", "en", "print", "article", "--event", event_id, "--paper", "f4",
                 "--out", str(tmp_path / "b.docx"))  # fmt: skip
    assert result.status == 0 and "INTRODUCTION" in headings(open_docx(tmp_path / "b.docx"))


@needs_soffice
@needs_poppler
def test_libreoffice_converts_both_drafts(cli, tmp_path):
    """A real reader's program opens both drafts: the PDF has the pages, the headings and the
    page numbers the fields compute."""
    event_id = cli("demo-data").out.strip()
    for kind, words in (("summary", "LEMBAR PENGESAHAN"), ("article", "DAFTAR PUSTAKA")):
        out = tmp_path / f"{kind}.docx"
        assert cli("print", kind, "--event", event_id, "--out", str(out), "--paper", "f4",
                   "--names").status == 0  # fmt: skip
        printed = text(to_pdf(out, tmp_path))
        assert words in printed and "Halaman 2 dari" in printed


def test_photos_are_an_appendix_with_captions(tmp_path, make_store):
    from PIL import Image

    from kerinjing_desktop.core.demo import create_demo_event
    from kerinjing_desktop.core.store.photos import add_photo

    store = make_store("data")
    create_demo_event(store)
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (800, 600), "teal").save(picture)
    add_photo(store, DEMO_EVENT_ID, picture, "Pemutaran film bersama warga")
    event = get_event(store, DEMO_EVENT_ID)
    document = open_docx(summary.build(store, event, tmp_path / "r.docx", PrintOptions()))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Foto 1. Pemutaran film bersama warga" in captions
    assert len(document.inline_shapes) == 3  # two charts and the photo
