"""What doctor found (core/findings.py): the three verdicts by their words, each maker giving
its verdict, and only a finding to FIX blocking the day (doctor's exit status)."""

from __future__ import annotations

from kerinjing_desktop.core.findings import Finding, Verdict


def test_each_verdict_is_written_as_its_word():
    assert [str(v) for v in Verdict] == ["ok", "warn", "fix"]


def test_each_maker_gives_its_verdict_and_only_fix_blocks():
    made = [Finding.ok("store fine"), Finding.warn("old number"), Finding.fix("no disk")]
    assert made == [Finding(Verdict.OK, "store fine"), Finding(Verdict.WARN, "old number"),
                    Finding(Verdict.FIX, "no disk")]  # fmt: skip
    assert [f.blocking for f in made] == [False, False, True]
