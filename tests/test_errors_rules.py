"""Each cause of a file error a facilitator meets, in its words in both languages
(core/errors.py), and what every other error shows instead."""

from __future__ import annotations

import errno

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.errors import os_reason

ENGLISH = {
    errno.ENOENT: "the file or folder does not exist",
    errno.EACCES: "permission denied (choose another folder, e.g. Documents)",
    errno.EPERM: "permission denied (choose another folder, e.g. Documents)",
    errno.ENOSPC: "the disk is full (free some space or use a USB stick)",
    errno.EROFS: "the disk is read-only (a locked SD card or a CD?)",
    errno.EEXIST: "a file with that name is in the way",
    errno.ENOTDIR: "a file is in the way where a folder should be",
    errno.EISDIR: "that is a folder, not a file",
    errno.EBUSY: "another program is using it (close it and try again)",
    errno.EIO: "the disk could not be read or written (is the USB stick still in?)",
    errno.ENAMETOOLONG: "the name is too long",
}


@pytest.mark.parametrize("number", sorted(ENGLISH))
def test_each_cause_in_english(number):
    i18n.set_language("en")
    assert os_reason(OSError(number, "system text")) == ENGLISH[number]


@pytest.mark.parametrize("number", sorted(ENGLISH))
def test_each_cause_in_indonesian(number):
    """Indonesian by default: a translated sentence, never the English one or the system's."""
    said = os_reason(OSError(number, "system text"))
    assert said == i18n._(ENGLISH[number], "id")
    assert said not in (ENGLISH[number], "system text", "")


def test_the_indonesian_sentences_a_facilitator_meets_most():
    assert os_reason(OSError(errno.ENOSPC, "x")).startswith("disk penuh")
    assert os_reason(OSError(errno.EEXIST, "x")).startswith("sudah ada berkas dengan nama itu")


def test_an_error_raised_by_the_system_is_read_by_its_number(tmp_path):
    i18n.set_language("en")
    with pytest.raises(OSError) as raised:
        (tmp_path / "missing" / "file.txt").read_text()
    assert os_reason(raised.value) == "the file or folder does not exist"


def test_other_errors_keep_their_system_text_then_their_message_then_their_type():
    assert os_reason(OSError(errno.ENOTSOCK, "Socket operation on non-socket")) == (
        "Socket operation on non-socket"
    )
    assert os_reason(OSError("no number")) == "no number"
    assert os_reason(ValueError("rusak")) == "rusak"
    assert os_reason(TimeoutError()) == "TimeoutError"
