"""Whole-process figures for the data commands, set up here and timed as a person waits:

- `stats_5000_ms`: `kerinjing-desktop stats --event ID` for an event of 5,000 people who
  all took both tests (goal < 300 ms);
- `import_file_ms`: `participants import --event ID FILE` of the largest list the app reads
  (core.tabular.MAX_ROWS: 19,999 rows and the heading) into a fresh copy of a store holding
  only the event;
- `store_import_100000_ms`: the store's side of an import, 100,000 people registered in one
  transaction (core.store.participants.import_participants) into a fresh file store, in this
  process: files are capped at 20,000 rows, so 100,000 rows (the goal: < 5 s, all or
  nothing) only reach the store this way, e.g. from several files or a bundle.
7 runs each, median with min and max. The files and stores are made by the same commands
and store functions the app uses, untimed."""

from __future__ import annotations

import csv
import os
import random
import shutil
import tempfile
from pathlib import Path

from kerinjing_desktop.bench import app_command, compile_package, process_ms, spread

RUNS = 7
STATS_PEOPLE = 5000
STORE_ROWS = 100_000
GROUPS = ("PKK", "Karang Taruna", "Perangkat Desa", "Tokoh Masyarakat", "Lainnya")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KERINJING_DATA_DIR", None)
    return env


def _people_csv(path: Path, rows: int) -> Path:
    rng = random.Random(5)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nama", "L/P", "Umur", "Kelompok", "No HP"])
        for i in range(rows):
            writer.writerow([f"Peserta Nomor {i:06d}", rng.choice("LP"), rng.randint(15, 75),
                             rng.choice(GROUPS), f"0812{i:08d}"])  # fmt: skip
    return path


def _new_event(data_dir: Path, env) -> str:
    import subprocess

    done = subprocess.run(
        [*app_command(), "--data-dir", str(data_dir), "events", "add", "--title", "Bench",
         "--village", "Kerinjing", "--date", "2021-09-21"],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return done.stdout.strip()


def stats_5000() -> dict:
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.questions import ensure_questions

    compile_package()
    env = _env()
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-stats-") as tmp:
        folder = Path(tmp)
        data_dir = folder / "data"
        event_id = _new_event(data_dir, env)
        base = [*app_command(), "--data-dir", str(data_dir)]
        people = _people_csv(folder / "people.csv", STATS_PEOPLE)
        process_ms([*base, "participants", "import", "--event", event_id, str(people)], env)
        store = open_store(data_dir)
        try:
            questions = ensure_questions(store, event_id, "id")
        finally:
            store.close()
        rng = random.Random(9)
        scores = folder / "scores.csv"
        with scores.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["code", "test", *(f"q{q.number}" for q in questions)])
            for number in range(1, STATS_PEOPLE + 1):
                for test, lift in (("pre", 0), ("post", 1)):
                    writer.writerow([f"P-{number:03d}", test, *(
                        min(q.max_score, rng.randint(0, q.max_score) + lift * rng.randint(0, 1))
                        for q in questions
                    )])  # fmt: skip
        process_ms([*base, "scores", "import", "--event", event_id, str(scores)], env)
        stats = [*base, "stats", "--event", event_id]
        process_ms(stats, env)  # warm-up
        return spread("stats_5000_ms", [process_ms(stats, env) for _ in range(RUNS)])


def imports() -> dict:
    from kerinjing_desktop.core.tabular import MAX_ROWS

    compile_package()
    env = _env()
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-import-") as tmp:
        folder = Path(tmp)
        template = folder / "template"
        event_id = _new_event(template, env)
        rows = MAX_ROWS - 1  # the heading row counts
        people = _people_csv(folder / "people.csv", rows)
        times = []
        for run in range(RUNS + 1):  # the first is a warm-up
            data_dir = folder / f"run-{run}"
            shutil.copytree(template, data_dir)
            command = [*app_command(), "--data-dir", str(data_dir), "participants", "import",
                       "--event", event_id, str(people)]  # fmt: skip
            elapsed = process_ms(command, env)
            if run:
                times.append(elapsed)
            shutil.rmtree(data_dir)
        return {"import_file_rows": rows} | spread("import_file_ms", times) | _store_import(folder)


def _store_import(folder: Path) -> dict:
    import time

    from kerinjing_desktop.core.domain import GENDERS, PersonInput
    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.core.store.events import add_event
    from kerinjing_desktop.core.store.participants import import_participants

    rng = random.Random(3)
    people = [
        PersonInput(
            f"Peserta Nomor {i:06d}",
            rng.choice(GENDERS),
            rng.randint(15, 75),
            rng.choice(GROUPS),
            f"0812{i:08d}",
        )  # fmt: skip
        for i in range(STORE_ROWS)
    ]
    times = []
    for run in range(RUNS):
        data_dir = folder / f"store-{run}"
        store = open_store(data_dir)
        try:
            event = add_event(store, "Bench", "Kerinjing", "2021-09-21")
            start = time.perf_counter()
            import_participants(store, event.id, people)
            times.append((time.perf_counter() - start) * 1000)
        finally:
            store.close()
        shutil.rmtree(data_dir)
    return spread("store_import_100000_ms", times)
