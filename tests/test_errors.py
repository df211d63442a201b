"""File errors reach the facilitator as a plain sentence in the UI language."""

from __future__ import annotations

import errno

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.store import StoreError, open_store


def test_common_causes_are_said_in_indonesian():
    """A full disk and a folder without permission read as Indonesian sentences."""
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")).startswith("disk penuh")
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).startswith(
        "tidak diizinkan"
    )


def test_english_when_the_ui_is_english():
    """The same cause in English when English is chosen."""
    i18n.set_language("en")
    assert os_reason(OSError(errno.EROFS, "Read-only file system")).startswith(
        "the disk is read-only"
    )


def test_other_errors_keep_their_own_text():
    """An errno we have no sentence for keeps the system's text; a plain error its message."""
    assert os_reason(OSError(errno.ENOTSOCK, "Socket operation on non-socket")) == (
        "Socket operation on non-socket"
    )
    assert os_reason(ValueError("rusak")) == "rusak"


def test_store_in_a_blocked_folder_says_why_in_indonesian(tmp_path):
    """Opening the store where a file blocks the folder names the cause, not 'File exists'."""
    blocker = tmp_path / "data"
    blocker.write_text("x")
    with pytest.raises(StoreError) as raised:
        open_store(blocker)
    assert "sudah ada berkas dengan nama itu" in str(raised.value)
    assert "File exists" not in str(raised.value)
