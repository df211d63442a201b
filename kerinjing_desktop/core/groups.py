"""A village's own names for its groups, and the standard group each one counts under.

A list from the village says "Calon PMI", "Kader Posyandu", "BPD", "Linmas", "RT/RW", "Tokoh
Agama"… The label is kept as the village wrote it (lists, papers, exports show it) and mapped
to one of domain.GROUPS for the totals, so that 15 of 30 people do not vanish into "Lainnya"
and prospective migrant workers stay visible. A label that names no known group is still kept;
it counts under "Lainnya".
"""

from __future__ import annotations

import re

from kerinjing_desktop.core.domain import GROUPS, clean_text

MAX_LABEL_LENGTH = 60

# Words (after folding: lower case, letters and digits only, single spaces) → the group.
# Checked as whole words or phrases in the label, first match in this order wins.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Purna PMI", ("mantan pmi", "purna pmi", "eks pmi", "mantan tki", "mantan tkw", "eks tki",
                   "purna tki", "mantan pekerja migran", "pekerja migran purna", "returnee",
                   "returned migrant", "former migrant worker")),
    ("Calon PMI", ("calon pmi", "cpmi", "calon tki", "calon tkw", "calon pekerja migran",
                   "prospective migrant", "migrant worker candidate")),
    ("PKK", ("pkk", "posyandu", "kader", "dasawisma", "dasa wisma", "ibu ibu", "majelis taklim")),
    ("Pelajar", ("pelajar", "siswa", "siswi", "mahasiswa", "mahasiswi", "santri", "osis",
                 "student", "students")),
    ("Karang Taruna", ("karang taruna", "karangtaruna", "remaja", "pemuda", "youth")),
    ("Perangkat Desa", ("perangkat desa", "aparat desa", "pemerintah desa", "kepala desa",
                        "kades", "sekdes", "kadus", "kepala dusun", "bpd", "linmas", "hansip",
                        "rt", "rw", "rt rw", "ketua rt", "ketua rw", "village official",
                        "village officials", "babinsa", "bhabinkamtibmas")),
    ("Tokoh Masyarakat", ("tokoh", "tokoh masyarakat", "tokoh agama", "tokoh adat",
                          "ulama", "ustaz", "ustadz", "ustazah", "ustadzah", "imam", "kyai",
                          "kiai", "pendeta", "pastor", "guru", "community leader")),
    ("Lainnya", ("lainnya", "lain lain", "other", "others", "umum", "warga", "masyarakat")),
)  # fmt: skip


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def known_group(value: object) -> str | None:
    """The standard group a label names, or None when it names none."""
    folded = _fold(clean_text(value))
    if not folded:
        return "Lainnya"
    for group in GROUPS:
        if folded == _fold(group):
            return group
    padded = f" {folded} "
    for group, words in _RULES:
        if any(f" {word} " in padded for word in words):
            return group
    return None


def classify_group(value: object) -> tuple[str, str]:
    """(standard group, the village's label or "" when it is the group's own name)."""
    label = clean_text(value)[:MAX_LABEL_LENGTH]
    group = known_group(label) or "Lainnya"
    same = _fold(label) in ("", _fold(group))
    return group, "" if same else label


def group_choices(labels: list[str]) -> list[str]:
    """What a group box offers: the standard groups, then the labels this event uses."""
    seen = {g.casefold() for g in GROUPS}
    extra = sorted({label for label in labels if label and label.casefold() not in seen})
    return list(GROUPS[:-1]) + extra + [GROUPS[-1]]


def group_with_labels(group: str, labels: list[str]) -> str:
    """ "Perangkat Desa (BPD 2, Linmas 1)": a total's row with the village's own names in it."""
    counts: dict[str, int] = {}
    for label in labels:
        if label:
            counts[label] = counts.get(label, 0) + 1
    if not counts:
        return group
    inside = ", ".join(f"{label} {n}" for label, n in sorted(counts.items()))
    return f"{group} ({inside})"
