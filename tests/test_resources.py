"""`resources.qrc` lists every asset (the demo clip aside) and compiles with Qt's rcc."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
sys.path.insert(0, str(ROOT / "tools"))
import update_qrc  # noqa: E402


def _listed() -> dict[str, str]:
    """alias → file path (relative to the repo) for each `<file>` of resources.qrc."""
    root = ET.parse(QRC).getroot()
    listed = {}
    for resource in root.iter("qresource"):
        assert resource.get("prefix") == update_qrc.PREFIX
        for node in resource.iter("file"):
            listed[node.get("alias") or node.text] = node.text
    return listed


def test_every_asset_is_listed():
    """Each file under assets/ (assets/demo aside) is in resources.qrc under its own path."""
    listed = _listed()
    missing = [p for p in update_qrc.asset_files() if listed.get(p) != f"assets/{p}"]
    assert not missing, f"not in resources.qrc (run tools/update_qrc.py): {missing}"
    assert "fonts/DejaVuSans.ttf" in listed and "deck/tppo_id.md" in listed


def test_every_listed_file_exists():
    """resources.qrc names no file that is gone, and nothing from the excluded demo folder."""
    listed = _listed()
    gone = [path for path in listed.values() if not (ROOT / path).is_file()]
    assert not gone, f"listed in resources.qrc but missing (run tools/update_qrc.py): {gone}"
    assert not [p for p in listed.values() if p.startswith("assets/demo/")]


def test_qrc_is_up_to_date():
    """resources.qrc is exactly what tools/update_qrc.py writes (so regenerating is a no-op)."""
    assert QRC.read_text(encoding="utf-8") == update_qrc.render()


def _rcc() -> str:
    beside = Path(sys.executable).with_name("pyside6-rcc")
    found = str(beside) if beside.exists() else shutil.which("pyside6-rcc")
    if not found:
        pytest.skip("pyside6-rcc is not installed")
    return found


def test_rcc_compiles_and_qt_reads_the_files(tmp_path):
    """pyside6-rcc compiles resources.qrc and Qt opens the fonts and the deck through `:/`."""
    from PySide6.QtCore import QFile, QIODevice, QResource

    out = tmp_path / "kerinjing.rcc"
    subprocess.run([_rcc(), "--binary", str(QRC), "-o", str(out)], cwd=ROOT, check=True)
    assert QResource.registerResource(str(out))
    try:
        for alias in _listed():
            assert QFile.exists(f":/kerinjing/{alias}"), alias
        deck = QFile(":/kerinjing/deck/tppo_id.md")
        assert deck.open(QIODevice.OpenModeFlag.ReadOnly)
        body = bytes(deck.readAll())
        deck.close()
        assert body == (ROOT / "assets" / "deck" / "tppo_id.md").read_bytes()
    finally:
        QResource.unregisterResource(str(out))
