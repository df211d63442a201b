"""./run checks the libraries Qt's xcb plugin needs before it starts Qt, and says in words
(Indonesian and English) what to install, instead of Qt's English "could not load the Qt
platform plugin xcb" (issue 13, item 18)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _check(tmp_path: Path, ldd_output: str) -> subprocess.CompletedProcess:
    plugin = tmp_path / ".venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms"
    plugin.mkdir(parents=True)
    (plugin / "libqxcb.so").write_bytes(b"")
    fake = tmp_path / "bin"
    fake.mkdir()
    for name, body in {
        "ldd": f"cat <<'OUT'\n{ldd_output}\nOUT",
        "id": "echo 1000",  # not root, and no sudo: nothing is installed, it is said
        "sudo": "exit 1",
    }.items():
        (fake / name).write_text(f"#!/bin/sh\n{body}\n")
        (fake / name).chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PATH"] = f"{fake}:{env['PATH']}"
    script = f'. "{ROOT}/tools/setup-env.sh"; cd "{tmp_path}"; check_qt_libraries'
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True)


def test_a_missing_xcb_cursor_library_is_said_with_the_command_to_install_it(tmp_path):
    done = _check(
        tmp_path,
        "\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n"
        "\tlibxcb-cursor.so.0 => not found\n\tlibxkbcommon-x11.so.0 => not found",
    )
    assert done.returncode == 2
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in done.stderr
    assert (
        "belum bisa membuka jendelanya" in done.stderr and "cannot open its window" in done.stderr
    )


def test_nothing_is_said_when_every_library_is_there(tmp_path):
    done = _check(tmp_path, "\tlibxcb-cursor.so.0 => /usr/lib/libxcb-cursor.so.0 (0x1)")
    assert done.returncode == 0 and done.stderr == ""


def test_run_checks_before_starting_the_app():
    lines = (ROOT / "run").read_text().splitlines()
    assert lines.index("check_qt_libraries || exit $?") < next(
        i for i, line in enumerate(lines) if "kerinjing-desktop" in line and "exec" in line
    )
