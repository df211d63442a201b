"""Write `resources.qrc` from the files under `assets/` (run after adding or removing an asset).

Every asset is listed under the `/kerinjing` prefix with its path below `assets/` as alias, so
`assets/fonts/DejaVuSans.ttf` is `:/kerinjing/fonts/DejaVuSans.ttf`. `assets/demo/` stays out:
the demo film clip is played by libvlc, which opens real files only, never `qrc:` paths.
`tests/test_resources.py` fails when the file and the folder disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
PREFIX = "/kerinjing"
EXCLUDED_DIRS = ("demo",)  # under assets/: played from disk by libvlc


def asset_files() -> list[str]:
    """Paths below `assets/` (POSIX style) that belong in the resource file."""
    assets = ROOT / "assets"
    found = []
    for path in sorted(assets.rglob("*")):
        relative = path.relative_to(assets)
        if not path.is_file() or relative.parts[0] in EXCLUDED_DIRS:
            continue
        if path.name.startswith(".") or "__pycache__" in relative.parts:
            continue
        found.append(relative.as_posix())
    return found


def render() -> str:
    lines = ['<!DOCTYPE RCC><RCC version="1.0">', f"<qresource prefix={quoteattr(PREFIX)}>"]
    for relative in asset_files():
        lines.append(f"    <file alias={quoteattr(relative)}>assets/{escape(relative)}</file>")
    lines += ["</qresource>", "</RCC>", ""]
    return "\n".join(lines)


def main() -> int:
    QRC.write_text(render(), encoding="utf-8")
    print(f"wrote {QRC.name} ({len(asset_files())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
