"""The lock files are what is installed, and they hold what pyproject.toml asks for.

./test, ./run and the bundle build install requirements/*.txt with `pip --require-hashes`
(tools/setup-env.sh); tools/lock.sh writes them. PySide6 is pinned to the one version whose
bug qt/refcount_guard.py works around.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from kerinjing_desktop.qt import refcount_guard

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$")


def locked(name: str) -> dict[str, str]:
    """{canonical name: version} of requirements/NAME.txt for this interpreter and platform."""
    pins = {}
    for line in (ROOT / "requirements" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match and (not match[3] or Marker(match[3]).evaluate()):
            pins[canonicalize_name(match[1])] = match[2]
    return pins


def pyproject_requirements(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


def test_every_lock_holds_what_pyproject_asks_for():
    """Each requirement of pyproject.toml (and its extras) has a pin in its lock that meets it:
    a dependency added or raised without running tools/lock.sh fails here."""
    for lock, extras in (("base", ()), ("test", ("test",)), ("packaging", ("test", "packaging"))):
        pins = locked(lock)
        for requirement in pyproject_requirements(*extras):
            if requirement.marker and not requirement.marker.evaluate():
                continue
            version = pins.get(canonicalize_name(requirement.name))
            assert version is not None, f"{requirement.name} is not in requirements/{lock}.txt"
            assert requirement.specifier.contains(version, prereleases=True), (
                f"requirements/{lock}.txt has {requirement.name}=={version}, "
                f"pyproject.toml asks for {requirement}: run tools/lock.sh"
            )
        hashed = (ROOT / "requirements" / f"{lock}.txt").read_text(encoding="utf-8")
        pin_lines = re.findall(r"^\S+==.*$", hashed, flags=re.MULTILINE)
        hashed_pins = re.findall(
            r"^\S+==[^\n]*\\\n\s+--hash=sha256:[0-9a-f]{64}", hashed, flags=re.MULTILINE
        )
        assert len(pin_lines) == len(hashed_pins) > 20


def test_the_installed_packages_are_the_locked_ones():
    """What ./test installed is exactly requirements/test.txt (a stale .venv fails here)."""
    pins = locked("test")
    assert len(pins) > 20
    wrong = {
        name: (metadata.version(name), version)
        for name, version in pins.items()
        if metadata.version(name) != version
    }
    assert not wrong, f"installed ≠ locked: {wrong}"


def test_pyside6_is_the_version_refcount_guard_was_measured_on():
    """One PySide6: the pin in pyproject.toml, the lock, the import and refcount_guard agree."""
    import PySide6

    pinned = [
        str(r.specifier)
        for r in pyproject_requirements()
        if canonicalize_name(r.name) == "pyside6-essentials"
    ]
    assert pinned == [f"=={refcount_guard.PYSIDE6_VERSION}"]
    assert locked("base")["pyside6-essentials"] == refcount_guard.PYSIDE6_VERSION
    assert locked("base")["shiboken6"] == refcount_guard.PYSIDE6_VERSION
    assert PySide6.__version__ == refcount_guard.PYSIDE6_VERSION
    assert metadata.version("PySide6-Essentials") == refcount_guard.PYSIDE6_VERSION
