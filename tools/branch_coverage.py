"""The branch coverage of one part of the package, on its own, from the combined .coverage data.

`coverage report --format=total` mixes lines and branches into one figure; a file of straight
code lifts that figure while an `if` whose other side no test takes stays hidden. Issue 19 asks
for the core's branches alone (90 % or more), so ./test prints this figure next to the total.

Usage (after a test run and `coverage combine`):

    .venv/bin/python tools/branch_coverage.py                       # the core
    .venv/bin/python tools/branch_coverage.py --include 'kerinjing_desktop/gui/*' --worst 10

It reads the data through coverage's own JSON report (written to a temporary file, so nothing
lands in the checkout) and prints "covered/total = percent", then with --worst the files with
the most branches no test takes, each with its missing branches as "line->line".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import coverage

CORE = "kerinjing_desktop/core/*"


@dataclass(frozen=True)
class FileBranches:
    """One file's branch counts and the branches (from line, to line) no test took."""

    path: str
    covered: int
    total: int
    missing: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class BranchTotal:
    """The branches of every file matched, added up."""

    covered: int
    total: int
    files: tuple[FileBranches, ...]

    @property
    def percent(self) -> float:
        """Covered branches as a percentage; a part with no branch at all counts as whole."""
        return 100.0 if self.total == 0 else 100.0 * self.covered / self.total


def branch_total(report: dict) -> BranchTotal:
    """Add up the branches of a coverage JSON report (the dict `coverage json` writes)."""
    files = []
    for path, data in sorted(report.get("files", {}).items()):
        summary = data["summary"]
        missing = tuple((int(a), int(b)) for a, b in data.get("missing_branches", []))
        files.append(
            FileBranches(path, summary["covered_branches"], summary["num_branches"], missing)
        )
    return BranchTotal(sum(f.covered for f in files), sum(f.total for f in files), tuple(files))


def _json_report(data_file: str, include: str) -> dict:
    cov = coverage.Coverage(data_file=data_file)
    cov.load()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "coverage.json"
        cov.json_report(include=[include], outfile=str(out))
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--include", default=CORE, help="files to count (a coverage pattern)")
    parser.add_argument("--data-file", default=".coverage", help="the combined coverage data")
    parser.add_argument("--worst", type=int, default=0, help="list the N files missing most")
    args = parser.parse_args(argv)
    try:
        total = branch_total(_json_report(args.data_file, args.include))
    except coverage.exceptions.CoverageException as error:
        print(f"branch coverage: {error}", file=sys.stderr)
        return 1
    print(f"{total.covered}/{total.total} = {total.percent:.1f} %")
    worst = sorted(total.files, key=lambda f: f.total - f.covered, reverse=True)
    for file in worst[: args.worst]:
        if file.covered < file.total:
            arcs = " ".join(f"{a}->{b}" for a, b in file.missing)
            print(f"  {file.total - file.covered:3d} missing  {file.path}: {arcs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
