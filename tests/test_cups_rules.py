"""Handing a PDF to CUPS (core/cups.py) without a printer: the exact `lp` command for each
choice of the print dialog, which socket is used, when the app may hand a PDF over at all,
and what a stand-in `lp` (a script on PATH) makes of a job taken, refused or stuck."""

from __future__ import annotations

import os
import shutil
import stat
import sys

import pytest

from kerinjing_desktop.core import cups, i18n
from kerinjing_desktop.core.cups import A4, F4, CupsError, Paper, Sides, SpoolJob, lp_command

posix_only = pytest.mark.skipif(os.name == "nt", reason="CUPS and a shell-script lp")


def test_the_plainest_job_is_one_sided_one_copy_of_every_page(tmp_path):
    command = lp_command(tmp_path / "a.pdf", SpoolJob("office", "Sertifikat"), tmp_path / "s")
    assert command == [
        "lp", "-h", str(tmp_path / "s"), "-d", "office", "-t", "Sertifikat", "-n", "1",
        "-o", "sides=one-sided", "--", str(tmp_path / "a.pdf"),
    ]  # fmt: skip


def test_every_choice_travels_as_its_option_in_order(tmp_path):
    job = SpoolJob("office", "Daftar", copies=2, collate=True, paper=A4,
                   sides=Sides.LONG_EDGE, first=1, last=1, grey=True)  # fmt: skip
    assert lp_command(tmp_path / "a.pdf", job, tmp_path / "s")[9:] == [
        "-P", "1-1", "-o", "media=A4", "-o", "sides=two-sided-long-edge", "-o", "collate=true",
        "-o", "print-color-mode=monochrome", "--", str(tmp_path / "a.pdf"),
    ]  # fmt: skip


def test_copies_are_collated_unless_the_dialog_says_not(tmp_path):
    def options(job: SpoolJob) -> list[str]:
        return lp_command(tmp_path / "a.pdf", job, tmp_path / "s")

    assert "collate=true" in options(SpoolJob("office", "x", copies=2))
    assert "collate=false" in options(SpoolJob("office", "x", copies=2, collate=False))
    assert not any(o.startswith("collate") for o in options(SpoolJob("office", "x")))


def test_half_a_page_range_means_every_page(tmp_path):
    for first, last in ((3, None), (None, 3)):
        job = SpoolJob("office", "x", first=first, last=last)
        assert "-P" not in lp_command(tmp_path / "a.pdf", job, tmp_path / "s")


def test_a_paper_without_a_cups_name_is_a_custom_size_in_whole_millimetres():
    assert (A4.media, F4.media) == ("A4", "Custom.215x330mm")
    assert Paper(215.4, 329.6).media == "Custom.215x330mm"
    assert [s.value for s in Sides] == [
        "one-sided", "two-sided-long-edge", "two-sided-short-edge",
    ]  # fmt: skip


def test_cups_is_looked_for_where_linux_and_macos_put_its_socket():
    """Debian, Ubuntu and Fedora; older layouts; macOS."""
    assert [str(p) for p in cups.SOCKETS] == [
        "/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd",
    ]  # fmt: skip


def test_the_usual_sockets_are_looked_for_in_order(tmp_path, monkeypatch):
    first, second = tmp_path / "one.sock", tmp_path / "two.sock"
    monkeypatch.delenv("CUPS_SERVER", raising=False)
    monkeypatch.setattr(cups, "SOCKETS", (first, second))
    assert cups.local_socket() is None
    second.touch()
    assert cups.local_socket() == second
    first.touch()
    assert cups.local_socket() == first
    assert [str(p) for p in cups.SOCKETS] == [str(first), str(second)]


