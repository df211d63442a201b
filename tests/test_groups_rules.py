"""core/groups.py's vocabulary and rules, word by word (written out here, never taken from the
module's own tables, so an emptied or moved word fails): which standard group each village
word counts under, whole words only, the first rule winning, and the names shown."""

from __future__ import annotations

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.groups import (
    classify_group,
    group_choices,
    group_name,
    group_with_labels,
    known_group,
    shown_group,
)

VOCABULARY = {
    "Purna PMI": ["mantan pmi", "purna pmi", "eks pmi", "mantan tki", "mantan tkw", "eks tki",
                  "purna tki", "mantan pekerja migran", "pekerja migran purna", "returnee",
                  "returned migrant", "former migrant worker"],
    "Calon PMI": ["calon pmi", "cpmi", "calon tki", "calon tkw", "calon pekerja migran",
                  "prospective migrant", "migrant worker candidate"],
    "PKK": ["pkk", "posyandu", "kader", "dasawisma", "dasa wisma", "ibu ibu", "majelis taklim"],
    "Pelajar": ["pelajar", "siswa", "siswi", "mahasiswa", "mahasiswi", "santri", "osis",
                "student", "students"],
    "Karang Taruna": ["karang taruna", "karangtaruna", "remaja", "pemuda", "youth"],
    "Perangkat Desa": ["perangkat desa", "aparat desa", "pemerintah desa", "kepala desa", "kades",
                       "sekdes", "kadus", "kepala dusun", "bpd", "linmas", "hansip", "rt", "rw",
                       "rt rw", "ketua rt", "ketua rw", "village official", "village officials",
                       "babinsa", "bhabinkamtibmas"],
    "Tokoh Masyarakat": ["tokoh", "tokoh masyarakat", "tokoh agama", "tokoh adat", "ulama",
                         "ustaz", "ustadz", "ustazah", "ustadzah", "imam", "kyai", "kiai",
                         "pendeta", "pastor", "guru", "community leader"],
    "Lainnya": ["lainnya", "lain lain", "other", "others", "umum", "warga", "masyarakat"],
}  # fmt: skip
WORDS = [(word, group) for group, words in VOCABULARY.items() for word in words]


@pytest.mark.parametrize(("word", "group"), WORDS)
def test_every_village_word_counts_under_its_group(word, group):
    """Inside a longer label, in any case, with punctuation between the words."""
    label = f"Kelompok {word.upper().replace(' ', '-')} Desa 2"
    assert known_group(label) == group
    assert classify_group(label) == (group, label)


@pytest.mark.parametrize(
    ("label", "group"),
    [("Rapat", None), ("Kaderisasi", None), ("Guruh", None), ("Artis", None),
     ("BPD-Linmas", "Perangkat Desa"), ("Kader (mantan TKW)", "Purna PMI"),
     ("Pemuda calon PMI", "Calon PMI"), ("Remaja masjid", "Karang Taruna")],
)  # fmt: skip
def test_whole_words_only_and_the_first_rule_wins(label, group):
    """ "Kaderisasi" holds "kader" but is not the word; "Guruh" is not "guru", "Artis" not "rt".
    A label naming two groups counts under the earlier rule: former and prospective migrant
    workers first, so they stay visible."""
    assert known_group(label) == group


def test_an_empty_label_is_other_and_an_unknown_one_is_kept_under_other():
    assert known_group("") == "Lainnya" and known_group(" - ") == "Lainnya"
    assert classify_group("") == ("Lainnya", "")
    assert classify_group("Nelayan") == ("Lainnya", "Nelayan")
    long = "Kelompok " + "x" * 80
    assert classify_group(long) == ("Lainnya", long[:60])


@pytest.mark.parametrize(
    ("typed", "group"),
    [("Youth group", "Karang Taruna"), ("karang  taruna", "Karang Taruna"),
     ("Students", "Pelajar"), ("Village officials", "Perangkat Desa"),
     ("Community leaders", "Tokoh Masyarakat"), ("PROSPECTIVE MIGRANT WORKERS", "Calon PMI"),
     ("Returned migrant workers", "Purna PMI"), ("Other", "Lainnya"), ("PKK", "PKK")],
)  # fmt: skip
def test_a_group_named_in_either_language_is_that_group_with_no_label(typed, group):
    assert classify_group(typed) == (group, "")


def test_group_names_follow_the_language_and_labels_stay_as_written():
    assert group_name("Calon PMI", "en") == "Prospective migrant workers"
    assert group_name("Karang Taruna", "en") == "Youth group"
    assert group_name("Calon PMI", "id") == "Calon PMI"
    assert group_name("Nelayan", "en") == "Nelayan"
    i18n.set_language("en")
    assert group_name("Lainnya") == "Other"
    assert shown_group("PKK", "Dasawisma") == "Dasawisma"
    assert shown_group("Pelajar") == "Students"


def test_the_group_box_lists_groups_then_this_events_labels_then_other():
    i18n.set_language("en")
    choices = group_choices(["Nelayan", "", "students", "BPD", "Nelayan", "PKK", "Lainnya"])
    assert choices == [
        "PKK", "Youth group", "Students", "Village officials", "Community leaders",
        "Prospective migrant workers", "Returned migrant workers", "BPD", "Nelayan", "Other",
    ]  # fmt: skip


def test_a_totals_row_names_the_village_labels_with_their_counts():
    labels = ["Linmas", "BPD", "", "BPD"]
    assert (
        group_with_labels("Perangkat Desa", labels, "en") == "Village officials (BPD 2, Linmas 1)"
    )
    assert group_with_labels("Perangkat Desa", labels, "id", n=4) == (
        "Perangkat Desa 4 (BPD 2, Linmas 1)"
    )
    assert group_with_labels("Pelajar", ["", ""], "en", n=2) == "Students 2"
    assert group_with_labels("Pelajar", [], "en") == "Students"
