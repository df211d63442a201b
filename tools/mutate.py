"""Mutation testing of the core: change one small thing in the code, run its tests, count.

A test suite earns trust when it fails on wrong code. This tool makes wrong code on purpose:
one mutant at a time (a comparison flipped, `and` turned into `or`, a constant moved by one, a
condition negated, a call statement dropped, a returned value replaced by None), runs the
module's own tests against it, and reports per module how many mutants the tests killed.

Usage (not part of ./test: a full run takes tens of minutes on two cores):

    .venv/bin/python tools/mutate.py                      # every module in tools/mutation.toml
    .venv/bin/python tools/mutate.py core/scoring.py      # one module
    .venv/bin/python tools/mutate.py --sample 80 --seed 2 --show-survivors

It works on a copy of the checkout in a temporary folder, so the work tree is never touched,
and runs the tests with bytecode caching off (a mutant written in the same second as the
original, with the same size, would otherwise reuse the original's .pyc). Mutants listed in
`tools/mutation.toml` under `[[equivalent]]` behave exactly like the original; they are left
out of the score, each with its reason.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "kerinjing_desktop"
CONFIG = ROOT / "tools" / "mutation.toml"

_COMPARE_SWAP = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAP = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


@dataclass(frozen=True)
class Mutant:
    """One change: the node's position in a deterministic walk, and what is done to it."""

    index: int
    kind: str
    line: int
    column: int
    label: str

    @property
    def key(self) -> str:
        """Names the mutant in reports and in the config's [[equivalent]] list."""
        return f"L{self.line}:{self.column} {self.kind} {self.label}"


