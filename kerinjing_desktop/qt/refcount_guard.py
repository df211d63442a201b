"""Work around a PySide6 6.12 bug on Python 3.11: every call of a Qt method that returns
`void` drops one reference to `None` (measured: 100 `QObject.setObjectName` calls → None's
refcount falls by 100). None starts with ~5,000 references, so after a few thousand calls
(typing scores, repainting a table) Python aborts with "none_dealloc: deallocating None".

`protect_singletons()` adds a large reserve of references to None, True and False (objects
that are never freed anyway), which makes the leak harmless. Python 3.12+ makes these
objects immortal, so there it does nothing. Call it once at start-up; calling again is a
no-op.
"""

from __future__ import annotations

import ctypes
import sys

# The PySide6 whose leak this measures and works around; pyproject.toml pins it and
# tests/test_locked_deps.py checks the installed one. A new PySide6: measure again, then move both.
PYSIDE6_VERSION = "6.12.0"
RESERVE = 1 << 40
_done = False


def protect_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _done = True
