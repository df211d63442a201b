# Sourced by ./run and ./test: make .venv match pyproject.toml (no-op when it already does).
# Usage: setup_venv [extras]
setup_venv() {
    local extras="${1:-}" spec="." py="${PYTHON:-}"
    [ -n "$extras" ] && spec=".[$extras]"
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
    local stamp=".venv/.kerinjing-installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${extras:-base}"
    if [ ! -f "$stamp" ]; then
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec" || return 2
        rm -f .venv/.kerinjing-installed-*
        touch "$stamp"
        # a test install also satisfies ./run
        [ -n "$extras" ] && touch "${stamp%-*}-base"
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
