"""Dates as Indonesians write them: 21-09-2021, 21/9/2021, 21.9.21, 21 Sep 2021, 21 Agustus
2021 (and the ISO 2021-09-21 the app stores). Day first, always: 3/4/2021 is the 3rd of April.

A text that is not a date is refused with a sentence, never turned into another date.
"""

from __future__ import annotations

import datetime as dt
import re

from kerinjing_desktop.core.domain import MONTHS_EN, MONTHS_ID, ValidationError
from kerinjing_desktop.core.i18n import _

# Month names and the short forms people write, in both languages (lower case).
_MONTH_WORDS: dict[str, int] = {}
for _number, (_id_name, _en_name) in enumerate(zip(MONTHS_ID, MONTHS_EN, strict=True), 1):
    for _word in (_id_name, _en_name, _id_name[:3], _en_name[:3]):
        _MONTH_WORDS[_word.casefold()] = _number
_MONTH_WORDS.update({"agt": 8, "ags": 8, "sept": 9, "nop": 11, "pebruari": 2, "peb": 2})

_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})\s*[-/. ]\s*([^\W\d_]+)\.?\s*[-/. ]\s*(\d{2}|\d{4})")


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def parse_date(text: str) -> dt.date:
    """The date in `text`, or ValidationError saying how to write one."""
    typed = " ".join(str(text).split())
    day_month_year: tuple[int, int, int] | None = None
    if match := _ISO.fullmatch(typed):
        day_month_year = (int(match[3]), int(match[2]), int(match[1]))
    elif match := _NUMERIC.fullmatch(typed):
        day_month_year = (int(match[1]), int(match[2]), _year(match[3]))
    elif (match := _WORDS.fullmatch(typed)) and match[2].casefold() in _MONTH_WORDS:
        day_month_year = (int(match[1]), _MONTH_WORDS[match[2].casefold()], _year(match[3]))
    if day_month_year is not None:
        day, month, year = day_month_year
        try:
            if 1900 <= year <= 2200:
                return dt.date(year, month, day)
        except ValueError:
            pass
    if not typed:
        message = _("Type the date, like 21-09-2021 or 21 September 2021.")
    else:
        message = _("“{text}” is not a date. Type it like 21-09-2021 or 21 September 2021.")
    raise ValidationError([("date", message.format(text=typed))])


def typed_date(iso: str) -> str:
    """'2021-09-21' → '21-09-2021': how the event form shows a stored date."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def local_stamp(stamp: str | None) -> str:
    """A stored UTC time ('2026-12-05T11:28:56.878Z') as the laptop's clock shows it, the
    way people read it: '05-12-2026 18:28'. Empty for no time."""
    if not stamp:
        return ""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    return (
        f"{moment.day:02d}-{moment.month:02d}-{moment.year} {moment.hour:02d}:{moment.minute:02d}"
    )
