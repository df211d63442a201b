"""`slides render|handout|cards` and `bench slides`: files written, bad input refused cleanly."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QImage
from slides_data.pdfs import MINI_DECK, make_broken_pdf, make_pdf

from kerinjing_desktop.slides.source import BundledDeck


def test_render_bundled_writes_numbered_pngs(cli, tmp_path, qapp):
    """`slides render bundled --size` writes 001.png… one per slide at that size."""
    out = tmp_path / "png"
    result = cli("slides", "render", "bundled", "--out", str(out), "--size", "320x180")
    assert result.status == 0, result.err
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == BundledDeck.bundled("id").count
    assert files[:2] == ["001.png", "002.png"]
    assert QImage(str(out / "001.png")).size().toTuple() == (320, 180)


def test_render_default_size_and_a_pdf(cli, tmp_path, qapp):
    """Without --size a slide is 1920×1080; a PDF deck renders one picture per page."""
    assert cli("slides", "render", str(MINI_DECK), "--out", str(tmp_path / "a")).status == 0
    assert QImage(str(tmp_path / "a" / "005.png")).size().toTuple() == (1920, 1080)
    pdf = make_pdf(tmp_path / "talk.pdf", pages=3)
    result = cli("slides", "render", str(pdf), "--out", str(tmp_path / "b"), "--size", "800x600")
    assert result.status == 0 and len(list((tmp_path / "b").iterdir())) == 3


def test_handout_embeds_its_fonts(cli, tmp_path, qapp):
    """The handout is a PDF with the DejaVu fonts embedded and no unembedded base font."""
    out = tmp_path / "handout.pdf"
    result = cli("--lang", "en", "slides", "handout", str(MINI_DECK), "--out", str(out))
    assert result.status == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data and b"DejaVuSans" in data
    assert b"/Helvetica" not in data


def test_cards_are_square_with_one_per_key_message(cli, tmp_path, qapp):
    """`slides cards` writes a 1080×1080 card for each key message of the bundled deck."""
    result = cli("slides", "cards", "--out", str(tmp_path / "cards"))
    assert result.status == 0, result.err
    cards = sorted((tmp_path / "cards").iterdir())
    assert len(cards) == len(BundledDeck.bundled("id").key_messages()) > 0
    assert QImage(str(cards[0])).size().toTuple() == (1080, 1080)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["render", "{tmp}/missing.pdf"], "tidak ditemukan"),
        (["render", "{tmp}/fake.pdf"], "bukan berkas PDF"),
        (["render", "{tmp}/broken.pdf"], "rusak"),
        (["render", "{tmp}/locked.pdf"], "kata sandi"),
        (["render", "bundled", "--size", "big"], "LEBARxTINGGI"),
        (["render", "bundled", "--size", "0x0"], "LEBARxTINGGI"),
        (["handout", "{tmp}/fake.pdf"], "bukan berkas PDF"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(cli, tmp_path, qapp, args, words):
    """A missing, fake, broken or locked PDF, or a bad --size: exit 2, one line, no traceback."""
    (tmp_path / "fake.pdf").write_text("hello")
    make_broken_pdf(tmp_path / "broken.pdf")
    make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    argv = [a.format(tmp=tmp_path) for a in args] + ["--out", str(tmp_path / "out")]
    result = cli("slides", *argv)
    assert result.status == 2
    assert words in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_bench_slides_reports_its_keys(cli, qapp):
    """`bench slides --deck FILE --json` prints open, p50, p95 (rapid keys, misses counted),
    per kind of change, the misses, key to sharp, slide count and cache size."""
    result = cli("bench", "slides", "--deck", str(MINI_DECK), "--json")
    assert result.status == 0, result.err
    figures = json.loads(result.out)
    assert set(figures) == {
        "open_ms", "p50_ms", "p95_ms", "forward_p95_ms", "back_p95_ms", "jump_p95_ms",
        "misses", "changes", "sharp_p95_ms", "slides", "cache_mb",
    }  # fmt: skip
    assert figures["slides"] == 5 and figures["p95_ms"] > 0
    assert figures["changes"] == 4 + 4 + 20 and 0 <= figures["misses"] <= figures["changes"]
