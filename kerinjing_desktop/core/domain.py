"""Domain values and their validation: events, people, participants.

Values are plain dataclasses; the store turns rows into them. Validation returns messages in
the current language (never raises on bad input a facilitator typed).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from kerinjing_desktop.core.i18n import N_, _, pgettext
from kerinjing_desktop.core.kinds import Gender, Role

GENDERS = tuple(Gender)  # laki-laki, perempuan: the letters on every Indonesian form


def gender_label(code: str) -> str:
    """The stored L/P in the app's language: 'L' → 'M' in English, 'L' in Indonesian (an
    unknown code is shown as stored)."""
    if code == Gender.MALE:
        return pgettext("male or female, one letter", "M")
    if code == Gender.FEMALE:
        return pgettext("male or female, one letter", "F")
    return code


# The standard groups the totals count by. A village's own label ("Kader Posyandu", "BPD")
# is kept beside its group (see core/groups.py); prospective migrant workers (Calon PMI), the
# key audience, and returned ones (Purna PMI) are groups of their own.
GROUPS = (
    "PKK", "Karang Taruna", "Pelajar", "Perangkat Desa", "Tokoh Masyarakat", "Calon PMI",
    "Purna PMI", "Lainnya",
)  # fmt: skip
# Age bands of the programme's reach: the event's year minus the birth year, below each limit.
AGE_LIMITS = ((18, "<18"), (25, "18-24"), (35, "25-34"), (50, "35-49"))
OLDEST_BAND, UNKNOWN_AGE = "50+", "?"
AGE_BANDS = (*(band for _limit, band in AGE_LIMITS), OLDEST_BAND, UNKNOWN_AGE)


def age_band(event_date: str, birth_year: int | None) -> str:
    if birth_year is None:
        return UNKNOWN_AGE
    age = int(event_date[:4]) - birth_year
    return next((band for limit, band in AGE_LIMITS if age < limit), OLDEST_BAND)


ROLES = tuple(Role)
ROLE_LABELS = {
    Role.PARTICIPANT: N_("Participant"),
    Role.SPEAKER: N_("Speaker"),
    Role.ORGANISER: N_("Organiser"),
}
MAX_NAME_LENGTH = 200
MIN_AGE, MAX_AGE = 5, 120


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    village: str
    date: str  # ISO yyyy-mm-dd
    kecamatan: str = ""
    kabupaten: str = ""
    venue: str = ""
    facilitators: str = ""
    notes: str = ""
    presurvey_notes: str = ""

    @property
    def year(self) -> int:
        return int(self.date[:4])


@dataclass(frozen=True)
class Participant:
    """One registration of a person at an event, with the person's details."""

    registration_id: str
    person_id: str
    code: str
    name: str
    gender: Gender
    birth_year: int | None
    group: str
    phone: str
    consent: bool
    role: Role
    checked_in_at: str | None
    event_year: int
    group_label: str = ""  # what the village called the group ("" = the group's own name)

    @property
    def group_shown(self) -> str:
        """The village's label, else the group's name in the chosen language: what lists and
        papers show."""
        from kerinjing_desktop.core.groups import shown_group  # groups imports this module

        return shown_group(self.group, self.group_label)

    @property
    def age(self) -> int | None:
        return None if self.birth_year is None else self.event_year - self.birth_year

    @property
    def attended(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True)
class PersonInput:
    """What a facilitator types or a file row holds, after validation."""

    name: str
    gender: Gender
    age: int | None = None
    group: str = "Lainnya"
    phone: str = ""
    consent: bool = True
    group_label: str = ""  # the village's own name for the group, when not the group's name


