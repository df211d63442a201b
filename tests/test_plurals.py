"""Counted sentences go through ngettext: English says "1 participant" and "2 participants",
Indonesian (one form) says "1 peserta" and "2 peserta"."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.bundle import ExportSummary

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = sys.modules.get("i18n_tool") or importlib.util.module_from_spec(_spec)
if "i18n_tool" not in sys.modules:
    sys.modules["i18n_tool"] = i18n_tool
    _spec.loader.exec_module(i18n_tool)

# A count placeholder right before a plural noun ("{n} rows", "{days} days ahead")
COUNTED = re.compile(
    r"\{(n|k|count|days|present|rows|deletions|events|good|bad)\} (?:[a-z-]+ )?([a-z]+s)\b"
)
NOT_NOUNS = {"is", "was", "has", "does", "takes", "stays", "this"}
# Sentences whose count is never 1, each with the reason
ALWAYS_PLURAL = {
    # a fixed limit (ASK_ABOVE, the longest name or note, the shortest event reference)
    "Nothing was merged: this merge would delete or overwrite more than {n} rows here, or a "
    "bundle is dated far ahead. Check the bundles; to merge anyway, run the same command with "
    "--yes (a backup is taken first).",
    "name is longer than {n} characters",
    "the note is longer than {n} characters",
    "Event reference “{ref}” is too short: give at least {n} characters of its id.",
    "Each village's first note, shortened to {n} characters. Notes marked sensitive are left "
    "out; names of people who did not consent and phone numbers are replaced. Every note in "
    "full: the data package (texts.csv) and the web view.",
    "Gain: the mean change in percentage points of the test's maximum, with its 95% interval "
    "(Student's t, wider for a small group). Fewer than {n} pairs: not shown.",
    # shown only past STALE_DAYS (7)
    "The newest backup is {days} days old. Run: kerinjing-desktop backup",
    # an ambiguous reference names two events or more
    "“{ref}” matches {n} events: {candidates}",
    # fewer than two pairs give "Too few participants took both tests …" instead
    "Average knowledge rose from {pre}% to {post}% ({n} participants took both tests).",
    "Average knowledge fell from {pre}% to {post}% ({n} participants took both tests).",
    "Average knowledge stayed the same, at {pre}% ({n} participants took both tests).",
    "The {n} participants who took both tests scored on average {pre} before the session and "
    "{post} after it, out of {max} ({pre_pct}% and {post_pct}%).",
}


def test_no_counted_sentence_bypasses_ngettext():
    """A `_()` sentence with a count before a plural noun would say "1 rows" in English."""
    found = sorted(
        {
            f"{m.where}: {m.msgid}"
            for m in i18n_tool.marked_strings()
            if isinstance(m.msgid, str)
            and m.msgid not in ALWAYS_PLURAL
            and any(match[1] not in NOT_NOUNS for match in COUNTED.findall(m.msgid))
        }
    )
    assert not found, "use ngettext(singular, plural, n):\n" + "\n".join(found)


def test_the_check_finds_a_counted_sentence(monkeypatch, tmp_path):
    """Not vacuous: `_("Imported {n} participants.")` is found, `{path} is` is not."""
    package = tmp_path / "kerinjing_desktop"
    package.mkdir()
    (package / "m.py").write_text(
        'a = _("Imported {n} participants.")\nb = _("{path} is a folder.")\n'
        'c = ngettext("{n} row", "{n} rows", n)\nd = _("Wrote {file}: {rows} rows.")\n'
    )
    monkeypatch.setattr(i18n_tool, "ROOT", tmp_path)
    monkeypatch.setattr(i18n_tool, "PACKAGE", package)
    try:
        test_no_counted_sentence_bypasses_ngettext()
    except AssertionError as error:
        message = str(error)
    else:
        message = ""
    assert "m.py:1: Imported {n} participants." in message
    assert "m.py:4: Wrote {file}: {rows} rows." in message
    assert "folder" not in message and "{n} row" not in message.replace("{n} rows", "")


def test_an_export_summary_counts_in_both_languages():
    """The bundle export's line, said by the CLI and the Backups page."""
    i18n.set_language("en")
    assert ExportSummary(1, 0, "").describe("a.kbundle") == "Wrote a.kbundle: 1 row, 0 deletions."
    assert ExportSummary(2, 1, "").describe("a.kbundle") == "Wrote a.kbundle: 2 rows, 1 deletion."
    i18n.set_language("id")
    assert ExportSummary(1, 1, "").describe("a.kbundle") == (
        "a.kbundle ditulis: 1 baris, 1 penghapusan."
    )
    assert ExportSummary(2, 3, "").describe("a.kbundle") == (
        "a.kbundle ditulis: 2 baris, 3 penghapusan."
    )


def _people(tmp_path, count: int) -> Path:
    path = tmp_path / f"list{count}.csv"
    rows = [f"Orang {i};P;30;PKK" for i in range(1, count + 1)]
    path.write_text("Nama;L/P;Umur;Kelompok\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_importing_one_participant_says_participant(cli, tmp_path):
    """`participants import` of one row and of two rows, in English and in Indonesian."""
    said = []
    for lang, count in (("en", 1), ("en", 2), ("id", 1), ("id", 2)):
        event = cli("events", "add", "--title", "T", "--village", "Sukamaju", "--date",
                    "2026-12-05").out.strip()  # fmt: skip
        result = cli("--lang", lang, "participants", "import", "--event", event,
                     str(_people(tmp_path, count)))  # fmt: skip
        assert result.status == 0, result.err
        said.append(result.out.strip())
    assert said == [
        "Imported 1 participant.",
        "Imported 2 participants.",
        "1 peserta diimpor.",
        "2 peserta diimpor.",
    ]


def test_the_merge_plan_counts_days_and_rows():
    """What a merge would do, with one and with several of each, in English; Indonesian keeps
    its one form."""
    import datetime as dt

    from kerinjing_desktop.core.bundle_plan import Plan
    from kerinjing_desktop.core.store.sync import MergeReport

    def plan(n: int) -> Plan:
        report = MergeReport(deleted=n, replaced_here=n, deleted_rows={"people": n})
        return Plan([], report, ahead=dt.timedelta(days=n, hours=2))

    i18n.set_language("en")
    one, two = plan(1).describe()[1:], plan(2).describe()[1:]
    assert one[0].startswith("It would DELETE 1 row here (people 1), and what belongs to it.")
    assert one[1] == "It would overwrite 1 change made on this laptop."
    assert one[2].startswith("A bundle is dated 1 day ahead")
    assert two[0].startswith("It would DELETE 2 rows here (people 2), and what belongs to")
    assert two[1] == "It would overwrite 2 changes made on this laptop."
    assert two[2].startswith("A bundle is dated 2 days ahead")
    i18n.set_language("id")
    assert plan(1).describe()[2] == "Ini akan menimpa 1 perubahan yang dibuat di laptop ini."
    assert plan(2).describe()[2] == "Ini akan menimpa 2 perubahan yang dibuat di laptop ini."
