"""Translation upkeep with gettext catalogues (Babel): extract, list what is missing, compile.

python tools/i18n.py extract        bring translations/id.po in line with the code: every string
                                    marked with _(), N_(), ngettext() or pgettext() gets an
                                    entry (new ones empty, for a translator or you to fill in),
                                    entries no longer in the code go
python tools/i18n.py missing        list the marked strings without a finished Indonesian
                                    translation (empty or fuzzy), with where they are used
python tools/i18n.py mo             translations/id.po → assets/i18n/id/LC_MESSAGES/kerinjing.mo
                                    only (./run, ./test and the bundle build run it: the .mo is
                                    built, not committed, since a binary file cannot be merged)
python tools/i18n.py compile        translations/id.po → assets/i18n/id/LC_MESSAGES/kerinjing.mo
                                    (what the app's gettext reads), and translations/*_id.ts and
                                    *_en.ts (Qt's own texts) → assets/i18n/qt_id.qm and
                                    qt_en.qm with pyside6-lrelease
python tools/i18n.py qm             extract, take over the finished translations of any old
                                    assets/i18n/*_id.ts left by a branch made before the move
                                    to gettext, then compile (the old command's name still works)
python tools/i18n.py from-ts F.ts   fill empty .po entries from the finished translations of F.ts

The .po is written sorted by message, without source locations: adding a string elsewhere in
the code changes one entry, and two branches adding strings rarely touch the same lines.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kerinjing_desktop"
SOURCES = ROOT / "translations"
PO_FILE = SOURCES / "id.po"
COMPILED = ROOT / "assets" / "i18n"
MO_FILE = COMPILED / "id" / "LC_MESSAGES" / "kerinjing.mo"
QT_LANGUAGES = ("id", "en")  # translations/*_<lang>.ts → assets/i18n/qt_<lang>.qm
OLD_TS = COMPILED  # where the app's .ts catalogues lived before the move to gettext

# marking function → what its leading string arguments are (core/i18n.py)
KEYWORDS = {
    "_": ("text",),
    "N_": ("text",),
    "ngettext": ("singular", "plural"),
    "pgettext": ("context", "text"),
}
HEADER = """\
# Indonesian translations of Kerinjing Desktop; English is the source language.
# Fill in the msgstr lines, then run: python tools/i18n.py compile
# (python tools/i18n.py extract adds the strings new in the code).
#"""
# a fixed date keeps the header, and so the .po and .mo, the same at every extraction
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Marked:
    """One marked string in the code: its message id (a pair for plurals) and context."""

    msgid: str | tuple[str, str]
    context: str | None
    where: str  # file:line of a use, for the list of missing ones


