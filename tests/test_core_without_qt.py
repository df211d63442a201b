"""The core is Qt-free: it imports, and works, with PySide6 made unimportable."""

import subprocess
import sys

SCRIPT = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed in the core: " + name)
        return None

sys.meta_path.insert(0, NoQt())
import kerinjing_desktop.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "kerinjing_desktop.core.")]
for name in names:
    importlib.import_module(name)
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.demo import create_demo_event
store = open_store(None)
create_demo_event(store)
assert not any(m.startswith("PySide6") for m in sys.modules)
print(len(names))
"""


def test_core_imports_and_runs_without_pyside6():
    """Every module under kerinjing_desktop.core imports and the store works with Qt blocked."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 8
