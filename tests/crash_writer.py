"""A writer process for the crash harness: enters scores, attendance and imports through the
app's store functions and prints `SAVED …` (flushed) only after each function has returned.

Run by tests/test_crash.py, which kills it with SIGKILL at random moments:
    python tests/crash_writer.py DATA_DIR SEED
Lines (one JSON object each after the keyword):
    BEGIN {...}   an operation is about to start (it may or may not land)
    SAVED {...}   the store function returned: the change must survive any kill from now on
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.core.domain import PersonInput  # noqa: E402
from kerinjing_desktop.core.store import open_store  # noqa: E402
from kerinjing_desktop.core.store.events import add_event, list_events  # noqa: E402
from kerinjing_desktop.core.store.participants import (  # noqa: E402
    import_participants,
    list_participants,
    set_attendance,
)
from kerinjing_desktop.core.store.questions import list_questions  # noqa: E402
from kerinjing_desktop.core.store.scores import enter  # noqa: E402

TITLE = "Crash harness"


def say(keyword: str, **fields: object) -> None:
    sys.stdout.write(f"{keyword} {json.dumps(fields, ensure_ascii=False)}\n")
    sys.stdout.flush()


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(data_dir)
    event = next((s.event for s in list_events(store) if s.event.title == TITLE), None)
    if event is None:
        event = add_event(store, TITLE, "Kerinjing", "2021-09-21")
    questions = list_questions(store, event.id, "id")
    say("READY", event=event.id)
    batch = 0
    while True:
        people = list_participants(store, event.id)
        choice = rng.random()
        if not people or choice < 0.15:
            batch += 1
            tag = f"s{seed}-b{batch}"
            size = rng.randint(2, 8)
            rows = [PersonInput(f"crash {tag} {i}", rng.choice("LP")) for i in range(size)]
            say("BEGIN", op="import", tag=tag, size=size)
            import_participants(store, event.id, rows)
            say("SAVED", op="import", tag=tag, size=size)
        elif choice < 0.35:
            person = rng.choice(people)
            present = rng.random() < 0.7
            key = person.registration_id
            say("BEGIN", op="attendance", key=key, present=present)
            set_attendance(store, event.id, [person.code], present)
            say("SAVED", op="attendance", key=key, present=present)
        else:
            person = rng.choice(people)
            question = rng.choice(questions)
            test = rng.choice(("pre", "post"))
            if question.kind == "open":
                text = str(rng.randint(0, question.max_score))
            else:
                text = rng.choice(question.letters("id"))
            key = f"{person.registration_id}/{test}/{question.number}"
            say("BEGIN", op="score", key=key)
            cells = enter(
                store, event.id, person.registration_id, test, question.number, text, "id"
            )
            cell = cells[question.number]
            say("SAVED", op="score", key=key, cell=[cell.state, cell.score, cell.answer])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
