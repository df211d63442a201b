"""argparse's own messages ("the following arguments are required", "invalid choice",
"usage:") in the app's language.

argparse looks its words up at the moment it says them, through its module-level names `_`
and `ngettext` (gettext's default domain, which has no Indonesian catalogue for it). Pointing
those two names at the app's catalogue makes a usage error read in the language of every
other line.
The sources below are argparse's own message ids (Python 3.11); a message a later Python
words differently stays English until it is added here.
"""

from __future__ import annotations

import argparse

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.i18n import N_, ngettext

MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
)


def _gettext(message: str) -> str:
    return i18n._(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":  # argparse's one plural, written out for extraction
        return ngettext("expected %s argument", "expected %s arguments", n)
    return ngettext(singular, plural, n)


def install() -> None:
    """From now on argparse speaks the language chosen with `i18n.set_language`."""
    setattr(argparse, "_", _gettext)  # noqa: B010 (names typeshed does not declare)
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
