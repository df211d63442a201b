"""Translations without Qt: English source strings, gettext catalogues for the other languages.

Translators edit `translations/id.po` (a standard gettext catalogue: Poedit, Lokalize, Weblate
and `msgfmt` read it); `tools/i18n.py` extracts the marked strings from the code into it and
compiles it into `assets/i18n/id/LC_MESSAGES/kerinjing.mo`, which Python's own `gettext`
reads here. So the CLI, the printed documents and the core speak Indonesian without a
QApplication; Qt's `QTranslator` is left with Qt's own texts only (gui/app.py).
`tests/test_translations.py` fails when a marked string is missing from the .po, untranslated
or fuzzy there, or when the .mo is older than the .po.

What the extractor looks for, and what to use when:
- `_(text)`: a sentence or a label.
- `ngettext(singular, plural, n)`: a sentence with a count; the English singular and plural
  come out right, and Indonesian (one form) has one translation. Format it with `n` afterwards.
- `pgettext(context, text)`: a short text whose meaning needs a hint, so that "Q" for a
  question and a "Q" elsewhere can be translated apart; the context is never shown.
- `N_(text)`: marks a text where it is declared (a table of labels); `_()` translates it
  where it is shown.
Each takes an optional `lang` for a document made in another language than the window's.
English is the source language: it has no catalogue, and gettext's default rule gives its
plural (one, other). Indonesian is the default language.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from kerinjing_desktop.core.paths import asset_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
DOMAIN = "kerinjing"

_language = DEFAULT_LANGUAGE
_loaded: dict[str, gettext.NullTranslations] = {}


def locale_dir() -> Path:
    """The folder holding `<lang>/LC_MESSAGES/kerinjing.mo` (in a checkout or a bundle)."""
    return asset_path("i18n")


def translations(lang: str | None = None) -> gettext.NullTranslations:
    """The catalogue of `lang` (default: the current language), loaded once.

    A missing .mo gives the English source rather than a failure at start-up: the tests and
    the bundle build check that the Indonesian one is there.
    """
    lang = lang or _language
    if lang not in _loaded:
        if lang == "en":
            _loaded[lang] = gettext.NullTranslations()
        else:
            _loaded[lang] = gettext.translation(
                DOMAIN, locale_dir(), languages=[lang], fallback=True
            )
    return _loaded[lang]


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    global _language
    _language = lang


def language() -> str:
    return _language


def _(message: str, lang: str | None = None) -> str:
    """Translate an English source string into the current (or the given) language."""
    if not message:
        return message  # gettext("") would return the catalogue's header
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The form of a counted sentence that fits `n` (format it with `n` afterwards)."""
    return translations(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str, lang: str | None = None) -> str:
    """Translate a short text told apart by `context` (a hint for the translator, never shown)."""
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a string for translation where it is declared; translate it with `_()` when shown."""
    return message
