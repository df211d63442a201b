"""Privacy: the app code imports no networking module, the suite's socket guard works, files
are owner-only, and deleting a person removes their personal data while their scores count."""

from __future__ import annotations

import ast
import os
import socket
import stat
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kerinjing_desktop"
NETWORK_MODULES = {
    "socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket", "websockets",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets",
}  # fmt: skip


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_app_code_imports_no_networking_module():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}: {name}")
    assert offenders == []


def test_socket_guard_blocks_the_outside_and_allows_loopback():
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with socket.socket() as sock, pytest.raises(AssertionError, match="network"):
        sock.connect_ex(("8.8.8.8", 53))
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.socket() as client:
            client.connect(server.getsockname())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_dir_store_and_backups_are_owner_only(tmp_path, make_store):
    from kerinjing_desktop.core.store.backup import make_backup

    data_dir = tmp_path / "data"
    store = make_store(data_dir)
    info = make_backup(store, data_dir)
    store.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "kerinjing.db").stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
