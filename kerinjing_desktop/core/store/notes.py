"""Notes of the day (pre-survey, FGD by topic, findings) and the village's commitments.

Any note or commitment can be marked sensitive (possible victims, named people): reports and
exports leave those out unless the facilitator asks for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.kinds import NoteKind, parse_note_kind
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import records, value

NOTE_KINDS = tuple(NoteKind)
MAX_NOTE_LENGTH = 20_000


@dataclass(frozen=True)
class Note:
    id: str
    event_id: str
    kind: NoteKind
    topic: str
    body: str
    sensitive: bool
    position: int


@dataclass(frozen=True)
class Commitment:
    id: str
    event_id: str
    position: int
    text: str
    sensitive: bool


def _clean_body(body: str) -> str:
    # Multi-line text keeps its line breaks; trailing blanks and NULs (they break PDFs) go.
    text = "\n".join(line.rstrip() for line in str(body).replace("\x00", "").splitlines())
    return text.strip()


def _check_note(kind: str, body: str) -> NoteKind:
    """The kind as a member, when the kind and the body are fit to store."""
    problems = []
    parsed = parse_note_kind(kind)
    if parsed is None:
        problems.append(("kind", _("unknown kind of note: {kind}").format(kind=kind)))
    if not body:
        problems.append(("body", _("the note is empty")))
    elif len(body) > MAX_NOTE_LENGTH:
        problems.append(
            ("body", _("the note is longer than {n} characters").format(n=MAX_NOTE_LENGTH))
        )
    if problems or parsed is None:  # an unknown kind is always one of the problems
        raise ValidationError(problems)
    return parsed


def list_notes(
    store: Store, event_id: str, include_sensitive: bool = True, kind: str | None = None
) -> list[Note]:
    sql = (
        "SELECT id, event_id, kind, topic, body, sensitive, position FROM notes "
        "WHERE event_id = ? AND (? OR sensitive = 0) AND (? IS NULL OR kind = ?) "
        "ORDER BY kind, position, created_at"
    )
    parameters = [event_id, int(include_sensitive), kind, kind]
    return records(store, Note, sql, parameters, kind=NoteKind, sensitive=bool)


@writes(OpChanges.NOTES)
def add_note(
    store: Store, event_id: str, kind: str, body: str, topic: str = "", sensitive: bool = False
) -> Note:
    body = _clean_body(body)
    chosen = _check_note(kind, body)
    position = value(
        store,
        "SELECT coalesce(max(position), 0) + 1 FROM notes WHERE event_id = ? AND kind = ?",
        [event_id, chosen.value],
    )
    row = store.row_meta() | {
        "event_id": event_id,
        "kind": chosen.value,
        "topic": " ".join(str(topic).split()),
        "body": body,
        "sensitive": int(sensitive),
        "position": position,
    }
    store.db.table("notes").insert(row)
    return Note(row["id"], event_id, chosen, row["topic"], body, sensitive, position)


@writes(OpChanges.NOTES)
def update_note(
    store: Store,
    note_id: str,
    body: str,
    topic: str | None = None,
    sensitive: bool | None = None,
    kind: str | None = None,
) -> None:
    body = _clean_body(body)
    chosen = _check_note(kind or NoteKind.OTHER, body)
    changes: dict = {"body": body}
    if kind is not None:
        changes["kind"] = chosen.value
    if topic is not None:
        changes["topic"] = " ".join(topic.split())
    if sensitive is not None:
        changes["sensitive"] = int(sensitive)
    store.db.table("notes").update(note_id, changes | store.touch())


@writes(OpChanges.NOTES)
def delete_note(store: Store, note_id: str) -> None:
    store.execute("DELETE FROM notes WHERE id = ?", [note_id])


def list_commitments(
    store: Store, event_id: str, include_sensitive: bool = True
) -> list[Commitment]:
    return records(
        store,
        Commitment,
        "SELECT id, event_id, position, text, sensitive FROM commitments "
        "WHERE event_id = ? AND (? OR sensitive = 0) ORDER BY position, created_at",
        [event_id, int(include_sensitive)],
        sensitive=bool,
    )


def _check_commitment(text: str) -> str:
    cleaned = _clean_body(text)
    if not cleaned:
        raise ValidationError([("text", _("the commitment is empty"))])
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise ValidationError(
            [("text", _("the note is longer than {n} characters").format(n=MAX_NOTE_LENGTH))]
        )
    return cleaned


@writes(OpChanges.COMMITMENTS)
def add_commitment(store: Store, event_id: str, text: str, sensitive: bool = False) -> Commitment:
    """One more line at the end of the list (its first typed letter stores it)."""
    cleaned = _check_commitment(text)
    position = value(
        store, "SELECT coalesce(max(position), 0) + 1 FROM commitments WHERE event_id = ?",
        [event_id],
    )  # fmt: skip
    row = store.row_meta() | {
        "event_id": event_id,
        "position": position,
        "text": cleaned,
        "sensitive": int(sensitive),
    }
    store.db.table("commitments").insert(row)
    return Commitment(row["id"], event_id, position, cleaned, sensitive)


@writes(OpChanges.COMMITMENTS)
def update_commitment(
    store: Store, commitment_id: str, text: str | None = None, sensitive: bool | None = None
) -> None:
    """Save one line as it is typed (or its sensitive mark as it is ticked)."""
    changes: dict = {}
    if text is not None:
        changes["text"] = _check_commitment(text)
    if sensitive is not None:
        changes["sensitive"] = int(sensitive)
    if changes:
        store.db.table("commitments").update(commitment_id, changes | store.touch())


@writes(OpChanges.COMMITMENTS)
def delete_commitment(store: Store, commitment_id: str) -> None:
    store.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])


@writes(OpChanges.COMMITMENTS)
def order_commitments(store: Store, ids: Sequence[str]) -> None:
    """Number the lines in the order given (after Up/Down), in one transaction."""
    with store.db.atomic():
        for position, commitment_id in enumerate(ids, start=1):
            store.db.table("commitments").update(
                commitment_id, {"position": position} | store.touch()
            )


@writes(OpChanges.COMMITMENTS)
def replace_commitments(
    store: Store, event_id: str, items: Sequence[tuple[str, bool]]
) -> list[Commitment]:
    """Save the whole list as the facilitator arranged it (text, sensitive), in one transaction.

    Blank lines are dropped; the list is small, so rewriting it keeps the order simple.
    """
    cleaned = [(_clean_body(text), bool(flag)) for text, flag in items]
    too_long = [text for text, _flag in cleaned if len(text) > MAX_NOTE_LENGTH]
    if too_long:
        raise ValidationError(
            [("text", _("the note is longer than {n} characters").format(n=MAX_NOTE_LENGTH))]
        )
    with store.db.atomic():
        store.execute("DELETE FROM commitments WHERE event_id = ?", [event_id])
        rows = [
            store.row_meta()
            | {"event_id": event_id, "position": index, "text": text, "sensitive": int(flag)}
            for index, (text, flag) in enumerate((c for c in cleaned if c[0]), start=1)
        ]
        if rows:
            store.db.table("commitments").insert_all(rows)
    return list_commitments(store, event_id)
