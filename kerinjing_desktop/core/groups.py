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
from kerinjing_desktop.core.i18n import N_, _

MAX_LABEL_LENGTH = 60

# The standard groups are stored under their Indonesian names (the data outlives a language
# choice); shown, they follow the chosen language. The English words are the source strings.
GROUP_NAMES = {
    "PKK": N_("PKK"),
    "Karang Taruna": N_("Youth group"),
    "Pelajar": N_("Students"),
    "Perangkat Desa": N_("Village officials"),
    "Tokoh Masyarakat": N_("Community leaders"),
    "Calon PMI": N_("Prospective migrant workers"),
    "Purna PMI": N_("Returned migrant workers"),
    "Lainnya": N_("Other"),
}


def group_name(group: str, lang: str | None = None) -> str:
    """A standard group in the chosen language ("Lainnya" → "Other"); a label as it is."""
    source = GROUP_NAMES.get(group)
    return _(source, lang) if source is not None else group


def shown_group(group: str, label: str = "", lang: str | None = None) -> str:
    """What a list shows for a person: the village's own label, else the group's name."""
    return label or group_name(group, lang)


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
        if folded in _names_folded(group):
            return group
    padded = f" {folded} "
    for group, words in _RULES:
        if any(f" {word} " in padded for word in words):
            return group
    return None


def _names_folded(group: str) -> set[str]:
    """The group's stored name and its name in each language, folded: what names it exactly
    (a group picked from an English box, or an export read back, is that group, no label)."""
    source = GROUP_NAMES.get(group, group)
    return {_fold(group), _fold(source), _fold(_(source, "id"))}


def classify_group(value: object) -> tuple[str, str]:
    """(standard group, the village's label or "" when it is the group's own name)."""
    label = clean_text(value)[:MAX_LABEL_LENGTH]
    group = known_group(label) or "Lainnya"
    same = not label or _fold(label) in _names_folded(group)
    return group, "" if same else label


def group_choices(labels: list[str]) -> list[str]:
    """What a group box offers: the standard groups (in the chosen language), then the labels
    this event uses."""
    names = [group_name(g) for g in GROUPS]
    seen = {name.casefold() for name in names} | {g.casefold() for g in GROUPS}
    extra = sorted({label for label in labels if label and label.casefold() not in seen})
    return names[:-1] + extra + [names[-1]]


def group_with_labels(
    group: str, labels: list[str], lang: str | None = None, n: int | None = None
) -> str:
    """ "Perangkat Desa (BPD 2, Linmas 1)": a total's row with the village's own names in it;
    with `n`, the group's count after its name ("Perangkat Desa 3 (BPD 2, Linmas 1)")."""
    counts: dict[str, int] = {}
    for label in labels:
        if label:
            counts[label] = counts.get(label, 0) + 1
    name = group_name(group, lang) if n is None else f"{group_name(group, lang)} {n}"
    if not counts:
        return name
    inside = ", ".join(f"{label} {n}" for label, n in sorted(counts.items()))
    return f"{name} ({inside})"
