"""Translations without Qt: English source strings, Indonesian from Qt Linguist `.ts` files.

The `.ts` files under `assets/i18n/` are the source (Qt's tools read them too). `tools/i18n.py
qm` compiles them into `kerinjing_id.qm` for Qt's own texts and into `kerinjing_id.json`, the
catalogue read here: one small file instead of parsing every `.ts` at start-up, and no XML
parser on the start path. `tests/test_translations.py` fails when the two disagree.
Indonesian is the default language.
"""

from __future__ import annotations

import json
from pathlib import Path

from kerinjing_desktop.core.paths import asset_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_language = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, str]] = {}


def catalogue_path(lang: str) -> Path:
    return asset_path("i18n", f"kerinjing_{lang}.json")


def catalogue(lang: str) -> dict[str, str]:
    """Source → finished translation for `lang`, compiled from all its `.ts` files."""
    if lang not in _catalogues:
        try:
            text = catalogue_path(lang).read_text(encoding="utf-8")
        except FileNotFoundError:
            text = "{}"  # English is the source: it has no catalogue
        _catalogues[lang] = json.loads(text)
    return _catalogues[lang]


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    global _language
    _language = lang


def language() -> str:
    return _language


def _(source: str, lang: str | None = None) -> str:
    """Translate an English source string into the current (or the given) language."""
    lang = lang or _language
    if lang == "en":
        return source
    return catalogue(lang).get(source, source)


def N_(source: str) -> str:
    """Mark a string for translation where it is declared; translate it with `_()` when shown."""
    return source
