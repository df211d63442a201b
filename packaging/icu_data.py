"""A smaller ICU data library for the Linux bundle (used by kerinjing-desktop.spec).

PySide6's Qt links ICU, and ICU's data library (libicudata.so.NN, 31 MB: one symbol `icudtNN_dat`
holding a "CmnD" package of 3,900 items) is the largest file in the bundle. Qt Core calls only
ICU's case mapping, converters (ucnv_*), collation (ucol_*) and calendar/time-zone (ucal_*)
functions (`nm -D --undefined-only libQt6Core.so.6 | grep _73$`) and no other Qt library or
plugin calls ICU. So break iterators, transliterators, spelled-out numbers and the display names
of units, currencies, languages and regions are never read; neither are the converter tables
(QStringConverter's legacy encodings: the app reads and writes UTF-8 only, and Python decodes
the CSV files it imports) or Unicode character names. Collation, time zones and the locale data
stay for root, English and Indonesian; for another locale ICU falls back to the default locale
or root (root collation order, English time-zone names).

`trimmed_library()` writes a library with the same name and symbol holding only those items,
with binutils (`objcopy`, `as`, `ld`), which PyInstaller needs on Linux anyway.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

DROP_TREES = ("brkitr/", "curr/", "lang/", "rbnf/", "region/", "translit/", "unit/")
KEEP_LANGUAGES = ("root", "en", "id", "in")  # `in` is ICU's old code for Indonesian
# A locale's resource bundle in the main tree, coll/ or zone/: `id.res`, `coll/en_US_POSIX.res`,
# `coll/de__PHONEBOOK.res`; group 1 is the language.
_LOCALE = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")


def keep(name: str) -> bool:
    """Whether an item of the ICU data (its name without the `icudtNNl/` prefix) stays."""
    if name.startswith(DROP_TREES) or name.endswith(".cnv") or name == "unames.icu":
        return False
    locale = _LOCALE.match(name)
    if locale and not name.endswith("res_index.res"):  # res_index: a tree's list of locales
        return locale.group(1) in KEEP_LANGUAGES
    return True


def items(data: bytes) -> list[tuple[str, bytes]]:
    """(name, bytes) of each item of the ICU common data package `data` (a header, then a table
    of contents: the count, (name offset, item offset) pairs, the names, the items aligned to 16
    bytes), in the package's sorted order; names keep their `icudtNNl/` prefix."""
    header_size = struct.unpack_from("<H", data)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [item_at for _, item_at in entries[1:]] + [len(toc)]
    return [
        (toc[name_at : toc.index(b"\0", name_at)].decode("ascii"), toc[item_at:end])
        for (name_at, item_at), end in zip(entries, ends, strict=True)
    ]


def repack(data: bytes, wanted=keep) -> bytes:
    """The ICU common data package `data` with only the items whose name (without the prefix)
    `wanted` accepts."""
    kept = [
        (name.encode("ascii"), item) for name, item in items(data) if wanted(name.split("/", 1)[1])
    ]
    padding = b"\xaa"  # what ICU's own tools pad with
    names = b"".join(name + b"\0" for name, _ in kept)
    name_at = 4 + 8 * len(kept)
    names += padding * (-(name_at + len(names)) % 16)
    item_at = name_at + len(names)
    table, bodies = [struct.pack("<I", len(kept))], []
    for name, item in kept:
        table.append(struct.pack("<II", name_at, item_at))
        bodies.append(item + padding * (-len(item) % 16))
        name_at += len(name) + 1
        item_at += len(bodies[-1])
    header_size = struct.unpack_from("<H", data)[0]
    return data[:header_size] + b"".join(table) + names + b"".join(bodies)


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def trimmed_library(library: Path, workdir: Path) -> Path:
    """Write `workdir`/<library's name>: the ICU data library `library` with only the items
    `keep` accepts. Returns its path."""
    workdir.mkdir(parents=True, exist_ok=True)
    symbols = _run("nm", "-D", "--defined-only", str(library)).split()
    symbol = next(word for word in symbols if word.endswith("_dat"))  # icudtNN_dat: all .rodata
    full = workdir / f"{symbol}.full"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full))
    data = workdir / f"{symbol}.dat"
    data.write_bytes(repack(full.read_bytes()))
    source = workdir / f"{symbol}.s"
    source.write_text(
        '.section .note.GNU-stack,"",@progbits\n'
        '.section .rodata,"a",@progbits\n'
        f".globl {symbol}\n.type {symbol},@object\n.balign 16\n"
        f'{symbol}:\n.incbin "{data}"\n.size {symbol},.-{symbol}\n',
        encoding="utf-8",
    )
    _run("as", "-o", str(source.with_suffix(".o")), str(source))
    output = workdir / library.name
    _run("ld", "-shared", "-soname", library.name, "-o", str(output), str(source.with_suffix(".o")))
    full.unlink()
    return output
