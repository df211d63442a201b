"""Every string shown to a person has a finished Indonesian translation."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from kerinjing_desktop.core.i18n import catalogue

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_tool)
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_every_source_string_is_translated():
    """No `_()` or `N_()` string in the package lacks a finished Indonesian translation."""
    missing = i18n_tool.missing("id")
    assert not missing, "untranslated:\n" + "\n".join(f"{w}: {s}" for s, w in missing.items())


def test_translations_keep_their_placeholders():
    """A translation uses exactly the {placeholders} of its source (else .format() fails)."""
    wrong = [
        source
        for source, translated in catalogue("id").items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translated))
    ]
    assert not wrong, wrong
