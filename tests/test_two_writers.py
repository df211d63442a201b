"""Two writers on one data dir: the window (the real score grid, typing) and the command line
(`scores set`, `restore`, `events`) at the same time. The window holds the data dir: a
writing command started while it runs is refused in words naming the window, a reading one
reads, a command racing the window's start either lands whole or is refused, and after the
window is killed the next command writes. Every cell the grid showed as saved and every
write a command confirmed is in the store; no traceback anywhere.

Quick form (in ./test): 3 rounds. Full form: `KERINJING_FULL=1 ./test tests/test_two_writers.py -s`
(12 rounds; KERINJING_TWO_WRITER_ROUNDS=N overrides the count).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_crash_gui import Expected, GuiFigures, _apply, _check, _read_store

from kerinjing_desktop.core.demo import create_demo_event
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.backup import make_backup
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import import_participants, list_participants
from kerinjing_desktop.core.store.scores import sheet_for

WINDOW = Path(__file__).with_name("crash_gui_writer.py")
FULL = os.environ.get("KERINJING_FULL") == "1"
ROUNDS = int(os.environ.get("KERINJING_TWO_WRITER_ROUNDS") or (12 if FULL else 3))
COMMAND = [sys.executable, "-m", "kerinjing_desktop", "--lang", "en"]


@dataclass
class CliFigures:
    commands: int = 0
    confirmed: dict[tuple[str, str, int], int] = field(default_factory=dict)  # cell → score
    refused: int = 0
    tracebacks: int = 0
    problems: list[str] = field(default_factory=list)


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*COMMAND, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def _score_command(data_dir: Path, event_id: str, rng: random.Random, codes: list[str],
                   cli: CliFigures, window_running: bool) -> None:  # fmt: skip
    code, test, number, score = rng.choice(codes), rng.choice(("pre", "post")), 1, rng.randint(0, 2)
    result = _cli(data_dir, "scores", "set", "--event", event_id, code, test, str(number),
                  str(score))  # fmt: skip
    _judge(result, cli, may_pass=True, must_pass=not window_running)
    if result.returncode == 0:
        cli.confirmed[(code, test, number)] = score


def _judge(result, cli: CliFigures, may_pass: bool, must_pass: bool) -> None:
    cli.commands += 1
    if "Traceback" in result.stderr or "Exception ignored" in result.stderr:
        cli.tracebacks += 1
        cli.problems.append(result.stderr)
    if result.returncode == 0:
        if not may_pass:
            cli.problems.append(f"went through while the window ran: {result.args[-3:]}")
        return
    cli.refused += 1
    if must_pass:
        cli.problems.append(f"refused with no window: {result.stderr}")
    elif result.returncode != 2 or "in use by the Kerinjing Desktop window" not in result.stderr:
        cli.problems.append(f"refused without naming the window: {result.stderr}")


def _start_window(data_dir: Path, seed: int) -> tuple[subprocess.Popen, list[str], threading.Event]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(WINDOW), str(data_dir), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            bufsize=1, env=env)  # fmt: skip
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(("READY", "OPENFAIL")):
                ready.set()
        ready.set()

    proc.reader = threading.Thread(target=read, daemon=True)
    proc.reader.start()
    return proc, lines, ready


def _setup(data_dir: Path) -> tuple[str, list[str], Path]:
    store = open_store(data_dir)
    create_demo_event(store)
    event = add_event(store, "Dua penulis", "Kerinjing", "2021-09-22")
    import_participants(store, event.id, [PersonInput(f"Orang {i}", "LP"[i % 2])
                                          for i in range(8)])  # fmt: skip
    codes = [p.code for p in list_participants(store, event.id)]
    backup = make_backup(store, data_dir).path
    store.close()
    return event.id, codes, backup


def run_harness(data_dir: Path, rounds: int, seed: int = 3) -> tuple[GuiFigures, CliFigures]:
    rng = random.Random(seed)
    event_id, codes, backup = _setup(data_dir)
    figures, cli = GuiFigures(), CliFigures()
    expected = Expected()
    expected.cells = _read_store(data_dir, figures)[0]
    for number in range(rounds):
        window, lines, ready = _start_window(data_dir, seed * 1000 + number)
        # A command racing the window's start: it lands whole or is refused in words.
        racing = _cli(data_dir, "scores", "set", "--event", event_id, codes[0], "pre", "2",
                      str(number % 3))  # fmt: skip
        _judge(racing, cli, may_pass=True, must_pass=False)
        if racing.returncode == 0:
            cli.confirmed[(codes[0], "pre", 2)] = number % 3
        ready.wait(60)
        deadline = time.monotonic() + rng.uniform(1.0, 3.0)
        while time.monotonic() < deadline:  # while the window types
            kind = rng.random()
            if kind < 0.5:
                _score_command(data_dir, event_id, rng, codes, cli, window_running=True)
            elif kind < 0.8:
                _judge(_cli(data_dir, "restore", str(backup)), cli, may_pass=False,
                       must_pass=False)  # fmt: skip
            else:
                listed = _cli(data_dir, "events")
                _judge(listed, cli, may_pass=True, must_pass=True)
        window.send_signal(signal.SIGKILL)
        window.wait(30)
        window.reader.join(30)
        error = window.stderr.read()
        window.stderr.close()
        if "Traceback" in error:
            cli.tracebacks += 1
            cli.problems.append(f"window: {error}")
        figures.kills += 1
        _apply(expected, lines, figures)
        if not _check(data_dir, expected, figures):
            break
        # The window is gone (killed): the data dir is free for the next command at once.
        _score_command(data_dir, event_id, rng, codes, cli, window_running=False)
    store = open_store(data_dir)
    by_code = {p.code: p.registration_id for p in list_participants(store, event_id)}
    sheets = {test: sheet_for(store, event_id, test) for test in ("pre", "post")}
    store.close()
    for (code, test, number), score in cli.confirmed.items():
        cell = sheets[test].get(by_code[code], {}).get(number)
        if cell is None or cell.score != score:
            cli.problems.append(f"confirmed write lost: {code} {test} Q{number}={score}")
    return figures, cli


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.timeout(1800)
def test_window_and_command_line_never_lose_a_confirmed_write(tmp_path):
    started = time.monotonic()
    figures, cli = run_harness(tmp_path / "data", ROUNDS)
    elapsed = time.monotonic() - started
    print(
        f"\ntwo-writer harness: rounds={figures.kills} window_saved={figures.saved_entries} "
        f"window_lost={figures.lost} commands={cli.commands} confirmed={len(cli.confirmed)} "
        f"refused_in_words={cli.refused} tracebacks={cli.tracebacks} "
        f"problems={len(figures.problems) + len(cli.problems)} in {elapsed:.1f} s"
    )
    assert figures.problems == [] and cli.problems == []
    assert figures.saved_entries > 0 and cli.confirmed and cli.refused > 0
    assert (figures.lost, figures.corrupt, figures.half_states, cli.tracebacks) == (0, 0, 0, 0)
