"""The FGD guide and the commitments template as the notes page reads them (core/fgd.py):
the bundled files' words in the language asked, Indonesian where a language has none, and
the optional commitments only when asked for (files written by a test for the edge cases).
"""

from __future__ import annotations

import pytest

from kerinjing_desktop.core import fgd
from kerinjing_desktop.core.fgd import Topic, commitment_template, fgd_safety, fgd_topics


def test_the_guide_has_its_four_topics_in_order_in_both_languages():
    assert [(t.key, t.title) for t in fgd_topics("id")] == [
        ("situation", "Keadaan desa"),
        ("efforts", "Upaya yang sudah dilakukan"),
        ("obstacles", "Hambatan"),
        ("solutions", "Solusi bersama"),
    ]
    assert [t.title for t in fgd_topics("en")] == [
        "The village's situation",
        "Efforts already made",
        "Obstacles",
        "Solutions together",
    ]
    first = fgd_topics("en")[0].questions
    assert len(first) == 4 and isinstance(first, tuple)
    assert first[0] == "Who from this village usually goes to work abroad, and to which countries?"
    assert fgd_topics("id")[0].questions[0] == (
        "Siapa saja dari desa ini yang biasanya bekerja ke luar negeri, dan ke negara mana?"
    )


def test_a_language_without_a_guide_reads_the_indonesian_one():
    assert fgd_topics("fr") == fgd_topics("id")
    assert fgd_safety("fr") == fgd_safety("id")
    assert commitment_template("fr") == commitment_template("id")


def test_the_safety_text_is_read_without_its_surrounding_blank_lines():
    english = fgd_safety("en")
    assert english.startswith("Someone in the room may have been a victim,")
    assert english.endswith("Never pressure anyone to report.")
    assert fgd_safety("id").startswith("Seseorang di ruangan mungkin pernah menjadi korban,")
    assert "SAPA 129" in english and "0800-1000" in english


def test_the_template_is_four_commitments_then_two_optional_ones():
    agreed = commitment_template("en", include_optional=False)
    everything = commitment_template("en")
    assert len(agreed) == 4 and everything[:4] == agreed and len(everything) == 6
    assert agreed[0].startswith("We spread information on the dangers of trafficking")
    assert everything[4].startswith("We use social media to spread messages")
    assert commitment_template("id", include_optional=True)[5].startswith(
        "Kami memeriksa setiap tawaran kerja"
    )


@pytest.fixture
def content(tmp_path, monkeypatch):
    """The content folder replaced by one the test writes (and the cache emptied around it)."""
    monkeypatch.setattr(fgd, "asset_path", lambda *parts: tmp_path.joinpath(*parts))
    fgd._load.cache_clear()
    (tmp_path / "content").mkdir()
    yield tmp_path / "content"
    fgd._load.cache_clear()


def test_a_missing_translation_or_text_falls_back_to_indonesian_then_to_nothing(content):
    (content / "fgd_guide.toml").write_text(
        '[[topic]]\nkey = "a"\ntitle.id = "Judul"\nquestions.id = ["Satu?"]\n'
        '[[topic]]\nkey = "b"\ntitle.de = "Titel"\nquestions.en = ["One?"]\n',
        encoding="utf-8",
    )
    assert fgd_topics("en") == [
        Topic("a", "Judul", ("Satu?",)),
        Topic("b", "", ("One?",)),
    ]
    assert fgd_safety("en") == ""


def test_empty_files_give_no_topics_and_no_commitments(content):
    (content / "fgd_guide.toml").write_text("version = 1\n", encoding="utf-8")
    (content / "commitments.toml").write_text("version = 1\n", encoding="utf-8")
    assert fgd_topics("id") == []
    assert commitment_template("id") == []


def test_a_commitment_not_marked_optional_is_part_of_the_agreed_ones(content):
    (content / "commitments.toml").write_text(
        '[[commitment]]\ntext.id = "Tanpa tanda"\n'
        '[[commitment]]\noptional = true\ntext.id = "Pilihan"\n',
        encoding="utf-8",
    )
    assert commitment_template("id", include_optional=False) == ["Tanpa tanda"]
    assert commitment_template("id") == ["Tanpa tanda", "Pilihan"]
