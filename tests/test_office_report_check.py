"""`print programme` trusts the damage check made on the same state of the store (see
core/store/checked.py), and still refuses a damaged store in words: one damaged after the
check at open, one whose damage the remembered check could not see when the read meets it."""

from __future__ import annotations

import shutil

import pytest
from damage_support import scramble_table
from office_support import collected

from kerinjing_desktop.core.paths import DB_NAME
from kerinjing_desktop.core.store import checked as memory


@pytest.fixture(scope="module")
def collected_office(tmp_path_factory):
    return collected(tmp_path_factory.mktemp("office"))[1]


@pytest.fixture
def office(collected_office, cli):
    """A copy of the collected office store in the `cli` fixture's data folder."""
    shutil.copytree(collected_office, cli.data_dir)
    return cli.data_dir


def _print(cli, tmp_path):
    return cli("--lang", "en", "print", "programme", "--out", str(tmp_path / "p.pdf"))


def test_a_second_print_of_the_same_store_trusts_the_first_ones_check(cli, office, tmp_path):
    db = office / DB_NAME
    assert _print(cli, tmp_path).status == 0
    assert memory.is_remembered(db, memory.state(db))


def test_a_store_damaged_after_a_print_is_refused_in_words(cli, office, tmp_path):
    db = office / DB_NAME
    assert _print(cli, tmp_path).status == 0
    scramble_table(db, "reach_totals")
    refused = _print(cli, tmp_path)
    assert refused.status == 2
    assert "The data file is damaged" in refused.err and "moved aside" in refused.err
    assert "Traceback" not in refused.err + refused.out and not db.exists()


def test_damage_the_remembered_check_did_not_see_is_refused_when_read(cli, office, tmp_path):
    """A page that went bad under an unchanged file state (a failing disk): the open trusts
    the memory, the read meets the damage, the memory is forgotten and the store checked
    whole, which refuses it as at any start (moved aside, nothing printed)."""
    db = office / DB_NAME
    scramble_table(db, "reach_totals")
    memory.remember(db, memory.state(db))
    refused = _print(cli, tmp_path)
    assert refused.status == 2, refused.err
    assert refused.err.startswith("kerinjing-desktop: The data file is damaged (")
    assert "moved aside" in refused.err and "Traceback" not in refused.err + refused.out
    assert not db.exists() and not memory.memory_path(db).exists()
    assert not (tmp_path / "p.pdf").exists()
