"""Translations without Qt: English source strings, Indonesian from Qt Linguist `.ts` files.

The same `.ts` files serve Qt's tools (lupdate/lrelease/linguist); reading them here keeps
the CLI, the reports and the widgets on one catalogue. Indonesian is the default language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kerinjing_desktop.core.paths import asset_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_language = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, str]] = {}


def load_ts(path: Path) -> dict[str, str]:
    """Source → finished translation from one `.ts` file (unfinished entries are skipped)."""
    catalogue: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "").startswith("Q"):
            continue  # Qt's own widgets (QFileDialog, …): for the compiled .qm only
        _read_messages(context, catalogue)
    return catalogue


def _read_messages(context: ET.Element, catalogue: dict[str, str]) -> None:
    for message in context.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
            continue
        if node.text:
            catalogue[source] = node.text


def catalogue(lang: str) -> dict[str, str]:
    """All `assets/i18n/*_<lang>.ts` files merged (one file per feature avoids edit clashes)."""
    if lang not in _catalogues:
        merged: dict[str, str] = {}
        for path in sorted(asset_path("i18n").glob(f"*_{lang}.ts")):
            merged.update(load_ts(path))
        _catalogues[lang] = merged
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