class ValidationError(ValueError):
    """Bad input; `problems` are (field, message) pairs in the current language."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(message for _field, message in problems))
        self.problems = problems


def clean_text(value: object) -> str:
    """Trim, fold runs of whitespace, drop control characters (they break PDFs and CSVs)."""
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # printable text has no control (C*) characters: skip the
        # per-character look-up, which was most of validating a 100,000-row list
        text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(text.split())


def name_key(name: str) -> str:
    """The form in which two names count as the same (for duplicate flags and reuse)."""
    return clean_text(name).casefold()


# Marks that people type or leave out freely inside a name: Ma'ruf = Maruf, Nur-Aini = Nuraini.
_IGNORED_IN_SEARCH = dict.fromkeys(map(ord, "'`´‘’ʼʻ\"-‐‑‒–—_."), None)


def search_key(text: str) -> str:
    """The one form in which a typed search and a name are compared, everywhere a person is
    searched: case, diacritics (Ṡiti = Siti), apostrophes and hyphens do not count.

    Words stay apart (a search "siti am" is the words "siti" and "am").
    """
    decomposed = unicodedata.normalize("NFKD", clean_text(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().translate(_IGNORED_IN_SEARCH).split())


def matches_search(words: list[str], key: str) -> bool:
    """True when every searched word (from `search_key(typed).split()`) is in `key`."""
    return all(word in key for word in words)


# The words lists and people use for a gender, folded (lower case, hyphens as spaces).
_GENDER_WORDS = {
    **dict.fromkeys(("l", "lk", "laki laki", "laki", "pria", "m", "male"), Gender.MALE),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "f", "female", "w"), Gender.FEMALE),
}


def parse_gender(value: object) -> Gender | None:
    """The one reading of a typed or imported gender ("Laki-laki", "M", "p" …); None when
    the words name neither (the caller says so in the user's language)."""
    return _GENDER_WORDS.get(clean_text(value).casefold().replace("-", " "))


def parse_group(value: object) -> str | None:
    """The standard group for a label; None when the label names no known group."""
    from kerinjing_desktop.core.groups import known_group

    return known_group(value)


def parse_age(value: object) -> tuple[int | None, str | None]:
    """An age in years (blank allowed) → (age, error message)."""
    text = clean_text(value).casefold().removesuffix("tahun").removesuffix("thn").strip()
    if not text:
        return None, None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None, _("age must be a number of years, not “{value}”").format(value=value)
    if not number.is_integer() or not MIN_AGE <= number <= MAX_AGE:
        return None, _("age must be a whole number from {low} to {high}").format(
            low=MIN_AGE, high=MAX_AGE
        )
    return int(number), None


def parse_phone(value: object) -> tuple[str, str | None]:
    text = clean_text(value)
    if not text:
        return "", None
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("'"):  # Excel's text marker
        digits = digits[1:]
    if not re.fullmatch(r"\+?\d{6,15}", digits):
        return "", _("phone number “{value}” is not a number").format(value=text)
    return digits, None


def validate_person(
    name: object,
    gender: object,
    age: object = "",
    group: object = "",
    phone: object = "",
    consent: bool = True,
) -> PersonInput:
    """Validate one person's fields; raises ValidationError listing every problem."""
    problems: list[tuple[str, str]] = []
    clean_name = clean_text(name)
    if not clean_name:
        problems.append(("name", _("name is empty")))
    elif len(clean_name) > MAX_NAME_LENGTH:
        problems.append(("name", _("name is longer than {n} characters").format(n=MAX_NAME_LENGTH)))
    parsed_gender = parse_gender(gender)
    if parsed_gender is None:
        shown = clean_text(gender)
        problems.append(
            ("gender", _("gender must be L or P, not “{value}”").format(value=shown))
            if shown
            else ("gender", _("gender is empty (L or P)"))
        )
    parsed_age, age_error = parse_age(age)
    if age_error:
        problems.append(("age", age_error))
    from kerinjing_desktop.core.groups import classify_group

    parsed_group, group_label = classify_group(group)
    parsed_phone, phone_error = parse_phone(phone)
    if phone_error:
        problems.append(("phone", phone_error))
    if problems or parsed_gender is None:  # no gender is always one of the problems
        raise ValidationError(problems)
    return PersonInput(
        name=clean_name,
        gender=parsed_gender,
        age=parsed_age,
        group=parsed_group,
        phone=parsed_phone,
        consent=consent,
        group_label=group_label,
    )


def validate_event(
    title: object, village: object, date: object, **optional: object
) -> dict[str, str]:
    """Validate an event's fields; returns the cleaned fields or raises ValidationError."""
    problems: list[tuple[str, str]] = []
    fields = {"title": clean_text(title), "village": clean_text(village)}
    if not fields["title"]:
        problems.append(("title", _("the event needs a title")))
    if not fields["village"]:
        problems.append(("village", _("the event needs a village")))
    date_text = clean_text(date)
    try:
        fields["date"] = dt.date.fromisoformat(date_text).isoformat()
    except ValueError:
        problems.append(
            ("date", _("date must be YYYY-MM-DD, not “{value}”").format(value=date_text))
        )
    for key in ("kecamatan", "kabupaten", "venue", "facilitators"):
        fields[key] = clean_text(optional.get(key, ""))
    for key in ("notes", "presurvey_notes"):  # multi-line text keeps its line breaks
        fields[key] = str(optional.get(key) or "").strip()
    if problems:
        raise ValidationError(problems)
    return fields


def format_code(seq: int) -> str:
    return f"P-{seq:03d}"


def normalize_code(text: str) -> str | None:
    """'p-7', 'P7', '7', 'P-007' → 'P-007'; None if it is not a participant code."""
    match = re.fullmatch(r"(?:p\s*-?\s*)?(\d{1,6})", text.strip(), re.IGNORECASE)
    return format_code(int(match.group(1))) if match else None


MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_date(iso: str, lang: str, weekday: bool = False) -> str:
    """'2021-09-21' → '21 September 2021' (or 'Selasa, 21 September 2021')."""
    day = dt.date.fromisoformat(iso)
    months, days = (MONTHS_ID, DAYS_ID) if lang == "id" else (MONTHS_EN, DAYS_EN)
    text = f"{day.day} {months[day.month - 1]} {day.year}"
    return f"{days[day.weekday()]}, {text}" if weekday else text
