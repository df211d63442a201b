#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/kerinjing-desktop/) and check it:
# the built binary must answer `--version`, pass `doctor` offscreen with a fresh data dir, print
# the demo event's certificates and render that PDF as slides, and the bundle must stay under
# 150 MB. Exits non-zero when any of that fails.
# Usage: packaging/build-linux.sh        (from anywhere; needs no network once .venv is set up)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LIMIT_MB=150
BUNDLE=dist/kerinjing-desktop
BINARY="$BUNDLE/kerinjing-desktop"

. tools/setup-env.sh
setup_venv "test,packaging" || exit $?
# PyInstaller reads libraries with objdump; packaging/icu_data.py rebuilds one with objcopy/as/ld
setup_debian_packages binutils

started=$(date +%s)
rm -rf "$BUNDLE" build/pyinstaller
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/kerinjing-desktop.spec
built=$(date +%s)
echo "built $BUNDLE in $((built - started)) s"

failed=0
data_dir=$(mktemp -d)
trap 'rm -rf "$data_dir"' EXIT
export QT_QPA_PLATFORM=offscreen KERINJING_DATA_DIR="$data_dir"
# Run the bundle as a stranger's laptop would: nothing from the checkout or the venv on the path.
run_bundled() { env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV "$BINARY" "$@"; }

if version=$(run_bundled --version); then
    echo "--version: $version"
else
    echo "FAILED: $BINARY --version" >&2
    failed=1
fi

# A laptop in use has a backup (the app makes one at every start): make one, then ask doctor.
run_bundled backup >/dev/null || { echo "FAILED: $BINARY backup" >&2; failed=1; }
echo "doctor (from the bundle, offscreen, in Indonesian, the default language):"
if doctor_out=$(run_bundled doctor); then
    echo "$doctor_out"
    echo "doctor: all checks passed"
else
    echo "$doctor_out"
    echo "FAILED: $BINARY doctor found a problem (see the FIX lines above)" >&2
    failed=1
fi
# The gettext catalogue must be found inside the bundle (assets/i18n/id/LC_MESSAGES/kerinjing.mo):
# without it the app would fall back to English without a word.
if ! grep -q "^OK    Huruf untuk dokumen cetak" <<<"$doctor_out"; then
    echo "FAILED: doctor from the bundle did not speak Indonesian (kerinjing.mo not found?)" >&2
    failed=1
fi
# The fonts must be found inside the bundle (asset_root() → <bundle>/_internal/assets).
if ! run_bundled --lang en doctor --json | .venv/bin/python -c '
import json, sys
findings = json.load(sys.stdin)["findings"]
sys.exit(not any(f["ok"] and "Fonts" in f["message"] for f in findings))'; then
    echo "FAILED: doctor from the bundle did not find the bundled fonts" >&2
    failed=1
fi

# Real work from the bundle: reportlab with its QR codes and the bundled fonts, then QtPdf.
if event=$(run_bundled demo-data) &&
    run_bundled print certificates --event "$event" --out "$data_dir/certificates.pdf" >/dev/null &&
    run_bundled slides render "$data_dir/certificates.pdf" --out "$data_dir/slides" >/dev/null &&
    [ -s "$data_dir/slides/001.png" ]; then
    echo "print certificates + slides render: $(ls "$data_dir/slides" | wc -l) pages"
else
    echo "FAILED: $BINARY could not print the demo certificates or render them as slides" >&2
    failed=1
fi

size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle size: ${size_mb} MB (limit ${LIMIT_MB} MB)"
if [ "$size_mb" -ge "$LIMIT_MB" ]; then
    echo "FAILED: the bundle is over ${LIMIT_MB} MB" >&2
    failed=1
fi
exit "$failed"
