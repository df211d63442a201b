"""Whole-process figures for the data commands, set up here and timed as a person waits:

- `stats_5000_ms`: `kerinjing-desktop stats --event ID` for an event of 5,000 people who
  all took both tests (goal < 300 ms);
- `import_100000_ms`: `participants import --event ID FILE` of a 100,000-row CSV into a
  fresh copy of a store holding only the event (all or nothing, as always; goal < 5 s).
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
IMPORT_ROWS = 100_000
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


def import_100000() -> dict:
    compile_package()
    env = _env()
    with tempfile.TemporaryDirectory(prefix="kerinjing-bench-import-") as tmp:
        folder = Path(tmp)
        template = folder / "template"
        event_id = _new_event(template, env)
        people = _people_csv(folder / "people.csv", IMPORT_ROWS)
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
        return spread("import_100000_ms", times)
