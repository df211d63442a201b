"""`scores import`, `scores set` and `stats` from the command line."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def event(cli):
    event_id = cli("demo-data").out.strip()
    return event_id


def _write(tmp_path, text: str):
    path = tmp_path / "scores.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_good_file_then_stats(cli, event, tmp_path):
    """A good file is imported whole and shows up in the analysis."""
    path = _write(tmp_path, "code;test;q1;q2;q3;q4;q5\nP-005;pre;0;1;;0;0\nP-005;post;2;2;2;1;0\n")
    result = cli("scores", "import", "--event", event, str(path))
    assert result.status == 0, result.err
    stats = json.loads(cli("stats", "--event", event, "--json").out)
    assert stats["n_pre"] == 23 and stats["n_post"] == 23  # demo 22 + P-005 (absent in demo)


def test_import_bad_rows_all_or_nothing(cli, event, tmp_path):
    """Any bad row: nothing stored, every problem listed with row and column, exit 1."""
    before = cli("stats", "--event", event, "--json").out
    path = _write(
        tmp_path,
        "code,test,q1,q2,q3,q4,q5\nP-005,pre,9,1,1,1,0\nP-999,mid,1,1,1,1,0\nP-001,pre,-,,,,\n",
    )
    result = cli("scores", "import", "--event", event, str(path))
    assert result.status == 1
    assert "Baris 2, kolom “q1”: Soal 1 diisi skor 0 sampai 2" in result.err
    assert "Baris 3, kolom “code”: Tidak ada peserta P-999" in result.err
    assert "Baris 3, kolom “test”:" in result.err
    assert "Tidak ada yang diimpor: 2 baris bermasalah" in result.err
    assert cli("stats", "--event", event, "--json").out == before
    skipped = cli("scores", "import", "--event", event, str(path), "--skip-invalid")
    assert skipped.status == 1 and skipped.out.strip() == "1 lembar tes diimpor."
    assert "2 baris dilewati." in skipped.err
    assert json.loads(cli("stats", "--event", event, "--json").out)["n_pre"] == 21


def test_import_unreadable_file_exits_2(cli, event, tmp_path):
    """A missing file or a file without the needed columns is a usage error."""
    assert cli("scores", "import", "--event", event, str(tmp_path / "none.csv")).status == 2
    path = _write(tmp_path, "name;score\nSiti;3\n")
    result = cli("scores", "import", "--event", event, str(path))
    assert result.status == 2 and "Traceback" not in result.err


def test_set_one_score_and_refusals(cli, event):
    """`scores set` commits one cell; a bad score, code or question exits 2 with one line."""
    ok = cli("scores", "set", "--event", event, "P-005", "post", "1", "2")
    assert ok.status == 0, ok.err
    bad = cli("scores", "set", "--event", event, "P-005", "post", "1", "7")
    assert bad.status == 2 and len(bad.err.strip().splitlines()) == 1
    assert cli("scores", "set", "--event", event, "P-777", "pre", "1", "1").status == 2
    assert cli("scores", "set", "--event", event, "P-005", "pre", "9", "1").status == 2
    assert cli("scores", "set", "--event", event, "P-005", "post", "1", "-").status == 0


def test_stats_json_keys_and_text(cli, event):
    """`stats --json` has exactly the issue's keys; the text output has the summary."""
    data = json.loads(cli("stats", "--event", event, "--json").out)
    assert set(data) == {
        "n_registered", "n_pre", "n_post", "n_paired", "max_score", "pre_mean", "post_mean",
        "pre_mean_pct", "post_mean_pct", "normalized_gain", "mean_individual_gain",
        "wilcoxon", "rank_biserial", "t_test", "cohen_dz", "questions", "notes",
    }  # fmt: skip
    assert data["max_score"] == 10  # five knowledge questions, all counted
    assert [q["number"] for q in data["questions"]] == [1, 2, 3, 4, 5]
    text = cli("--lang", "en", "stats", "--event", event).out
    assert "Average knowledge rose" in text
    assert "Rata-rata" in cli("stats", "--event", event).out
