"""`export --datapackage DIR` on a collected programme: the package, its privacy, PostgreSQL.

The PostgreSQL test starts Debian's server itself (initdb and pg_ctl on a private Unix socket,
no TCP), loads the package with the command the README documents and compares the totals per
kabupaten with the app's own. Where no server can be started it is skipped with the reason.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from office_support import collected, people

from kerinjing_desktop.core.office.datapackage import RESOURCES
from kerinjing_desktop.core.office.publish import publish
from kerinjing_desktop.core.store.programme import read_programme


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    folder = tmp_path_factory.mktemp("programme")
    _bundles, data_dir = collected(folder)
    package = folder / "package"
    from kerinjing_desktop.cli import main

    assert main(["--data-dir", str(data_dir), "export", "--datapackage", str(package)]) == 0
    return data_dir, package


def _rows(package: Path, name: str) -> list[dict]:
    with open(package / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_descriptor_names_every_csv_with_types_keys_and_both_languages(programme):
    _data_dir, package = programme
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    assert [r["name"] for r in descriptor["resources"]] == [r.name for r in RESOURCES]
    for resource in descriptor["resources"]:
        header = (package / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        fields = resource["schema"]["fields"]
        assert header.split(",") == [f["name"] for f in fields]
        assert set(resource["schema"]["primaryKey"]) <= {f["name"] for f in fields}
        for field in fields:
            assert field["type"] in ("string", "integer", "number", "date")
            assert field["descriptions"]["id"] and field["descriptions"]["en"]
            assert (
                field["descriptions"]["id"] != field["descriptions"]["en"]
                or len(field["descriptions"]["id"]) < 12
            )  # short words such as "kabupaten" read the same
    events = descriptor["resources"][0]["schema"]
    reach = descriptor["resources"][2]["schema"]
    assert events["primaryKey"] == ["id"]
    assert reach["foreignKeys"][0]["reference"] == {"resource": "events", "fields": "id"}


def test_no_name_phone_or_sensitive_text_reaches_the_package(programme):
    data_dir, package = programme
    everything = "\n".join(p.read_text(encoding="utf-8") for p in sorted(package.iterdir()))
    held = people(data_dir)
    assert any(not p["consent"] for p in held) and any(p["phone"] for p in held)
    for person in held:  # counts only: not even the names of people who consented
        assert person["full_name"] not in everything
        if person["phone"]:
            assert person["phone"] not in everything
    assert "menunggu kabar" not in everything  # the generator's sensitive finding
    assert "[…] bercerita" in everything  # the FGD note, its withheld name struck


def test_every_published_count_is_zero_or_at_least_five(programme):
    _data_dir, package = programme
    counted = 0
    for resource in RESOURCES:
        for row in _rows(package, resource.name):
            for field in resource.fields:
                if field.type == "integer" and field.name not in ("question", "number", "events"):
                    value = row[field.name]
                    if value != "":
                        assert int(value) == 0 or int(value) >= 5, (resource.name, row)
                        counted += 1
    assert counted > 100


def _initdb() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` account."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@pytest.fixture
def postgres():
    """A throwaway PostgreSQL on a Unix socket in a private folder; yields psql's base args."""
    bin_dir = _initdb()
    if bin_dir is None or not shutil.which("psql"):
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
    root = Path(tempfile.mkdtemp(prefix="kerinjing-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
        data = root / "data"
        init = subprocess.run(
            _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                             "--auth=trust", "--no-sync"]),
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if init.returncode:
            pytest.skip(f"initdb could not make a cluster: {init.stderr.strip()[-300:]}")
        options = f"-k {root} -c listen_addresses='' -c fsync=off"
        start = subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                             str(root / "log"), "-w", "-t", "60", "start"]),
            capture_output=True, text=True, timeout=90,
        )  # fmt: skip
        if start.returncode:
            pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[-300:]}")
        try:
            yield ["psql", "-h", str(root), "-U", "postgres", "-d", "postgres", "-X", "-q"]
        finally:
            subprocess.run(
                _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                 "-w", "stop"]),
                capture_output=True, timeout=60,
            )  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_postgresql_loads_the_package_and_its_totals_per_kabupaten_are_the_apps(
    programme, postgres, make_store
):
    data_dir, package = programme
    load = subprocess.run(  # the command the README gives
        [*postgres, "-v", "ON_ERROR_STOP=1", "-f", "load_postgres.sql"],
        cwd=package, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert load.returncode == 0, load.stderr
    query = (
        "SELECT k.kabupaten, k.events, k.registered, k.attended, k.paired, "
        "count(e.id), sum(e.registered), sum(e.attended) FROM kabupaten k "
        "JOIN events e USING (kabupaten) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1"
    )
    result = subprocess.run(
        [*postgres, "-A", "-t", "-F", "|", "-c", query], capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = [line.split("|") for line in result.stdout.splitlines() if line]
    store = make_store(data_dir)
    try:
        app = publish(read_programme(store)).kabupaten
    finally:
        store.close()
    expected = [
        [a.kabupaten, str(a.events), str(a.registered), str(a.attended), str(a.paired),
         str(a.events), str(a.registered), str(a.attended)]
        for a in app
    ]  # fmt: skip
    assert len(expected) >= 4
    assert loaded == expected
