"""One word for one thing: the glossary (tools/glossary.toml) is followed by every screen,
document, the deck and the bundled content, in both languages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "tools" / "glossary.toml"
PO_FILE = ROOT / "translations" / "id.po"  # Qt's own widgets (the .ts) keep Qt's vocabulary


def _terms() -> list[dict]:
    with GLOSSARY.open("rb") as handle:
        return tomllib.load(handle)["term"]


def _app_texts() -> dict[str, list[tuple[str, str]]]:
    """(where, text) pairs: English sources and Indonesian translations of the app's strings."""
    texts: dict[str, list[tuple[str, str]]] = {"id": [], "en": []}
    with PO_FILE.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue  # the header
        sources = [message.id] if isinstance(message.id, str) else list(message.id)
        forms = message.string if isinstance(message.string, tuple | list) else [message.string]
        where = f"{PO_FILE.name}: {sources[0][:50]}"
        texts["en"] += [(where, source) for source in sources]
        texts["id"] += [(where, form) for form in forms if form]
    return texts


def _content_texts(node, where: str, lang: str):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == lang and isinstance(value, (str, list)):
                values = value if isinstance(value, list) else [value]
                yield from ((f"{where}.{key}", v) for v in values if isinstance(v, str))
            elif key not in ("id", "en"):
                yield from _content_texts(value, f"{where}.{key}", lang)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _content_texts(item, f"{where}[{index}]", lang)


def corpus(lang: str) -> list[tuple[str, str]]:
    """Everything a user reads in `lang`: screens and documents, the deck, the content."""
    texts = list(_app_texts()[lang])
    deck = ROOT / "assets" / "deck" / f"tppo_{lang}.md"
    texts += [(f"{deck.name}:{n}", line) for n, line in enumerate(deck.read_text().splitlines(), 1)]
    for path in sorted((ROOT / "assets" / "content").glob("*.toml")):
        with path.open("rb") as handle:
            texts += list(_content_texts(tomllib.load(handle), path.name, lang))
    return texts


def violations(terms: list[dict], texts: list[tuple[str, str]], lang: str) -> list[str]:
    found = []
    for term in terms:
        allowed = set(term.get("allow_whole", {}).get(lang, []))
        for pattern in term.get("banned", {}).get(lang, []):
            regex = re.compile(pattern, re.IGNORECASE)
            for where, text in texts:
                if text.strip() not in allowed and regex.search(text):
                    found.append(f"{where}: {text[:80]!r} — write {term[lang]!r}")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_banned_variant_anywhere(lang):
    """Each banned variant of a glossary term is absent from what users read."""
    found = violations(_terms(), corpus(lang), lang)
    assert not found, "\n".join(found)


def test_the_check_flags_each_example_of_the_issue():
    """The variants a facilitator tripped over are caught, their preferred forms are not."""
    terms = _terms()
    caught = [
        "Hasil pre-test dan post-test",
        "Tampilkan jendela peserta",
        "Tambah jeda di sini",
        "Acara & pra-survei",
        "pindahkan data antar-laptop",
        "Berkas film kosong (0 bita)",
        "SAPA 129 (KemenPPPA)",
        "Lewat pemerintah (BP2MI)",
        "Stop perdagangan orang",
        "pekerja migran non-prosedural",
        "pendidikan non formal",
        "lowongan kerja online",
    ]
    fine = [
        "Hasil tes awal dan tes akhir",
        "Tampilkan jendela penonton",
        "Tambah jeda diskusi di sini",
        "Jeda",
        "Acara & prasurvei",
        "kerja sama antarnegara",
        "Kementerian P2MI (dahulu BP2MI)",
        "Peraturan BP2MI No. 9 Tahun 2020",
        "Hentikan perdagangan orang",
        "pekerja migran nonprosedural",
        "warga non-Indonesia",
        "lowongan kerja daring",
    ]
    for text in caught:
        assert violations(terms, [("example", text)], "id"), text
    assert not violations(terms, [(str(i), t) for i, t in enumerate(fine)], "id")
