"""`serve`: Datasette over a separate, privacy-filtered, immutable copy; 127.0.0.1 unless
--host, and then only with a password (datasette-auth-passwords, HTTP Basic)."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from office_support import collected, people

from kerinjing_desktop.core.office import serve
from kerinjing_desktop.core.office.publish import publish
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.programme import read_programme

needs_datasette = pytest.mark.skipif(
    not serve.available(), reason="Datasette is not installed (pip install '.[office]')"
)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return collected(tmp_path_factory.mktemp("office"))[1]


def _figures(data_dir):
    store = open_store(data_dir)
    try:
        return publish(read_programme(store))
    finally:
        store.close()


@needs_datasette
def test_the_served_copy_holds_only_what_the_filter_published(office, tmp_path):
    plan = serve.prepare(_figures(office), tmp_path / "web", None, 8001, None)
    assert plan.host == "127.0.0.1" and plan.address == "http://127.0.0.1:8001/"
    copy = plan.database.read_bytes().decode("utf-8", errors="replace")
    for person in people(office):
        assert person["full_name"] not in copy
        assert not person["phone"] or person["phone"] not in copy
    assert "menunggu kabar" not in copy  # a sensitive finding
    meta = json.loads(plan.metadata.read_text(encoding="utf-8"))
    assert "plugins" not in meta
    assert set(meta["databases"]["programme"]["queries"]) == set(serve.CANNED)
    assert "-i" in plan.argv()  # immutable: the web server cannot write


def test_another_host_without_a_password_starts_nothing(cli, monkeypatch):
    monkeypatch.delenv("KERINJING_SERVE_PASSWORD", raising=False)
    result = cli("serve", "--host", "0.0.0.0")
    assert result.status == 2
    assert "kata sandi" in result.err or "Datasette" in result.err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, auth: str | None = None):
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    with urllib.request.urlopen(request, timeout=5) as response:  # loopback only
        return response.status, json.loads(response.read())


def _serving(office, *extra, env=None):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kerinjing_desktop", "--data-dir", str(office), "serve",
         "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    return process, f"http://127.0.0.1:{port}"


def _wait_up(url: str, auth: str | None = None) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            _get(url, auth)
            return
        except urllib.error.HTTPError:
            return  # it answers (401 is an answer)
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@needs_datasette
def test_the_local_web_view_serves_the_apps_totals(office):
    process, base = _serving(office)
    try:
        url = f"{base}/programme/totals_per_kabupaten.json?_shape=array"
        _wait_up(url)
        status, rows = _get(url)
        assert status == 200
        app = _figures(office).kabupaten
        assert [(r["kabupaten"], r["registered"]) for r in rows] == [
            (a.kabupaten, a.registered) for a in app
        ]
    finally:
        process.terminate()
        process.wait(timeout=20)


@needs_datasette
def test_killing_serve_ends_the_web_server(office):
    """Nothing outlives `serve`: after a kill -9 (the window's child killed, a crash) the
    port answers no more (Datasette ran as a child that went on serving)."""
    process, base = _serving(office)
    url = f"{base}/programme/kabupaten.json?_shape=array"
    try:
        _wait_up(url)
    finally:
        process.kill()
        process.wait(timeout=20)
    with pytest.raises(urllib.error.URLError):
        _get(url)


@needs_datasette
def test_with_a_host_every_request_needs_the_password(office):
    env = dict(os.environ, KERINJING_SERVE_PASSWORD="rahasia-kantor")
    process, base = _serving(office, "--host", "127.0.0.1", env=env)
    try:
        url = f"{base}/programme/kabupaten.json?_shape=array"
        _wait_up(url)
        with pytest.raises(urllib.error.HTTPError) as refused:
            _get(url)
        assert refused.value.code == 401
        with pytest.raises(urllib.error.HTTPError):
            _get(url, "office:salah-sandi")
        status, rows = _get(url, "office:rahasia-kantor")
        assert status == 200 and rows
    finally:
        process.terminate()
        process.wait(timeout=20)
