"""What went wrong with a file, in the facilitator's language.

The operating system's own text (`strerror`) is English on most Linux laptops and names
C-level causes ("File exists"); the causes a facilitator actually meets get a plain
sentence here, in the UI language. Anything else keeps the system's text.
"""

from __future__ import annotations

import errno

from kerinjing_desktop.core.i18n import N_, _

_REASONS = {
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.EACCES: N_("permission denied (choose another folder, e.g. Documents)"),
    errno.EPERM: N_("permission denied (choose another folder, e.g. Documents)"),
    errno.ENOSPC: N_("the disk is full (free some space or use a USB stick)"),
    errno.EROFS: N_("the disk is read-only (a locked SD card or a CD?)"),
    errno.EEXIST: N_("a file with that name is in the way"),
    errno.ENOTDIR: N_("a file is in the way where a folder should be"),
    errno.EISDIR: N_("that is a folder, not a file"),
    errno.EBUSY: N_("another program is using it (close it and try again)"),
    errno.EIO: N_("the disk could not be read or written (is the USB stick still in?)"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


def os_reason(error: BaseException) -> str:
    """A short, translated cause for an OSError; other errors keep their own message."""
    number = getattr(error, "errno", None)
    if number in _REASONS:
        return _(_REASONS[number])
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
