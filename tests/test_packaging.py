"""The packaging files are complete and well-formed (the bundle: packaging/build-linux.sh)."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "id.kerinjing.Desktop"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_spec = importlib.util.spec_from_file_location("icu_data", PACKAGING / "icu_data.py")
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys():
    """The .desktop entry names the app, runs kerinjing-desktop, and has an icon and categories."""
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Kerinjing Desktop"
    assert entry["Exec"].split()[0] == "kerinjing-desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";") and "Education" in entry["Categories"]
    assert entry["Comment[id]"]


def test_metainfo_parses_with_id_name_summary_in_both_languages():
    """The AppStream metainfo is valid XML with the id, and a name, summary and description in
    English and Indonesian."""
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    for tag in ("name", "summary"):
        by_lang = {node.get(XML_LANG, "en"): (node.text or "").strip() for node in root.iter(tag)}
        assert by_lang.get("en") and by_lang.get("id"), tag
    paragraphs = {p.get(XML_LANG, "en") for p in root.find("description").iter("p")}
    assert paragraphs == {"en", "id"}


def test_icon_svg_and_png_exist():
    """The icon is an SVG with a 256×256 PNG rendered from it (tools/render_icon.py)."""
    svg = ROOT / "assets" / "icons" / "kerinjing-desktop.svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    png = (ROOT / "assets" / "icons" / "kerinjing-desktop.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == 256
    assert (PACKAGING / "windows" / "kerinjing-desktop.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_spec_is_python_and_bundles_the_assets():
    """The PyInstaller spec compiles as Python and puts assets/ at `assets` in the bundle."""
    source = (PACKAGING / "kerinjing-desktop.spec").read_text(encoding="utf-8")
    compile(source, "kerinjing-desktop.spec", "exec")
    assert '(str(ROOT / "assets"), "assets")' in source
    assert "PySide6.QtWebEngineCore" in source and "tkinter" in source  # kept out
    # reportlab imports its barcode modules from strings: without them no certificate prints
    assert 'collect_submodules("reportlab.graphics.barcode")' in source
    assert "trimmed_library" in source  # the small ICU data library


def test_build_script_checks_version_doctor_and_size():
    """build-linux.sh runs the built binary's --version and doctor, and enforces 150 MB."""
    script = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in script
    assert "--version" in script and "doctor" in script and "LIMIT_MB=150" in script
    assert "QT_QPA_PLATFORM=offscreen" in script
    assert "print certificates" in script and "slides render" in script


def test_inno_setup_script_checks_for_64_bit_vlc_3():
    """The Windows installer looks for VLC 3 in the 64-bit registry view and says where to get
    it, and it installs only on 64-bit Windows."""
    iss = (PACKAGING / "windows" / "kerinjing.iss").read_text(encoding="utf-8")
    assert "HKLM64" in iss and r"SOFTWARE\VideoLAN\VLC" in iss
    assert re.search(r"Copy\(Version, 1, 2\) <> '3\.'", iss)
    assert "videolan.org" in iss and "64-bit" in iss
    assert "ArchitecturesAllowed=x64compatible" in iss
    assert r"dist\kerinjing-desktop\*" in iss


# Inno Setup's English messages, where packaging/check-windows-installer.sh caches Inno Setup
DEFAULT_ISL = (
    Path(os.environ.get("KERINJING_ISCC_CACHE", Path.home() / ".cache" / "kerinjing-iscc"))
    / "npm/node_modules/innosetup/bin/Default.isl"
)
ISL_PLACEHOLDER = re.compile(r"%[1-9n]|\[(?:name|name/ver|gb|mb)\]")


