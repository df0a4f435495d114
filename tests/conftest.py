"""Shared fixtures: real stores. ``sqlite_url`` is a fresh SQLite file per test; ``pg_url`` a freshly created
PostgreSQL schema per test (dropped afterwards) on the server named by NEWSGRAPH_TEST_PG. PostgreSQL tests are
skipped when NEWSGRAPH_TEST_PG is unset, except under CI (env CI set), where they fail instead."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pgutil import REPO, SHARED, create_pg_database, pg_admin_url  # noqa: E402,F401


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return str(tmp_path / "newsgraph.db")


@pytest.fixture
def pg_url():
    url, drop = create_pg_database()
    yield url
    drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh, empty store of each backend (the test runs once per backend)."""
    if request.param == "sqlite":
        yield str(tmp_path / "newsgraph.db")
    else:
        url, drop = create_pg_database()
        yield url
        drop()


@pytest.fixture
def store(store_url):
    from newsgraph.store import open_store
    st = open_store(store_url)
    yield st
    st.close()


@pytest.fixture(scope="session")
def quote_pipe():
    """The pipeline up to the quotes (cleaning, parse, entities, coreference, dates, quantities, quotes)."""
    from newsgraph.pipeline import Pipeline
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quantities", "understand.quotes"])


@pytest.fixture(scope="session")
def date_pipe():
    """The pipeline up to the dates (cleaning, parse, dates), for the date tests."""
    from newsgraph.pipeline import Pipeline
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.dates"])
