"""Shared fixtures: real stores. ``sqlite_url`` is a fresh SQLite file per test; ``pg_url`` a freshly created
PostgreSQL database per test (dropped afterwards) on the server named by NEWSGRAPH_TEST_PG. PostgreSQL tests are
skipped when NEWSGRAPH_TEST_PG is unset, except under CI (env CI set), where they fail instead."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pg_admin_url() -> str | None:
    return os.environ.get("NEWSGRAPH_TEST_PG") or None


def _need_pg() -> str:
    url = pg_admin_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail("NEWSGRAPH_TEST_PG is unset but CI is set: the PostgreSQL tests must run in CI")
        pytest.skip("NEWSGRAPH_TEST_PG unset (a PostgreSQL server URL); see .ci/run")
    return url


def create_pg_database(prefix: str = "ngtest") -> tuple[str, callable]:
    """Create a uniquely named database on the test server; returns (its URL, a function that drops it)."""
    from sqlalchemy import create_engine, text
    admin = _need_pg()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    sa_admin = "postgresql+psycopg://" + admin.split("://", 1)[1]
    eng = create_engine(sa_admin, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # server down or no rights: in CI that is a failure, never a skip
        eng.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"cannot create a PostgreSQL test database on {admin.split('@')[-1]}: {exc}")
        pytest.skip(f"cannot create a PostgreSQL test database: {exc}")
    base, _, _ = admin.rpartition("/")
    url = f"{base}/{name}"

    def drop():
        with eng.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        eng.dispose()
    return url, drop


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
