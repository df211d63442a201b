"""How `doctor` reports its findings (CLI.md): a label per line, OK / WARN / FIX; in JSON an
`ok` per finding and `warning` on a WARN; the exit status counts the FIX findings only."""

from __future__ import annotations

import argparse
import json

import pytest

from kerinjing_desktop.cli import doctor
from kerinjing_desktop.core.findings import Finding


@pytest.fixture
def found(monkeypatch):
    """Replace doctor's checks with one that returns the findings put in the list."""
    findings: list[Finding] = []
    for name in ("check_fonts", "check_store", "check_film", "check_contacts"):
        monkeypatch.setattr(doctor, name, lambda _args: [])
    monkeypatch.setattr(doctor, "EXTRA_CHECKS", [])
    monkeypatch.setattr(doctor, "check_qt", lambda _args: list(findings))
    return findings


def run(json_out: bool) -> int:
    return doctor.run(argparse.Namespace(data_dir=None, json=json_out))


def test_each_verdict_has_its_label_and_only_a_fix_fails(found, capsys):
    found += [Finding.ok("fine"), Finding.warn("look at this")]
    assert run(False) == 0
    assert capsys.readouterr().out.splitlines() == ["OK    fine", "WARN  look at this"]
    found.append(Finding.fix("broken"))
    assert run(False) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "FIX   broken"


def test_json_marks_the_warning_and_says_whether_the_day_can_go_ahead(found, capsys):
    found += [Finding.ok("fine"), Finding.warn("look at this")]
    assert run(True) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {
        "ok": True,
        "findings": [
            {"ok": True, "message": "fine"},
            {"ok": False, "message": "look at this", "warning": True},
        ],
    }
    found.append(Finding.fix("broken"))
    assert run(True) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["findings"][-1] == {"ok": False, "message": "broken"}


def test_a_check_that_breaks_is_a_finding_to_fix(found, monkeypatch, capsys):
    def broken(_args):
        raise RuntimeError("no such thing")

    monkeypatch.setattr(doctor, "check_fonts", broken)
    assert run(False) == 1
    assert "no such thing" in capsys.readouterr().out
