"""The packaging files are complete and well-formed (the bundle: packaging/build-linux.sh)."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "id.kerinjing.Desktop"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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


def test_build_script_checks_version_doctor_and_size():
    """build-linux.sh runs the built binary's --version and doctor, and enforces 150 MB."""
    script = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in script
    assert "--version" in script and "doctor" in script and "LIMIT_MB=150" in script
    assert "QT_QPA_PLATFORM=offscreen" in script


def test_inno_setup_script_checks_for_64_bit_vlc_3():
    """The Windows installer looks for VLC 3 in the 64-bit registry view and says where to get
    it, and it installs only on 64-bit Windows."""
    iss = (PACKAGING / "windows" / "kerinjing.iss").read_text(encoding="utf-8")
    assert "HKLM64" in iss and r"SOFTWARE\VideoLAN\VLC" in iss
    assert re.search(r"Copy\(Version, 1, 2\) <> '3\.'", iss)
    assert "videolan.org" in iss and "64-bit" in iss
    assert "ArchitecturesAllowed=x64compatible" in iss
    assert r"dist\kerinjing-desktop\*" in iss