def _isl_messages(path: Path) -> dict[str, str]:
    section, messages = "", {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if header := re.fullmatch(r"\[(\w+)\]", line):
            section = header[1]
        elif line and not line.startswith(";") and section.endswith("Messages"):
            key, _, value = line.partition("=")
            assert f"{section}.{key}" not in messages, f"{section}.{key} twice in {path.name}"
            messages[f"{section}.{key}"] = value
    return messages


def _placeholders(text: str) -> tuple[set[str], bool]:
    return set(ISL_PLACEHOLDER.findall(text)), text.endswith(".")  # Inno adds some periods


def test_indonesian_isl_is_well_formed():
    """Indonesian.isl: UTF-8 with BOM, LanguageID $0421, each key once, only Inno's placeholders."""
    isl = PACKAGING / "windows" / "Indonesian.isl"
    assert isl.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "\nLanguageID=$0421\n" in isl.read_text(encoding="utf-8-sig")
    messages = _isl_messages(isl)
    assert len(messages) > 250 and "CustomMessages.LaunchProgram" in messages
    for key, value in messages.items():
        rest = ISL_PLACEHOLDER.sub("", value)
        assert "%" not in rest and not re.search(r"\[[^]]*\]", rest), key


@pytest.mark.skipif(
    not DEFAULT_ISL.is_file(), reason="Inno Setup not cached (run check-windows-installer.sh)"
)
def test_indonesian_isl_has_exactly_the_messages_of_inno_setups_default_isl():
    """Indonesian.isl has Default.isl's keys, no more, with their placeholders and final periods."""
    english = _isl_messages(DEFAULT_ISL)
    ours = _isl_messages(PACKAGING / "windows" / "Indonesian.isl")
    assert set(ours) == set(english)
    for key, text in english.items():
        assert _placeholders(ours[key]) == _placeholders(text), key
        assert bool(ours[key]) == bool(text), key


def test_icu_trim_keeps_collation_time_zones_and_the_app_languages():
    """The ICU data keeps collation, time zones and the root, English and Indonesian locales, and
    drops the trees and tables Qt never reads and other languages' resource bundles."""
    for name in (
        "coll/root.res", "coll/ucadata.icu", "coll/id.res", "coll/en_US_POSIX.res",
        "coll/res_index.res", "zone/id.res", "zone/pool.res", "zone/tzdbNames.res",
        "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "supplementalData.res",
        "res_index.res", "root.res", "id_ID.res", "in.res", "en_001.res", "pool.res",
        "cnvalias.icu", "nfkc.nrm",
    ):  # fmt: skip
        assert icu_data.keep(name), name
    for name in (
        "brkitr/root.res", "brkitr/cjdict.dict", "translit/root.res", "lang/id.res",
        "region/en.res", "curr/id.res", "unit/en.res", "rbnf/id.res", "coll/ja.res",
        "coll/de__PHONEBOOK.res", "zone/fr.res", "fr.res", "zh_Hant_TW.res",
        "ibm-943_P15A-2003.cnv", "unames.icu",
    ):  # fmt: skip
        assert not icu_data.keep(name), name


def _qt_lib() -> Path | None:
    if not sys.platform.startswith("linux") or shutil.which("nm") is None:
        return None
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    return lib if any(lib.glob("libicudata.so.*")) else None


@pytest.mark.skipif(_qt_lib() is None, reason="PySide6 without its own ICU, or no binutils")
def test_qt_calls_only_the_icu_functions_whose_data_the_trim_keeps():
    """No Qt library or plugin calls ICU beyond case mapping, converters, collation and
    calendars; if a new Qt does (break iterators, date formats…), revisit icu_data.DROP_TREES."""
    qt = _qt_lib().parent
    allowed = re.compile(r"^(u_strToLower|u_strToUpper|ucal_|ucnv_|UCNV_|ucol_)")
    calls = set()
    for library in [*qt.glob("lib/libQt6*.so.6"), *qt.glob("plugins/*/*.so")]:
        undefined = subprocess.run(
            ["nm", "-D", "--undefined-only", str(library)], capture_output=True, text=True
        ).stdout.split()
        calls |= {name for name in undefined if re.search(r"_\d{2,3}$", name)}
    assert calls and all(allowed.match(name) for name in calls), sorted(calls)


_ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["zebra", "Ábel", "abel", "Abel", "éclair", "eclair", "P-10", "P-9", "Ölçek", "Buku"]
found = {"maps": sorted({l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l})}
for name in ("id_ID", "en_US"):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    zone = QTimeZone(b"Asia/Jakarta")
    found[name] = [
        sorted(words, key=collator.sortKey),
        zone.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(name)),
        QLocale(name).toUpper("straße istri"),
    ]
print(json.dumps(found))
"""


@pytest.mark.skipif(_qt_lib() is None, reason="PySide6 without its own ICU, or no binutils")
def test_trimmed_icu_sorts_and_names_time_zones_like_the_full_data(tmp_path):
    """The trimmed ICU data library is under an eighth of the size, is a faithful repacking
    (keeping every item gives back the original bytes), and Qt collates, upper-cases and names
    time zones in Indonesian and English with it exactly as with the full data."""
    original = next(_qt_lib().glob("libicudata.so.*"))
    small = icu_data.trimmed_library(original, tmp_path)
    assert small.stat().st_size < original.stat().st_size / 8
    full = tmp_path / "full.bin"
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(original), str(full)], check=True
    )
    data = full.read_bytes()
    assert icu_data.repack(data, lambda name: True) == data
    trimmed = icu_data.items(next(tmp_path.glob("*.dat")).read_bytes())
    assert trimmed == [(n, b) for n, b in icu_data.items(data) if icu_data.keep(n.split("/", 1)[1])]

    def probe(**env: str) -> dict:
        run = subprocess.run(
            [sys.executable, "-c", _ICU_PROBE],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(run.stdout)

    with_full, with_small = probe(), probe(LD_LIBRARY_PATH=str(tmp_path))
    assert with_small.pop("maps") == [str(small)] and with_full.pop("maps") != [str(small)]
    assert with_small == with_full
    order = with_small["id_ID"][0]
    assert order.index("abel") < order.index("Ábel") < order.index("Buku") < order.index("eclair")
    assert order.index("P-9") < order.index("P-10")  # numeric mode, as QFileSystemModel sorts


@pytest.mark.skipif(
    not (shutil.which("desktop-file-validate") and shutil.which("appstreamcli")),
    reason="desktop-file-utils / appstream not installed",
)
def test_freedesktop_validators_accept_the_menu_entry_and_metainfo():
    """desktop-file-validate (no hints either) and appstreamcli validate pass the Linux files."""
    linux = PACKAGING / "linux"
    desktop = subprocess.run(["desktop-file-validate", str(linux / f"{APP_ID}.desktop")],
                             capture_output=True, text=True)  # fmt: skip
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    metainfo = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert metainfo.returncode == 0, metainfo.stdout
