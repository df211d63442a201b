"""The article's reference list, read from the sources the bundled deck cites.

Each slide's `Source:` line names works with a locator ("UU No. 21 Tahun 2007, Pasal 1 angka
1; UU No. 18 Tahun 2017, Pasal 5"). The work is what is left after the locator; each work is
listed once, in APA style (author. (year). *title*. publisher). Works we can name in full (the
laws) are written out; any other source keeps its own words and asks the authors to complete
it. The list follows the deck: edit the deck, the list follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kerinjing_desktop.core.deck import parse_deck
from kerinjing_desktop.core.i18n import _, pgettext
from kerinjing_desktop.core.paths import asset_path

_LOCATOR = re.compile(
    r",?\s*\b(?:pasal|articles?|ayat|angka|points?|halaman|hal\.|pages?|pp?\.)(?=\W|$).*$",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\([^()]*\)")
_LAW = re.compile(r"\b(?:UU|Law)\s+No\.?\s*(\d+)\s+(?:Tahun|of)\s+(\d{4})", re.IGNORECASE)
_JOURNAL = re.compile(r"\bKumawula\b\D*(\d{4})", re.IGNORECASE)
# Laws the deck cites: (number, year) → Indonesian title and State Gazette number.
LAWS = {
    ("21", "2007"): ("Pemberantasan Tindak Pidana Perdagangan Orang", "2007 Nomor 58"),
    ("18", "2017"): ("Pelindungan Pekerja Migran Indonesia", "2017 Nomor 242"),
}


@dataclass(frozen=True)
class Reference:
    """One entry: `author. (year). title. rest` with the title in italics."""

    author: str
    year: str
    title: str
    rest: str = ""
    to_complete: str = ""  # what the authors still have to add (a marked prompt)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.author.lower().lstrip("["), self.year, self.title.lower())


def works(sources: list[str]) -> list[str]:
    """The distinct works behind the deck's source lines, in order of first citation.
    Remarks in parentheses go first (they may hold a `;`), then each `;` part loses its
    locator ("Pasal 1", "Article 5", "hal. 3")."""
    seen: dict[str, str] = {}
    for line in sources:
        for part in _PAREN.sub("", line).split(";"):
            work = _LOCATOR.sub("", part).strip(" ,.")
            if work:
                seen.setdefault(work.casefold(), work)
    return list(seen.values())


def reference(work: str, lang: str) -> Reference:
    law = _LAW.search(work)
    if law and law.groups() in LAWS:
        number, year = law.groups()
        title, gazette = LAWS[(number, year)]
        if lang == "id":
            return Reference(
                "Republik Indonesia", year,
                f"Undang-Undang Nomor {number} Tahun {year} tentang {title}",
                f"Lembaran Negara Republik Indonesia Tahun {gazette}.",
            )  # fmt: skip
        return Reference(
            "Republic of Indonesia", year,
            f"Law No. {number} of {year} on {_english_law(number)}",
            f"(Undang-Undang Nomor {number} Tahun {year} tentang {title}). "
            f"State Gazette {gazette.replace('Nomor', 'No.')}.",
        )  # fmt: skip
    journal = _JOURNAL.search(work)
    if journal:
        return Reference(
            "[" + _("Authors", lang) + "]",
            journal.group(1),
            "[" + _("Title of the article", lang) + "]",
            "Kumawula: Jurnal Pengabdian Kepada Masyarakat.",
            _("authors, title, volume, issue, pages and DOI of the Kerinjing article", lang),
        )
    author, _comma, when = work.partition(",")
    years = re.findall(r"\b(?:19|20)\d\d\b", when or author)
    ask = _("the full reference for “{work}”: author, title, publisher or web address", lang)
    return Reference(
        author[:1].upper() + author[1:] if when else work,
        ", ".join(dict.fromkeys(years)) or pgettext("no date, in a citation", "n.d.", lang),
        "",
        "",
        ask.format(work=work),
    )


def _english_law(number: str) -> str:
    return {
        "21": "the Eradication of the Criminal Act of Trafficking in Persons",
        "18": "the Protection of Indonesian Migrant Workers",
    }[number]


@cache
def deck_references(lang: str) -> tuple[Reference, ...]:
    """The bundled deck's works in `lang`, sorted as APA sorts them (author, then year)."""
    text = asset_path("deck", f"tppo_{lang}.md").read_text(encoding="utf-8")
    sources = [slide.source for slide in parse_deck(text).slides if slide.source]
    found = {}
    for work in works(sources):
        entry = reference(work, lang)
        found.setdefault((entry.author, entry.year, entry.title), entry)
    return tuple(sorted(found.values(), key=lambda r: r.sort_key))