def test_a_pdf_is_handed_over_only_to_a_named_printer_with_lp_and_a_socket(monkeypatch, tmp_path):
    sock = tmp_path / "cups.sock"
    monkeypatch.setattr(cups, "local_socket", lambda: sock)
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    assert cups.can_print_pdf("office") is (os.name != "nt")
    assert cups.can_print_pdf("") is False
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert cups.can_print_pdf("office") is False
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(cups, "local_socket", lambda: None)
    assert cups.can_print_pdf("office") is False
    monkeypatch.setattr(cups, "local_socket", lambda: sock)
    monkeypatch.setattr(os, "name", "nt")  # Windows: printers want pages drawn
    assert cups.can_print_pdf("office") is False


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """An `lp` on PATH that records its arguments and environment and answers as told."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    sock = tmp_path / "cups.sock"
    sock.touch()
    monkeypatch.setattr(cups, "local_socket", lambda: sock)
    monkeypatch.setenv("CUPS_SERVER", "printserver.example:631")
    i18n.set_language("en")

    def answer(body: str) -> None:
        script.write_text(
            f"#!{sys.executable}\nimport os, sys\n"
            f"open({str(tmp_path / 'args')!r}, 'w').write("
            "'\\n'.join(sys.argv[1:] + [os.environ['CUPS_SERVER'], os.environ['LC_ALL']]))\n"
            + body,
            encoding="utf-8",
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR)

    answer.sock = sock  # type: ignore[attr-defined]
    answer.args = tmp_path / "args"  # type: ignore[attr-defined]
    return answer


@posix_only
def test_a_taken_job_gives_its_id_and_lp_speaks_only_to_the_local_socket(fake_lp, tmp_path):
    fake_lp("print('request id is office-42 (1 file(s))')\n")
    assert cups.hand_over(tmp_path / "a.pdf", SpoolJob("office", "x")) == "office-42"
    seen = fake_lp.args.read_text(encoding="utf-8").splitlines()
    assert seen[:2] == ["-h", str(fake_lp.sock)]
    assert seen[-2:] == [str(fake_lp.sock), "C"]  # CUPS_SERVER overridden, messages in English
    fake_lp("print('done')\n")
    assert cups.hand_over(tmp_path / "a.pdf", SpoolJob("office", "x")) == ""


@posix_only
def test_a_refused_job_says_the_schedulers_reason(fake_lp, tmp_path):
    fake_lp("sys.stderr.write('lp: The printer or class does not exist.\\n'); sys.exit(1)\n")
    with pytest.raises(CupsError) as raised:
        cups.hand_over(tmp_path / "a.pdf", SpoolJob("nowhere", "x"))
    assert str(raised.value) == (
        "The printer did not take the job: The printer or class does not exist."
    )
    fake_lp("sys.exit(3)\n")
    with pytest.raises(CupsError) as raised:
        cups.hand_over(tmp_path / "a.pdf", SpoolJob("nowhere", "x"))
    assert str(raised.value) == "The printer did not take the job: lp 3"


@posix_only
def test_an_lp_that_cannot_run_or_hangs_is_a_sentence(fake_lp, tmp_path, monkeypatch):
    fake_lp("import time; time.sleep(30)\n")
    monkeypatch.setattr(cups, "HAND_OVER_TIMEOUT_S", 0.5)
    with pytest.raises(CupsError, match=r"^The printer did not take the job: Command .* timed out"):
        cups.hand_over(tmp_path / "a.pdf", SpoolJob("office", "x"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(CupsError, match=r"^The printer did not take the job: \[Errno 2\]"):
        cups.hand_over(tmp_path / "a.pdf", SpoolJob("office", "x"))


def test_without_the_scheduler_the_person_printing_is_told(monkeypatch, tmp_path):
    i18n.set_language("en")
    monkeypatch.setattr(cups, "local_socket", lambda: None)
    with pytest.raises(CupsError) as raised:
        cups.hand_over(tmp_path / "a.pdf", SpoolJob("office", "x"))
    assert str(raised.value) == "The printing system (CUPS) is not running on this computer."
    assert cups.HAND_OVER_TIMEOUT_S == 120
