"""Invented pre-test and post-test scores for the demo event (fixed seed: same every time)."""

from __future__ import annotations

import random

from kerinjing_desktop.core.i18n import language
from kerinjing_desktop.core.kinds import CellState, TestKind
from kerinjing_desktop.core.scoring import Cell, Entry
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.questions import ensure_questions, has_scores
from kerinjing_desktop.core.store.scores import ScoreRow, import_scores

SEED = 2021_09_21
PRE_ONLY = 1  # left before the post-test
POST_ONLY = 1  # arrived after the pre-test


def _paper(rng: random.Random, questions, level: float, background: int) -> dict[int, Entry]:
    """One paper: each knowledge question scored around `level` (share of full marks)."""
    entries = {}
    for q in questions:
        if not q.scored:
            entries[q.number] = Entry(Cell(CellState.SCORED, background))
            continue
        raw = rng.gauss(level * q.max_score, 0.7)
        entries[q.number] = Entry(Cell(CellState.SCORED, min(q.max_score, max(0, round(raw)))))
    return entries


def add_demo_scores(store: Store, event_id: str) -> int:
    """Scores for the present participants, once; returns the number of papers added."""
    if has_scores(store, event_id):
        return 0
    questions = ensure_questions(store, event_id, language())
    rng = random.Random(SEED)
    present = [p for p in list_participants(store, event_id) if p.attended]
    rows: list[ScoreRow] = []
    for index, person in enumerate(present):
        ability = rng.uniform(-0.15, 0.15)  # the same person does a bit better or worse on both
        background = int(rng.random() < 0.2)
        take_pre = index < len(present) - POST_ONLY
        take_post = index >= PRE_ONLY
        if take_pre:
            paper = _paper(rng, questions, 0.35 + ability, background)
            rows.append(ScoreRow(person.registration_id, TestKind.PRE, paper))
        if take_post:
            paper = _paper(rng, questions, 0.9 + ability, background)
            rows.append(ScoreRow(person.registration_id, TestKind.POST, paper))
    return import_scores(store, event_id, rows, language())
