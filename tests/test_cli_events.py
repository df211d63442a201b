"""The headless commands for events, participants and attendance."""

from __future__ import annotations

import json

from kerinjing_desktop.core.demo import DEMO_EVENT_ID


def test_version_and_no_traceback_on_bad_usage(cli):
    """--version prints the version; an unknown option is one clear line and exit 2."""
    assert cli("--version").status == 0
    bad = cli("events", "--colour")
    assert bad.status == 2 and "Traceback" not in bad.err


def test_help_lists_the_commands(cli):
    """--help names every command (not only the global options); a command's help its own."""
    top = cli("--help")
    assert top.status == 0 and all(c in top.out for c in ("doctor", "slides", "backup", "print"))
    slides = cli("slides", "-h")
    assert slides.status == 0 and "render" in slides.out and "handout" in slides.out


def test_every_command_is_in_the_lazy_map():
    """COMMANDS names each command's module: the full parser has exactly those commands."""
    from kerinjing_desktop.cli import COMMANDS, build_parser

    [subparsers] = [a for a in build_parser()._actions if a.dest == "command"]
    assert set(subparsers.choices) == set(COMMANDS)
    for command, module in COMMANDS.items():
        [only] = [a for a in build_parser(command)._actions if a.dest == "command"]
        assert command in only.choices, module