def _marked_in(path: Path) -> list[Marked]:
    """The marked strings of one module, read from its syntax tree.

    The tree, not Babel's tokenizer: on Python 3.11 an f-string is a single token, and
    `f"{_('Q')}{n}"` would escape extraction.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT).as_posix()
    found: list[tuple[int, int, Marked]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        fields = KEYWORDS.get(node.func.id)
        if fields is None or len(node.args) < len(fields):
            continue
        args = node.args[: len(fields)]
        if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
            continue  # a variable: its text is marked with N_() where it is declared
        values = dict(zip(fields, (a.value for a in args), strict=True))  # type: ignore[attr-defined]
        context = values.get("context")
        text = values.get("text")
        msgid = text if text is not None else (values["singular"], values["plural"])
        if msgid:
            found.append((node.lineno, node.col_offset, Marked(msgid, context, "")))
    # ast.walk goes breadth first: back to the order of the file
    return [Marked(m.msgid, m.context, f"{where}:{line}") for line, _c, m in sorted(found)]


def marked_strings() -> list[Marked]:
    """Every marked string of the package, in file order (first use first)."""
    return [m for path in sorted(PACKAGE.rglob("*.py")) for m in _marked_in(path)]


def template() -> Catalog:
    """The catalogue the code asks for, without translations (what a .pot file would hold)."""
    catalog = Catalog(domain="kerinjing", project="Kerinjing Desktop", creation_date=EPOCH,
                      revision_date=EPOCH, fuzzy=False)  # fmt: skip
    for marked in marked_strings():
        catalog.add(marked.msgid, context=marked.context)
    return catalog


def read_catalog(path: Path = PO_FILE) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale="id", domain="kerinjing")


def write_catalog(catalog: Catalog, path: Path = PO_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True, sort_output=True,
                 ignore_obsolete=True)  # fmt: skip


def extract() -> tuple[int, int]:
    """Update the .po from the code; (entries added, entries dropped)."""
    if PO_FILE.exists():
        catalog = read_catalog()
    else:
        catalog = Catalog(locale="id", domain="kerinjing", header_comment=HEADER,
                          project="Kerinjing Desktop", version="1", creation_date=EPOCH,
                          revision_date=EPOCH, last_translator="Kerinjing Desktop",
                          language_team="Indonesian", fuzzy=False)  # fmt: skip
    before = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}
    catalog.update(template(), update_creation_date=False)
    after = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}
    write_catalog(catalog)
    return len(after - before), len(before - after)


def finished(message: Message) -> bool:
    """A translation the app will show: every form filled in, not marked fuzzy."""
    forms = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return not message.fuzzy and all(forms)


def missing() -> dict[str, str]:
    """Marked strings without a finished Indonesian translation → where one is used."""
    catalog = read_catalog()
    gaps: dict[str, str] = {}
    for marked in marked_strings():
        key = marked.msgid if isinstance(marked.msgid, str) else marked.msgid[0]
        message = catalog.get(key, marked.context)
        if message is None or not finished(message):
            label = f"[{marked.context}] {key}" if marked.context else key
            gaps.setdefault(label, marked.where)
    return gaps


def compile_mo(out: Path = MO_FILE) -> Path:
    """The .po as the binary catalogue gettext reads (fuzzy entries left out, as msgfmt does)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        write_mo(handle, read_catalog())
    return out


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def qm_file(lang: str) -> Path:
    return COMPILED / f"qt_{lang}.qm"


def ts_files(lang: str) -> list[Path]:
    return sorted(SOURCES.glob(f"*_{lang}.ts"))


def compile_qm(lang: str) -> Path:
    """Qt's own texts (standard buttons, file and print dialogs) for Qt's QTranslator."""
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    out = qm_file(lang)
    sources = [str(p) for p in ts_files(lang)]
    subprocess.run([tool, "-silent", *sources, "-qm", str(out)], check=True, timeout=120)
    return out


def ts_translations(path: Path) -> dict[str, str]:
    """Source → finished translation of an old Qt Linguist file (Qt's own contexts left out)."""
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "").startswith("Q"):
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source and node is not None and node.text and node.get("type") is None:
                found[source] = node.text
    return found


def from_ts(path: Path) -> int:
    """Fill the .po's empty singular entries from `path`; the number filled."""
    known = ts_translations(path)
    catalog = read_catalog()
    filled = 0
    for message in catalog:
        if isinstance(message.id, str) and message.id in known and not finished(message):
            message.string = known[message.id]
            message.flags.discard("fuzzy")
            filled += 1
    write_catalog(catalog)
    return filled


def _main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract" and len(argv) == 1:
        added, dropped = extract()
        print(f"{PO_FILE.relative_to(ROOT)}: {added} added, {dropped} dropped; "
              f"{len(missing())} to translate")  # fmt: skip
    elif command == "missing" and len(argv) == 1:
        for text, where in missing().items():
            print(f"{where}: {text}")
    elif command == "mo" and len(argv) == 1:
        compile_mo()
    elif command == "compile" and len(argv) == 1:
        print("wrote", compile_mo().relative_to(ROOT))
        for lang in QT_LANGUAGES:
            print("wrote", compile_qm(lang).relative_to(ROOT))
    elif command == "qm" and len(argv) == 1:
        extract()
        for old in sorted(OLD_TS.glob("*_id.ts")):
            print(f"{old.relative_to(ROOT)}: {from_ts(old)} translations taken; delete it "
                  f"(git rm) once it has none of its own left")  # fmt: skip
        print("wrote", compile_mo().relative_to(ROOT))
        for lang in QT_LANGUAGES:
            print("wrote", compile_qm(lang).relative_to(ROOT))
        gaps = missing()
        print(f"{len(gaps)} to translate in {PO_FILE.relative_to(ROOT)}" if gaps else "done")
    elif command == "from-ts" and len(argv) == 2:
        print(from_ts(Path(argv[1])), "filled")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
