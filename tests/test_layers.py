"""The README's layout shows the layers as the import-linter contracts in pyproject.toml state
them (`lint-imports` in ./test checks the code against the contracts themselves)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}


def readme_layers() -> list[tuple[str, str]]:
    """(layer, what) of the first table under '## Layout', top to bottom."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 3 and cells[0] and not cells[0].startswith("---"):
            rows.append((cells[0].replace("\\|", "|"), cells[2]))
    return rows[1:]  # the header row


def test_the_readme_lists_the_contracts_layers_in_their_order():
    top = contracts()["top-layers"]["layers"]
    core = contracts()["core-layers"]["layers"]
    assert top[-1] == "core" and len(core) == 3
    expected = top[:-1] + ["core: services", "core: store", "core: domain"]
    assert [layer for layer, _ in readme_layers()] == expected


def test_the_readme_names_every_core_service():
    """The services row names each module of the services layer (demo* stands for demo_*)."""
    services = contracts()["core-layers"]["layers"][0].split(" : ")
    what = dict(readme_layers())["core: services"]
    named = set(re.findall(r"`(\w+)\*?`", what))
    for module in services:
        assert module in named or module.split("_")[0] in named, module


# The exceptions only shrink: when you remove one, lower its number here in the same commit.
# New code that breaks a layer or trips mypy is fixed, not listed (see pyproject.toml).
IGNORED_IMPORTS = 0  # [tool.importlinter] ignore_imports, all contracts
MYPY_DISABLED_CODES = 46  # (module, error code) pairs switched off in [[tool.mypy.overrides]]
MYPY_NOT_YET_STRICT = 12  # domain and store modules outside the strict flags


def test_the_lists_of_exceptions_do_not_grow():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    ignored = [i for c in config["importlinter"]["contracts"] for i in c.get("ignore_imports", [])]
    overrides = config["mypy"]["overrides"]
    disabled = sum(
        len(o["module"]) * len(o["disable_error_code"])
        for o in overrides
        if "disable_error_code" in o
    )
    (not_strict,) = [o["module"] for o in overrides if o.get("disallow_untyped_defs") is False]
    assert len(ignored) <= IGNORED_IMPORTS
    assert disabled <= MYPY_DISABLED_CODES
    assert len(not_strict) <= MYPY_NOT_YET_STRICT
    (strict,) = [o["module"] for o in overrides if o.get("disallow_untyped_defs") is True]
    assert not set(strict) & set(not_strict)
