"""The Laporan Program's commitments and notes, summarised so that 2,000 villages stay readable.

A programme office reads the report to see which villages kept their word, not every sentence
of every village: listing each commitment, each follow-up and each note of 2,000 villages
made a report of 400 pages. So the commitments are counted per village by the latest
follow-up visit's word (done, started, not started, not visited yet), totalled per kabupaten,
and the commitments made most often are named with how they went; of the notes, each
village's first NOTES_PER_VILLAGE are printed, shortened to NOTE_CHARS characters. Every
note that is not sensitive is whole in the data package (`texts.csv`) and the web view.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kerinjing_desktop.core.kinds import NoteKind
from kerinjing_desktop.core.office.publish import PublicText, Published

NOTES_PER_VILLAGE = 1
NOTE_CHARS = 100
COMMON_COMMITMENTS = 10
# The order a village's note is chosen in.
NOTE_KINDS = (NoteKind.FINDING, NoteKind.FGD, NoteKind.PRESURVEY, NoteKind.OTHER)


@dataclass
class CommitmentCounts:
    """One village's (or kabupaten's) commitments by the latest visit's word."""

    made: int = 0
    done: int = 0
    started: int = 0
    not_started: int = 0

    @property
    def not_visited(self) -> int:
        return max(0, self.made - self.done - self.started - self.not_started)

    def add(self, other: CommitmentCounts) -> None:
        self.made += other.made
        self.done += other.done
        self.started += other.started
        self.not_started += other.not_started


@dataclass(frozen=True)
class CommonCommitment:
    text: str
    villages: int
    done: int
    started: int
    not_started: int


def per_village(published: Published) -> dict[str, CommitmentCounts]:
    """event id → its commitments counted (only events that made one)."""
    counts: dict[str, CommitmentCounts] = {}
    made: dict[str, set[str]] = {}
    for text in published.texts:
        if text.kind == "commitment":
            made.setdefault(text.event_id, set()).add(text.text)
            counts.setdefault(text.event_id, CommitmentCounts()).made += 1
    for item in published.follow_ups:
        if item.commitment in made.get(item.event_id, ()):
            slot = counts[item.event_id]
            setattr(slot, item.status, getattr(slot, item.status) + 1)
    return counts


def per_kabupaten(published: Published) -> dict[str, CommitmentCounts]:
    area = {event.id: event.kabupaten for event in published.events}
    totals: dict[str, CommitmentCounts] = {}
    for event_id, counts in per_village(published).items():
        totals.setdefault(area.get(event_id, ""), CommitmentCounts()).add(counts)
    return dict(sorted(totals.items()))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def most_common(published: Published, limit: int = COMMON_COMMITMENTS) -> list[CommonCommitment]:
    """The commitments made in most villages (the same words), with how they went."""
    villages: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for text in published.texts:
        if text.kind == "commitment":
            key = _key(text.text)
            villages[key] += 1
            shown.setdefault(key, text.text)
    status: dict[str, Counter[str]] = {}
    for item in published.follow_ups:
        status.setdefault(_key(item.commitment), Counter())[item.status] += 1
    rows = []
    for key, count in sorted(villages.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        went = status.get(key, Counter())
        rows.append(CommonCommitment(shown[key], count, went["done"], went["started"],
                                     went["not_started"]))  # fmt: skip
    return rows


def shortened(text: str, limit: int = NOTE_CHARS) -> str:
    """At most `limit` characters, cut at a word, marked with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,.;:") + "…"


def chosen_notes(published: Published, per_village: int = NOTES_PER_VILLAGE) -> list[PublicText]:
    """Each village's first notes (findings first, then discussions, pre-survey, other), in
    the order of the events, shortened; commitments are counted elsewhere."""
    order = {event.id: index for index, event in enumerate(published.events)}
    rank: dict[str, int] = {kind: index for index, kind in enumerate(NOTE_KINDS)}
    notes = sorted(
        (t for t in published.texts if t.kind != "commitment" and t.text.strip()),
        key=lambda t: (order.get(t.event_id, len(order)), rank.get(t.kind, len(rank)),
                       t.position),
    )  # fmt: skip
    taken: Counter[str] = Counter()
    chosen = []
    for note in notes:
        if taken[note.event_id] < per_village:
            taken[note.event_id] += 1
            chosen.append(PublicText(note.event_id, note.kind, note.topic, note.position,
                                     shortened(note.text)))  # fmt: skip
    return chosen