def _is_docstring(parent: ast.AST, node: ast.AST) -> bool:
    body = getattr(parent, "body", None)
    return (
        isinstance(body, list)
        and bool(body)
        and body[0] is node
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _skipped_lines(source: str) -> set[int]:
    return {n for n, line in enumerate(source.splitlines(), 1) if "pragma: no mutate" in line}


def _walk(tree: ast.AST) -> list[tuple[ast.AST, ast.AST | None]]:
    """Every node with its parent, in a fixed order, leaving out TYPE_CHECKING and docstrings."""
    out: list[tuple[ast.AST, ast.AST | None]] = []

    def visit(node: ast.AST, parent: ast.AST | None) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return
        if parent is not None and _is_docstring(parent, node):
            return
        out.append((node, parent))
        for child in ast.iter_child_nodes(node):
            visit(child, node)

    visit(tree, None)
    return out


def _candidates(node: ast.AST, parent: ast.AST | None) -> list[tuple[str, str]]:
    """The (kind, label) mutations this node allows."""
    found: list[tuple[str, str]] = []
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            if type(op) in _COMPARE_SWAP:
                found.append(("compare", f"{i}:{type(op).__name__}"))
    elif isinstance(node, ast.BoolOp):
        found.append(("boolop", type(node.op).__name__))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        found.append(("drop-not", "not"))
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINOP_SWAP:
        # `a + b` on strings is formatting glue more often than arithmetic; still worth a try
        found.append(("binop", type(node.op).__name__))
    elif isinstance(node, ast.Constant) and not isinstance(parent, ast.JoinedStr):
        value = node.value
        if isinstance(value, bool):
            found.append(("constant", f"{value}->not"))
        elif isinstance(value, int):
            found.append(("constant", f"{value}->+1"))
        elif isinstance(value, float):
            found.append(("constant", f"{value}->x2"))
        elif isinstance(value, str) and value and not isinstance(parent, ast.Dict):
            found.append(("constant", "str->empty"))
    elif isinstance(node, (ast.If, ast.While)):
        found.append(("negate", type(node).__name__))
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            found.append(("return-none", "return"))
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        found.append(("drop-call", ast.unparse(node.value.func)[:40]))
    return found


def list_mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    skipped = _skipped_lines(source)
    mutants = []
    for index, (node, parent) in enumerate(_walk(tree)):
        line = getattr(node, "lineno", 0)
        if line in skipped:
            continue
        for kind, label in _candidates(node, parent):
            mutants.append(Mutant(index, kind, line, getattr(node, "col_offset", 0), label))
    return mutants


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node, parent = _walk(tree)[mutant.index]
    if mutant.kind == "compare":
        i = int(mutant.label.split(":")[0])
        node.ops[i] = _COMPARE_SWAP[type(node.ops[i])]()
    elif mutant.kind == "boolop":
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif mutant.kind == "binop":
        node.op = _BINOP_SWAP[type(node.op)]()
    elif mutant.kind == "constant":
        value = node.value
        if isinstance(value, bool):
            node.value = not value
        elif isinstance(value, int):
            node.value = value + 1
        elif isinstance(value, float):
            node.value = value * 2 if value else 1.0
        else:
            node.value = ""
    elif mutant.kind == "negate":
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif mutant.kind == "return-none":
        node.value = ast.Constant(value=None)
    elif mutant.kind == "drop-not":
        _replace(parent, node, node.operand)
    elif mutant.kind == "drop-call":
        _replace(parent, node, ast.Pass())
    return ast.unparse(ast.fix_missing_locations(tree))


def _replace(parent: ast.AST | None, old: ast.AST, new: ast.AST) -> None:
    assert parent is not None
    for field, value in ast.iter_fields(parent):
        if value is old:
            setattr(parent, field, new)
            return
        if isinstance(value, list):
            for i, item in enumerate(value):
                if item is old:
                    value[i] = new
                    return
    raise LookupError("node not found under its parent")


# --------------------------------------------------------------------------- running


def _copy_checkout(into: Path) -> None:
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.pyc", "build", "dist")
    for name in (PACKAGE, "tests", "assets", "tools", "pyproject.toml", "resources.qrc"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, into / name)


def _run_tests(workdir: Path, tests: list[str], timeout: float) -> str:
    """'killed' when a test fails (or hangs), 'survived' when all pass."""
    env = dict(os.environ, PYTHONPATH=str(workdir), PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    try:
        done = subprocess.run(
            command, cwd=workdir, env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return "killed"
    return "survived" if done.returncode == 0 else "killed"


@dataclass
class ModuleResult:
    module: str
    mutants: int
    killed: int
    equivalent: int
    survivors: list[str]

    @property
    def score(self) -> float:
        counted = self.mutants - self.equivalent
        return 100.0 * self.killed / counted if counted else 100.0


def mutate_module(
    workdir: Path, module: str, tests: list[str], sample: int, seed: int, equivalent: set[str]
) -> ModuleResult:
    target = workdir / PACKAGE / module
    original = target.read_text(encoding="utf-8")
    everything = list_mutants(original)
    chosen = sorted(
        random.Random(f"{seed}:{module}").sample(everything, min(sample, len(everything))),
        key=lambda m: (m.line, m.index),
    )
    started = time.monotonic()
    if _run_tests(workdir, tests, timeout=600) != "survived":
        raise SystemExit(f"{module}: its tests fail before any mutation; fix them first")
    timeout = 3 * (time.monotonic() - started) + 10
    result = ModuleResult(module, len(chosen), 0, 0, [])
    try:
        for mutant in chosen:
            if mutant.key in equivalent:
                result.equivalent += 1
                continue
            target.write_text(apply(original, mutant), encoding="utf-8")
            if _run_tests(workdir, tests, timeout) == "killed":
                result.killed += 1
            else:
                result.survivors.append(mutant.key)
    finally:
        target.write_text(original, encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "modules", nargs="*", help="paths under kerinjing_desktop/, e.g. core/stats.py"
    )
    parser.add_argument("--sample", type=int, default=60, help="mutants per module (default 60)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument("--show-survivors", action="store_true")
    args = parser.parse_args(argv)

    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    modules: dict[str, list[str]] = {m: v["tests"] for m, v in config["modules"].items()}
    equivalent: dict[str, set[str]] = {}
    for item in config.get("equivalent", []):
        equivalent.setdefault(item["module"], set()).add(item["mutant"])
    names = args.modules or list(modules)
    unknown = [name for name in names if name not in modules]
    if unknown:
        parser.error(f"not in {CONFIG.name}: {', '.join(unknown)}")

    results = []
    with tempfile.TemporaryDirectory(prefix="kerinjing-mutate-") as tmp:
        workdir = Path(tmp)
        _copy_checkout(workdir)
        for name in names:
            result = mutate_module(
                workdir, name, modules[name], args.sample, args.seed, equivalent.get(name, set())
            )
            results.append(result)
            if not args.json:
                print(
                    f"{name:32} {result.score:5.1f}%  killed {result.killed}"
                    f" of {result.mutants - result.equivalent}"
                    f" (equivalent {result.equivalent})",
                    flush=True,
                )
                if args.show_survivors:
                    for survivor in result.survivors:
                        print(f"    survived: {survivor}")
    if args.json:
        print(json.dumps([{**vars(r), "score": round(r.score, 1)} for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
