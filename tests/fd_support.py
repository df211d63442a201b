"""Which files this test process holds open: the store and lock tests check that a failed or
finished operation leaves no descriptor behind (Linux's /proc/self/fd)."""

from __future__ import annotations

import os


def open_in(folder) -> list[str]:
    """The files inside `folder` this process has open (other threads' files do not count)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed since the listing
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found
