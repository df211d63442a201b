"""core/i18n.py's promises: Indonesian unless told otherwise (in a fresh process too), English
as the source text, a missing catalogue gives English rather than a failure, an unknown
language refused in words, and each helper returning the text it was given or translated."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import N_, _, ngettext, pgettext


def test_a_fresh_program_speaks_indonesian():
    code = "from kerinjing_desktop.core.i18n import _, language; print(language(), _('Other'))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["id", "Lainnya"]


def test_the_current_language_and_the_one_asked_for():
    assert (i18n.language(), _("Students")) == ("id", "Pelajar")
    assert _("Students", "en") == "Students"
    i18n.set_language("en")
    assert (i18n.language(), _("Students"), _("Students", "id")) == ("en", "Students", "Pelajar")


def test_an_unknown_language_is_refused_and_the_language_kept():
    with pytest.raises(ValueError) as raised:
        i18n.set_language("fr")
    assert str(raised.value) == "unknown language 'fr'; use one of id, en"
    assert i18n.language() == "id"
    assert i18n.LANGUAGES == ("id", "en")


def test_a_language_without_a_catalogue_reads_the_english_source():
    assert i18n.translations("fr").gettext("Students") == "Students"
    assert i18n.translations("id") is i18n.translations("id")  # loaded once
    assert (i18n.locale_dir() / "id" / "LC_MESSAGES" / "kerinjing.mo").is_file()


def test_an_empty_text_stays_empty_not_the_catalogues_header():
    assert _("") == "" and _("", "en") == ""


def test_counted_sentences_and_marked_texts():
    assert ngettext("expected %s argument", "expected %s arguments", 1, "en") == (
        "expected %s argument"
    )
    assert ngettext("expected %s argument", "expected %s arguments", 2, "en") == (
        "expected %s arguments"
    )
    assert ngettext("expected %s argument", "expected %s arguments", 2) == "perlu %s nilai"
    assert pgettext("a hint", "Students", "en") == "Students"
    assert N_("Students") == "Students"