def test_a_command_imports_only_its_own_module(tmp_path):
    """`events` and `--version` load neither reportlab nor the other command modules (a
    fresh process, so nothing was imported before)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from kerinjing_desktop.cli import main\n"
        "main(sys.argv[1:])\n"
        "cli = sorted(m for m in sys.modules if m.startswith('kerinjing_desktop.cli.'))\n"
        "print(cli, 'reportlab' in sys.modules)\n"
    )
    for args in (["--data-dir", str(tmp_path), "events", "--json"], ["--lang", "en", "stats"]):
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                              text=True, timeout=60)  # fmt: skip
        loaded = done.stdout.strip().splitlines()[-1]
        module = "events" if "events" in args else "scores"
        shared = "'kerinjing_desktop.cli.argparse_words', 'kerinjing_desktop.cli.common'"
        assert loaded == f"[{shared}, 'kerinjing_desktop.cli.{module}'] False"


def test_events_add_and_list_json(cli):
    """events add prints only the new id; events --json lists it with its counts."""
    added = cli(
        "events",
        "add",
        "--title",
        "Sosialisasi",
        "--village",
        "Kerinjing",
        "--date",
        "2021-09-21",
        "--kecamatan",
        "Tanjung Raja",
    )
    assert added.status == 0
    event_id = added.out.strip()
    assert len(event_id) == 36
    listed = json.loads(cli("events", "--json").out)
    assert listed == [
        {
            "id": event_id,
            "date": "2021-09-21",
            "title": "Sosialisasi",
            "village": "Kerinjing",
            "participants": 0,
            "attended": 0,
        }
    ]


def test_events_add_bad_date_is_a_clear_error(cli):
    """A bad date is refused in Indonesian with exit 2 and nothing is created."""
    result = cli("events", "add", "--title", "A", "--village", "B", "--date", "21/09/2021")
    assert result.status == 2
    assert "tanggal harus TTTT-BB-HH" in result.err
    assert json.loads(cli("events", "--json").out) == []


def test_demo_data_is_idempotent(cli):
    """demo-data twice gives one demo event with its participants."""
    assert cli("demo-data").out.strip() == DEMO_EVENT_ID
    assert cli("demo-data").out.strip() == DEMO_EVENT_ID
    events = json.loads(cli("events", "--json").out)
    assert len(events) == 1 and 25 <= events[0]["participants"] <= 30
    assert 0 < events[0]["attended"] < events[0]["participants"]


def test_participants_list_json_keys(cli):
    """participants list --json has the keys CLI.md fixes."""
    cli("demo-data")
    people = json.loads(cli("participants", "list", "--event", DEMO_EVENT_ID[:8], "--json").out)
    assert set(people[0]) == {"code", "name", "gender", "age", "group", "group_label", "attended"}
    assert people[0]["code"] == "P-001"


def test_wrong_or_ambiguous_event_reference(cli):
    """A wrong event prefix is a clear error naming what to do, exit 2."""
    cli("demo-data")
    result = cli("participants", "list", "--event", "zzzz")
    assert result.status == 2 and "zzzz" in result.err


def test_attendance_set_and_absent(cli):
    """attendance set checks in by any spelling of the code; --absent checks out."""
    cli("demo-data")
    ref = DEMO_EVENT_ID[:8]
    assert cli("attendance", "set", "--event", ref, "5", "--absent").status == 0
    people = json.loads(cli("participants", "list", "--event", ref, "--json").out)
    assert people[4]["attended"] is False
    assert cli("attendance", "set", "--event", ref, "p5").status == 0
    people = json.loads(cli("participants", "list", "--event", ref, "--json").out)
    assert people[4]["attended"] is True


def test_attendance_unknown_code_changes_nothing(cli):
    """One unknown code among good ones: exit 2 and nobody is checked in."""
    cli("demo-data")
    ref = DEMO_EVENT_ID[:8]
    cli("attendance", "set", "--event", ref, "5", "--absent")
    result = cli("attendance", "set", "--event", ref, "5", "P-999")
    assert result.status == 2 and "P-999" in result.err
    people = json.loads(cli("participants", "list", "--event", ref, "--json").out)
    assert people[4]["attended"] is False


def _event(cli) -> str:
    return cli(
        "events", "add", "--title", "T", "--village", "V", "--date", "2024-05-01"
    ).out.strip()


def test_import_all_or_nothing(cli, tmp_path):
    """A file with one bad row imports nothing, lists the row, and exits 1."""
    event = _event(cli)
    path = tmp_path / "peserta.csv"
    path.write_text("Nama;L/P;Umur\nSiti;P;30\nBudi;X;abc\nAni;P;\n", encoding="utf-8")
    result = cli("participants", "import", "--event", event, str(path))
    assert result.status == 1
    assert "baris 3" in result.err and "Jenis Kelamin" not in result.out
    assert json.loads(cli("participants", "list", "--event", event, "--json").out) == []


def test_import_skip_invalid(cli, tmp_path):
    """--skip-invalid imports the good rows, lists the bad one, and exits 1."""
    event = _event(cli)
    path = tmp_path / "peserta.csv"
    path.write_text("Nama,L/P,Umur\nSiti,P,30\nBudi,X,40\nAni,P,\n", encoding="utf-8")
    result = cli("participants", "import", "--event", event, str(path), "--skip-invalid")
    assert result.status == 1 and "baris 3" in result.err
    people = json.loads(cli("participants", "list", "--event", event, "--json").out)
    assert [(p["code"], p["name"]) for p in people] == [("P-001", "Siti"), ("P-002", "Ani")]


def test_import_says_each_problem_then_each_note_then_the_verdict(cli, tmp_path):
    """stderr holds every problem with its row, then every note (a group kept as written, which
    refuses nothing), then what was done: nothing, or the good rows (their count on stdout)
    and how many were skipped; exit 1 both times."""
    event = _event(cli)
    path = tmp_path / "people.csv"
    path.write_text("Name,Gender,Age,Group\nSiti,P,30,Kantor Camat\nBudi,X,40,PKK\n")
    problem = "kerinjing-desktop: row 3, column “Gender”: gender must be L or P, not “X”"
    note = (
        "note: row 2, column “Group”: “Kantor Camat” is kept as written and counted under Lainnya"
    )
    refused = cli("--lang", "en", "participants", "import", "--event", event, str(path))
    assert (refused.status, refused.out) == (1, "")
    assert refused.err.splitlines() == [
        problem,
        note,
        "kerinjing-desktop: Nothing imported: 1 row has problems (fix it, or use --skip-invalid).",
    ]
    skipped = cli("--lang", "en", "participants", "import", "--event", event, str(path),
                  "--skip-invalid")  # fmt: skip
    assert (skipped.status, skipped.out) == (1, "Imported 1 participant.\n")
    assert skipped.err.splitlines() == [problem, note, "kerinjing-desktop: 1 row was skipped."]


def test_import_good_file_and_missing_file(cli, tmp_path):
    """A good file imports every row (exit 0); a missing file is exit 2, no traceback."""
    event = _event(cli)
    path = tmp_path / "peserta.csv"
    path.write_text("Name,Gender,Age,Group\nSiti,P,30,PKK\nBudi,L,19,Karang Taruna\n")
    assert cli("participants", "import", "--event", event, str(path)).status == 0
    missing = cli("participants", "import", "--event", event, str(tmp_path / "nope.csv"))
    assert missing.status == 2 and "Traceback" not in missing.err


def test_doctor_passes_on_a_fresh_store(cli):
    """doctor --json on a fresh data dir reports the store and fonts as fine."""
    cli.data_dir.mkdir()  # new and empty (one that does not exist is named as a typo)
    result = cli("doctor", "--json")
    report = json.loads(result.out)
    messages = " ".join(f["message"] for f in report["findings"])
    assert "Huruf" in messages and "Penyimpanan" in messages
    assert result.status == (0 if report["ok"] else 1)


def test_english_messages(cli):
    """--lang en gives English messages."""
    result = cli("--lang", "en", "events", "add", "--title", "A", "--village", "B", "--date", "x")
    assert "date must be YYYY-MM-DD" in result.err
