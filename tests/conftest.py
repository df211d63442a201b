"""Shared fixtures: stores in memory and on disk (closed at teardown), a CLI runner, the
language reset between tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kerinjing_desktop.core import i18n  # noqa: E402
from kerinjing_desktop.qt.refcount_guard import protect_singletons  # noqa: E402

protect_singletons()  # PySide6 6.12 + Python 3.11 leak references to None (see the module)
from kerinjing_desktop.core.store import open_store  # noqa: E402


def _loopback(address) -> bool:
    """Unix sockets and loopback addresses only; anything else is the app phoning out."""
    if not isinstance(address, tuple):
        return True  # AF_UNIX path (Qt, D-Bus)
    host = str(address[0])
    return host in ("localhost", "::1") or host.startswith("127.") or host == ""


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Fail any test that opens a socket to a non-loopback address (privacy: no data leaves)."""
    import socket

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create = socket.create_connection

    def guard(address) -> None:
        if not _loopback(address):
            raise AssertionError(f"network connection attempted to {address!r}")

    def connect(self, address):
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        guard(address)
        return real_connect_ex(self, address)

    def create_connection(address, *args, **kwargs):
        guard(address)
        return real_create(address, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.create_connection = create_connection
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
    socket.create_connection = real_create


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_main_thread():
    """As in the app (qt/gc_thread.py): worker threads never run the garbage collector, so
    a test's widgets in a reference cycle are never destroyed by a render thread or a job."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests():
    from kerinjing_desktop.qt.gc_thread import collect_if_due

    yield
    collect_if_due()


@pytest.fixture(autouse=True)
def _default_language():
    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def english():
    """For tests that compare messages word for word in English (the source language); the
    language goes back to Indonesian after the test, as for every test."""
    i18n.set_language("en")


@pytest.fixture
def store():
    """A fresh in-memory store, migrated to the current schema."""
    opened = open_store(None)
    yield opened
    opened.close()


@pytest.fixture
def make_store(tmp_path):
    """Opens file stores under tmp_path (`make_store("a")`, `make_store("b")`: one data
    folder per laptop) and closes every one at teardown, even when the test failed: an open
    store keeps its file, its WAL and its data-folder lock. A test may close one itself
    first (to reopen the folder, or to restore into it); closing again does nothing."""
    opened = []

    def make(name: str | Path | None = "data", **options):
        # an absolute path is taken as it is; None opens an in-memory store
        store = open_store(None if name is None else tmp_path / name, **options)
        opened.append(store)
        return store

    yield make
    for store in reversed(opened):
        store.close()


@pytest.fixture
def demo_store(store):
    from kerinjing_desktop.core.demo import create_demo_event

    create_demo_event(store)
    return store


@dataclass
class CliResult:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path, capsys):
    """Run `kerinjing-desktop --data-dir <tmp> ARGS…` in-process; returns status, stdout, stderr."""
    from kerinjing_desktop.cli import main

    data_dir = tmp_path / "data"

    def run(*args: str, data: bool = True) -> CliResult:
        capsys.readouterr()
        argv = (["--data-dir", str(data_dir)] if data else []) + list(args)
        status = main(argv)
        captured = capsys.readouterr()
        i18n.set_language("id")
        return CliResult(status, captured.out, captured.err)

    run.data_dir = data_dir
    return run


@pytest.fixture
def other_program(tmp_path):
    """Hold `tmp_path`'s data-folder lock as another program would, saying `said` (bytes)
    about itself; `end()` lets it go. POSIX only (flock): a second open of the lock file in
    this process, since such locks belong to the open file, not to the process."""
    import fcntl

    from kerinjing_desktop.core.store import dirlock

    opened: list[int] = []

    def hold(said: bytes = b"") -> None:
        fd = os.open(tmp_path / dirlock.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        opened.append(fd)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, said)

    def end() -> None:
        while opened:
            os.close(opened.pop())

    hold.end = end
    yield hold
    end()


@pytest.fixture
def bundle(tmp_path, make_store):
    """The demo event exported from a store of its own, as demo.kbundle under tmp_path."""
    from kerinjing_desktop.core.bundle import export_bundle
    from kerinjing_desktop.core.demo import create_demo_event

    store = make_store("a")
    create_demo_event(store)
    path = tmp_path / "demo.kbundle"
    export_bundle(store, path)
    store.close()
    return path
