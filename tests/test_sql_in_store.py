"""SQL stays inside the store package: no other module touches the database directly."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kerinjing_desktop"
DIRECT_DB = re.compile(
    r"\.db\.(execute|executescript|query|atomic)\b|\.db\[|\bsqlite3\.connect\("
    r"|\bstore\.(execute|conn)\b"
)


def test_no_database_access_outside_core_store():
    """Only kerinjing_desktop/core/store/ calls the database (execute, query, tables, connect)."""
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if "core/store" not in path.as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DIRECT_DB.search(line)
    ]
    assert not offenders, offenders
