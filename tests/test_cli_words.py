"""The command line says in words what it will not do: a data folder that is not there (a
typo), a template that is not there, and argparse's own usage errors in Indonesian."""

from __future__ import annotations

import pytest

from kerinjing_desktop.cli import main


def test_a_mistyped_data_folder_is_refused_not_created(cli, tmp_path):
    """`--data-dir` naming a folder that does not exist: exit 2, the folder named, nothing
    made; a command that starts a store makes it."""
    typo = tmp_path / "kerinjng-data"
    for args in (["events"], ["participants", "list", "--event", "abcd"], ["backup", "list"]):
        result = cli("--data-dir", str(typo), *args, data=False)
        assert result.status == 2, args
        assert f"Folder data {typo} tidak ada" in result.err
        assert not typo.exists()
    made = cli("--data-dir", str(typo), "events", "add", "--title", "T", "--village", "V",
               "--date", "2026-12-05", data=False)  # fmt: skip
    assert made.status == 0 and typo.is_dir()
    assert cli("--data-dir", str(typo), "events", data=False).status == 0


def test_a_mistyped_folder_in_the_environment_is_refused_too(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("KERINJING_DATA_DIR", str(tmp_path / "nope"))
    result = cli("--lang", "en", "events", data=False)
    assert result.status == 2 and "The data folder" in result.err
    assert not (tmp_path / "nope").exists()


def test_the_default_folder_is_made_on_first_use(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("KERINJING_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli("events", data=False).status == 0
    assert (tmp_path / "share" / "kerinjing-desktop").is_dir()


@pytest.mark.parametrize("out", ["report.pdf", "report.docx"])
def test_a_missing_template_is_refused(cli, tmp_path, out):
    event = cli("demo-data").out.strip()
    result = cli("print", "summary", "--event", event, "--out", str(tmp_path / out),
                 "--template", str(tmp_path / "missing.docx"))  # fmt: skip
    assert result.status == 2 and "missing.docx" in result.err and "tidak ada" in result.err
    assert not (tmp_path / out).exists()


def test_a_template_for_a_pdf_is_refused(cli, tmp_path):
    import docx

    template = tmp_path / "kop.docx"
    docx.Document().save(str(template))
    event = cli("demo-data").out.strip()
    result = cli("--lang", "en", "print", "summary", "--event", event, "--out",
                 str(tmp_path / "r.pdf"), "--template", str(template))  # fmt: skip
    assert result.status == 2 and "Word drafts only" in result.err
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["print", "bogus"], "pilihan 'bogus' tidak ada"),
        (["print", "summary"], "argumen berikut wajib diisi: --out"),
        (["events", "--bogus"], "argumen tidak dikenal: --bogus"),
        (["print", "summary", "--out", "x.pdf", "--blank-rows", "abc"], "nilai int tidak sah"),
    ],
)
def test_usage_errors_are_in_indonesian(capsys, args, words):
    assert main(["--lang", "id", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and "cara pakai:" in err
    for english in ("invalid choice", "required", "unrecognized", "usage:", "invalid int"):
        assert english not in err


def test_usage_errors_stay_english_in_english(capsys):
    assert main(["--lang", "en", "print", "summary"]) == 2
    assert "the following arguments are required: --out" in capsys.readouterr().err


def test_help_is_in_indonesian(capsys):
    assert main(["--lang", "id", "--help"]) == 0
    out = capsys.readouterr().out
    assert "cara pakai:" in out and "tampilkan bantuan ini lalu keluar" in out
    assert "show this help" not in out


def test_doctor_names_a_mistyped_data_folder_and_does_not_make_it(cli, tmp_path):
    typo = tmp_path / "kerinjng-data"
    result = cli("--data-dir", str(typo), "doctor", data=False)
    assert result.status == 1 and f"Folder data {typo} tidak ada" in result.out
    assert "Penyimpanan data baik" not in result.out and not typo.exists()
