"""Translation upkeep: find every `_("…")` / `N_("…")` source string and compare with .ts files.

python tools/i18n.py missing            list strings with no finished Indonesian translation
python tools/i18n.py add FILE.ts        append the missing ones to FILE.ts, unfinished,
                                        for a translator (or you) to fill in
python tools/i18n.py qm                 compile every assets/i18n/*_id.ts into
                                        assets/i18n/kerinjing_id.qm with pyside6-lrelease
                                        (Qt's own texts) and kerinjing_id.json (what the
                                        app's `_()` reads); then run tools/update_qrc.py
                                        if either is new
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

I18N = ROOT / "assets" / "i18n"


def load_ts(path: Path) -> dict[str, str]:
    """Source → finished translation from one `.ts` file (unfinished entries are skipped)."""
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "").startswith("Q"):
            continue  # Qt's own widgets (QFileDialog, …): for the compiled .qm only
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                found[source] = node.text
    return found


def ts_catalogue(lang: str = "id") -> dict[str, str]:
    """All `assets/i18n/*_<lang>.ts` files merged (one file per feature avoids edit clashes)."""
    merged: dict[str, str] = {}
    for path in sorted(I18N.glob(f"*_{lang}.ts")):
        merged.update(load_ts(path))
    return merged


def write_json(lang: str = "id") -> Path:
    """The catalogue `kerinjing_desktop.core.i18n` reads, sorted so that diffs stay small."""
    out = I18N / f"kerinjing_{lang}.json"
    text = json.dumps(ts_catalogue(lang), ensure_ascii=False, indent=0, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    return out


def source_strings() -> dict[str, str]:
    """Every literal passed to _() or N_() in the package → 'file:line' of its first use."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "kerinjing_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def missing(lang: str = "id") -> dict[str, str]:
    known = ts_catalogue(lang)
    return {text: where for text, where in source_strings().items() if text not in known}


QM_FILE = I18N / "kerinjing_id.qm"


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_qm(out: Path = QM_FILE) -> Path:
    """Merge all Indonesian .ts files into one compiled catalogue (Qt's own texts included)."""
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    sources = sorted(str(p) for p in I18N.glob("*_id.ts"))
    subprocess.run([tool, "-silent", *sources, "-qm", str(out)], check=True)
    return out


def add_unfinished(ts_file: Path) -> int:
    entries = missing()
    if not entries:
        return 0
    text = ts_file.read_text(encoding="utf-8")
    block = "".join(
        f"    <message>\n        <source>{escape(source)}</source>\n"
        f'        <translation type="unfinished"></translation>\n    </message>\n'
        for source in entries
    )
    ts_file.write_text(text.replace("</context>", block + "</context>", 1), encoding="utf-8")
    return len(entries)


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "missing":
        for source, where in missing().items():
            print(f"{where}: {source}")
    elif len(sys.argv) == 2 and sys.argv[1] == "qm":
        print("wrote", compile_qm().relative_to(ROOT))
        print("wrote", write_json().relative_to(ROOT))
    elif len(sys.argv) == 3 and sys.argv[1] == "add":
        print(add_unfinished(Path(sys.argv[2])), "added")
    else:
        print(__doc__)
        sys.exit(2)
