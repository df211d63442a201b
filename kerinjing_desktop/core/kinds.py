"""The closed sets of words the data is made of: gender, role, test, kind of note, a score
cell's state and a question's kind.

Each is a string enum whose members are the very words the store, the files, the bundles and
every `--json` output have always held ("L", "pre", "fgd"): a member *is* that string, so it
prints, sorts and serialises as before, and code compares members instead of retyping
letters (a typo in a member's name fails at import; one in a bare string was silently never
equal). Words a person types or a file holds become a member in one place per kind:
`domain.parse_gender`, `parse_test_kind`, `parse_note_kind` and `parse_role` here; anything
else is refused with the same words as before.

sqlite-utils cannot create a table from a row holding an enum (it looks column types up by
the value's exact type), so the store writes the plain word (`str(member)`, which also takes a
word from a caller that still passes one); plain sqlite3 binds either.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    """As on every Indonesian form (stored so; shown M/F in English, see domain)."""

    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class Role(StrEnum):
    """What a registered person was at the event; it goes on the certificate."""

    PARTICIPANT = "peserta"
    SPEAKER = "narasumber"
    ORGANISER = "panitia"


class TestKind(StrEnum):
    """The test before the sessions and the same test after them."""

    __test__ = False  # pytest: not a test class (a dunder, so not a member either)

    PRE = "pre"
    POST = "post"


class NoteKind(StrEnum):
    """The kinds of notes of the day, in the order the store lists them."""

    PRESURVEY = "presurvey"
    FGD = "fgd"
    FINDING = "finding"
    OTHER = "other"


class CellState(StrEnum):
    """What one question's cell of a test paper holds (the store's CHECK allows these only)."""

    SCORED = "scored"  # a score, or a letter the app scored
    UNANSWERED = "unanswered"  # nothing yet: counts 0 inside a test the participant took
    ABSENT = "absent"  # the participant missed the whole test


class QuestionKind(StrEnum):
    """How a question is answered: in writing, scored by hand, or with a letter the app scores
    against the key."""

    OPEN = "open"
    CHOICE = "choice"
    TRUEFALSE = "truefalse"


# The words a scores file's `test` column may hold (case and surrounding blanks do not count).
TEST_ALIASES = {
    "pre": TestKind.PRE, "pretest": TestKind.PRE, "pre-test": TestKind.PRE,
    "awal": TestKind.PRE, "tes awal": TestKind.PRE,
    "post": TestKind.POST, "posttest": TestKind.POST, "post-test": TestKind.POST,
    "akhir": TestKind.POST, "tes akhir": TestKind.POST,
}  # fmt: skip


def parse_test_kind(value: object) -> TestKind | None:
    """'Pre-test', 'awal', 'POST' → the test; None when the word names neither."""
    return TEST_ALIASES.get(str(value).strip().casefold())


def parse_note_kind(value: object) -> NoteKind | None:
    """A stored or chosen kind of note; None for any other word."""
    try:
        return NoteKind(str(value))
    except ValueError:
        return None


def parse_role(value: object) -> Role | None:
    """A stored or chosen role; None for any other word."""
    try:
        return Role(str(value))
    except ValueError:
        return None
